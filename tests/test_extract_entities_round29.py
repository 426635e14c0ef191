"""People, organizations and places on hand-written pages of round 29 (Coast Guard and Navy offloads, Treasury
releases on seafood companies, Guerrero and Honduran desks).

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

import pytest
from _entity_helpers import entity_names


@pytest.mark.parametrize("text, person", [
    ("\"This was a good day,\" said Capt. Todd Vance.", "Todd Vance"),
    ("\"The cartel lost a lot of money,\" said Sgt. Ana Ruiz, a spokeswoman.", "Ana Ruiz"),
])
def test_entities_rank_written_short_before_a_speaker_is_no_person(nlp_en, text, person):
    people = entity_names(nlp_en, text, "person")
    assert person in people, people
    assert not any(p.rstrip(".") in {"Capt", "Sgt"} for p in people), people


@pytest.mark.parametrize("lang, text, company", [
    ("en", "OFAC also designated Congeladora Hermanos Urquidez, a shrimp packer based in Guaymas.",
     "Congeladora Hermanos Urquidez"),
    ("es", "La UIF congeló las cuentas de Atunera Benítez Lara y de su dueño.", "Atunera Benítez Lara"),
])
def test_entities_seafood_company_named_by_its_trade_is_no_person(nlp_en, nlp_es, lang, text, company):
    nlp = nlp_en if lang == "en" else nlp_es
    assert company not in entity_names(nlp, text, "person")
    assert company in entity_names(nlp, text, "organization")


def test_entities_honduran_gang_named_pandilla_18_is_barrio_18(nlp_es):
    text = "Agentes capturaron en Choloma a un supuesto cabecilla de la Pandilla 18 acusado de extorsión."
    assert "Barrio 18" in entity_names(nlp_es, text, "organization")
    assert "Pandilla" not in entity_names(nlp_es, text, "place")


@pytest.mark.parametrize("text, wrong", [
    ("Pobladores denunciaron que el grupo conocido como La Familia del Sur controla la sierra.", "La Familia Michoacana"),
    ("Un helicóptero de la Fuerza Aérea Guatemalteca trasladó a los detenidos a la capital.", "Fuerza Aérea Mexicana"),
    ("Una aeronave de la Fuerza Aérea Hondureña aterrizó en La Ceiba con la droga.", "Fuerza Aérea Mexicana"),
])
def test_entities_alias_opening_another_body_keys_no_lexicon_body(nlp_es, text, wrong):
    assert wrong not in entity_names(nlp_es, text, "organization")


@pytest.mark.parametrize("text, body", [
    ("La Familia Michoacana controla la sierra de Guerrero.", "La Familia Michoacana"),
    ("La Fuerza Aérea participó en el traslado de los detenidos, informó la Sedena.", "Fuerza Aérea Mexicana"),
])
def test_entities_alias_alone_keeps_its_lexicon_body(nlp_es, text, body):
    assert body in entity_names(nlp_es, text, "organization")


@pytest.mark.parametrize("text, group", [
    ("Los sicarios trabajan para la Familia del Norte, según la policía.", "Familia del Norte"),
    ("Un grupo identificado como Los Deltas, al servicio de la Familia del Norte, fue señalado.", "Familia del Norte"),
])
def test_entities_criminal_group_named_by_kind_and_complement_is_an_organization(nlp_es, text, group):
    assert group in entity_names(nlp_es, text, "organization")
    assert group not in entity_names(nlp_es, text, "place")


@pytest.mark.parametrize("lang, text, boat", [
    ("es", "Marinos aseguraron el barco atunero Don Ramiro con 800 kilos de cocaína frente a Salina Cruz.", "Don Ramiro"),
    ("en", "OFAC said the company also owns the shrimp trawler Doña Chayo, which sails from Mazatlán.", "Doña Chayo"),
])
def test_entities_fishing_boat_named_after_a_person_names_no_one(nlp_en, nlp_es, lang, text, boat):
    nlp = nlp_en if lang == "en" else nlp_es
    for kind in ("person", "organization", "place"):
        assert boat not in entity_names(nlp, text, kind), kind


def test_entities_hyphenated_surname_stays_with_its_person(nlp_en):
    text = ("BROWNSVILLE, Texas – A Matamoros woman pleaded guilty to laundering money for the Gulf Cartel.\n\n"
            "María Elena Treviño-Garza, 52, admitted that Camaronera del Golfo LLC wired more than $3 million to Reynosa.")
    people = entity_names(nlp_en, text, "person")
    assert "María Elena Treviño-Garza" in people, people
    assert "María Elena Treviño" not in people, people


@pytest.mark.parametrize("text, group", [
    ("Prosecutors said the Valenzuela Meza DTO moved fentanyl through Nogales.", "Valenzuela Meza"),
    ("He led the Hernández Lara transnational criminal organization, according to the DEA.", "Hernández Lara"),
])
def test_entities_family_named_trafficking_organization_is_an_organization(nlp_en, text, group):
    assert group in entity_names(nlp_en, text, "organization")
    assert "DTO" not in entity_names(nlp_en, text, "organization")
    assert not entity_names(nlp_en, text, "person") & {group, group.split()[0]}


@pytest.mark.parametrize("text, body", [
    ("He worked for the Sinaloa Cartel, a transnational criminal organization.", "Cártel de Sinaloa"),
    ("Members of the Los Zetas criminal organization were indicted in Laredo.", "Los Zetas"),
])
def test_entities_designation_after_a_known_group_keeps_that_group(nlp_en, text, body):
    assert body in entity_names(nlp_en, text, "organization")


@pytest.mark.parametrize("text, fragment", [
    ("The Coast Guard Cutter Margaret Norvell returned to Miami after a 60-day patrol.", "Margaret Norvell"),
    ("Crew members aboard Coast Guard Cutter William Trump seized 2,000 pounds of cocaine.", "William Trump"),
])
def test_entities_coast_guard_cutter_named_after_a_person_names_no_one(nlp_en, text, fragment):
    people = entity_names(nlp_en, text, "person")
    assert not any(fragment in p for p in people), people
    assert "U.S. Coast Guard" in entity_names(nlp_en, text, "organization")


def test_entities_court_read_as_a_person_over_its_article_is_an_organization(nlp_es):
    text = ("La defensa, a cargo de la abogada Ruth Marina Ayala, dijo que apelará. El Juzgado Especializado de "
            "Sentencia de Santa Ana conocerá el caso.")
    bodies = entity_names(nlp_es, text, "organization")
    assert any(b.startswith("Juzgado Especializado de Sentencia") for b in bodies), bodies


@pytest.mark.parametrize("lang, text, wrong", [
    ("es", "La Semar inspeccionó el barco camaronero Capitán Chuy y detuvo a su patrón en Ciudad del Carmen.", "Chuy"),
    ("en", "Officials say he uses his tugboat Capitán Beto to move stolen fuel along the coast.", "Beto"),
])
def test_entities_boat_named_with_a_rank_names_no_one(nlp_en, nlp_es, lang, text, wrong):
    nlp = nlp_en if lang == "en" else nlp_es
    assert not any(wrong in p for p in entity_names(nlp, text, "person"))


def test_entities_body_after_an_outlet_credit_leaves_the_credit_out(nlp_es):
    text = ("TAPACHULA, Chis. (Diario del Sur).- La Procuraduría de Protección de Niñas, Niños y Adolescentes informó "
            "que 12 menores fueron rescatados.")
    bodies = entity_names(nlp_es, text, "organization")
    assert not any("Diario del Sur)" in b for b in bodies), bodies
    assert any(b.startswith("Procuraduría de Protección") for b in bodies), bodies


def test_entities_speaker_after_a_designation_and_comma_is_a_person(nlp_en):
    text = ("The Justice Department unsealed an indictment charging 11 members of the Ochoa Meraz transnational "
            "criminal organization, Attorney General Pamela Bondi said.")
    assert "Pamela Bondi" in entity_names(nlp_en, text, "person")
    assert not any("Bondi" in b for b in entity_names(nlp_en, text, "organization"))


def test_entities_given_name_folding_to_a_nationality_stays_in_the_name(nlp_es):
    text = "Su patrón, Germán Lucero Geraldo, trabajaba para una pesquera de Guaymas, según la Semar."
    people = entity_names(nlp_es, text, "person")
    assert "Germán Lucero Geraldo" in people, people


def test_entities_fishing_vessel_named_after_a_man_names_no_one(nlp_es):
    text = "La Semar informó que la embarcación pesquera Don Efrén fue interceptada al sur de Cabo San Lucas."
    assert not any("Efrén" in p for p in entity_names(nlp_es, text, "person"))


@pytest.mark.parametrize("lang, text, body", [
    ("es", "La embarcación pertenece a la cooperativa Pescadores Unidos del Golfo, informó la Semar.",
     "Pescadores Unidos del Golfo"),
    ("en", "The boat belongs to the fishing cooperative Pescadores de Yavaros, officials said.", "Pescadores de Yavaros"),
])
def test_entities_fishing_cooperative_after_its_noun_is_an_organization(nlp_en, nlp_es, lang, text, body):
    nlp = nlp_en if lang == "en" else nlp_es
    assert body in entity_names(nlp, text, "organization")
    assert body not in entity_names(nlp, text, "place")
