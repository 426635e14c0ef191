"""A person named right after a body's name, the body standing as the person's title ("el agente del Ministerio
Público Federal Óscar del Río Soto", "la Fiscalía Especializada Ana Ruiz López" as a caption writes it), which the
model runs into one organization or place: the body's name up to the given name, and the person after it."""

from __future__ import annotations

import dataclasses

from pesquisa.extract.entities._names import clean_person_name, is_given_name, names_data
from pesquisa.records import Mention, Span


def bodies_before_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model organization or place that is a body's name and then a person's full name split in
    two: the body (an organization) and the person."""
    out = []
    for m in mentions:
        cut = _name_start(m) if m.type in {"organization", "place"} and m.source == "model" else None
        if cut is None:
            out.append(m)
            continue
        body = text[m.span.start:cut].rstrip()
        person = text[cut:m.span.end]
        out.append(dataclasses.replace(m, type="organization", text=body, span=Span(m.span.start, m.span.start + len(body)),
                                       name=body))
        out.append(Mention("person", person, Span(cut, m.span.end), person, source="rule"))
    return out


def _name_start(mention: Mention) -> int | None:
    """Where a full name (a given name, then two words or more, a clean person's name) starts inside ``mention``, the
    words before it a body's name (two words or more, opened by an organization word); None when there is none."""
    words, names = mention.text.split(), names_data()
    if len(words) < 5 or words[0].lower() not in names.org_words:
        return None
    for k in range(2, len(words) - 1):
        # (after a particle or a place's word the name goes on as the body's: "Cártel Santa Rosa de Lima", "Puerto Rosa")
        if not is_given_name(words[k]) or words[k - 1].lower() in names.particles or words[k - 1].lower() in names.geo_words:
            continue
        at = mention.span.start + mention.text.index(" " + words[k], len(" ".join(words[:k])) - 1) + 1
        tail = " ".join(words[k:])
        cleaned = clean_person_name(tail, at)
        if cleaned is not None and cleaned[0] == tail and len(words) - k >= 2:
            return at
    return None
