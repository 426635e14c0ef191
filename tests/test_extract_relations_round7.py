"""Relations across an apposition, a country that extradites, money told from the payer's side and members who changed
sides (issue 11, relations round 7): cartel-war analyses that describe two factions at once, extradition leads,
Treasury and FGR notes that give the reason of a sanction or an arrest (hand-written English and Spanish sentences)."""

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


def test_relations_round7_two_factions_described_together_are_each_a_faction_and_rivals():
    text = "Los Mayos y Los Chapitos, facciones del Cártel de Sinaloa, se mantienen en guerra en Culiacán."
    found = _relations(text, "faction_of", "rival_of")
    assert ("faction_of", "Los Mayos", "Cártel de Sinaloa") in found
    assert ("faction_of", "Los Chapitos", "Cártel de Sinaloa") in found
    assert ("rival_of", "Los Mayos", "Los Chapitos") in found


def test_relations_round7_two_cells_counted_before_their_whole():
    text = "Los Rusos y Los Salazar, dos células del Cártel de Sinaloa, controlan el norte de Sonora."
    assert {("faction_of", "Los Rusos", "Cártel de Sinaloa"), ("faction_of", "Los Salazar", "Cártel de Sinaloa")} <= \
        _relations(text, "faction_of")


def test_relations_round7_a_pair_with_a_clause_between_is_no_mutual_rivalry():
    text = "Los Mayos y Los Chapitos, which are both Sinaloa factions, said nothing; the war goes on."
    assert _relations(text, "rival_of") == set()


@pytest.mark.parametrize(("text", "founder", "org"), [
    ("The Sinaloa Cartel, the country's oldest criminal organization, was founded in the late 1980s by Héctor Luis "
     "Palma Salazar.", "Héctor Luis Palma Salazar", "Cártel de Sinaloa"),
    ("La Familia Michoacana, uno de los grupos más violentos del estado, fue fundada por Nazario Moreno González.",
     "Nazario Moreno González", "La Familia Michoacana"),
])
def test_relations_round7_a_founder_named_after_the_organizations_apposition(text, founder, org):
    assert ("leader_of", founder, org) in _relations(text, "leader_of")


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Mexico extradited Baltazar Ortiz Leyva to the United States on Tuesday, the Attorney General's Office said.",
     "Baltazar Ortiz Leyva", "Mexico"),
    ("México extraditó a Estados Unidos a Fermín Quiroga Ledezma, señalado como operador de Los Chapitos.",
     "Fermín Quiroga Ledezma", "Mexico"),
])
def test_relations_round7_a_country_that_extradites_acts(text, person, country):
    assert ("extradited_by", person, country) in _relations(text, "extradited_by")


def test_relations_round7_a_country_the_person_is_extradited_from_does_not_act():
    text = "Ovidio Guzmán López was extradited from Mexico to the United States in September 2023."
    assert _relations(text, "extradited_by") == set()


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Crispín Olmedo Luna, propietario de dos casas de cambio en Zapopan, fue sancionado por la OFAC por lavar dinero "
     "para el Cártel de Jalisco Nueva Generación.", "Crispín Olmedo Luna", "Cártel de Jalisco Nueva Generación"),
    ("Hilario Sotelo Bravo, dueño de una red de gasolineras, fue detenido por la Guardia Nacional por presuntamente "
     "lavar dinero para Los Viagras.", "Hilario Sotelo Bravo", "Los Viagras"),
    ("Marcelino Arce Tovar, a Tijuana currency exchanger, was charged by federal prosecutors for laundering money for "
     "the Sinaloa Cartel.", "Marcelino Arce Tovar", "Cártel de Sinaloa"),
])
def test_relations_round7_the_reason_of_a_sanction_or_arrest_keeps_its_launderer(text, person, org):
    assert ("laundered_for", person, org) in _relations(text, "laundered_for")


@pytest.mark.parametrize(("text", "payer", "paid"), [
    ("The Treasury Department sanctioned Elpidio Manzo Rubio, who prosecutors say financed the Cartel del Noreste.",
     "Elpidio Manzo Rubio", "Cártel del Noreste"),
    ("La OFAC sancionó a Elpidio Manzo Rubio, quien según la fiscalía financiaba al Cártel del Noreste.",
     "Elpidio Manzo Rubio", "Cártel del Noreste"),
])
def test_relations_round7_money_told_from_the_payers_side(text, payer, paid):
    found = _relations(text, "financed_by", "sanctioned_by")
    assert ("financed_by", paid, payer) in found
    assert {s for k, s, _o in found if k == "sanctioned_by"} == {payer}


