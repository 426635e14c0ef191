"""The surnames of a person the model reads as a place while it tags none of the given names before them: in a list of
names ("sanctioned ..., María Fernanda |Olguín|, Héctor ..."), the English model often reads an unfamiliar Spanish
surname as a town and leaves the given names out. A model place or organization of one or two capitalized words, shaped
as surnames (see ``_given_runs._surnames_of``), right after one or two given names of the lexicon that no name of the
model holds, and before them punctuation, a lower-case word or the start of the text (not "San José| Iturbide"), is
that person's name."""

from __future__ import annotations

import re

from pesquisa.extract.entities._aged_untagged import aged_untagged_people
from pesquisa.extract.entities._names import clean_person_name, is_given_name
from pesquisa.records import Mention, Span

# one or two capitalized words right before the surnames, and the word or mark before them
_GIVEN_BEFORE = re.compile(r"(?P<before>\S*)[ \xa0]+"
                           r"(?P<given>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:[ \xa0][A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)[ \xa0]$")


def _given_start(text: str, m: Mention, model: list[Mention]) -> int | None:
    """The start of the untagged given names right before ``m`` after punctuation or a lower-case word, or None."""
    found = _GIVEN_BEFORE.search(" " + text[max(0, m.span.start - 60):m.span.start])
    if found is None or not all(is_given_name(w) for w in found.group("given").split()) or \
            (found.group("before")[-1:].isalnum() and not found.group("before").islower()):
        return None
    start = m.span.start - (len(found.group("given")) + 1)
    return None if any(o.span.start < m.span.start and o.span.end > start for o in model) else start


def untagged_given_people(text: str, model: list[Mention], surnames_like: list[Mention]) -> list[Mention]:
    """``model`` with each of ``surnames_like`` (the model's places and organizations shaped as surnames) that follows
    untagged given names read as that person (see the module docstring)."""
    found: dict[int, Mention] = {}
    for m in surnames_like:
        start = _given_start(text, m, model)
        cleaned = clean_person_name(text[start:m.span.end], start) if start is not None else None
        if start is not None and cleaned is not None and cleaned[0] == text[start:m.span.end]:
            found[id(m)] = Mention("person", cleaned[0], Span(start, m.span.end), cleaned[0], source="model")
    return [found.get(id(m), m) for m in model] + aged_untagged_people(text, model)  # "Ramon Esquivel-Torres, 29,"
