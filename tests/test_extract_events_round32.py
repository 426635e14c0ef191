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
