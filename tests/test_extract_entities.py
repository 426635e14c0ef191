"""People, organizations and places on hand-written English and Spanish sentences.

Each sentence is written in the style of the wire and Mexican press (titles before names,
appositions, group nouns, withheld surnames, nicknames, captions); none is taken from the
shared evaluation corpus, which only the quality gate reads.
"""

from __future__ import annotations

import pytest
from _entity_helpers import entity_mentions as _entities
from _entity_helpers import entity_names as _names

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.extract.entities import clean_person_name, extract_entities
from pesquisa.extract.entities._rules import full_names
from pesquisa.lexicon import load_lexicon
from pesquisa.records import RawDocument

# --- people -----------------------------------------------------------------------------


def test_extract_entities_titles_do_not_swallow_names(nlp_en):
    text = ("Combating the smuggling of weapons and fentanyl will remain a priority, Foreign Affairs Minister Marcelo "
            "Ebrard said Friday after meeting Secretary of State Antony Blinken, Attorney General Merrick Garland and "
            "Homeland Security Secretary Alejandro Mayorkas. Security Minister Rosa Icela Rodríguez also attended.")
    assert _names(nlp_en, text, "person") == {"Marcelo Ebrard", "Antony Blinken", "Merrick Garland",
                                               "Alejandro Mayorkas", "Rosa Icela Rodríguez"}


def test_extract_entities_no_captions_or_credits_as_people(nlp_en, nlp_es):
    text = ("Photo: Mexican Foreign Ministry. Roberto Velasco Álvarez, the undersecretary, met Duncan Wood of the "
            "Wilson Center. President Andrés Manuel López Obrador said nothing.")
    assert _names(nlp_en, text, "person") == {"Roberto Velasco Álvarez", "Duncan Wood", "Andrés Manuel López Obrador"}
    assert _names(nlp_es, "La droga asegurada por la Semar, ayer. Foto: Especial", "person") == set()


def test_extract_entities_spanish_sanctions_report(nlp_es):
    text = ("El Departamento del Tesoro sancionó a Enrique Dann Esparragoza Rosas, identificado como líder de Los "
            "Mayitos, facción del Cártel de Sinaloa, y a Iván Archivaldo Guzmán Salazar, de Los Chapitos. El "
            "secretario de Estado, Marco Rubio, y el secretario del Tesoro, Scott Bessent, lo anunciaron. La OFAC "
            "designó a Salvador Díaz Rodríguez.")
    ents = extract_entities(nlp_es(text), "d")
    assert {e.name for e in ents if e.type == "person"} == {
        "Enrique Dann Esparragoza Rosas", "Iván Archivaldo Guzmán Salazar", "Marco Rubio", "Scott Bessent",
        "Salvador Díaz Rodríguez"}
    assert {e.key for e in ents if e.type == "organization"} == {
        "us-treasury", "faction-mayitos", "cartel-sinaloa", "faction-chapitos", "us-ofac"}


def test_extract_entities_given_name_before_a_cartels_family_name(nlp_es):
    # "Beltrán Leyva" is a lexicon alias of the cartel; after a given name it is the person's surnames
    text = ("La OFAC mantiene en su lista a Héctor Beltrán Leyva, fundador del cártel de los Beltrán Leyva. Su hermano "
            "Carlos Beltrán Leyva fue detenido en 2009.")
    ents = extract_entities(nlp_es(text), "d")
    assert {"Héctor Beltrán Leyva", "Carlos Beltrán Leyva"} <= {e.name for e in ents if e.type == "person"}
    assert {e.key for e in ents if e.type == "organization"} == {"us-ofac", "cartel-beltran-leyva"}


def test_extract_entities_kin_listed_by_given_names_share_the_family_names(nlp_en, nlp_es):
    text = ("In 2012 the Treasury added four of his children, Nadia Patricia, Brenda Guadalupe, Juan Ignacio and Cristian "
            "Iván Esparragoza Gastélum, to its list. Sheinbaum met Rosa Icela and Marcelo Ebrard on Monday.")
    people = _names(nlp_en, text, "person")
    assert {"Nadia Patricia Esparragoza Gastélum", "Brenda Guadalupe Esparragoza Gastélum",
            "Juan Ignacio Esparragoza Gastélum", "Cristian Iván Esparragoza Gastélum"} <= people
    assert "Rosa Icela Ebrard" not in people  # no word for kin before the list
    text = "Los hermanos José de Jesús, Luis Ignacio y Adán Amezcua Contreras siguen en la lista del Tesoro."
    assert {"José de Jesús Amezcua Contreras", "Luis Ignacio Amezcua Contreras",
            "Adán Amezcua Contreras"} <= _names(nlp_es, text, "person")


def test_extract_entities_surname_joins_full_name(nlp_en):
    ents = _entities(nlp_en, "The plan was agreed with then Secretary of State Rex Tillerson in 2017. "
                             "Tillerson later left office.")
    assert ents == {("person", "Rex Tillerson"): ["Rex Tillerson", "Tillerson"]}


def test_extract_entities_us_attorney_title_then_name(nlp_en):
    text = ("U.S. Attorney for the Central District of California Martin Estrada said the cartel worked with an "
            "underground bank. Estrada told reporters the case took five years.")
    assert _entities(nlp_en, text)[("person", "Martin Estrada")] == ["Martin Estrada", "Estrada"]


