"""One sanction told by the Treasury and by a portal that gives no day and names another actor, and one arrest at sea
told by a navy communiqué and by a wire without its day, one lab raid and one arrest told at the town and at the
state: each one event id, by what they count (issue 11)."""

from __future__ import annotations

from pathlib import Path

from _export_helpers import event_ids, exported

SANCTIONS = {
    "treasury.txt": "Treasury Targets Reynosa Money Laundering Network\n\nNovember 12, 2026\n\nWASHINGTON — The "
                    "Treasury Department sanctioned five individuals and eight companies in Reynosa that launder drug "
                    "proceeds for the Gulf Cartel, its sanctions office said.\n",
    "portal.txt": "Sanciona EU a red de lavado de Reynosa\n\nEl gobierno estadounidense sancionó a cinco personas y "
                  "ocho empresas de Reynosa que lavan dinero para el Cártel del Golfo, informó la OFAC.\n",
    "later.txt": "Treasury sanctions Gulf Cartel fuel network\n\nNovember 19, 2026\n\nWASHINGTON (Reuters) - The "
                 "Treasury on Thursday blacklisted three individuals and 14 companies that smuggle "
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

COUNTED = {
    "gabinete.txt": "Detienen a 12 en Reynosa\n\nCiudad Victoria, Tamaulipas, 3 de noviembre de 2026\n\nEl Gabinete de "
                    "Seguridad informó que este martes, en un cateo en Reynosa, elementos de la Guardia Nacional "
                    "detuvieron a 12 personas.\n",
    "wire.txt": "Mexican troops arrest 12 in Tamaulipas\n\nMEXICO CITY, Nov 3 (Reuters) - National Guard troops arrested 12 "
                "suspected gang members in the border state of Tamaulipas, the security cabinet said on Tuesday.\n",
    "other.txt": "Detienen a cinco en Nuevo Laredo\n\nMartes 3 de noviembre de 2026\n\nElementos de la Guardia Nacional "
                 "detuvieron este martes a cinco personas en Nuevo Laredo.\n",
}


def test_resolve_events_one_sanction_by_its_tallies_apart_from_the_next_one(tmp_path: Path):
    docs = exported(tmp_path, SANCTIONS)
    treasury, portal, later = (event_ids(docs, name, "sanction") for name in SANCTIONS)
    assert treasury and portal and later
    assert treasury & portal
    assert not later & (treasury | portal)


def test_resolve_events_one_arrest_at_sea_by_the_amount_seized_with_it(tmp_path: Path):
    docs = exported(tmp_path, ARRESTS)
    semar, wire = (event_ids(docs, name, "arrest") for name in ARRESTS)
    assert semar and wire
    assert semar & wire


def test_resolve_events_one_lab_raid_told_at_the_town_and_at_the_state(tmp_path: Path):
    docs = exported(tmp_path, NESTED)
    defensa, wire = (event_ids(docs, name, "arrest") for name in NESTED)
    assert defensa and wire
    assert defensa & wire


def test_resolve_events_one_arrest_told_undated_at_the_state_and_dated_at_the_town(tmp_path: Path):
    docs = exported(tmp_path, COUNTED)
    gabinete, wire, other = (event_ids(docs, name, "arrest") for name in COUNTED)
    assert gabinete and wire and other
    assert gabinete & wire
    assert not other & (gabinete | wire)
