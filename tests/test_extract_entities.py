"""People, organizations and places on real English and Spanish articles."""

from __future__ import annotations

from pesquisa.extract.entities import clean_person_name, extract_entities
from pesquisa.lexicon import load_lexicon


def _names(extraction, kind):
    return {e.name for e in extraction.entities if e.type == kind}


def test_extract_entities_people_without_titles(extract):
    people = _names(extract("news/003_b523203148a45f70.txt"), "person")
    assert {"Marcelo Ebrard", "Rosa Icela Rodríguez", "Alejandro Gertz Manero", "Antony Blinken", "Merrick Garland",
            "Alejandro Mayorkas"} <= people
    assert not any(p.startswith(("Foreign", "Secretary", "Attorney", "President")) for p in people)


def test_extract_entities_no_fragments_or_captions_as_people(extract):
    people = _names(extract("news/000_872ae381c350ab77.txt"), "person")
    assert people == {"Roberto Velasco Álvarez", "Duncan Wood", "Andrés Manuel López Obrador"}


def test_extract_entities_spanish_article(extract):
    ex = extract("dev/dev_004.txt")
    people = _names(ex, "person")
    assert {"Marco Rubio", "Scott Bessent", "Enrique Dann Esparragoza Rosas", "Iván Archivaldo Guzmán Salazar",
            "Salvador Díaz Rodríguez", "Alberto David Benguiat Jiménez"} <= people
    orgs = {e.key for e in ex.entities if e.type == "organization"}
    assert {"cartel-sinaloa", "faction-chapitos", "faction-mayitos", "us-ofac", "us-treasury"} <= orgs


def test_extract_entities_english_and_spanish_names_are_one_organization():
    lex = load_lexicon()
    assert lex.org_key("SRE") == lex.org_key("Mexican Foreign Ministry") == lex.org_key(
        "Secretaría de Relaciones Exteriores") == "mx-sre"
    assert lex.org_key("CJNG") == lex.org_key("Jalisco New Generation Cartel") == lex.org_key(
        "Cártel Jalisco Nueva Generación") == "cartel-cjng"
    assert lex.org_key("Sedena") == "mx-sedena"
    assert lex.org_key("Los Chapitos") == "faction-chapitos"


def test_extract_entities_context_only_alias_needs_determiner(nlp_en):
    doc = nlp_en("The Navy seized a boat. Marina Lopez said nothing.")
    ents = extract_entities(doc, "doc-test")
    navy = [e for e in ents if e.key == "mx-semar"]
    assert navy and navy[0].mentions[0].text == "Navy"
    assert not any(m.text == "Marina" for e in ents for m in e.mentions if e.key == "mx-semar")


def test_extract_entities_name_after_title_and_organization(nlp_en):
    doc = nlp_en("Officials met Secretary of Homeland Security Alejandro Mayorkas in Washington.")
    assert "Alejandro Mayorkas" in {e.name for e in extract_entities(doc, "d") if e.type == "person"}


def test_extract_entities_withheld_surname_and_alias(nlp_es):
    doc = nlp_es("Garduño lo identificó como Homero «N», de 45 años. Entre los señalados está Julio César Montero Pinzón, "
                 "alias “El Tarjetas”.")
    ents = {e.name: e for e in extract_entities(doc, "d") if e.type == "person"}
    assert "Homero «N»" in ents
    assert "El Tarjetas" in [m.text for m in ents["Julio César Montero Pinzón"].mentions]


def test_extract_entities_surname_joins_full_name(extract):
    ex = extract("news/004_7159a937a4917e94.txt")
    tillerson = next(e for e in ex.entities if e.name == "Rex Tillerson")
    assert "Tillerson" in [m.text for m in tillerson.mentions]


def test_extract_entities_company_with_legal_suffix(extract):
    orgs = {e.name for e in extract("dev/dev_008.txt").entities if e.type == "organization"}
    assert "Grupo de Combustibles" in orgs
    assert "Agencia Consignataria Náutica Marina" in orgs


def test_extract_entities_clean_person_name_rules():
    assert clean_person_name("Minister Marcelo Ebrard", 0) == ("Marcelo Ebrard", 9, "Minister")
    assert clean_person_name("“Marcelo Ebrard", 10) == ("Marcelo Ebrard", 11, None)
    assert clean_person_name("la Firma", 0) is None  # a nickname alone is no name; aliases attach to one
    assert clean_person_name("Trump’s", 0)[0] == "Trump"
    assert clean_person_name("Mérida Initiative", 0) is None
    assert clean_person_name("Bahía de Banderas", 0) is None
    assert clean_person_name("George W. Bush", 0)[0] == "George W. Bush"
    assert clean_person_name("RCMP Bust B.C. Fentanyl Superlab Linked", 0) is None


def test_extract_entities_nickname_inside_a_name(nlp_en):
    doc = nlp_en("Ovidio Guzmán López, one of the sons of Joaquín “El Chapo” Guzmán, pleaded guilty on Friday.")
    people = {e.name: [m.text for m in e.mentions] for e in extract_entities(doc, "d") if e.type == "person"}
    assert people == {"Ovidio Guzmán López": ["Ovidio Guzmán López"],
                      "Joaquín Guzmán": ["Joaquín “El Chapo” Guzmán", "El Chapo"]}
