"""One sanction told by the Treasury and by a portal that gives no day and names another actor, and one arrest at sea
told by a navy communiqué and by a wire without its day, and one lab raid told at the town and at the state: each one
event id, by what they count (issue 11)."""

from __future__ import annotations

from pathlib import Path

from _export_helpers import exported

SANCTIONS = {
    "treasury.txt": "Treasury Targets Reynosa Money Laundering Network\n\nNovember 12, 2026\n\nWASHINGTON — Today, "
                    "the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned five "
                    "individuals and eight companies in Reynosa that launder drug proceeds for the Gulf Cartel.\n",
    "portal.txt": "Sanciona EU a red de lavado de Reynosa\n\nEl gobierno estadounidense sancionó a cinco personas y "
                  "ocho empresas de Reynosa que lavan dinero para el Cártel del Golfo, informó la OFAC.\n",
    "later.txt": "Treasury sanctions Gulf Cartel fuel network\n\nNovember 19, 2026\n\nWASHINGTON (Reuters) - The "
                 "U.S. Treasury Department on Thursday sanctioned three individuals and 14 companies that smuggle "
                 "fuel for the Gulf Cartel.\n",
}

ARRESTS = {
    "semar.txt": "Asegura Marina cargamento en el Golfo\n\nCiudad de México, 14 de octubre de 2026\n\nLa Secretaría de "
                 "Marina informa que el lunes, frente a las costas de Campeche, personal naval aseguró una lancha con "
                 "920 kilogramos de cocaína y detuvo a cuatro tripulantes.\n",
    "wire.txt": "Mexican navy seizes cocaine in Gulf\n\nMEXICO CITY, Oct 14 (Reuters) - Mexico's navy seized 920 "
                "kilograms of cocaine from a speedboat and detained four crew members, the navy said.\n",
}

NESTED = {
    "defensa.txt": "Localizan laboratorio en Caborca\n\nHermosillo, Sonora, 21 de octubre de 2026\n\nLa Defensa informa que el "
                   "martes, en el municipio de Caborca, Sonora, personal militar localizó un laboratorio clandestino donde "
                   "aseguró 450 kilogramos de metanfetamina y detuvo a seis personas.\n",
    "wire.txt": "Mexican army raids meth lab in Sonora\n\nHERMOSILLO, Mexico (AP) — Mexican soldiers seized 450 kilograms of "
                "methamphetamine at a clandestine lab in the border state of Sonora and arrested six people, the Defense "
                "Department said.\n",
}


def _ids(docs: dict[str, dict], name: str, kind: str) -> set[str]:
    return {e["id"] for e in docs[name]["events"] if e["type"] == kind}


def test_resolve_events_one_sanction_by_its_tallies_apart_from_the_next_one(tmp_path: Path):
    docs = exported(tmp_path, SANCTIONS)
    treasury, portal, later = (_ids(docs, name, "sanction") for name in SANCTIONS)
    assert treasury and portal and later
    assert treasury & portal
    assert not later & (treasury | portal)


def test_resolve_events_one_arrest_at_sea_by_the_amount_seized_with_it(tmp_path: Path):
    docs = exported(tmp_path, ARRESTS)
    semar, wire = (_ids(docs, name, "arrest") for name in ARRESTS)
    assert semar and wire
    assert semar & wire


def test_resolve_events_one_lab_raid_told_at_the_town_and_at_the_state(tmp_path: Path):
    docs = exported(tmp_path, NESTED)
    defensa, wire = (_ids(docs, name, "arrest") for name in NESTED)
    assert defensa and wire
    assert defensa & wire