def test_extract_entities_naval_rank_and_long_spanish_names(nlp_es):
    text = ("El comandante de la Estación de Guardacostas de Bahía Solano, teniente de fragata Nicolás Andrés Falon "
            "Guzmán, informó del operativo. Entre los detenidos está Manuel Roberto Farías Laguna, vicealmirante. "
            "También habló Manuel Montesinos Díez de la Lastra, jefe de Operaciones de Vigilancia Aduanera.")
    people = _names(nlp_es, text, "person")
    assert people == {"Nicolás Andrés Falon Guzmán", "Manuel Roberto Farías Laguna",
                      "Manuel Montesinos Díez de la Lastra"}  # "Laguna" is a surname, not a lagoon


def test_extract_entities_people_the_model_calls_places(nlp_en, nlp_es):
    text = ("Heriberto Salazar Amaya, 36, a Mexican national, was charged. In January, authorities captured Ovidio "
            "Guzman in Sinaloa. His brother Ivan Archivaldo Guzman leads the faction.")
    assert _names(nlp_en, text, "person") == {"Heriberto Salazar Amaya", "Ovidio Guzman", "Ivan Archivaldo Guzman"}
    assert _names(nlp_en, text, "place") == {"Sinaloa"}
    text = "Y la otra, María del Carmen Morales, del colectivo de búsqueda, fue asesinada en Guadalajara."
    assert "María del Carmen Morales" in _names(nlp_es, text, "person")


def test_extract_entities_common_nouns_are_no_person(nlp_es):
    text = ("Elementos de la Semar aseguraron una Embarcación de Bajo Perfil frente a Manzanillo. La embarcación de "
            "bajo perfil transportaba cocaína.")
    assert _names(nlp_es, text, "person") == set()


def test_extract_entities_withheld_surname_joins_full_name_or_nobody(nlp_es):
    text = ("Garduño identificó al conductor como Homero Zamorano. Horas después describió a Homero «N», de 45 años. "
            "En este caso hay un detenido, de nombre José Guadalupe “N”, de 24 años.")
    assert _entities(nlp_es, text)[("person", "Homero Zamorano")] == ["Homero Zamorano", "Homero «N»"]
    assert not any("Guadalupe" in name for _t, name in _entities(nlp_es, text))


def test_extract_entities_alias_attaches_to_person(nlp_es):
    text = "Entre los señalados está Julio César Montero Pinzón, alias “El Tarjetas”, operador financiero."
    ents = _entities(nlp_es, text)
    assert ents[("person", "Julio César Montero Pinzón")] == ["Julio César Montero Pinzón", "El Tarjetas"]
    assert not any(t != "person" and "Tarjetas" in n for t, n in ents)  # an alias is no organization


def test_extract_entities_nickname_inside_a_name(nlp_en):
    doc = nlp_en("Ovidio Guzmán López, one of the sons of Joaquín “El Chapo” Guzmán, pleaded guilty on Friday.")
    people = {e.name: [m.text for m in e.mentions] for e in extract_entities(doc, "d") if e.type == "person"}
    assert people == {"Ovidio Guzmán López": ["Ovidio Guzmán López"],
                      "Joaquín Guzmán Loera": ["Joaquín “El Chapo” Guzmán", "El Chapo"]}


def test_extract_entities_known_nickname_alone(nlp_en, nlp_es):
    assert _entities(nlp_en, "Prosecutors said El Chapo's cartel moved the cash.") == {
        ("person", "Joaquín Guzmán Loera"): ["El Chapo"]}
    people = _names(nlp_es, "Ovidio Guzmán, hijo de Joaquín 'el Chapo', se declaró culpable.", "person")
    assert people == {"Ovidio Guzmán", "Joaquín Guzmán Loera"}


def test_extract_entities_nickname_seen_again_alone_is_the_person(nlp_es):
    ents = _entities(nlp_es, "Ismael “El Mayo” Zambada se declaró culpable; El Mayo fundó el cártel.")
    assert ents == {("person", "Ismael Zambada García"): ["Ismael “El Mayo” Zambada", "El Mayo", "El Mayo"]}


def test_extract_entities_clean_person_name_rules():
    assert clean_person_name("Minister Marcelo Ebrard", 0) == ("Marcelo Ebrard", 9, "Minister")
    assert clean_person_name("“Marcelo Ebrard", 10) == ("Marcelo Ebrard", 11, None)
    assert clean_person_name("la Firma", 0) is None  # a nickname alone is no name; aliases attach to one
    assert clean_person_name("Trump’s", 0)[0] == "Trump"
    assert clean_person_name("Trump’s Executive", 0)[0] == "Trump"  # what a possessive owns is no name
    assert clean_person_name("Mérida Initiative", 0) is None  # the programme, not the city nor a person
    assert clean_person_name("Bahía de Banderas", 0) is None
    assert clean_person_name("Hudson Bay", 0) is None
    assert clean_person_name("Farías Laguna", 0)[0] == "Farías Laguna"
    assert clean_person_name("George W. Bush", 0)[0] == "George W. Bush"
    assert clean_person_name("Ammo A", 0) is None  # an initial carries its dot
    assert clean_person_name("Vector Casa de Bolsa", 0) is None
    assert clean_person_name("Manuel Montesinos Díez de la Lastra", 0)[0] == "Manuel Montesinos Díez de la Lastra"


# --- organizations and places -----------------------------------------------------------


def test_extract_entities_english_and_spanish_names_are_one_organization():
    lex = load_lexicon()
    assert lex.org_key("SRE") == lex.org_key("Mexican Foreign Ministry") == lex.org_key(
        "Secretaría de Relaciones Exteriores") == "mx-sre"
    assert lex.org_key("CJNG") == lex.org_key("Jalisco New Generation Cartel") == lex.org_key(
        "Cártel Jalisco Nueva Generación") == "cartel-cjng"
    assert lex.org_key("Sedena") == "mx-sedena"
    assert lex.org_key("Los Chapitos") == "faction-chapitos"
    assert lex.org_key("Comando Norte") == lex.org_key("NORTHCOM") == "us-northcom"


