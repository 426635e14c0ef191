"""People named by an unquoted nickname alone after a marker, people listed after an identifying cue, Indian police
ranks before a name, military units numbered in English, and a generic ministry's name in a story set abroad.
Hand-written EN/ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names


def test_entities_nickname_alone_after_apodado_is_a_person(nlp_es):
    es = "El detenido reportaba directamente a un mando apodado El Tigre Blanco, según fuentes de la Marina."
    assert "El Tigre Blanco" in entity_names(nlp_es, es, "person")


def test_entities_alias_alone_after_preposition_is_a_person(nlp_es):
    es = "Las autoridades buscan desde 2019 a alias Chucho, operador de una célula en Zacatecas."
    assert "Chucho" in entity_names(nlp_es, es, "person")


def test_entities_known_as_after_a_person_noun(nlp_en):
    en = "Troops detained a man known as El Gallo Negro near Culiacán on Monday, officials said."
    assert "El Gallo Negro" in entity_names(nlp_en, en, "person")


def test_entities_known_as_after_a_place_noun_is_no_person(nlp_es):
    es = "Fue trasladado al penal conocido como El Altiplano, en el Estado de México."
    assert "El Altiplano" not in entity_names(nlp_es, es, "person")


def test_entities_alias_after_a_full_name_stays_his(nlp_es):
    es = "Fue detenido Ramiro Castañeda Olvera, alias El Doble T, en Culiacán. El Doble T era operador financiero."
    people = entity_mentions(nlp_es, es)
    assert ("person", "El Doble T") not in people
    assert "El Doble T" in people[("person", "Ramiro Castañeda Olvera")]


def test_entities_list_after_identified_as_names_each_person(nlp_en):
    en = ("The arrested men have been identified as Harjit Singh alias Bittu of Ludhiana and Baljeet Singh of "
          "Ferozepur, police said.")
    people = entity_names(nlp_en, en, "person")
    assert {"Harjit Singh", "Baljeet Singh"} <= people
    assert not {p for p in people if "Ferozepur" in p or "Ludhiana" in p}


def test_entities_indian_police_rank_is_a_title(nlp_en):
    en = "The consignment was sent by drone from across the border, DGP Arvind Kumar said. The DGP said more arrests would follow."
    assert "Arvind Kumar" in entity_names(nlp_en, en, "person")
    assert "DGP" not in entity_names(nlp_en, en, "organization")


def test_entities_english_numbered_military_zone(nlp_en):
    en = "Soldiers from the 9th Military Zone seized six rifles, and the Fourth Naval Region sent two patrol boats."
    orgs = entity_names(nlp_en, en, "organization")
    assert {"9th Military Zone", "Fourth Naval Region"} <= orgs


def test_entities_spanish_division_of_the_army_whole(nlp_es):
    es = "El general Ramón Ortiz Vega, comandante de la Cuarta División del Ejército, encabezó el operativo."
    assert "Cuarta División del Ejército" in entity_names(nlp_es, es, "organization")


def test_entities_generic_ministry_follows_the_dateline(nlp_en):
    abroad = ("MADRID, May 4 (Reuters) - Spanish police seized two tonnes of cocaine in Valencia, the Interior "
              "Ministry said on Thursday.")
    orgs = entity_names(nlp_en, abroad, "organization")
    assert "Secretaría de Gobernación" not in orgs and "Interior Ministry (Spain)" in orgs
    home = ("MEXICO CITY (AP) — Mexican authorities found a clandestine grave in Jalisco, the Interior Ministry said "
            "on Thursday.")
    assert "Secretaría de Gobernación" in entity_names(nlp_en, home, "organization")


def test_entities_list_item_beats_the_models_place(nlp_es):
    es = ("Junto a él fueron detenidos otros dos integrantes de la banda, identificados como Brayan Estiven Mosquera "
          "Palacios y Luz Mery Cárdenas de la Hoz.")
    people = entity_names(nlp_es, es, "person")
    assert {"Brayan Estiven Mosquera Palacios", "Luz Mery Cárdenas de la Hoz"} <= people


def test_entities_capitals_name_around_a_quoted_nickname(nlp_en):
    en = 'The defendants include ROSARIO "LA FLACA" MENDOZA-RUIZ, 33, of Tucson. Mendoza-Ruiz sold the pills.'
    people = entity_mentions(nlp_en, en)
    assert "LA FLACA" in people[("person", "Rosario Mendoza-Ruiz")]


def test_entities_capitals_name_opened_by_initials(nlp_en):
    en = "Also charged were LUIS OCHOA, 38, of Yuma, and T.J. BRANNIGAN, 52, of Tucson."
    assert "T.J. Brannigan" in entity_names(nlp_en, en, "person")


def test_entities_title_before_a_coordinated_bodys_word_names_no_one(nlp_en):
    en = ("The Chief Executive of the Ghana Ports and Harbours Authority, Colonel Ama Serwaa Boateng, praised the "
          "customs officers.")
    people = entity_names(nlp_en, en, "person")
    assert "Ports" not in people and "Ama Serwaa Boateng" in people


def test_entities_generic_ministry_without_dateline_follows_the_country_named_most(nlp_en):
    abroad = ("Ecuador's most wanted man was recaptured in Guayaquil, officials in Ecuador said. The Interior Ministry "
              "said he would be extradited to the United States.")
    orgs = entity_names(nlp_en, abroad, "organization")
    assert "Secretaría de Gobernación" not in orgs and "Interior Ministry (Ecuador)" in orgs
    home = "Soldiers dismantled a drug lab in Sinaloa, the Defense Ministry said."
    assert "Secretaría de la Defensa Nacional" in entity_names(nlp_en, home, "organization")
