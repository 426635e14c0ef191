"""Every organization and place of the shipped lexicon is listed once: a second entry under the same key would
silently replace the first one's aliases when the lexicon is read into a mapping by key."""

from __future__ import annotations

from collections import Counter

import pytest

from pesquisa.lexicon import read_data


@pytest.mark.parametrize("name", ["organizations.yaml", "places.yaml"])
def test_lexicon_keys_are_unique(name):
    counts = Counter(entry["key"] for entry in read_data(name))
    assert [key for key, n in counts.items() if n > 1] == []