def test_extract_entities_context_only_alias_needs_determiner(nlp_en):
    ents = extract_entities(nlp_en("In Mexico, the Navy seized a boat. Marina Lopez said nothing."), "doc-test")
    navy = [e for e in ents if e.key == "mx-semar"]
    assert navy and navy[0].mentions[0].text == "Navy"
    assert not any(m.text == "Marina" for e in ents for m in e.mentions if e.key == "mx-semar")


def test_extract_entities_context_only_alias_after_its_country_s_possessive(nlp_en):
    ents = extract_entities(nlp_en("Mexico's navy said it seized a boat off Sinaloa."), "doc-test")
    assert any(e.key == "mx-semar" for e in ents)
    ents = extract_entities(nlp_en("In Mexico, Peru's navy said it seized a boat."), "doc-test")
    assert not any(e.key == "mx-semar" for e in ents)


def test_extract_entities_a_party_acronym_before_a_name_is_a_label(nlp_es):
    ents = _entities(nlp_es, "Sin embargo, la diputada PS Emilia Nuyado criticó la medida adelantada por el Ejecutivo.")
    assert ("person", "Emilia Nuyado") in ents
    assert not any("PS Emilia" in name for _t, name in ents)


def test_extract_entities_context_alias_of_another_country(nlp_es):
    ents = _entities(nlp_es, "Según el Ministerio de Defensa, la Armada de Colombia interceptó dos lanchas.")
    assert ("organization", "Armada de Colombia") in ents
    assert not any(name == "Secretaría de Marina" for _t, name in ents)


def test_extract_entities_name_after_title_and_organization(nlp_en):
    doc = nlp_en("Officials met Secretary of Homeland Security Alejandro Mayorkas in Washington.")
    assert "Alejandro Mayorkas" in {e.name for e in extract_entities(doc, "d") if e.type == "person"}


def test_extract_entities_company_with_legal_suffix(nlp_es):
    text = ("La Marina aseguró dos buques de Grupo de Combustibles S.A de C.V. y de la Agencia Consignataria Náutica "
            "Marina, S.A. de C.V., en Tampico.")
    ents = _entities(nlp_es, text)
    assert ents[("organization", "Grupo de Combustibles")] == ["Grupo de Combustibles S.A de C.V."]
    assert ents[("organization", "Agencia Consignataria Náutica Marina")] == [
        "Agencia Consignataria Náutica Marina, S.A. de C.V."]


def test_extract_entities_names_after_group_nouns(nlp_es):
    text = ("Una de ellas fue Rosalía Méndez Ibarra, integrante del grupo Brazos Abiertos, y la otra, del colectivo "
            "Rastreadoras Unidas de Michoacán.")
    ents = _entities(nlp_es, text)
    assert ("organization", "Brazos Abiertos") in ents
    assert ("organization", "Rastreadoras Unidas de Michoacán") in ents
    assert _names(nlp_es, text, "person") == {"Rosalía Méndez Ibarra"}


def test_extract_entities_programmes_and_centres_kept_whole(nlp_es, nlp_en):
    text = "El comandante de la Estación de Guardacostas de Bahía Solano habló con la Fiscalía Especial Antidroga."
    assert {"Estación de Guardacostas de Bahía Solano", "Fiscalía Especial Antidroga"} <= _names(
        nlp_es, text, "organization")
    ents = _entities(nlp_en, "Launched in 2008, the Mérida Initiative has directed funds to Mexico.")
    assert not any(t == "place" and "Mérida" in n for t, n in ents)


def test_extract_entities_parties_after_legislators(nlp_es):
    text = "Dolores Padierna (Morena) defendió la reforma; Gustavo de Hoyos (MC) votó en contra."
    ents = extract_entities(nlp_es(text), "d")
    assert {e.key for e in ents if e.type == "organization"} == {"mx-morena", "mx-mc"}
    assert {e.name for e in ents if e.type == "person"} == {"Dolores Padierna", "Gustavo de Hoyos"}


def test_extract_entities_lower_case_institutions_and_acronym_case(nlp_en):
    text = ("The lawsuit names Sprague’s Sports, SNG Tactical and Ammo AZ. The US state department offered a reward, "
            "and the Mexican national guard deployed.")
    ents = extract_entities(nlp_en(text), "d")
    assert {e.key for e in ents if e.type == "organization" and e.key} == {"us-state", "mx-gn"}
    assert "Ammo AZ" in {e.name for e in ents if e.type == "organization"}
    assert not [e for e in ents if e.type == "person"]


def test_extract_entities_spanish_lower_case_heads_of_names(nlp_es):
    # Spanish style: the common-noun head in lower case, the name after "de" as is
    text = ("La embajada de Estados Unidos en México agradeció la colaboración contra el cártel de Sinaloa. "
            "El departamento de Estado y la fiscalía general de la República no comentaron.")
    ents = extract_entities(nlp_es(text), "d")
    assert {e.key for e in ents if e.type == "organization"} == {"us-embassy-mx", "cartel-sinaloa", "us-state", "mx-fgr"}


def test_extract_entities_verbs_are_no_places(nlp_es):
    text = "Aseguró que la Sedena evitará la corrupción. Afirmó que la Constitución lo permite."
    assert not any(n in {"Aseguró", "Afirmó"} for _t, n in _entities(nlp_es, text))


def test_extract_entities_a_headline_verb_and_figure_is_no_place(nlp_es):
    text = "Baja 32% homicidio doloso en el primer año del gobierno, reporta el SESNSP"
    assert not [n for t, n in _entities(nlp_es, text) if "32" in n]


