"""Events, stop 42: a meeting agreed on beside another deed ("agreed to create a group and to meet again") is planned."""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


@pytest.mark.parametrize("text, place", [
    ("Honduran Security Minister Gerzon Velásquez and Salvadoran Justice Minister Gustavo Villatoro met on Monday in Tegucigalpa. The two ministers agreed to "
     "share intelligence on gang leaders and to meet again next month in San Salvador.", "San Salvador"),
    ("El ministro de Seguridad de Honduras, Gerzon Velásquez, y el ministro de Justicia de El Salvador, Gustavo "
     "Villatoro, se reunieron el lunes en Tegucigalpa. Ambos ministros "
     "acordaron compartir inteligencia sobre cabecillas de pandillas y reunirse el próximo mes en San Salvador.",
     "San Salvador"),
])
def test_a_meeting_agreed_beside_another_deed_is_planned(text, place):
    events = event_dicts(text, "2026-12-07")
    meetings = [e for e in events if e["type"] == "meeting"]
    held = [e for e in meetings if not e["planned"]]
    planned = [e for e in meetings if e["planned"]]
    assert held and held[0]["place"] == "Tegucigalpa", meetings
    assert planned and planned[0]["place"] == place, meetings


@pytest.mark.parametrize("text", [
    "Gerzon Velásquez and Gustavo Villatoro met in Tegucigalpa on Monday and signed a border accord.",
    "Gerzon Velásquez y Gustavo Villatoro se reunieron en Tegucigalpa el lunes y firmaron un acuerdo fronterizo.",
])
def test_a_meeting_told_done_with_a_deed_stays_held(text):
    meetings = [e for e in event_dicts(text, "2026-12-07") if e["type"] == "meeting"]
    assert meetings and not any(e["planned"] for e in meetings), meetings
