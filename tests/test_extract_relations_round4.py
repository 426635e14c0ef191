"""Relations of extradition releases, cartel-war analyses and arrest stories (issue 11, relations round 4): a sanction
told of a boss in apposition, a boss's faction served, rivals and allies named by a possessive, a dispute over a
territory, liaisons and orders taken, and kin after a nickname in quotes (hand-written English and Spanish sentences)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.extract.nlp import parse
from pesquisa.records import RawDocument


def _relations(text: str, *kinds: str) -> set[tuple[str, str, str]]:
    raw = RawDocument(source="t.txt", raw="Cartel news of the week in Mexico\n\n" + text)
    ex = extract_document(clean_document(raw))
    names = {e.local_id: e.name for e in ex.entities}
    return {(r.kind, names[r.subject], names.get(r.object or "", "")) for r in ex.relations if r.kind in kinds}


def test_relations_a_sanction_told_in_an_apposition_is_the_boss_s():
    text = "His co-defendant, Julio César Arredondo, works for Abel Ochoa, a CJNG leader previously sanctioned by OFAC."
    found = _relations(text, "sanctioned_by", "works_for")
    assert ("sanctioned_by", "Abel Ochoa", "Office of Foreign Assets Control") in found
    assert not {r for r in found if r[0] == "sanctioned_by" and r[1] == "Julio César Arredondo"}
    assert ("works_for", "Julio César Arredondo", "Abel Ochoa") in found


def test_relations_working_for_a_boss_s_faction_is_working_for_the_boss():
    text = "Rogelio Mendívil Saucedo, 52, allegedly worked for Ismael Zambada's faction in Mexicali."
    assert ("works_for", "Rogelio Mendívil Saucedo", "Ismael Zambada") in _relations(text, "works_for")


@pytest.mark.parametrize(("text", "expected"), [
    ("The CJNG remains the Sinaloa Cartel's main rival in the state.",
     {("rival_of", "Cártel de Jalisco Nueva Generación", "Cártel de Sinaloa")}),
    ("La Línea has long been at war with the Sinaloa Cartel's local allies, Gente Nueva.",
     # (La Línea is an organization of its own since entities round 19: the Juárez Cartel's armed wing)
     {("rival_of", "La Línea", "Gente Nueva"), ("allied_with", "Gente Nueva", "Cártel de Sinaloa")}),
    ("El CJNG se disputa Zacatecas con el Cártel de Sinaloa desde 2020.",
     {("rival_of", "Cártel de Jalisco Nueva Generación", "Cártel de Sinaloa")}),
    ("Los Chapitos mantienen una guerra contra La Mayiza desde septiembre.",
     {("rival_of", "Los Chapitos", "Los Mayos")}),
])
def test_relations_rivals_and_allies_by_possessive_and_disputes(text, expected):
    assert _relations(text, "rival_of", "allied_with") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Según autoridades federales, Juan Manuel Gutiérrez Luévano, alias "El Tigre", es enlace del CJNG en Fresnillo.',
     ("member_of", "Juan Manuel Gutiérrez Luévano", "Cártel de Jalisco Nueva Generación")),
    ("Prosecutors said Eduardo Villalba took orders from Carlos Arturo Quintana, a La Línea commander.",
     ("works_for", "Eduardo Villalba", "Carlos Arturo Quintana")),
    ("Ulises Ocampo Díaz serves as a logistics coordinator for the Sinaloa Cartel in Tejupilco.",
     ("member_of", "Ulises Ocampo Díaz", "Cártel de Sinaloa")),
])
def test_relations_liaisons_coordinators_and_orders_taken(text, expected):
    assert expected in _relations(text, "member_of", "works_for")


def test_relations_kin_after_a_nickname_in_quotes_in_a_long_lead():
    text = ('CIUDAD DE MÉXICO (Proceso).- El gobierno de México extraditó a Estados Unidos a Joel Félix Castro, alias '
            '"El Chavo Félix", yerno de Ismael "El Mayo" Zambada García, informó la Fiscalía General de la República.')
    assert ("relative_of", "Joel Félix Castro", "Ismael Zambada García") in _relations(text, "relative_of")


def test_nlp_a_nickname_s_quote_marks_never_end_a_sentence():
    doc = parse('El gobierno extraditó a Joel Félix Castro, yerno de Ismael "El Mayo" Zambada García, informó la FGR.', "es")
    assert len(list(doc.sents)) == 1
    doc = parse('"No habrá impunidad." La FGR informó el traslado.', "es")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize(("text", "person", "wrong"), [
    ("Ochoa Barraza is the nephew of Ramón Barraza Félix, a former police commander who was sanctioned by the U.S. "
     "Treasury Department in 2022.", "Ramón Barraza Félix", "Ochoa Barraza"),
    ('Gudiño Haro works for Carlos Andrés Rivera Varela, alias "La Firma," a regional CJNG boss designated by OFAC in 2022.',
     "Carlos Andrés Rivera Varela", "Gudiño Haro"),
    ("Armenta Quiroz trabajaba bajo las órdenes de Adán Salazar Zamorano, líder de Los Salazar, quien fue detenido por "
     "la Marina en 2014.", "Adán Salazar Zamorano", "Armenta Quiroz"),
])
def test_relations_an_event_told_in_a_relative_clause_or_after_a_nickname_is_the_described_person_s(text, person, wrong):
    found = _relations(text, "sanctioned_by", "designated_by", "arrested_by")
    assert {r[1] for r in found} == {person}, found


def test_relations_a_clause_of_its_own_leaves_the_event_to_its_subject():
    found = _relations("Li Chen, who works for Wei Zhang, was arrested by the FBI in Los Angeles.", "arrested_by")
    assert {r[1] for r in found} == {"Li Chen"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Los Chapitos' main rival, La Mayiza, has also lost several operators.", ("rival_of", "Los Mayos", "Los Chapitos")),
    ("Los Salazar se disputan el sur de Sonora con Los Chapitos, de acuerdo con informes.",
     ("rival_of", "Los Salazar", "Los Chapitos")),
    ("The Cartel del Noreste has been fighting the Gulf Cartel for control of Tamaulipas.",
     ("rival_of", "Cártel del Noreste", "Cártel del Golfo")),
])
def test_relations_plural_possessives_wider_disputes_and_fighting(text, expected):
    assert expected in _relations(text, "rival_of")


def test_relations_the_leader_of_the_criminal_group_named_before():
    text = ('Un juez vinculó a proceso al exalcalde por nexos con Los Viagras. Según la FGR, el exalcalde estaba en la '
            'nómina de Nicolás Sierra Santana, "El Gordo Viagra", líder del grupo criminal.')
    assert ("leader_of", "Nicolás Sierra Santana", "Los Viagras") in _relations(text, "leader_of")


def test_relations_a_regional_chief_is_a_member():
    text = 'Personal de la Defensa detuvo a Ricardo González Sauceda, identificado como jefe regional del Cártel del Noreste.'
    assert ("member_of", "Ricardo González Sauceda", "Cártel del Noreste") in _relations(text, "member_of", "leader_of")
