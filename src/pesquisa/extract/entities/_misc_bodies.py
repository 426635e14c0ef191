"""Organizations inside the Spanish model's MISC spans: "la Estación de Guardacostas de Bahía Solano", "la Mesa de
Seguridad de Sonora"."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from pesquisa.extract.entities._names import names_data
from pesquisa.extract.entities._plural_groups import misc_group
from pesquisa.extract.nlp import doc_text
from pesquisa.records import Mention, Span

_TRAILING_PARTICLES = re.compile(r"(?:[ \xa0]+(?:de|del|la|los|las|of|the))+$")
ORG_TAIL = re.compile(r"(?:[ \xa0]+(?:de|del|de la|de los|of|of the)[ \xa0]+[A-ZÁÉÍÓÚ][\w.-]*(?:[ \xa0]+[A-ZÁÉÍÓÚ][\w.-]*)*)+")


# a word closing a bracket or a dateline's credit: "Sur).-", "Sur)", "Mx.-"
_CLOSED = re.compile(r"\)[.,:;—–-]*$|\.[-—–]$")


def misc_organization(doc: Doc, ent: Any, taken: list[Span]) -> Mention | None:
    """An organization inside a span the Spanish model calls MISC, from its first organization word.

    "El jefe de la Estación Naval de Puerto Chiapas" holds "Estación Naval de
    Puerto Chiapas"; "de <Name>" right after the span still belongs to it
    ("Estación de Guardacostas| de Bahía Solano"), unless the lexicon took it ("la |Dirección de Inteligencia| de la
    Guardia Nacional": the unit alone); a capitalized noun and "de" before the first organization word
    open the name ("Mesa de Seguridad de Sonora").
    """
    text, names = doc_text(doc), names_data()
    group = misc_group(text, ent.start_char, ent.end_char, taken)  # "|Los Talibanes| controlan la venta de droga"
    if group is not None:
        return group
    words = list(re.finditer(r"\S+", ent.text))
    # past an outlet's credit closed by a bracket ("(Diario del Sur).- La Procuraduría ..."): the span's last clause
    past = max((k + 1 for k, w in enumerate(words) if _CLOSED.search(w.group())), default=0)
    at = next((k for k, w in enumerate(words) if k >= past and w.group().lower() in names.org_words and
               w.group()[:1].isupper()), None)
    if at is None:
        return None
    if at == 2 and words[1].group() in {"de", "del"} and words[0].group()[:1].isupper() and \
            words[0].group().lower() not in names.title_words | names.not_names:
        at = 0  # "Mesa de Seguridad de Sonora", "Consejo de Seguridad": the body's own noun opens the span
    first = words[at]
    start = ent.start_char + first.start()
    tail = ORG_TAIL.match(text, ent.end_char)
    # with its "de <Name>" after the span, or, where the lexicon holds that name, without it: "la |Dirección de
    # Inteligencia| de la Guardia Nacional" is a unit of a body the lexicon knows
    for end in ([tail.end()] if tail else []) + [ent.end_char]:
        surface = _TRAILING_PARTICLES.sub("", text[start:end].rstrip(" .,;:"))  # "... de Antinarcóticos| de la|"
        parts = surface.split()
        if len(parts) < 2 or not all(p[:1].isupper() or p.lower() in names.particles for p in parts):
            return None
        span = Span(start, start + len(surface))
        if not any(span.overlaps(t) for t in taken):
            return Mention("organization", surface, span, surface)
    return None