def test_extract_entities_no_dateline_or_member_noun_inside_an_organization(nlp_es):
    text = "Guadalajara, Jal.- Elementos de la Fiscalía del Estado detuvieron este jueves a dos hombres."
    orgs = {n for t, n in _entities(nlp_es, text) if t == "organization"}
    assert orgs == {"Fiscalía del Estado"}


def test_extract_entities_a_full_name_opening_a_paragraph_is_not_glued_to_the_line_above():
    # the headline's last word ("mount", a place noun as in "Mount Everest") is on another line
    text = ("Cartel violence in Sinaloa is waning as arrests mount\n\nOmar García Harfuch, Mexico's security "
            "secretary, said on Tuesday that homicides had fallen.")
    assert [m.name for m in full_names(text, [])] == ["Omar García Harfuch"]


def test_extract_entities_a_state_body_is_not_the_nations(nlp_es):
    text = "La dirigente exigió que el Congreso local cite a comparecer al secretario de Seguridad estatal."
    orgs = {(e.name, e.key) for e in extract_entities(nlp_es(text), "d") if e.type == "organization"}
    assert ("Congreso local", None) in orgs and not any(key == "mx-congreso" for _n, key in orgs)


def test_extract_entities_a_president_by_his_initials(nlp_es):
    assert _entities(nlp_es, "AMLO dijo que la estrategia de seguridad funciona.") == {
        ("person", "Andrés Manuel López Obrador"): ["AMLO"]}


@pytest.mark.parametrize("lang, text", [
    ("en", "The attack happened during Day of the Dead celebrations in Uruapan."),
    ("es", "Los hechos ocurrieron en la colonia Jacinto López de Hermosillo."),
])
def test_extract_entities_holidays_and_streets_named_after_people_are_no_entities(request, lang, text):
    ents = extract_entities(request.getfixturevalue(f"nlp_{lang}")(text), "d")
    assert not [e.name for e in ents if e.type in {"person", "organization"}]


def test_extract_entities_bare_names_joined_by_and_are_people(nlp_es):
    ents = extract_entities(nlp_es("Sheinbaum y Trump sostuvieron una llamada telefónica el jueves."), "d")
    assert sorted(e.name for e in ents if e.type == "person") == ["Sheinbaum", "Trump"]


def test_extract_entities_tweet_signer(nlp_es):
    text = "“Vamos por ellos”, escribió.\n— Embajada EU en Mex (@USEmbassyMEX) August 13, 2025\nLa noticia siguió."
    ents = extract_entities(nlp_es(text), "d")
    assert [(e.type, e.name) for e in ents if "Embajada" in e.name] == [("organization", "Embajada EU en Mex")]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_extract_entities_drug_names_are_no_organizations(lang, nlp_en, nlp_es):
    nlp = nlp_en if lang == "en" else nlp_es
    text = ("Agents seized 3,000 MDMA pills and fentanyl." if lang == "en"
            else "Los agentes aseguraron 3 mil pastillas de MDMA y fentanilo.")
    assert not [e for e in extract_entities(nlp(text), "d") if e.type in {"organization", "place"} and "MDMA" in e.name]


def test_extract_entities_headline_does_not_run_into_a_name(nlp_en):
    text = "Alvaro Serey Issues Prison Update. The prison director said the issues were solved."
    assert _names(nlp_en, text, "person") == {"Alvaro Serey"}


def test_extract_entities_context_alias_needs_its_country(nlp_en):
    ents = extract_entities(nlp_en("Congress approved the budget and the Navy sailed."), "d")
    assert not {e.key for e in ents} & {"mx-congreso", "mx-semar"}
    ents = extract_entities(nlp_en("In Mexico, the Navy seized a boat."), "d")
    assert "mx-semar" in {e.key for e in ents}


def test_extract_entities_context_alias_goes_to_the_article_leading_country(nlp_en):
    """"the Congress" is claimed by Mexico's and the United States' entries: the country the article shows most wins."""
    us = ("Members of the Congress questioned the U.S. Treasury in Washington about the United States Senate bill; "
          "Mexico was mentioned once.")
    mx = "Members of the Congress met the SRE in Mexico City; Mexico and the Navy replied to one U.S. letter."
    assert "us-congress" in {e.key for e in extract_entities(nlp_en(us), "d")}
    keys = {e.key for e in extract_entities(nlp_en(mx), "d")}
    assert "mx-congreso" in keys and "us-congress" not in keys


def test_extract_entities_context_alias_is_not_keyed_where_no_country_is_shown(nlp_en):
    """A lawmaker of New Mexico in Congress: "New Mexico" does not name Mexico, and "Congress" stays unkeyed."""
    ents = extract_entities(nlp_en("Senator Ben Ray Lujan of New Mexico said Congress would vote on Tuesday."), "d")
    assert not {e.key for e in ents} & {"mx-congreso", "mx", "us-congress"}
    assert "us-nm" in {e.key for e in ents}
    congress = [m for e in ents for m in e.mentions if m.text == "Congress"]
    assert all(m.name == "Congress" for m in congress)  # resolution keys a mention by its name: none here


def test_extract_entities_context_alias_country_shown_by_its_organizations(nlp_es):
    text = "La reforma permite que el Ejército, la Armada y la Fuerza Aérea apoyen a la Guardia Nacional."
    keys = {e.key for e in extract_entities(nlp_es(text), "d")}
    assert {"mx-army", "mx-semar", "mx-fam", "mx-gn"} <= keys


def test_extract_entities_org_names_that_differ_in_function_words_are_one_body():
    lexicon = load_lexicon()
    ofac = lexicon.org_key("Office of Foreign Assets Control")
    assert lexicon.org_key("Oficina de Control de Activos de Extranjeros") == ofac
    assert lexicon.org_key("Secretaria Seguridad y Proteccion Ciudadana") == lexicon.org_key(
        "Secretaría de Seguridad y Protección Ciudadana")
    assert lexicon.org_key("Oficina de Control de Activos") is None  # fewer words: another name


