"""Entities, stop 42: Latin American crime reporting (Colombian, Central American, Peruvian, Argentine papers) and local
court news: women's given names, nicknames with a lower-case article, units named after a person, prisons named by
their town, a body's number after its name, titles that are a body's word or another person's appositive."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _entities(text: str) -> list:
    return extract_document(clean_document(RawDocument(source="t.txt", raw=text, published="2026-12-04"))).entities


def _people(text: str) -> dict[str, set[str]]:
    return {e.name: {m.text for m in e.mentions} for e in _entities(text) if e.type == "person"}


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in _entities(text)}


def test_a_womans_name_after_su_pareja_is_a_person():
    text = ("El tribunal condenó al líder de la banda a 20 años de prisión por amenazas. También fue condenada su pareja, "
            "Vanesa Barrios. La fiscal celebró el fallo.")
    assert _types(text).get("Vanesa Barrios") == "person"


def test_a_nickname_with_a_lower_case_article_is_the_persons():
    text = ("La Policía capturó en el barrio Siloé a Yeferson Andrés Mosquera Valencia, alias el Abuelo, señalado de "
            "coordinar extorsiones. Agentes detuvieron también a Kevin Josué Bonilla Martínez, alias \"el Diablito\", de "
            "22 años.")
    people = _people(text)
    assert "el Abuelo" in people["Yeferson Andrés Mosquera Valencia"]
    assert "el Diablito" in people["Kevin Josué Bonilla Martínez"]
    assert not any(e.name == "Abuelo" for e in _entities(text))


def test_a_guerrilla_column_named_after_a_man_is_an_organization():
    text = ("El capturado servía de enlace con la columna Jaime Martínez, una facción de las disidencias. Un ataque del "
            "frente Carolina Ramírez dejó dos soldados muertos en Putumayo.")
    types = _types(text)
    assert "Jaime Martínez" not in types and "Carolina Ramírez" not in types
    assert types.get("columna Jaime Martínez") == "organization"
    assert types.get("frente Carolina Ramírez") == "organization"


def test_frente_a_is_no_unit():
    text = "El alcalde hizo frente a Juan Pérez Gómez en el debate del martes en Cali."
    assert _types(text).get("Juan Pérez Gómez") == "person"


def test_a_prison_named_by_its_town_is_a_place():
    text = ("La fiscal dijo que el capo seguía dando órdenes desde el penal de Marcos Paz. Su hermano fue llevado a la "
            "cárcel de Jamundí.")
    types = _types(text)
    assert types.get("Marcos Paz") == "place"
    assert types.get("Jamundí") == "place"


def test_a_courts_number_after_its_name_is_part_of_it():
    text = "El Tribunal Oral Federal N° 3 de Rosario condenó al acusado a 22 años de prisión por amenazas a jueces."
    names = {e.name for e in _entities(text) if e.type == "organization"}
    assert "Tribunal Oral Federal N° 3" in names
    assert "Tribunal Oral Federal N" not in names


def test_the_general_of_a_bodys_name_is_no_title():
    text = ("Elementos de la Guardia Nacional detuvieron a Édgar Alonso Beltrán Zazueta, alias \"El Güero Moto\", jefe de "
            "seguridad de una célula.\n\nDe acuerdo con la Fiscalía General del Estado de Sinaloa, Beltrán Zazueta fue "
            "capturado en la colonia Tierra Blanca.")
    people = _people(text)
    assert "Beltrán Zazueta" in people["Édgar Alonso Beltrán Zazueta"]
    assert "Beltrán Zazueta" not in people


def test_a_title_set_off_after_another_name_is_that_persons():
    text = ("La Policía capturó a Yeferson Andrés Mosquera Valencia, alias el Abuelo, en Cali.\n\nSegún el general Carlos "
            "Fernando Triana, director de la Policía, Mosquera Valencia también servía de enlace con otra banda.")
    people = _people(text)
    assert "Mosquera Valencia" in people["Yeferson Andrés Mosquera Valencia"]
    assert "Mosquera Valencia" not in people


def test_a_county_before_man_in_a_headline_is_no_public_figure():
    text = "Kerry man jailed over cocaine found in car\n\nA Kerry man has been jailed for four years after gardaí found cocaine."
    types = _types(text)
    assert types.get("Kerry") == "place"
    assert "person" not in types.values()


def test_an_unquoted_nickname_without_article_after_alias_is_the_persons():
    text = ("La Dijín capturó en Cúcuta a Larry Amaury Álvarez Núñez, alias Larry Changa, uno de los fundadores de la banda. "
            "Trabajaba con Héctor Rusthenford Guerrero Flores, alias Niño Guerrero.")
    people = _people(text)
    assert "Larry Changa" in people["Larry Amaury Álvarez Núñez"]
    assert "Niño Guerrero" in people["Héctor Rusthenford Guerrero Flores"]
    assert "Larry Changa" not in people and "Niño Guerrero" not in people


def test_known_as_without_article_stays_no_alias():
    text = "El comerciante Pedro Ruiz Salas, conocido como Cantinflas en su barrio, fue detenido en Cali."
    assert "Cantinflas" not in _people(text).get("Pedro Ruiz Salas", set())


def test_a_justice_of_the_peace_keeps_the_name_after_the_title():
    text = ("Jose Luis Garza was booked into the county jail on charges of aggravated kidnapping. Justice of the Peace "
            "Jerry Muñoz set his bond at $500,000.")
    assert "Jerry Muñoz" in _people(text)


def test_ecuadorian_gangs_are_organizations():
    text = ("Los Lobos y Los Tiguerones disputan el control de la provincia de Esmeraldas. El detenido era el segundo de "
            "Los Choneros.")
    types = _types(text)
    assert types.get("Los Lobos") == "organization"
    assert types.get("Los Choneros") == "organization"
    assert types.get("Los Tiguerones") == "organization"


def test_central_and_south_american_departments_are_places():
    text = ("El capturado operaba en La Mesilla, Huehuetenango, y movía cocaína hacia Olancho. Su socio fue detenido en "
            "Cali y otro en el penal de Marcos Paz.")
    types = _types(text)
    for place in ("La Mesilla", "Huehuetenango", "Olancho", "Cali", "Marcos Paz"):
        assert types.get(place) == "place", place


def test_guatemalas_interior_ministry_is_not_mexicos():
    text = "Según el Ministerio de Gobernación, el detenido es integrante del Barrio 18 en Villa Nueva, Guatemala."
    assert _types(text).get("Ministerio de Gobernación") == "organization"
    assert "Secretaría de Gobernación" not in _types(text)


def test_an_ombudsmans_office_the_model_reads_as_a_place_is_an_organization():
    text = "La Defensoría del Pueblo alertó sobre el reclutamiento de menores en el norte del Cauca."
    assert _types(text).get("Defensoría del Pueblo") == "organization"


def test_two_men_of_one_short_name_with_different_nicknames_stay_apart():
    text = ("Detienen a Gonzalo Mendoza, \"El Sapo\", en Culiacán. En otro caso, el juez liberó a Gonzalo Mendoza Ruiz, "
            "alias \"El Güero\", comerciante de Mazatlán, por falta de pruebas.")
    people = _people(text)
    assert "Gonzalo Mendoza" in people and "Gonzalo Mendoza Ruiz" in people
    assert "El Sapo" in people["Gonzalo Mendoza"] and "El Güero" in people["Gonzalo Mendoza Ruiz"]


def test_one_nickname_joins_the_short_and_the_full_name():
    text = ("Cae \"El Sapo\" Gonzalo Mendoza en Culiacán\n\nSoldados detuvieron a Gonzalo Mendoza Ruiz, alias \"El Sapo\", "
            "de 40 años, en la colonia Tierra Blanca.")
    people = _people(text)
    assert set(people) == {"Gonzalo Mendoza Ruiz"}
    assert {"Gonzalo Mendoza", "El Sapo"} <= people["Gonzalo Mendoza Ruiz"]


def test_perus_police_by_its_acronym_alone():
    text = "El comandante general de la PNP, Víctor Zanabria, destacó el trabajo de los agentes en Lima."
    assert _types(text).get("Policía Nacional del Perú") == "organization"
