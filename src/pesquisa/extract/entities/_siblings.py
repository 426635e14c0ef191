"""Siblings named together with one surname: "los hermanos Johnny y José Alfredo Hurtado Olascoaga", "the brothers
Iván and Jesús Alfredo Guzmán Salazar". The first is named by a given name alone; the surnames after the second
name are both siblings' (the first had been a person "Johnny", or no one)."""

from __future__ import annotations

import re

from pesquisa.extract.entities._names import is_given_name, names_data
from pesquisa.records import Mention, Span

_SIBLINGS = re.compile(r"\b(?:hermanos|hermanas|brothers|sisters)[ \xa0]+([A-ZÁÉÍÓÚ][\w]+)[ \xa0]+(?:y|e|and)[ \xa0]+")


def sibling_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the first of two siblings named by a given name alone given the second's surnames."""
    out = list(mentions)
    for match in _SIBLINGS.finditer(text):
        second = next((m for m in out if m.type == "person" and m.span.start == match.end()), None)
        words = second.name.split() if second else []
        if second is None or match.group(1) in words or match.group(1).lower() in names_data().org_words:
            continue  # "los hermanos Arellano y ...": no one's given name
        given = next((i for i, w in enumerate(words) if not is_given_name(w)), len(words))
        if given == 0 or len(words) - given < 1:
            continue  # no given name first, or no surname after them
        span = Span(match.start(1), match.end(1))
        name = " ".join([match.group(1), *words[given:]])
        out = [m for m in out if not m.span.overlaps(span)]
        out.append(Mention("person", match.group(1), span, name, source="rule"))
    return out
