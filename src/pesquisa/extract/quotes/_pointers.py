"""Reported clauses that point at other text instead of saying something: a list announced for the lines below
("informó que en el inmueble se encontró lo siguiente:"), a headline's teaser of its story ("Semar asegura cargamento
en Michoacán: esto fue lo que encontró"), and the colon after a seizure verb's object ("asegura cargamento: ...").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from pesquisa.extract.quotes._cues import needs_clause
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Span

_TEASER_WORDS = 8  # a teaser is short: "esto fue lo que encontró", "here's what we know so far"
_OBJECT_POS = frozenset({"NOUN", "PROPN", "NUM"})


@cache
def _pointers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a clause's end announcing a list, a teaser's opening) from speech.yaml ``pointers``."""
    table = load_lexicon().speech["pointers"]
    announcing = "|".join(re.escape(p) for p in table["announcing"])
    teasers = "|".join(re.escape(p) for p in table["teasers"])
    return re.compile(rf"\b(?:{announcing})\b(?P<rest>[^:.]{{0,40}})[:.]?\s*$", re.I), re.compile(rf"^\W*(?:{teasers})\b", re.I)


def points_elsewhere(text: str, content: Span) -> bool:
    """The reported clause at ``content`` says nothing itself: it announces a list it does not hold ("... se encontró
    lo siguiente:", or before the colon that opens the list, "found the following inside the truck:"; not "released
    the following day") or is a headline's short teaser of the story ("esto fue lo que encontró", "here's what we
    know")."""
    words = text[content.start:content.end].strip()
    announcing, teaser = _pointers()
    found = announcing.search(words)
    at_colon = words.endswith(":") or text[content.end:content.end + 3].lstrip().startswith(":")
    if found is not None and (at_colon or not found.group("rest").strip()):
        return True
    return bool(teaser.match(words)) and len(words.split()) <= _TEASER_WORDS


def object_before_colon(verb: Token, colon: Token) -> bool:
    """A verb with a second, non-speech sense has a plain object before the colon ("Semar asegura cargamento en
    costas de Michoacán: ...", "aseguró 500 kilos: ..."): a seizure, not what was said (not "aseguró lo siguiente:")."""
    return needs_clause(verb) and any(c.dep_ in {"obj", "dobj"} and c.pos_ in _OBJECT_POS and verb.i < c.i < colon.i
                                      for c in verb.children)


def announces_list(text: str, subject: Span | None) -> bool:
    """The speech verb's subject is the phrase announcing a list ("En el lugar se aseguró |lo siguiente|: 20 armas
    largas, ...", "|the following| was seized:"): an impersonal passive naming what was found, no one speaking."""
    if subject is None:
        return False
    found = _pointers()[0].search(text[subject.start:subject.end].strip())
    return found is not None and found.start() == 0 and not found.group("rest").strip()
