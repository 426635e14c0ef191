"""Events from hand-written EN/ES pages (issue 11, round 26): a load "interdicted" at sea is a seizure; a spokesman
telling a seizure ("el vocero detalló que se aseguraron ...") took no part in it."""

from __future__ import annotations

from _event_helpers import event_dicts


def _events(text: str, published: str | None = "2026-12-04") -> list[dict]:
    return event_dicts(text, published)


def test_extract_events_a_load_interdicted_at_sea_is_a_seizure_of_its_day():
    text = ("The crew of the Coast Guard Cutter Vigilant returned to port Friday. The drugs were interdicted in "
            "international waters of the Caribbean Sea on Nov. 20, the Coast Guard said.")
    (seizure,) = [e for e in _events(text) if e["type"] == "seizure"]
    assert seizure["date"] == "2026-11-20"


def test_extract_events_a_call_interdicted_is_no_seizure():
    text = "A federal judge said on Tuesday the agency had interdicted the calls of two lawyers."
    assert "seizure" not in [e["type"] for e in _events(text)]


def test_extract_events_a_spokesman_telling_a_seizure_takes_no_part_in_it():
    text = ("MONTERREY, NL.- Policías estatales se enfrentaron el domingo con hombres armados en Sabinas Hidalgo. El "
            "vocero de Seguridad, Ramiro Treviño Garza, detalló que en el lugar se aseguraron dos fusiles y 150 cartuchos.")
    (seizure,) = [e for e in _events(text) if e["type"] == "seizure"]
    assert "Ramiro Treviño Garza" not in seizure["participants"]


def test_extract_events_the_body_telling_its_own_seizure_still_made_it():
    text = "Navy personnel seized 400 kilograms of cocaine off Manzanillo on Tuesday, the Navy said in a statement."
    (seizure,) = [e for e in _events(text) if e["type"] == "seizure"]
    assert seizure["participants"]
