"""A person's surnames in the possessive that the model read as a place or an organization: "San Juan Treviño's
mother asked the court for leniency" ("San Juan" is a city's name too). Without the possessive, the words close the
full name of a person of the article: they are that person, named shorter, and the grouping joins the two."""

from __future__ import annotations

import re

from pesquisa.lexicon import fold
from pesquisa.records import Mention, Span

_POSSESSIVE = re.compile(r"['’]s$")


def _closes_a_name(words: list[str], people: list[Mention]) -> bool:
    """``words`` are the last words of a longer full name among ``people``."""
    return any(len(p.name.split()) > len(words) and fold(p.name).split()[-len(words):] == words for p in people)


def possessed_surnames(model: list[Mention], people: list[Mention]) -> list[Mention]:
    """``model`` with the places and organizations that are a person's surnames in the possessive made that person."""
    people = people + [m for m in model if m.type == "person"]
    out = []
    for m in model:
        bare = _POSSESSIVE.sub("", m.text)
        if m.type in {"place", "organization"} and m.source == "model" and not m.key and bare != m.text and \
                _closes_a_name(fold(bare).split(), people):
            m = Mention("person", bare, Span(m.span.start, m.span.start + len(bare)), bare, source="model")
        out.append(m)
    return out
