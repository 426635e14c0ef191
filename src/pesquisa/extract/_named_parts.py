"""A part of an organization named after the words that introduce it ("the Sinaloa Cartel faction known as |Los
Chapitos|", "la facción del Cártel de Sinaloa conocida como |Los Chapitos|", "una célula del CJNG denominada |Los
Deltas|"): the part is the organization a role or a faction word of the phrase is about. Words in ``relations.yaml``
(``faction``, ``named_as``)."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract._relation_base import Sentence, _alternation
from pesquisa.lexicon import read_data
from pesquisa.records import LocalEntity, Mention

Actor = tuple[Mention, LocalEntity]
ARTICLE = re.compile(r"[“\"«]?\s*(?:(?:the|el|la|los|las)\s+)?[“\"«]?", re.I)  # "known as |the |Gulf Cartel", '|"|La Línea'


@cache
def _after_whole() -> re.Pattern[str]:
    """From the end of the whole to the part's name: "| faction known as |", "|'s cell called |", "| conocida como |"
    (the faction word before the whole in Spanish: "la facción del CJNG| conocida como |")."""
    data = read_data("relations.yaml")
    return re.compile(rf"\s*(?:['’]s\s+)?(?:(?:{_alternation(data['faction'])})(?:e?s)?\s*)?,?\s*"
                      rf"(?:{_alternation(data['named_as'])})\s+", re.I)


def named_part(s: Sentence, whole: Actor) -> Actor | None:
    """The organization named right after ``whole`` as a part of it ("the Sinaloa Cartel faction known as X"), or None."""
    found = _after_whole().match(s.body, whole[0].span.end)
    if found is None:
        return None
    part = next(((m, e) for m, e in s.mentions if e.type == "organization" and m.span.start >= found.end()), None)
    ok = part and ARTICLE.fullmatch(s.body, found.end(), part[0].span.start) and part[1].local_id != whole[1].local_id
    return part if ok else None
