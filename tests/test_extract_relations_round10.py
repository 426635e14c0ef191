"""A second organization after "and of" / "y de", a faction named after its whole's possessive or made by it in a
relative clause, a second tie after a kin word, drugs moved for a group as an accusation (issue 11, relations round 10):
Noroeste and Excélsior profiles, InSight Crime criminal profiles, indictments unsealed with co-defendants, Treasury
notes and Honduran extraditions (hand-written English and Spanish sentences)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _relations(text: str, *kinds: str) -> set[tuple[str, str, str]]:
    raw = RawDocument(source="t.txt", raw="Security notes of the week\n\n" + text)
    ex = extract_document(clean_document(raw))
    names = {e.local_id: e.name for e in ex.entities}
    return {(r.kind, names[r.subject], names.get(r.object or "", "")) for r in ex.relations if r.kind in kinds}


@pytest.mark.parametrize(("text", "person", "first", "second"), [
    ("Según el diario, Ramiro Sánchez Tirado es operador del Cártel de Sinaloa y de su facción Los Chapitos en Culiacán.",
     "Ramiro Sánchez Tirado", "Cártel de Sinaloa", "Los Chapitos"),
    ("Prosecutors say Daniel Ortega Quiroz was a member of the Gulf Cartel and of Los Metros in Reynosa.",
     "Daniel Ortega Quiroz", "Cártel del Golfo", "Los Metros"),
])
def test_relations_round10_a_role_held_in_two_organizations_joined_by_and_of(text, person, first, second):
    found = _relations(text, "member_of")
    assert {("member_of", person, first), ("member_of", person, second)} <= found


def test_relations_round10_a_leader_of_a_faction_named_after_the_wholes_possessive():
    text = ("A grand jury indicted Mario Armenta Félix, a leader of the Sinaloa Cartel's Chapitos faction, and three "
            "co-defendants.")
    found = _relations(text, "leader_of", "faction_of")
    assert ("leader_of", "Mario Armenta Félix", "Los Chapitos") in found
    assert ("faction_of", "Los Chapitos", "Cártel de Sinaloa") in found
    assert ("leader_of", "Mario Armenta Félix", "Cártel de Sinaloa") not in found


@pytest.mark.parametrize("text", [
    "Los Metros, which the Gulf Cartel formed as its armed wing in the 2000s, still control Reynosa.",
    "Los Metros, que el Cártel del Golfo creó como su brazo armado, controlan Reynosa.",
])
def test_relations_round10_a_faction_made_by_its_whole_in_a_relative_clause(text):
    assert ("faction_of", "Los Metros", "Cártel del Golfo") in _relations(text, "faction_of")


@pytest.mark.parametrize(("text", "relative", "of"), [
    ("OFAC also designated Julio César Mora Peña, the cousin and business partner of Ernesto Lara Quintero.",
     "Julio César Mora Peña", "Ernesto Lara Quintero"),
    ("La UIF congeló las cuentas de Martha Elena Rubio Díaz, esposa y prestanombres de Jorge Iván Salas Pino.",
     "Martha Elena Rubio Díaz", "Jorge Iván Salas Pino"),
])
def test_relations_round10_a_kin_word_with_a_second_tie_before_of(text, relative, of):
    assert ("relative_of", relative, of) in _relations(text, "relative_of")


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Guatemala extraditó a Estados Unidos a Rubén Darío Cáceres Paz, acusado de traficar cocaína para el Cártel del "
     "Golfo.", "Rubén Darío Cáceres Paz", "Cártel del Golfo"),
    ("Federal prosecutors accuse Luis Fernando Soto Ríos of conspiring to distribute fentanyl for the CJNG.",
     "Luis Fernando Soto Ríos", "Cártel de Jalisco Nueva Generación"),
])
def test_relations_round10_drugs_moved_for_a_group_as_an_accusation(text, person, org):
    assert ("works_for", person, org) in _relations(text, "works_for")


@pytest.mark.parametrize(("text", "person", "boss"), [
    ("La Sedena detuvo a Omar Félix Carrasco, jefe de plaza del CJNG y lugarteniente de Audias Flores Silva.",
     "Omar Félix Carrasco", "Audias Flores Silva"),
    ("Prosecutors say Javier Rosales Peña, a Gulf Cartel plaza boss and a lieutenant of Mario Cárdenas Guillén, fled.",
     "Javier Rosales Peña", "Mario Cárdenas Guillén"),
])
def test_relations_round10_a_second_role_after_and_serves_the_boss_named(text, person, boss):
    assert ("works_for", person, boss) in _relations(text, "works_for")


@pytest.mark.parametrize(("text", "leader", "org"), [
    ("Los Tlacos, a criminal group founded by Onésimo Marquina Chapa, are fighting Los Ardillos.", "Onésimo Marquina Chapa",
     "Los Tlacos"),
    ("Los Viagras, una organización delictiva fundada por Nicolás Sierra Santana, se enfrenta al CJNG.",
     "Nicolás Sierra Santana", "Los Viagras"),
])
def test_relations_round10_the_founder_of_a_group_described_as_criminal(text, leader, org):
    assert ("leader_of", leader, org) in _relations(text, "leader_of")


def test_relations_round10_a_role_in_a_group_named_after_a_cartels_possessive():
    text = "Adrián Salas Romo, a plaza boss for the CJNG's Grupo Élite, was arrested in Zapopan."
    found = _relations(text, "member_of")
    assert ("member_of", "Adrián Salas Romo", "Grupo Élite") in found
    assert ("member_of", "Adrián Salas Romo", "Cártel de Jalisco Nueva Generación") not in found


@pytest.mark.parametrize(("text", "person", "country"), [
    ("El Gobierno de Guatemala extraditó a Estados Unidos a Walter Arturo Ruiz Gómez, líder de Los Huistas.",
     "Walter Arturo Ruiz Gómez", "Gobierno de Guatemala"),
    ("El gobierno de Honduras extraditó a Marlon Ariel Pineda Suazo, acusado de narcotráfico.", "Marlon Ariel Pineda Suazo",
     "Honduras"),
])
def test_relations_round10_a_government_named_by_its_country_extradites(text, person, country):
    assert ("extradited_by", person, country) in _relations(text, "extradited_by")


def test_relations_round10_a_second_organization_named_after_its_faction_word_and_a_comma():
    text = "La FGR señaló que Karla Iveth Soto Lugo era operadora de Los Chapitos y de su brazo armado, Los Ninis."
    assert ("member_of", "Karla Iveth Soto Lugo", "Los Ninis") in _relations(text, "member_of")


@pytest.mark.parametrize(("text", "person", "boss"), [
    ("Según Excélsior, Marco Antonio Rivas Paz es sobrino y operador de Fausto Isidro Meza Flores.", "Marco Antonio Rivas Paz",
     "Fausto Isidro Meza Flores"),
    ("Also charged is Tomás Elías Rubio Garza, the cousin and lieutenant of Eduardo Costilla Sánchez.", "Tomás Elías Rubio Garza",
     "Eduardo Costilla Sánchez"),
])
def test_relations_round10_a_kin_word_joined_to_a_role_serves_the_boss_named(text, person, boss):
    found = _relations(text, "works_for", "relative_of")
    assert ("works_for", person, boss) in found
    assert ("relative_of", person, boss) in found


@pytest.mark.parametrize(("text", "company", "leader", "org"), [
    ("OFAC sanctioned Transportes Río Bravo, a front company for the Cártel del Noreste, whose leader Miguel Ángel Treviño "
     "Morales is in prison.", "Transportes Río Bravo", "Miguel Ángel Treviño Morales", "Cártel del Noreste"),
    ("La OFAC sancionó a Agrícola Valle Verde, empresa fachada de Los Viagras, cuyo líder, Nicolás Sierra Santana, sigue "
     "prófugo.", "Agrícola Valle Verde", "Nicolás Sierra Santana", "Los Viagras"),
])
def test_relations_round10_whose_leader_leads_and_is_not_sanctioned(text, company, leader, org):
    found = _relations(text, "leader_of", "sanctioned_by")
    assert ("leader_of", leader, org) in found
    assert ("sanctioned_by", company, "Office of Foreign Assets Control") in found
    assert not any(kind == "sanctioned_by" and subject == leader for kind, subject, _o in found)


def test_relations_round10_a_second_organization_named_after_a_cartels_possessive():
    text = "Prosecutors say Iván Leyva Ruelas was an operator of Los Mayos and of the Sinaloa Cartel's Gente Nueva cell."
    found = _relations(text, "member_of")
    assert {("member_of", "Iván Leyva Ruelas", "Los Mayos"), ("member_of", "Iván Leyva Ruelas", "Gente Nueva")} <= found
    assert ("member_of", "Iván Leyva Ruelas", "Cártel de Sinaloa") not in found


def test_relations_round10_a_group_made_by_its_whole_after_a_bare_head_noun_keeps_its_leader():
    text = "Los Ninis, grupo que Los Chapitos formaron como su brazo armado, son dirigidos por Jesús Ernesto Lugo Félix."
    found = _relations(text, "faction_of", "leader_of")
    assert ("faction_of", "Los Ninis", "Los Chapitos") in found
    assert ("leader_of", "Jesús Ernesto Lugo Félix", "Los Ninis") in found


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Cárteles Unidos, una coalición formada para combatir a Los Caballeros Templarios, es hoy rival del CJNG.",
     "Cárteles Unidos", "Cártel de Jalisco Nueva Generación"),
    ("Los Viagras, a gang once allied with La Familia Michoacana, are now at war with the CJNG.", "Los Viagras",
     "Cártel de Jalisco Nueva Generación"),
])
def test_relations_round10_the_head_of_an_apposition_naming_another_group_is_the_rival(text, first, second):
    found = _relations(text, "rival_of")
    assert ("rival_of", first, second) in found
    assert len(found) == 1


@pytest.mark.parametrize(("text", "person", "org"), [
    ("CBP said Ángel Ruiz Ochoa, a suspected smuggler for the Gulf Cartel, was caught near Brownsville.", "Ángel Ruiz Ochoa",
     "Cártel del Golfo"),
    ("La Guardia Nacional detuvo a Rubén Soto Lara, presunto traficante del CJNG, en Manzanillo.", "Rubén Soto Lara",
     "Cártel de Jalisco Nueva Generación"),
])
def test_relations_round10_a_smuggler_for_a_group_is_a_member(text, person, org):
    assert ("member_of", person, org) in _relations(text, "member_of")


def test_relations_round10_a_womans_business_partner_does_not_work_for_him():
    text = "Un juez vinculó a proceso a Laura Soto Ibarra, hermana y socia de Iván Soto Ibarra, jefe de plaza del CJNG."
    found = _relations(text, "works_for", "relative_of")
    assert ("relative_of", "Laura Soto Ibarra", "Iván Soto Ibarra") in found
    assert ("works_for", "Laura Soto Ibarra", "Iván Soto Ibarra") not in found


@pytest.mark.parametrize(("text", "owner", "company"), [
    ("La OFAC sancionó a Ramiro Solís Peña, cuñado y operador de Gerardo Ortiz Mena, y a su empresa Transportes Solís.",
     "Ramiro Solís Peña", "Transportes Solís"),
    ("Treasury designated Alma Rosa Núñez Vela and her company, Inmobiliaria Costa Azul, on Tuesday.", "Alma Rosa Núñez Vela",
     "Inmobiliaria Costa Azul"),
])
def test_relations_round10_a_company_named_after_a_possessive_is_owned_by_the_one_named(text, owner, company):
    found = _relations(text, "owner_of")
    assert ("owner_of", owner, company) in found
    assert len(found) == 1


def test_relations_round10_a_second_organization_after_and_to():
    text = "Police said Luis Vega Lira belonged to the Gulf Cartel and to Los Metros in Reynosa."
    assert ("member_of", "Luis Vega Lira", "Los Metros") in _relations(text, "member_of")


def test_relations_round10_the_relative_of_someone_designated_with_a_second_tie_is_no_target():
    text = "OFAC also designated Carmen Ruiz Lugo, the niece and business partner of Rafael Caro Quintero."
    found = _relations(text, "designated_by", "sanctioned_by")
    assert ("designated_by", "Carmen Ruiz Lugo", "Office of Foreign Assets Control") in found
    assert not any(subject == "Rafael Caro Quintero" for _k, subject, _o in found)


def test_relations_round10_a_second_organization_after_a_faction_named_after_a_possessive():
    text = "Prosecutors say Raúl Ochoa Vela was an accountant for the CJNG's Cuinis faction and for Los Chapitos."
    found = _relations(text, "member_of")
    assert {("member_of", "Raúl Ochoa Vela", "Los Cuinis"), ("member_of", "Raúl Ochoa Vela", "Los Chapitos")} <= found
