"""A detainee's full name right after the town where they were caught, with no comma between ("fueron detenidos en
Culiacán Jesús Alfredo Beltrán Guzmán, alias ..."): the Spanish model reads the town and the name as one
organization. The town is the lexicon's place, and the words after it, opened by a given name and holding a surname,
are a person."""

from __future__ import annotations

from pesquisa.extract.entities._names import is_given_name, names_data
from pesquisa.records import Mention, Span


def _full_name(words: list[str]) -> bool:
    """``words`` are a person's full name: a given name first, a surname among them, no organization word."""
    names = names_data()
    return len(words) >= 2 and is_given_name(words[0]) and not all(is_given_name(w) for w in words) and \
        not any(w.lower() in names.org_words for w in words)


def names_after_places(text: str, model: list[Mention], places: list[Mention]) -> list[Mention]:
    """``model`` with each model name opened by a lexicon place of ``places`` and going on with a full name read as
    that person (the place stays the lexicon's)."""
    out = []
    for m in model:
        place = next((p for p in places if p.span.start == m.span.start and p.span.end < m.span.end), None)
        rest = text[place.span.end:m.span.end] if place and m.source == "model" else ""
        start = place.span.end + len(rest) - len(rest.lstrip()) if place else 0
        if rest[:1] in {" ", "\xa0"} and _full_name(rest.split()):
            name = rest.strip()
            m = Mention("person", name, Span(start, start + len(name)), name, source="rule")
        out.append(m)
    return out
