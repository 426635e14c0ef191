"""Event dates (evdates6, stop 42): an arrest told again in the sentence after one that tells an arrest and the seizure
it was over, each with its own day ("Detectives on Friday arrested two men over heroin seized at the port on December
29. The two were arrested at a hotel"), takes the arrest's day, not the seizure's."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_extract_events_an_arrest_told_again_takes_the_day_of_the_arrest_before():
    text = ("Detectives arrest two over Mombasa heroin haul\n\n"
            "Detectives on Friday arrested two foreign nationals in Kilifi County over 100 kilogrammes of heroin seized "
            "at the Port of Mombasa on December 29.\n\n"
            "The two were arrested at a hotel in Mtwapa, where they had been staying, the police said.\n\n"
            "The drugs were concealed in a container declared as carrying ceramic tiles.")
    arrests = [e["date"] for e in event_dicts(text, "2027-01-02") if e["type"] == "arrest"]
    assert arrests and all(d == "2027-01-01" for d in arrests if d)
    assert "2026-12-29" not in arrests
