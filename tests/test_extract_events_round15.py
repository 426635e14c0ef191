"""Events from hand-written EN/ES pages (issue 11, round 15): a release's closing pledge, the policy an action is
told under, a clause coordinated after the trigger's with its own subject, a condition's consequence, and one sanction
told by two outlets naming the Treasury or its office."""

from __future__ import annotations

from pathlib import Path

import pytest
from _export_helpers import exported

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = "2026-03-12") -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "trigger": e.trigger, "organizer": names.get(e.organizer),
             "participants": sorted(names[p] for p in e.participants)} for e in ex.events]


@pytest.mark.parametrize("text", [
    "Con estas acciones, la Secretaría de Marina refrenda su compromiso de salvaguardar a la población.",
    "La Unidad de Inteligencia Financiera reiteró su firme compromiso con la cooperación internacional.",
    "La entrega se realizó en el marco de los compromisos de cooperación en materia de seguridad entre ambos países.",
])
def test_extract_events_a_renewed_or_framing_commitment_is_no_commitment(text):
    assert [e for e in _events(text) if e["type"] == "commitment"] == []


def test_extract_events_a_commitment_made_stays():
    events = _events("Los cancilleres se comprometieron a intercambiar información sobre el tráfico de armas.")
    assert [e["type"] for e in events] == ["commitment"]


@pytest.mark.parametrize("text", [
    "La Secretaría de Marina, en el marco de la Estrategia Nacional de Seguridad del Gobierno de México, inhabilitó "
    "el martes un laboratorio clandestino en Cosalá, Sinaloa.",
    "The Mexican Navy, as part of the Government of Mexico's security strategy, dismantled a clandestine lab in "
    "Cosalá on Tuesday.",
])
def test_extract_events_the_government_whose_strategy_frames_a_raid_takes_no_part(text):
    (seizure,) = [e for e in _events(text) if e["type"] == "seizure"]
    assert not any("Gobierno" in p or "Government" in p for p in seizure["participants"])


@pytest.mark.parametrize("text, trigger", [
    ("Mexican soldiers arrested a man accused of laundering money in Culiacan on Thursday, and within hours the U.S. "
     "Embassy formally asked for his extradition, officials said.", "arrested"),
    ("Elementos del Ejército Mexicano detuvieron este jueves en Culiacán a Efraín Molina Tapia, señalado como operador "
     "financiero, y horas después la embajada de Estados Unidos solicitó formalmente su extradición.", "detuvieron"),
])
def test_extract_events_the_subject_of_a_clause_coordinated_after_the_arrest_made_none(text, trigger):
    (arrest,) = [e for e in _events(text) if e["trigger"] == trigger]
    assert arrest["organizer"] != "U.S. Embassy in Mexico"
    assert "U.S. Embassy in Mexico" not in arrest["participants"]


def test_extract_events_a_headline_second_clause_after_a_semicolon_is_no_party():
    events = _events("México y EU firman acuerdo para frenar el tráfico de armas; Sheinbaum descarta intervención\n\n"
                     "Los gobiernos firmaron el acuerdo en Washington.")
    assert not [p for e in events if e["type"] == "agreement" for p in e["participants"] if "Sheinbaum" in p]


@pytest.mark.parametrize("text", [
    "Si el acuerdo no da resultados, el gobierno mexicano podría presentar una nueva demanda.",
    "If the agreement fails, the Mexican government could file a new lawsuit.",
])
def test_extract_events_who_would_act_if_a_deal_failed_is_no_party_to_it(text):
    for event in _events(text):
        assert event["organizer"] is None and not any("Gobierno" in p or "Government" in p
                                                      for p in event["participants"])


_TREASURY = ("Treasury Sanctions Fuel Smuggling Network Tied to the Sinaloa Cartel\n\nMarch 12, 2026\n\nWASHINGTON — "
             "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned three Mexican "
             "nationals and seven companies based in Tijuana, Baja California, that launder proceeds for the Sinaloa "
             "Cartel.\n")
_OUTLET = ("Tesoro de EU sanciona a red de contrabando de combustible ligada al Cártel de Sinaloa\n\n12/03/2026 | 14:05\n\n"
           "La Oficina de Control de Activos Extranjeros (OFAC) del Departamento del Tesoro de Estados Unidos sancionó "
           "este jueves a tres mexicanos y siete empresas de Tijuana, Baja California, por lavar dinero para el Cártel "
           "de Sinaloa.\n")


def test_resolve_events_one_sanction_told_by_the_treasury_and_an_outlet_naming_its_office(tmp_path: Path):
    docs = exported(tmp_path, {"treasury.txt": _TREASURY, "eluniversal.txt": _OUTLET})
    ids = {e["id"] for d in docs.values() for e in d["events"] if e["type"] == "sanction"}
    assert len(ids) == 1


def test_extract_events_a_state_named_after_a_hyphenated_region_is_the_place():
    ex = extract_document(clean_document(RawDocument(
        source="t.txt", published="2026-03-10",
        raw="Gunmen ambushed a state police patrol on a highway in the north-central Mexican state of Zacatecas before "
            "dawn Tuesday, killing three officers, officials said.\n")))
    names = {e.local_id: e.name for e in ex.entities}
    assert [names.get(e.place) for e in ex.events if e.type == "attack"] == ["Zacatecas"]
