"""Groups named "Los/Las/The" and a plural with a complement the model cut off: "Los Tigres| del Norte",
"Los Plebes| del Rancho" (bands, gangs and collectives). The complement belongs to the name when it is no known
place and no body's word ("Los Tucanes de Tijuana" ends at the model's end, "Los Zetas| de la Policía" too).
Music groups opened by "Banda"/"Grupo" that the model reads as places or people ("Banda MS")."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from pesquisa.extract.entities._names import is_known_place, names_data
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span

_COMPLEMENT = re.compile(r"[ \xa0]+(?:del|de la|de las|de los)[ \xa0]+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)(?![\w.])")


def completed_groups(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model organization "Los X" that the text goes on naming ("del Norte") made whole."""
    out = []
    for m in mentions:
        words = m.name.split()
        tail = _COMPLEMENT.match(text, m.span.end) if m.type == "organization" and m.source == "model" and \
            len(words) == 2 and words[0] in {"Los", "Las"} and not m.key else None
        word = tail.group(1) if tail else ""
        if tail is None or is_known_place(word) or load_lexicon().place_key(word) or \
                word.lower() in names_data().org_words or any(o.span.overlaps(Span(m.span.end, tail.end()))
                                                             for o in mentions if o is not m):
            out.append(m)
            continue
        surface = text[m.span.start:tail.end()]
        out.append(dataclasses.replace(m, text=surface, span=Span(m.span.start, tail.end()), name=surface))
    return out


@cache
def _band_heads() -> frozenset[str]:
    return frozenset(read_data("names.yaml")["band_heads"])


def bands_retyped(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model place or person opened by a music group's word ("la |Banda El Recodo de Cruz
    Lizárraga|", "Banda MS") an organization, without the article before the word."""
    out = []
    for m in mentions:
        words = m.text.split()
        lead = 1 if words[:1] in (["La"], ["El"]) and len(words) > 2 else 0
        if m.source == "model" and m.type in {"place", "person"} and len(words) > lead + 1 and words[lead] in _band_heads() \
                and words[lead + 1][:1].isupper():
            start = m.span.start + (m.text.index(words[lead]) if lead else 0)
            m = Mention("organization", m.text[start - m.span.start:], Span(start, m.span.end), m.text[start - m.span.start:],
                        source="model")
        out.append(m)
    return out