def test_extract_entities_the_national_palace_is_a_place():
    doc = extract_document(clean_document(RawDocument(
        source="t.txt", raw="La presidenta Claudia Sheinbaum se reunió este miércoles en Palacio Nacional con el "
                            "secretario de Estado de Estados Unidos, Marco Rubio.")))
    assert ("place", "National Palace") in {(e.type, e.name) for e in doc.entities}


def test_extract_entities_a_nickname_inside_a_longer_one_is_not_its_owner():
    def people(text: str) -> set[str]:
        doc = extract_document(clean_document(RawDocument(source="t.txt", raw=text)))
        return {e.name for e in doc.entities if e.type == "person"}
    assert "Joaquín Guzmán Loera" not in people('Detienen a Fausto Isidro Meza Flores, alias "El Chapo Isidro", en Guasave.')
    assert "Joaquín Guzmán Loera" in people("El Chapo Guzmán was extradited to the United States in 2017.")


def test_extract_entities_the_place_of_a_title_is_not_part_of_the_name():
    doc = extract_document(clean_document(RawDocument(
        source="t.txt", raw="El exgobernador de Tamaulipas Tomás Yarrington Ruvalcaba fue sentenciado en Texas.")))
    assert "Tomás Yarrington Ruvalcaba" in {e.name for e in doc.entities if e.type == "person"}


def test_extract_entities_a_spanish_article_that_is_part_of_a_place_name_stays():
    doc = extract_document(clean_document(RawDocument(
        source="t.txt", raw="Detuvieron a tres personas en El Paso y en la Ciudad de México.")))
    places = {e.name for e in doc.entities if e.type == "place"}
    assert "El Paso" in places and "Paso" not in places


def test_extract_entities_a_full_spanish_name_the_model_left_untagged():
    def people(text: str) -> set[str]:
        doc = extract_document(clean_document(RawDocument(source="t.txt", raw=text)))
        return {e.name for e in doc.entities if e.type == "person"}
    found = people("The Treasury sanctioned Joaquín Guzmán López and Ovidio Guzmán López on Tuesday.")
    assert {"Joaquín Guzmán López", "Ovidio Guzmán López"} <= found
    assert not people("Flights resumed at Benito Juárez International Airport on Monday morning.")


def test_entities_mexican_states_and_cities_are_places_whatever_the_model_says(nlp_en, nlp_es):
    en = ("Soldiers clashed with gunmen in Reynosa and Matamoros, Tamaulipas, on Sunday. Violence has hit Culiacan, "
          "the capital of Sinaloa.")
    assert {"Reynosa", "Matamoros", "Tamaulipas", "Culiacán", "Sinaloa"} <= _names(nlp_en, en, "place")
    assert not _names(nlp_en, en, "person") and not _names(nlp_en, en, "organization")
    assert "Culiacán" in _names(nlp_es, "La violencia en Culiacán no cede desde septiembre.", "place")


def test_entities_a_known_place_inside_a_longer_name_stays_in_it(nlp_en, nlp_es):
    es = "La Policía Municipal de Mérida detuvo a dos hombres en el centro de la ciudad."
    assert "Policía Municipal de Mérida" in _names(nlp_es, es, "organization")
    assert "Mérida" not in _names(nlp_es, es, "place")
    en = "Chief Patrol Agent Carlos Houston said the agency seized drugs near El Paso."
    assert "Carlos Houston" in _names(nlp_en, en, "person") and "Houston" not in _names(nlp_en, en, "place")
    # a name made of places alone is no organization
    assert not _names(nlp_en, "The U.S.-Mexico talks resumed on Monday in Washington.", "organization")


def test_entities_a_federal_name_owned_by_a_state_is_the_state_body(nlp_es):
    text = ("La Secretaría de Seguridad Pública de Michoacán informó del hecho. La Fiscalía General de la República "
            "en Sinaloa abrió una carpeta de investigación.")
    orgs = _names(nlp_es, text, "organization")
    assert "Secretaría de Seguridad Pública de Michoacán" in orgs
    assert "Secretaría de Seguridad y Protección Ciudadana" not in orgs  # not the federal ministry
    assert "Fiscalía General de la República" in orgs  # its office in a state is still the federal body


def test_entities_the_rest_of_a_long_title_is_no_part_of_the_name(nlp_en):
    text = "\"Our agents continue to stop these drugs,\" Laredo Sector Chief Patrol Agent Ricardo Guerra said on Tuesday."
    people = _names(nlp_en, text, "person")
    assert "Ricardo Guerra" in people and not any("Agent" in p for p in people)


def test_entities_a_bare_head_or_a_headline_common_noun_is_no_organization(nlp_en):
    text = ("Leaders of Sinaloa Cartel Faction Charged with Narco-Terrorism\n\nA federal grand jury charged two leaders "
            "with narco-terrorism. \"This Department will use every tool to dismantle them,\" said Attorney General "
            "Pamela Bondi.")
    assert _names(nlp_en, text, "organization") == {"Cártel de Sinaloa"}


def test_entities_a_group_known_as_a_name_is_an_organization_and_a_stop_word_is_nothing(nlp_en, nlp_es):
    en = "Among those sent was Abigael González Valencia, a leader of a group known as Los Cuinis."
    assert "Los Cuinis" in _names(nlp_en, en, "organization") and "Los Cuinis" not in _names(nlp_en, en, "place")
    es = "La célula denominada Los Mayos opera en el centro de Sinaloa."
    assert "Los Mayos" in _names(nlp_es, es, "organization")
    title = "Quién es “El Tigre”, el operador del CJNG detenido en Nayarit"
    assert "Quién" not in _names(nlp_es, title, "organization")


