"""Entities, stop 42 (second round): Colombia's army and military forces named bare, Spanish bodies named for what
they fight ("contra"), a county's prosecutors after a county of two words, names with a hyphenated surname and the
age the model misses, Irish and Ghanaian towns, and a dateline in capitals that is no person."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _entities(text: str) -> list:
    return extract_document(clean_document(RawDocument(source="t.txt", raw=text, published="2026-12-04"))).entities


def _by_name(text: str) -> dict[str, str]:
    return {e.name: e.type for e in _entities(text)}


def test_a_bare_army_in_a_colombian_story_is_colombias():
    text = ("Tropas del Ejército incautaron dos toneladas de cocaína en zona rural de Tumaco, Nariño, en una operación "
            "contra las disidencias de las FARC. Según las Fuerzas Militares, el cargamento iba hacia Centroamérica.")
    names = _by_name(text)
    assert names.get("Ejército Nacional de Colombia") == "organization"
    assert names.get("Fuerzas Militares de Colombia") == "organization"
    assert "Ejército Mexicano" not in names


def test_a_bare_army_in_a_mexican_story_stays_mexicos():
    text = ("Elementos del Ejército aseguraron un laboratorio clandestino en Cosalá, Sinaloa, informó la Secretaría de "
            "la Defensa Nacional.")
    names = _by_name(text)
    assert "Ejército Nacional de Colombia" not in names


def test_a_body_against_a_crime_is_named_whole():
    text = ("La Fiscalía contra la Narcoactividad del Ministerio Público informó que el detenido es requerido por una "
            "corte de Florida. La Unidad Especializada contra el Lavado de Dinero abrió otra investigación.")
    names = _by_name(text)
    assert names.get("Fiscalía contra la Narcoactividad del Ministerio Público") == "organization"
    assert "Narcoactividad del Ministerio Público" not in names


def test_a_county_attorneys_office_after_a_two_word_county():
    text = ("The Doña Ana County Attorney's Office is reviewing the case, the sheriff said. Deputies found 30,000 "
            "fentanyl pills in the car.")
    assert _by_name(text).get("Doña Ana County Attorney's Office") == "organization"


def test_a_hyphenated_name_with_the_age_is_a_person():
    text = ("Two men were charged Monday after deputies found fentanyl pills in a rental car.\n\n"
            "Ramon Esquivel-Torres, 29, and Daniel Pacheco, 34, face federal charges of possession with intent to "
            "distribute.")
    assert _by_name(text).get("Ramon Esquivel-Torres") == "person"


def test_irish_and_ghanaian_towns_are_places():
    assert _by_name("Gardaí seized cocaine worth €2 million in Mallow, Co Cork, on Tuesday.").get("Mallow") == "place"
    text = "NACOC officers arrested three suspects in Bawku after seizing boxes of tramadol hidden in a truck."
    assert _by_name(text).get("Bawku") == "place"


def test_a_dateline_in_capitals_the_model_reads_as_a_person_is_a_place():
    from pesquisa.extract.entities._datelines import capitals_opener_place
    from pesquisa.records import Mention, Span

    text = "Fue detenido ayer.\n\nLIMA. En otra acción, la policía allanó tres inmuebles."
    start = text.index("LIMA")
    place = capitals_opener_place(text, Mention("person", "LIMA", Span(start, start + 4), "LIMA", source="model"))
    assert place is not None and place.type == "place" and place.name == "Lima"
    inner = text.index("policía")
    assert capitals_opener_place(text, Mention("person", "policía", Span(inner, inner + 7), "x", source="model")) is None


def test_a_capitals_dateline_named_like_a_persons_surname_stays_a_place():
    text = ("Capturan a Byron Estuardo Lima Oliva, de 41 años, en Escuintla, informó la Policía Nacional Civil.\n\n"
            "LIMA. En otra acción, la Fiscalía de Delitos de Narcoactividad allanó tres inmuebles en Puerto San José.")
    people = {e.name: {m.text for m in e.mentions} for e in _entities(text) if e.type == "person"}
    assert "LIMA" not in people.get("Byron Estuardo Lima Oliva", set())


def test_a_known_city_in_capitals_before_its_agency_and_a_stop_is_a_place():
    text = ("Golpe a la Segunda Marquetalia\n\nBOGOTÁ (Colprensa). Tropas del Ejército incautaron dos toneladas de "
            "cocaína en Puerto Asís, Putumayo.")
    assert _by_name(text).get("Bogotá") == "place"


def test_a_high_risk_court_is_no_major_before_a_name():
    text = "El detenido será presentado ante un juez de Mayor Riesgo para iniciar el proceso de extradición."
    names = _by_name(text)
    assert "Riesgo" not in names
    assert names.get("Juzgados de Mayor Riesgo") == "organization"


def test_bare_police_and_prosecutors_in_a_colombian_story_are_colombias():
    text = ("MEDELLÍN (Colprensa). En una operación conjunta del Ejército y la Policía fue capturado un cabecilla del Clan "
            "del Golfo en Urabá. De acuerdo con la Fiscalía, coordinaba envíos de cocaína hacia Panamá.")
    names = _by_name(text)
    assert names.get("Policía Nacional de Colombia") == "organization"
    assert names.get("Fiscalía General de la Nación") == "organization"


def test_bare_prosecutors_in_a_mexican_story_stay_the_state_body_named_before():
    text = ("CULIACÁN, Sin.- La Fiscalía General del Estado de Sinaloa informó que la Policía Estatal detuvo a tres "
            "hombres. De acuerdo con la Fiscalía, los detenidos portaban armas.")
    names = _by_name(text)
    assert "Fiscalía General de la Nación" not in names and "Policía Nacional de Colombia" not in names


def test_an_indian_wire_and_port_in_the_dateline_and_lede():
    text = ("New Delhi, Dec 3 (PTI) The Narcotics Control Bureau has seized 80 kg of cocaine from a container at Mundra "
            "port in Gujarat, officials said on Wednesday.")
    names = _by_name(text)
    assert names.get("Press Trust of India") == "organization"
    assert names.get("Mundra") == "place"


def test_a_law_cut_before_its_bracketed_qualifier_is_no_body():
    text = ("A man in his 30s is being held under Section 2 of the Criminal Justice (Drug Trafficking) Act 1996, "
            "gardaí said. The Criminal Assets Bureau assisted in the search.")
    names = _by_name(text)
    assert "Criminal Justice" not in names
    assert names.get("Criminal Assets Bureau") == "organization"
