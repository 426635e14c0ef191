"""Families named by their surnames alone, which the model reads as a person: "la familia |Carrillo Fuentes|", "los
hermanos |Arellano Félix|", "a cousin of the |Guzmán| family". No one of the family is named, so there is no person;
a family member's full name elsewhere in the text ("Jesús Alfredo Beltrán Guzmán") takes no mention from it."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import is_given_name
from pesquisa.lexicon import read_data
from pesquisa.records import Mention, Span

FAMILY_SURNAMES = 2  # a family's surnames: the father's and the mother's


@cache
def _family_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The collective kin nouns (or plural articles) before a family's surnames, and the nouns after them."""
    data = read_data("names.yaml")
    before = "|".join(re.escape(w) for w in data["family_before"])
    after = "|".join(re.escape(w) for w in data["family_after"])
    return re.compile(rf"(?<!\w)(?:{before})[ \xa0]+$", re.I), re.compile(rf"[ \xa0]+(?:{after})(?!\w)")


def names_family(text: str, span: Span, name: str) -> bool:
    """``name`` at ``span`` is surnames alone (no given name first) naming a family (see the module docstring)."""
    words = name.split()
    # a family's surnames are two at most, the father's and the mother's ("Arellano Félix"): three capitalized words
    # after "brothers" are a given name the lexicon lacks and two surnames ("brothers Johnny Hurtado Olascoaga and ...")
    if not words or is_given_name(words[0]) or sum(w[:1].isupper() for w in words) > FAMILY_SURNAMES:
        return False
    before, after = _family_patterns()
    return bool(before.search(text, max(0, span.start - 12), span.start) or after.match(text, span.end))


def without_family_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the model's people that name a family (``names_family``)."""
    return [m for m in mentions if not (m.type == "person" and m.source == "model" and names_family(text, m.span, m.name))]