def test_entities_a_participle_opening_a_sentence_is_no_organization(nlp_es):
    text = ("El juez fijó la audiencia.\n\nConsultado por este semanario, un exagente de la DEA afirmó que el caso es "
            "uno de los más sólidos.")
    assert "Consultado" not in _names(nlp_es, text, "organization") | _names(nlp_es, text, "person")


def test_entities_a_leader_beside_what_he_leads_and_an_ex_title_are_no_organization_or_person(nlp_en, nlp_es):
    en = ("Defense Secretary Pete Hegseth said all options were open against the cartels, which the Trump "
          "administration has designated as terrorist organizations.")
    assert "Trump" not in _names(nlp_en, en, "organization")
    es = "La administración Trump designó a los cárteles como terroristas. Donald Trump firmó la orden el lunes."
    ents = _entities(nlp_es, es)
    assert ents[("person", "Donald Trump")] == ["Trump", "Donald Trump"] and "Trump" not in _names(nlp_es, es, "place")
    title = "Exgobernador de Tamaulipas, extraditado a EU, se declara inocente en Texas"
    assert not _names(nlp_es, title, "person")


def test_entities_a_state_body_named_in_full_and_a_neighbourhood_named_like_a_body(nlp_es):
    text = ("Elementos de la Fiscalía General de Justicia del Estado de Zacatecas detuvieron a Jesús N. La Secretaría "
            "de Seguridad Pública de Michoacán y la Fiscalía General de la República en Sinaloa informaron del cateo "
            "en la colonia Centro.")
    orgs = _names(nlp_es, text, "organization")
    assert {"Fiscalía General de Justicia del Estado de Zacatecas", "Secretaría de Seguridad Pública de Michoacán",
            "Fiscalía General de la República"} == orgs
    assert "Centro" in _names(nlp_es, text, "place")


def test_entities_names_around_titles_and_headline_words(nlp_en, nlp_es):
    en = ("The memorandum was signed by Mexican Security Secretary Omar García Harfuch and U.S. Homeland Security "
          "Secretary Kristi Noem at the Department of Homeland Security.")
    assert {"Omar García Harfuch", "Kristi Noem"} == _names(nlp_en, en, "person")
    assert "Mexican Security" not in _names(nlp_en, en, "organization")
    doj = ("Alleged Sinaloa Cartel Plaza Boss Extradited from Mexico to Face Fentanyl Charges\n\n"
           "A Mexican national was extradited from Mexico on Thursday to face charges in San Diego.")
    assert "Extradited" not in _names(nlp_en, doj, "person")


def test_entities_a_spanish_headline_verb_is_no_name_and_a_headline_alias_is_its_person(nlp_es):
    noem = "Recibe Sheinbaum a Kristi Noem en Palacio Nacional\n\nLa presidenta Claudia Sheinbaum recibió a la secretaria."
    assert _entities(nlp_es, noem)[("person", "Claudia Sheinbaum")] == ["Sheinbaum", "Claudia Sheinbaum"]
    capture = ("Capturan en Sonora a \"El Chapo Isidro\", operador de los Beltrán Leyva\n\n"
               "Fausto Isidro Meza Flores, alias \"El Chapo Isidro\", fue detenido por la Guardia Nacional en Sonora.")
    assert "Capturan" not in _names(nlp_es, capture, "place")
    assert [n for n in _names(nlp_es, capture, "person")] == ["Fausto Isidro Meza Flores"]


def test_entities_a_headline_clause_is_no_organization(nlp_en):
    text = ("How Mexico's Cartels Are Adapting to US Terror Designations\n\nThe designation of six Mexican criminal "
            "groups as terrorist organizations has forced their financial operators to change how they move money.")
    assert not any("Adapting" in o for o in _names(nlp_en, text, "organization"))


@pytest.mark.parametrize(("text", "full", "not_names"), [
    ("Among the others designated was Fausto Isidro Meza Flores, a trafficker known as \"Chapo Isidro\" who runs "
     "his own organization in northern Sinaloa.", "Fausto Isidro Meza Flores", {"Fausto Isidro"}),
    ("The action by the Office of Foreign Assets Control names Iván Archivaldo Guzmán Salazar and his brother "
     "Jesús Alfredo Guzmán Salazar.", "Iván Archivaldo Guzmán Salazar", {"Archivaldo Guzmán Salazar", "Iván"}),
])
def test_entities_a_full_name_the_model_cut_short_or_in_pieces_is_whole(nlp_en, text, full, not_names):
    entities = _entities(nlp_en, text)
    assert full in {name for (t, name) in entities if t == "person"}
    assert not {name for (_t, name) in entities} & not_names


def test_entities_a_name_the_model_cut_is_not_lengthened_by_a_weekday_or_a_place():
    from pesquisa.extract.entities._rules import longer_full_names
    from pesquisa.records import Mention, Span

    for text in ("Omar García Harfuch Monday said", "Pedro Inzunza Noriega Sinaloa", "Fausto Isidro Meza Flores said"):
        cut = " ".join(text.split()[:3])
        model = [Mention("person", cut, Span(0, len(cut)), cut, source="model")]
        found = [m.text for m in longer_full_names(text, model, [])]
        assert found == (["Fausto Isidro Meza Flores"] if text.startswith("Fausto") else [])


