"""Events, stop 42: a deal named again by its definite noun and a participle is the one told before; a deal told in
the sentence of the meeting it was made at is of the meeting's people."""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


@pytest.mark.parametrize("text", [
    "Police Commissioner Drew Harris and Chief Constable Jon Boutcher signed a memorandum of understanding in Dublin on "
    "Tuesday. The agreement, signed at police headquarters in Phoenix Park, commits both forces to joint operations "
    "against the Kinahan cartel.",
    "El canciller Juan Ramón de la Fuente y el embajador Ronald Johnson firmaron el martes un memorando de "
    "entendimiento en la Ciudad de México. El memorando, firmado en la sede de la cancillería, obliga a ambos "
    "gobiernos a compartir información financiera.",
])
def test_a_deal_named_again_is_the_one_told(text):
    deals = [e for e in event_dicts(text, "2025-03-12") if e["type"] == "agreement"]
    assert len(deals) == 1 and deals[0]["date"] == "2025-03-11", deals
    assert "Kinahan cartel" not in deals[0]["participants"]


def test_a_first_deal_told_with_a_participle_stays():
    text = ("Mexican Foreign Minister Juan Ramón de la Fuente met Ambassador Ronald Johnson on Monday. The memorandum "
            "signed on Tuesday commits both governments to share financial intelligence.")
    assert [e["type"] for e in event_dicts(text, "2025-03-12")].count("agreement") == 1


@pytest.mark.parametrize("text", [
    "India and the United States held the second meeting of their counter-narcotics working group in New Delhi on "
    "Tuesday and agreed to expand intelligence sharing on synthetic drugs, the Ministry of External Affairs said. The "
    "Indian delegation was led by Narcotics Control Bureau Director General Anurag Garg, while the US side was headed "
    "by Assistant Secretary of State Todd Robinson.",
])
def test_a_deal_of_the_meeting_sentence_is_of_its_people(text):
    events = event_dicts(text, "2025-01-22")
    deal = next(e for e in events if e["type"] == "agreement")
    assert deal["date"] == "2025-01-21" and "Anurag Garg" in deal["participants"], deal


@pytest.mark.parametrize("text, stranger", [
    ("Interior Minister Ana Gómez gave an account of the results of the border cooperation pact, as described "
     "during the summit at which she talked with Homeland Security Secretary John Reyes.", "John Reyes"),
])
def test_a_deal_the_meeting_sentence_only_names_keeps_its_people(text, stranger):
    deals = [e for e in event_dicts(text, "2025-01-22") if e["type"] == "agreement"]
    assert all(stranger not in e["participants"] for e in deals), deals
