"""A sanctions or wanted list's field of sex read as a person: OFAC's "...; nationality Mexico; Gender Male; ..." and
a state's wanted list ("Sexo: Masculino") give the model a person "Gender Male". A mention that is only such a
field's label and its value (names.yaml ``record_sex_labels`` and ``record_sex_values``), or the value alone, names no
one and goes."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import fold, read_data
from pesquisa.records import Mention


@cache
def _sex_words() -> tuple[frozenset[str], frozenset[str]]:
    data = read_data("names.yaml")
    return frozenset(fold(w) for w in data["record_sex_labels"]), frozenset(fold(w) for w in data["record_sex_values"])


def _sex_field(name: str) -> bool:
    """``name`` is a list's field of sex: its label and its value, or the value alone."""
    labels, values = _sex_words()
    words = [fold(w) for w in re.split(r"[\s:]+", name.strip()) if w]
    return (len(words) == 2 and words[0] in labels and words[1] in values) or (len(words) == 1 and words[0] in values)


def without_sex_fields(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the people that are a list's field of sex ("Gender Female")."""
    return [m for m in mentions if not (m.type == "person" and _sex_field(m.name))]