def test_relations_round7_financed_by_stays_the_other_way():
    text = "La red de Pedro Sánchez Ruiz, financiada por el Cártel de Jalisco Nueva Generación, operaba en Colima."
    assert _relations(text, "financed_by") == {("financed_by", "Pedro Sánchez Ruiz", "Cártel de Jalisco Nueva Generación")}


@pytest.mark.parametrize(("text", "person", "org"), [
    ("A former Los Zetas member turned informant, Rogelio Cárdenas Vela testified for three days.",
     "Rogelio Cárdenas Vela", "Los Zetas"),
    ("Un exintegrante de Los Zetas convertido en testigo protegido, Rogelio Cárdenas Vela, declaró durante tres días.",
     "Rogelio Cárdenas Vela", "Los Zetas"),
])
def test_relations_round7_a_member_who_changed_sides_keeps_the_membership(text, person, org):
    assert ("member_of", person, org) in _relations(text, "member_of")


def test_relations_round7_a_rival_named_after_an_apposition_that_names_a_person():
    text = "Los Chapitos, the faction led by the sons of Joaquín Guzmán Loera, have fought Los Mayos since September."
    assert ("rival_of", "Los Chapitos", "Los Mayos") in _relations(text, "rival_of")


def test_relations_round7_the_group_a_launderer_served_is_not_the_body_arresting_him():
    text = ("Rosalío Tena Barrios, contador de Los Zetas, fue arrestado por agentes de la FGR en Saltillo por lavar dinero "
            "para el grupo.")
    found = _relations(text, "laundered_for")
    assert found == {("laundered_for", "Rosalío Tena Barrios", "Los Zetas")}


@pytest.mark.parametrize(("text", "part", "whole"), [
    ("El Cártel del Golfo y Los Metros, su brazo armado en Reynosa, se enfrentaron a la Guardia Nacional.",
     "Los Metros", "Cártel del Golfo"),
    ("The CJNG and Los Cuinis, its financial arm, were named in the indictment.",
     "Los Cuinis", "Cártel de Jalisco Nueva Generación"),
])
def test_relations_round7_a_part_named_after_its_whole_with_a_possessive(text, part, whole):
    assert ("faction_of", part, whole) in _relations(text, "faction_of")


@pytest.mark.parametrize(("text", "kind"), [
    ("Mexico's Navy arrested Braulio Quintana Ruelas, a suspected CJNG cell leader, in Manzanillo on Friday.", "member_of"),
    ("Mexico's Navy arrested Braulio Quintana Ruelas, a suspected CJNG leader, in Manzanillo on Friday.", "leader_of"),
])
def test_relations_round7_a_cell_leader_named_after_the_organization_is_a_member(text, kind):
    found = _relations(text, "member_of", "leader_of")
    assert found == {(kind, "Braulio Quintana Ruelas", "Cártel de Jalisco Nueva Generación")}


@pytest.mark.parametrize(("text", "rivals"), [
    ("The two factions, Los Mayos and Los Chapitos, have been fighting since the summer.", True),
    ("Los Mayos and Los Chapitos have been fighting the army since the summer.", False),
])
def test_relations_round7_a_war_dated_from_its_start(text, rivals):
    assert bool(_relations(text, "rival_of")) is rivals


def test_relations_round7_an_order_to_stand_trial_ties_no_one_to_the_prosecutor():
    text = "Tomasa Villegas Ochoa fue vinculada a proceso por la FGR por financiar a La Nueva Familia Michoacana."
    found = _relations(text, "linked_to", "financed_by")
    assert found == {("financed_by", "La Nueva Familia Michoacana", "Tomasa Villegas Ochoa")}
    text = "Tomasa Villegas Ochoa, vinculada al CJNG, fue detenida en Morelia."
    assert _relations(text, "linked_to") == {("linked_to", "Tomasa Villegas Ochoa", "Cártel de Jalisco Nueva Generación")}


@pytest.mark.parametrize(("text", "rivals"), [
    ("Los Mayos y Los Chapitos, según analistas de seguridad, están en guerra desde septiembre.", True),
    ("El CJNG y Los Viagras, antiguos aliados, hoy son rivales en Michoacán.", True),
    ("Los Chapitos y Los Mayos, según fuentes de inteligencia, negocian una tregua en Culiacán.", False),
])
def test_relations_round7_a_pair_told_by_a_source_or_turned_rivals(text, rivals):
    assert bool(_relations(text, "rival_of")) is rivals
