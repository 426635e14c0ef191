"""Spanish bodies named for what they fight, which the model cuts at "contra": "la Fiscalía contra la |Narcoactividad del
Ministerio Público|", "la Unidad Especializada contra el |Lavado de Dinero|". The head (an organization word and its
capitalized qualifiers) and "contra (el/la/los/las)" before the model's organization are one name with it."""

from __future__ import annotations

import re

from pesquisa.extract.entities._names import names_data
from pesquisa.records import Mention, Span

_HEAD = re.compile(r"(?P<head>[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:[ \xa0]+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){0,2})[ \xa0]+contra"
                   r"(?:[ \xa0]+(?:el|la|los|las))?[ \xa0]+$")


def against_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model organization after "<body> contra (la)" grown over its head (module docstring);
    a mention inside the head (the model's "Fiscalía" alone) goes with it."""
    out = list(mentions)
    for m in mentions:
        if m.type != "organization" or m.source != "model" or m.key:
            continue
        head = _HEAD.search(text[max(0, m.span.start - 80):m.span.start])
        words = head.group("head").split() if head else []
        while words and words[0].lower() not in names_data().org_words:
            words = words[1:]  # "La |Fiscalía": the article at a sentence's start is no part of the name
        if head is None or not words:
            continue
        start = m.span.start - len(head.group(0)) + head.group(0).index(words[0])
        if any(o is not m and o.span.overlaps(Span(start, m.span.start)) and o.type != "organization" for o in out):
            continue
        surface = text[start:m.span.end]
        out = [o for o in out if o is not m and not (start <= o.span.start and o.span.end <= m.span.start)] + [
            Mention("organization", surface, Span(start, m.span.end), surface, source=m.source)]
    return out
