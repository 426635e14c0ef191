"""Events from hand-written EN/ES pages (issue 11, round 32): a state's or a town's own force the lexicon does not list
("agentes de la Policía de Investigación", "the Cameron County Sheriff's Office") acts in the seizure of the operation
it arrested in, and a sanction "also" told after a dated one was made that day."""

from __future__ import annotations

from _event_helpers import event_dicts


def _of(text: str, kind: str, published: str = "2026-12-03") -> list[dict]:
    return [e for e in event_dicts(text, published) if e["type"] == kind]


def test_extract_events_an_unlisted_state_force_makes_the_seizure_of_its_operation():
    text = ("La noche del martes, agentes de la Policía de Investigación detuvieron a dos hombres en una finca de la "
            "colonia Santa Fe, en Zapopan.\n\n"
            "Durante la intervención se aseguraron tres armas largas y un vehículo con reporte de robo.")
    assert [(e["date"], e["participants"]) for e in _of(text, "seizure")] == [("2026-12-01", ["Policía de Investigación"])]
    english = ("Deputies of the Cameron County Sheriff's Office arrested two men on Tuesday at a stash house in "
               "Brownsville.\n\nTwo rifles and a pistol were seized during the search.")
    assert [(e["date"], e["participants"]) for e in _of(english, "seizure")] == \
        [("2026-12-01", ["Cameron County Sheriff's Office"])]


def test_extract_events_a_crime_group_or_a_company_is_no_unlisted_force():
    text = ("El martes, hombres de La Nueva Empresa atacaron a dos comerciantes en la colonia Centro.\n\n"
            "Durante la intervención se aseguraron tres armas largas.")
    assert [e["participants"] for e in _of(text, "seizure")] == [[]]


def test_extract_events_a_sanction_also_told_takes_the_day_of_the_sanction_before():
    text = ("Treasury targets a Tijuana money launderer\n\n"
            "WASHINGTON — Today, the Treasury Department's Office of Foreign Assets Control sanctioned Anselmo Rocha "
            "Beltrán, a Tijuana-based money launderer for the Cártel de Sinaloa.\n\n"
            "Rocha Beltrán moves cash across the border in commercial trucks.\n\n"
            "OFAC also designated Cambios Frontera Norte, a currency exchange house owned by Rocha Beltrán.")
    assert [e["date"] for e in _of(text, "sanction", "2026-12-10") if "Cambios Frontera Norte" in e["participants"]] == \
        ["2026-12-10"]
    spanish = ("Sanciona EU a operador financiero\n\n"
               "La Oficina de Control de Activos Extranjeros sancionó este miércoles a Anselmo Rocha Beltrán, operador "
               "financiero del Cártel de Sinaloa.\n\n"
               "La OFAC también sancionó a la empresa Cambios Frontera Norte, propiedad de Rocha Beltrán.")
    assert [e["date"] for e in _of(spanish, "sanction", "2026-12-10") if "Cambios Frontera Norte" in e["participants"]] == \
        ["2026-12-09"]


def test_extract_events_a_sanction_also_told_after_an_arrest_keeps_no_day_of_it():
    text = ("Soldiers arrest a money launderer\n\n"
            "Mexican soldiers arrested Anselmo Rocha Beltrán on Monday in Tijuana.\n\n"
            "The Treasury Department has also sanctioned Cambios Frontera Norte, a currency exchange house.")
    assert [e["date"] for e in _of(text, "sanction", "2026-12-10")] == [None]
