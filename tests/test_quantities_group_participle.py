"""A participle describing a criminal group is no seizure of the goods the group moved."""

from __future__ import annotations

from _quantity_helpers import one


def test_es_dismantled_network_past_theft_is_no_seizure() -> None:
    text = "La fiscalía informó que la red desmantelada robaba unos 20 mil barriles diarios de combustible."
    assert one(text, "es", "20 mil barriles").kind != "seizure"


def test_en_dismantled_gang_past_shipments_is_no_seizure() -> None:
    text = "The dismantled gang had been shipping around 50 kilos a month through the port, officers said."
    assert one(text, "en", "50 kilos").kind != "seizure"


def test_en_dismantling_verb_with_seizure_still_reads() -> None:
    text = "Police dismantled a laboratory and seized 50 kilos of methamphetamine."
    assert one(text, "en", "50 kilos of methamphetamine").kind == "seizure"
