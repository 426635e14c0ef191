"""A Mexican or US state's prosecutor or police named in lower case after the state, as AP, Reuters and their
reprints write them ("the Sonora attorney general's office", "the Jalisco state prosecutor's office", "Sinaloa state
police"; names.yaml ``state_body_tails``): the state's own body, with no lexicon key (the capitalized "Sonora State
Attorney General's Office" is read by ``_lexicon_match``). The words before the tail must be a state of the lexicon:
"the cartel's prosecutor's office" names none. Pure."""

from __future__ import annotations

import re
from functools import cache

from pesquisa._required import matches_in
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span


@cache
def _pattern() -> re.Pattern[str]:
    tails = sorted(read_data("names.yaml")["state_body_tails"], key=len, reverse=True)
    alternation = "|".join(re.escape(t).replace(r"\ ", r"[ \xa0]+") for t in tails)
    return re.compile(rf"(?<![\w’'])((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*[ \xa0]+){{1,3}})(?:{alternation})(?![\w])")


def _state_start(words: list[re.Match[str]]) -> int | None:
    """Index of the first word from which the words left are a state of the lexicon (a place keyed by its country,
    "mx-sonora", and lying within no other), or None: "The |Sonora|", "|Baja California|", "Mexico's |Jalisco|"."""
    lex = load_lexicon()
    for k in range(len(words)):
        key = lex.place_key(" ".join(w.group() for w in words[k:]))
        place = lex.places.get(key) if key else None
        if place is not None and "-" in place.key and place.within is None:
            return k
    return None


def state_bodies(text: str) -> list[Mention]:
    """Each state's prosecutor or police of the module docstring, from the state's name."""
    out = []
    for match in matches_in(_pattern(), text):
        words = list(re.finditer(r"\S+", match.group(1)))
        k = _state_start(words)
        if k is None:
            continue
        start = match.start(1) + words[k].start()
        name = text[start:match.end()]
        out.append(Mention("organization", name, Span(start, match.end()), name, source="rule"))
    return out
