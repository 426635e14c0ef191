"""A role cue inside a longer one of another kind, a clash of two organizations told once for both, a territory one
group contests from another, accounts a financial intelligence unit blocks (issue 11, relations round 11): AP and
Milenio cartel-war notes, Proceso profiles, UIF notes (hand-written English and Spanish sentences)."""

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


def test_relations_round11_a_regional_boss_is_a_member_not_a_leader():
    text = "Soldiers detained Hilario Bonilla Tapia, a regional boss for La Familia Michoacana, on Tuesday."
    found = _relations(text, "member_of", "leader_of")
    assert found == {("member_of", "Hilario Bonilla Tapia", "La Familia Michoacana")}


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Desde enero, Los Mayos y Los Chapitos se enfrentan en Culiacán.", "Los Mayos", "Los Chapitos"),
    ("Gente Nueva and La Línea have clashed repeatedly in Ciudad Juárez this year.", "Gente Nueva", "La Línea"),
    ("El Cártel del Noreste disputa la plaza de Nuevo Laredo al Cártel del Golfo.", "Cártel del Noreste", "Cártel del Golfo"),
])
def test_relations_round11_a_clash_or_a_contested_territory_makes_rivals(text, first, second):
    assert ("rival_of", first, second) in _relations(text, "rival_of")


@pytest.mark.parametrize("text", [
    "Los Mayos y Los Chapitos se enfrentan a la Guardia Nacional en Culiacán.",
    "Gente Nueva and La Línea clashed with soldiers in Chihuahua.",
])
def test_relations_round11_a_clash_with_a_third_makes_no_rivals(text):
    assert not _relations(text, "rival_of")


@pytest.mark.parametrize("text", [
    "La Unidad de Inteligencia Financiera bloqueó las cuentas de Josué Ramírez Olvera, operador del Cártel del Noreste.",
    "La UIF congeló las cuentas bancarias de Josué Ramírez Olvera, presunto operador del Cártel del Noreste.",
])
def test_relations_round11_accounts_blocked_by_the_uif_are_a_sanction(text):
    assert ("sanctioned_by", "Josué Ramírez Olvera", "Unidad de Inteligencia Financiera") in _relations(text, "sanctioned_by")


@pytest.mark.parametrize(("text", "leader", "org"), [
    ("Alfredo Salazar Ramírez, hijo de Adán Salazar Zamorano, encabeza ahora a Los Salazar en Sonora.",
     "Alfredo Salazar Ramírez", "Los Salazar"),
    ("José Ruiz Tapia dirige actualmente la facción de Los Mayos, según la Fiscalía.", "José Ruiz Tapia", "Los Mayos"),
])
def test_relations_round11_a_time_adverb_between_a_verb_of_leading_and_the_group(text, leader, org):
    assert ("leader_of", leader, org) in _relations(text, "leader_of")


def test_relations_round11_a_kin_word_with_a_second_tie_keeps_the_role_with_the_subject():
    text = "Julio Ruiz Meza, sobrino y sucesor de Abigael González Valencia, lidera Los Cuinis desde 2022."
    found = _relations(text, "leader_of")
    assert found == {("leader_of", "Julio Ruiz Meza", "Los Cuinis")}


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Células de Gente Nueva y La Línea se enfrentaron a balazos en Guadalupe y Calvo el martes.", "Gente Nueva", "La Línea"),
    ("El CJNG le disputa a Cárteles Unidos el control de Tepalcatepec.", "Cártel de Jalisco Nueva Generación", "Cárteles Unidos"),
])
def test_relations_round11_a_gunfight_between_two_and_a_rival_named_right_after_disputa(text, first, second):
    assert ("rival_of", first, second) in _relations(text, "rival_of")


def test_relations_round11_a_cell_led_after_an_indefinite_article_is_membership_in_the_whole():
    text = "Según fuentes federales, Aureliano Guzmán Loera todavía encabeza una célula del Cártel de Sinaloa en Tamazula."
    assert _relations(text, "member_of", "leader_of") == {("member_of", "Aureliano Guzmán Loera", "Cártel de Sinaloa")}


def test_relations_round11_a_womans_financial_role_and_a_kin_word_with_a_second_tie():
    found = _relations("Rosalinda Ortiz Valencia, operadora financiera del CJNG, fue detenida en Zapopan.", "member_of")
    assert ("member_of", "Rosalinda Ortiz Valencia", "Cártel de Jalisco Nueva Generación") in found
    text = "Rosalinda Ortiz Valencia, esposa y operadora financiera de Nemesio Oseguera, fue detenida en Zapopan."
    assert ("works_for", "Rosalinda Ortiz Valencia", "Nemesio Oseguera") in _relations(text, "works_for")


@pytest.mark.parametrize("text", [
    "Hasta hoy, Fausto Isidro Meza Flores dirige aún a la Organización Beltrán Leyva, según la DEA.",
    "Fausto Isidro Meza Flores es el líder de la Organización Beltrán Leyva, según la DEA.",
])
def test_relations_round11_a_head_noun_right_before_the_groups_name(text):
    assert ("leader_of", "Fausto Isidro Meza Flores", "Cártel de los Beltrán Leyva") in _relations(text, "leader_of")


def test_relations_round11_the_group_closing_an_apposition_with_for_and_a_place_is_no_subject():
    text = ("Court documents say Martín Zamora Ortiz, a plaza boss for the CJNG in Colima, answered directly to "
            "Nemesio Oseguera Cervantes.")
    assert _relations(text, "works_for") == {("works_for", "Martín Zamora Ortiz", "Nemesio Oseguera Cervantes")}


def test_relations_round11_a_bare_group_word_before_a_civic_groups_name_gives_no_membership():
    text = "Teresa Ruiz Campos, integrante del grupo Madres en Búsqueda, fue atacada en Guadalajara."
    assert not _relations(text, "member_of", "leader_of")
