"""Relations of cartel-war analyses, corruption cases and arrest and transfer stories (issue 11, relations round 3):
alliances and rivalries between organizations, officials serving or paid by a cartel, a faction named by its whole's
possessive, kin by marriage, and the source or the staff of a body kept out of the subjects (hand-written English and
Spanish sentences)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _relations(text: str, *kinds: str) -> list[tuple[str, str, str]]:
    raw = RawDocument(source="t.txt", raw="Cartel news of the week in Mexico\n\n" + text)
    ex = extract_document(clean_document(raw))
    names = {e.local_id: e.name for e in ex.entities}
    return [(r.kind, names[r.subject], names.get(r.object or "", "")) for r in ex.relations if r.kind in kinds]


@pytest.mark.parametrize(("text", "expected"), [
    ("La Línea has been at war with Los Mexicles, a gang allied with the Sinaloa Cartel, for control of Juárez.",
     {("rival_of", "La Línea", "Los Mexicles"), ("allied_with", "Los Mexicles", "Cártel de Sinaloa")}),
    ("Desde septiembre, Los Chapitos están en disputa con La Mayiza por el control de Culiacán.",
     {("rival_of", "Los Chapitos", "Los Mayos")}),
    ("En Michoacán, Los Viagras son rivales del CJNG, mientras que Cárteles Unidos se alió con Los Caballeros Templarios.",
     {("rival_of", "Los Viagras", "Cártel de Jalisco Nueva Generación"),
      ("allied_with", "Cárteles Unidos", "Caballeros Templarios")}),
])
def test_relations_alliances_and_rivalries_between_cartels(text, expected):
    assert set(_relations(text, "rival_of", "allied_with")) == expected


def test_relations_a_rivalry_of_an_organization_named_before_an_apposition_is_its_own():
    text = "El Cártel del Noreste, escisión de Los Zetas, sigue enfrentado al Cártel del Golfo en Nuevo Laredo."
    found = _relations(text, "rival_of", "faction_of")
    assert ("rival_of", "Cártel del Noreste", "Cártel del Golfo") in found
    assert ("faction_of", "Cártel del Noreste", "Los Zetas") in found
    assert not [r for r in found if r[0] == "rival_of" and r[1] == "Los Zetas"]


@pytest.mark.parametrize(("text", "kind", "subject", "whom"), [
    ("Un juez vinculó a proceso a Julio César Garza Lozano, exalcalde de Río Bravo, quien presuntamente estaba al "
     "servicio del Cártel del Golfo.", "works_for", "Julio César Garza Lozano", "Cártel del Golfo"),
    ("U.S. prosecutors allege Armando Ríos Cázares was on the payroll of the Beltrán Leyva Organization.", "works_for",
     "Armando Ríos Cázares", "Cártel de los Beltrán Leyva"),
    ("One of the officers, Adrián Fierro Sosa, allegedly received weekly payments from La Línea.", "paid_by",
     "Adrián Fierro Sosa", "La Línea"),
    ("El comandante Fidel Ochoa Salas presuntamente recibía pagos semanales de Alfonso Arzate García.", "paid_by",
     "Fidel Ochoa Salas", "Alfonso Arzate García"),
    ("Also transferred was Roberto Salazar, a former police officer accused of working for the Juárez Cartel.",
     "works_for", "Roberto Salazar", "Cártel de Juárez"),
])
def test_relations_an_official_serving_or_paid_by_a_cartel(text, kind, subject, whom):
    assert (kind, subject, whom) in _relations(text, kind)


@pytest.mark.parametrize("text", [
    "De acuerdo con la Fiscalía del Estado de Jalisco, Rogelio Navarro Pulido operaba bajo las órdenes de Audias Flores "
    "Silva.",
    "Según documentos, cuatro agentes de la Policía Municipal de Tijuana estaban en la nómina de Audias Flores Silva. "
    "Rogelio Navarro Pulido también estaba en la nómina de Audias Flores Silva.",
])
def test_relations_the_source_or_the_staff_of_a_body_does_not_work_for_anyone(text):
    found = _relations(text, "works_for")
    assert ("works_for", "Rogelio Navarro Pulido", "Audias Flores Silva") in found
    assert not [r for r in found if r[1].startswith(("Fiscalía", "Policía"))]


def test_relations_a_thing_described_after_a_person_does_not_make_the_person_act():
    text = ("OFAC also sanctioned a real estate company owned by Francisco Haro Cuevas's wife, María Fernanda Ibarra, "
            "that acts for or on behalf of the CJNG.")
    assert not [r for r in _relations(text, "works_for") if r[1] == "María Fernanda Ibarra"]


@pytest.mark.parametrize(("text", "part", "whole"), [
    ("Among those sent north was Abigael González Valencia, a leader of Los Cuinis, the CJNG's financial arm.",
     "Los Cuinis", "Cártel de Jalisco Nueva Generación"),
    ("Aréchiga Gamboa fue jefe de Los Metros, brazo armado del Cártel del Golfo.", "Los Metros", "Cártel del Golfo"),
])
def test_relations_a_faction_named_as_an_arm_of_its_organization(text, part, whole):
    assert ("faction_of", part, whole) in _relations(text, "faction_of")


def test_relations_a_faction_word_followed_by_another_clause_names_no_whole():
    text = ("Guerreros Unidos has lost ground to a Beltrán Leyva faction, and now faces pressure from La Familia "
            "Michoacana.")
    assert not [r for r in _relations(text, "faction_of") if r[2] == "La Familia Michoacana"]


def test_relations_a_treasury_headline_on_a_cartel_linked_network_does_not_sanction_the_cartel():
    raw = RawDocument(source="t.txt", raw="Treasury Sanctions CJNG-Linked Timeshare Fraud Network\n\nJuly 16, 2025\n\n"
                      "WASHINGTON — Today, the Department of the Treasury sanctioned four Mexican nationals.")
    ex = extract_document(clean_document(raw))
    names = {e.local_id: e.name for e in ex.entities}
    assert "Cártel de Jalisco Nueva Generación" in names.values()
    assert not [r for r in ex.relations if r.kind == "sanctioned_by" and names[r.subject] == "Cártel de Jalisco Nueva Generación"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rosalinda González Valencia is married to Nemesio Oseguera Cervantes.",
     ("relative_of", "Rosalinda González Valencia", "Nemesio Oseguera Cervantes")),
    ("Ovidio Guzmán López, one of Joaquín Guzmán Loera's sons, pleaded guilty in Chicago.",
     ("relative_of", "Ovidio Guzmán López", "Joaquín Guzmán Loera")),
])
def test_relations_kin_by_marriage_and_one_of_several_sons(text, expected):
    assert expected in _relations(text, "relative_of")


@pytest.mark.parametrize(("text", "expected"), [
    ("La Familia Michoacana, led by brothers Johnny Hurtado Olascoaga and Alfredo Hurtado Olascoaga, rules Tierra "
     "Caliente.", {"Johnny Hurtado Olascoaga", "Alfredo Hurtado Olascoaga"}),
    ("Mario Alberto Cárdenas, de nacionalidad mexicana, es señalado como responsable de lavar dinero para el Cártel "
     "de Tijuana.", {"Mario Alberto Cárdenas"}),
    ("Pedro Luis Gómez, \"La Rana\", fue por años el encargado de la plaza de Tijuana para el Cártel de Sinaloa.",
     {"Pedro Luis Gómez"}),
])
def test_relations_leaders_named_as_brothers_and_members_across_longer_appositions(text, expected):
    found = _relations(text, "leader_of", "laundered_for", "member_of")
    assert {r[1] for r in found} == expected


def test_relations_leaders_of_an_organization_described_in_an_apposition_before_led_by():
    text = ("La Nueva Familia Michoacana, a splinter of the original Familia Michoacana cartel, is led by brothers Johnny "
            "Hurtado Olascoaga and José Alfredo Hurtado Olascoaga.")
    found = _relations(text, "leader_of", "faction_of")
    assert ("faction_of", "La Nueva Familia Michoacana", "La Familia Michoacana") in found
    assert {r[2] for r in found if r[0] == "leader_of"} == {"La Nueva Familia Michoacana"}
    assert len([r for r in found if r[0] == "leader_of"]) == 2


def test_relations_the_body_of_a_title_before_a_person_is_not_a_second_subject():
    text = ("El exdirector de Seguridad Pública de Fresnillo, Raymundo Soto Araiza, quien también fue detenido, recibía "
            "sobornos del CJNG.")
    found = _relations(text, "paid_by")
    assert found == [("paid_by", "Raymundo Soto Araiza", "Cártel de Jalisco Nueva Generación")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gallegos Robles respondía a Juan Carlos Valencia González, hijastro de Nemesio Oseguera Cervantes.",
     ("relative_of", "Juan Carlos Valencia González", "Nemesio Oseguera Cervantes")),
    ("En Culiacán, Los Chapitos mantienen un enfrentamiento con Los Mayos desde septiembre.",
     ("rival_of", "Los Chapitos", "Los Mayos")),
])
def test_relations_a_stepson_and_a_confrontation(text, expected):
    assert expected in _relations(text, expected[0])


@pytest.mark.parametrize(("text", "kind", "subject", "whom"), [
    ("Un gran jurado federal en Chicago acusó formalmente a Jian Wang, ciudadano chino residente en Chicago, de lavar "
     "dinero para el Cártel de Sinaloa "
     "y el CJNG.", "laundered_for", "Jian Wang", {"Cártel de Sinaloa", "Cártel de Jalisco Nueva Generación"}),
    ("Una corte acusó a Tomás Yarrington Ruvalcaba, exgobernador de Tamaulipas, de haber recibido sobornos del Cártel "
     "del Golfo y de Los Zetas.", "paid_by", "Tomás Yarrington Ruvalcaba", {"Cártel del Golfo", "Los Zetas"}),
])
def test_relations_money_for_two_organizations_and_across_a_title_apposition(text, kind, subject, whom):
    assert {r[2] for r in _relations(text, kind) if r[1] == subject} == whom


@pytest.mark.parametrize(("text", "expected"), [
    ("The Sinaloa Cartel and the Jalisco New Generation Cartel have been bitter rivals since 2010.",
     ("rival_of", "Cártel de Sinaloa", "Cártel de Jalisco Nueva Generación")),
    ("The Gulf Cartel has fought the Cartel del Noreste for control of Nuevo Laredo since 2010.",
     ("rival_of", "Cártel del Golfo", "Cártel del Noreste")),
])
def test_relations_two_cartels_named_together_as_rivals_or_one_fighting_the_other(text, expected):
    assert expected in _relations(text, "rival_of")


def test_relations_an_organization_inside_an_unnamed_apposition_is_not_the_rival():
    text = ("Por su parte, el grupo de Los Rusos, brazo armado de Los Mayos, se mantiene en pugna con Los Salazar. Los "
            "Mayos, rivales de Los Chapitos, han perdido terreno.")
    # the armed wing named by its own name is the rival, not the organization in its apposition
    assert sorted(_relations(text, "rival_of")) == [("rival_of", "Los Mayos", "Los Chapitos"),
                                                   ("rival_of", "Los Rusos", "Los Salazar")]


def test_relations_a_role_after_a_nickname_and_a_kin_phrase_is_the_first_persons():
    text = ('Agentes detuvieron a Joel Félix Rodríguez, alias "El Chavo Félix", yerno de Ismael Zambada García y presunto '
            'operador de Los Mayos.')
    found = _relations(text, "member_of")
    assert ("member_of", "Joel Félix Rodríguez", "Los Mayos") in found
    assert ("member_of", "Ismael Zambada García", "Los Mayos") not in found


def test_relations_leaders_of_a_group_named_in_the_plural():
    text = "Según la dependencia, Los Salazar son encabezados por Adán Salazar Ramírez, quien está preso desde 2018."
    assert ("leader_of", "Adán Salazar Ramírez", "Los Salazar") in _relations(text, "leader_of")


def test_relations_kin_of_a_person_named_by_a_quoted_nickname():
    text = ('Ismael Zambada García fue detenido en 2024. De acuerdo con la FGR, Félix Rodríguez está casado con Mónica '
            'Zambada Niebla, hija de "El Mayo", y coordinaba las finanzas.')
    assert ("relative_of", "Mónica Zambada Niebla", "Ismael Zambada García") in _relations(text, "relative_of")
