"""Reported clauses that point at other text instead of saying something: a list announced for the lines below
("informó que en el inmueble se encontró lo siguiente:"), a headline's teaser of its story ("Semar asegura cargamento
en Michoacán: esto fue lo que encontró"), and the colon after a seizure verb's object ("asegura cargamento: ...").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from pesquisa.extract.quotes._cues import needs_clause
from pesquisa.lexicon import fold, load_lexicon

_TEASER_WORDS = 8  # a teaser is short: "esto fue lo que encontró", "here's what we know so far"
_OBJECT_POS = frozenset({"NOUN", "PROPN", "NUM"})


@cache
def _pointers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a clause's end announcing a list, a teaser's opening) from speech.yaml ``pointers``."""
    table = load_lexicon().speech["pointers"]
    announcing = "|".join(re.escape(fold(p)) for p in table["announcing"])
    teasers = "|".join(re.escape(fold(p)) for p in table["teasers"])
    return re.compile(rf"\b(?:{announcing})\s*[:.]?\s*$"), re.compile(rf"^\W*(?:{teasers})\b")


def points_elsewhere(words: str) -> bool:
    """The reported clause ``words`` says nothing itself: it announces a list it does not hold ("... se encontró lo
    siguiente:") or is a headline's short teaser of the story ("esto fue lo que encontró", "here's what we know")."""
    folded = fold(words.strip())
    announcing, teaser = _pointers()
    if announcing.search(folded):
        return True
    return bool(teaser.match(folded)) and len(folded.split()) <= _TEASER_WORDS


def object_before_colon(verb: Token, colon: Token) -> bool:
    """A verb with a second, non-speech sense has a plain object before the colon ("Semar asegura cargamento en
    costas de Michoacán: ...", "aseguró 500 kilos: ..."): a seizure, not what was said (not "aseguró lo siguiente:")."""
    return needs_clause(verb) and any(c.dep_ in {"obj", "dobj"} and c.pos_ in _OBJECT_POS and verb.i < c.i < colon.i
                                      for c in verb.children)