def test_entities_an_office_before_a_name_and_a_body_named_by_its_head(nlp_en, nlp_es):
    en = ("\"The cartel floods our communities with fentanyl,\" said Under Secretary for Terrorism and Financial "
          "Intelligence Brian E. Nelson.")
    assert _names(nlp_en, en, "person") == {"Brian E. Nelson"} and "Terrorism" not in _names(nlp_en, en, "organization")
    es = ("Marina asegura 8 toneladas de cocaína en costas de Oaxaca\n\nLa Secretaría de Marina (Semar) aseguró 8.3 "
          "toneladas de cocaína en una embarcación frente a las costas de Oaxaca.")
    assert not _names(nlp_es, es, "person")
    doj = ("Leaders Charged with Drug Trafficking and Narco-Terrorism\n\nTwo leaders were charged with drug trafficking "
           "and narco-terrorism in federal court.")
    assert not _names(nlp_en, doj, "organization")


def test_entities_a_spanish_sentence_opener_is_no_name(nlp_es):
    text = ("A cambio de su voto, le ofrecían “financiamiento de proyectos, programas y obras estatales, etc.”.\n\n"
            "Cabe indicar que en setiembre del 2021, la Fiscalía de la Nación presentó una denuncia constitucional "
            "contra PPK y Kenji Fujimori por la presunta compra de votos.")
    assert "Cabe" not in _names(nlp_es, text, "person") | _names(nlp_es, text, "organization")


def test_entities_a_named_operation_is_no_person_or_place(nlp_en, nlp_es):
    en = ("Gov. Greg Abbott said Operation Lone Star will move troopers toward smuggling routes, and that Operation "
          "Lone Star had cost the state billions since it began.")
    assert _names(nlp_en, en, "person") == {"Greg Abbott"}
    es = ("En el marco de la Operación Frontera Norte, la Guardia Nacional detuvo a 90 personas en Sonora y "
          "Chihuahua durante la semana.")
    assert not any("Operación" in n for n in _names(nlp_es, es, "place") | _names(nlp_es, es, "person"))


def test_entities_an_acronym_defined_in_brackets_is_its_organization(nlp_es, nlp_en):
    es = ("Participan la Agencia Estatal de Investigación (AEI) y la policía municipal. Según la AEI, los detenidos "
          "fueron trasladados a Chihuahua.")
    orgs = _entities(nlp_es, es)
    assert [m for (t, n), m in orgs.items() if t == "organization" and n == "Agencia Estatal de Investigación"] == \
        [["Agencia Estatal de Investigación", "AEI", "AEI"]]
    en = "The Border Enforcement Security Task Force (BEST) led the case. BEST agents seized 40 rifles."
    assert not any(n == "BEST" for (t, n) in _entities(nlp_en, en))


def test_entities_a_group_after_a_membership_word_is_an_organization(nlp_es, nlp_en):
    es = ("Detienen a operador de La Barredora en Tabasco. Elementos federales detuvieron en Villahermosa a un "
          "presunto operador de La Barredora, una célula que opera en el sureste.")
    assert "La Barredora" in _names(nlp_es, es, "organization")
    assert "La Barredora" not in _names(nlp_es, es, "place")
    en = "Prosecutors said the two men were members of El Chapo's faction and of the Gulf Cartel."
    assert not any("Chapo" in n for n in _names(nlp_en, en, "organization"))


def test_entities_a_court_named_after_its_seat_is_one_organization(nlp_es):
    text = ("La jueza aplazó la audiencia, informó la Corte del Distrito Sur de Texas en un documento judicial. "
            "El acusado permanecerá en una prisión federal.")
    assert "Corte del Distrito Sur de Texas" in _names(nlp_es, text, "organization")
    assert "Distrito Sur" not in _names(nlp_es, text, "place")


def test_entities_a_name_defined_by_its_acronym_is_one_organization(nlp_es):
    text = ("La Comisión Nacional de Seguros y Fianzas (CNSF) revocó la licencia de la aseguradora. La Oficina de "
            "Control de Activos Extranjeros (OFAC) ya la había sancionado, y el diputado Juan Pérez Ruiz (PAN) pidió "
            "una investigación.")
    found = _entities(nlp_es, text)
    assert ("organization", "Comisión Nacional de Seguros y Fianzas") in found
    assert not any(n in {"Fianzas", "Seguros"} for (_t, n) in found)
    ofac = [n for (t, n), m in found.items() if t == "organization" and "Oficina de Control de Activos Extranjeros" in m]
    assert ofac == ["Office of Foreign Assets Control"]
    assert ("person", "Juan Pérez Ruiz") in found


def test_entities_an_exchange_house_a_mission_and_a_middle_initial(nlp_es, nlp_en):
    es = "La UIF bloqueó las cuentas de la casa de cambio Divisas del Pacífico, con sede en Mazatlán."
    assert "Divisas del Pacífico" in _names(nlp_es, es, "organization")
    en = ("The Guatemalan Consulate in Phoenix said it was assisting the families. Deputy Director Paul N. Haskins "
          "said the investigation continued.")
    assert "Guatemalan Consulate" in _names(nlp_en, en, "organization")
    assert "Paul N. Haskins" in _names(nlp_en, en, "person")


def test_entities_an_agreement_named_in_full_is_no_person(nlp_es):
    text = ("Hace un año se firmó el Marco Binacional de Entendimiento contra el Tráfico de Armas. Marco Rubio "
            "asistió a la ceremonia.")
    assert _names(nlp_es, text, "person") == {"Marco Rubio"}


def test_entities_a_surname_with_de_los_after_a_title_stays_whole(nlp_es):
    text = ("La Fiscalía estatal informó de las detenciones. El fiscal Gerardo Ortiz de los Monteros dijo que la "
            "investigación seguirá abierta.")
    assert "Gerardo Ortiz de los Monteros" in _names(nlp_es, text, "person")


def test_entities_a_possessor_and_a_family_are_no_organization_or_place(nlp_en, nlp_es):
    en = ("Trump's drug czar says strikes on cartels remain possible\n\nThe official told reporters on Sunday that no "
          "option had been ruled out.")
    assert "Trump" not in _names(nlp_en, en, "organization")
    es = ("En el pueblo todos conocen a los hermanos Carrasco. Un vecino aseguró que los Carrasco pagan a policías "
          "municipales para que avisen de los operativos.")
    assert "Carrasco" not in _names(nlp_es, es, "place")


def test_entities_a_cartel_name_with_its_head_in_lower_case(nlp_en):
    text = "Prosecutors said the mayor took bribes from the Gulf cartel and later from the Juarez cartel."
    assert _names(nlp_en, text, "organization") == {"Cártel del Golfo", "Cártel de Juárez"}
    assert "Gulf" not in _names(nlp_en, text, "place")


def test_entities_a_compound_given_name_in_a_list_and_an_adjective_before_a_place(nlp_es):
    text = ("Asistieron los gobernadores Marina del Pilar Ávila Olmeda, de Baja California; Alfonso Durazo Montaño, "
            "de Sonora, y Maru Campos Galván, de Chihuahua.\n\nOriginario de Michoacán, Flores Silva comenzó como "
            "escolta y después controló plazas en Nayarit.")
    people = _names(nlp_es, text, "person")
    assert "Marina del Pilar Ávila Olmeda" in people and "Originario de Michoacán" not in people
    assert "Marina del Pilar Ávila Olmeda" not in _names(nlp_es, text, "place")


def test_entities_a_law_named_like_an_agency_is_not_the_agency(nlp_es):
    text = ("El Senado aprobó la reforma a la Ley Federal de Armas de Fuego y Explosivos. La Oficina de Alcohol, "
            "Tabaco, Armas de Fuego y Explosivos de Estados Unidos celebró la medida.")
    found = _entities(nlp_es, text)
    atf = [m for (t, n), m in found.items() if n == "Bureau of Alcohol, Tobacco, Firearms and Explosives"]
    assert atf == [["Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos"]]


def test_entities_coordinated_first_names_alone_are_no_people(nlp_es):
    text = ("Los tres hermanos operaban en la región. Raúl, el mayor, fue detenido en 2023; Ricardo y Roberto siguen "
            "prófugos, según la Fiscalía. Sheinbaum y Trump hablaron del caso.")
    people = _names(nlp_es, text, "person")
    assert not people & {"Ricardo", "Roberto"} and {"Sheinbaum", "Trump"} <= people


def test_entities_a_name_closed_by_a_generational_suffix(nlp_en):
    # "Peace": a common word, so the model tags nothing
    text = "Breon Peace Jr., a former federal prosecutor, said such cases depend on cooperating witnesses."
    assert _names(nlp_en, text, "person") == {"Breon Peace Jr."}


def test_entities_a_border_patrol_sector_before_a_title_is_no_person(nlp_en):
    text = '"Our agents remain vigilant," said Laredo Sector Chief Patrol Agent Jose Salazar.'
    people = _names(nlp_en, text, "person")
    assert "Jose Salazar" in people and "Laredo Sector" not in people


def test_entities_a_one_word_name_reads_as_the_titled_person_it_names_elsewhere(nlp_en):
    text = ("Security officials presented their monthly report at President Sheinbaum's Monday morning press "
            "conference. Sheinbaum also said her government would not allow any foreign military intervention.")
    assert "Sheinbaum" not in _names(nlp_en, text, "organization")
    assert "Sheinbaum" in _names(nlp_en, text, "person")


def test_entities_a_public_figures_surname_alone_is_the_person(nlp_en):
    text = ("Analysts say the terrorist label worries Mexico. Sheinbaum has said repeatedly that Mexico will not accept "
            "any foreign intervention. The transfers come as the Trump administration presses Mexico to do more. "
            "Trump has imposed tariffs on some Mexican goods.")
    people = _names(nlp_en, text, "person")
    assert {"Sheinbaum", "Trump"} <= people
    assert not {"Sheinbaum", "Trump"} & _names(nlp_en, text, "organization")


def test_entities_a_courts_ordinal_and_matter_are_no_person(nlp_es):
    text = ("Un juez federal concedió una suspensión provisional al exgobernador César Duarte Jáquez. El juez Noveno de "
            "Distrito en materia de Amparo Penal en la Ciudad de México otorgó la medida, informó la defensa.")
    people = _names(nlp_es, text, "person")
    assert "César Duarte Jáquez" in people
    assert not any("Noveno" in p or "Penal" in p for p in people)


def test_entities_a_run_of_a_title_case_headline_is_no_organization(nlp_en):
    text = ("Mexico's Fuel Theft Boom Moves Offshore\n\nCriminal groups in Mexico are increasingly smuggling fuel by "
            "sea, the Gulf Cartel among them, according to the Drug Enforcement Administration.")
    orgs = _names(nlp_en, text, "organization")
    assert not any("Boom" in o for o in orgs)
    assert "Drug Enforcement Administration" in orgs


def test_extract_entities_a_news_agency_in_a_wire_dateline_is_no_place(nlp_es):
    text = ("MÉXICO, 5 Dic. (EUROPA PRESS) - El Gobierno de Estados Unidos anunció sanciones contra seis personas. "
            "MADRID, 4 Dic. (NOTIMEX) - Las autoridades detuvieron a dos hombres.")
    found = _entities(nlp_es, text)
    assert ("organization", "Europa Press") in found and ("organization", "Notimex") in found
    assert not {name for (t, name) in found if t == "place"} & {"EUROPA", "EUROPA PRESS", "NOTIMEX"}
