"""A person an article gives an ordinary occupation ("Héctor Salcido, a Katy real estate agent, said"; "Saúl
Domínguez, 51, a truck driver from El Paso,"; "la maestra Rosa Elena Ruiz"): a private person, so a longer name of
another article that goes by a nickname or holds a role of the trade ("Héctor Manuel Salcido Ontiveros, alias «El
Tigre»") is someone else, though the shorter name fits it (``entities.sides_apart``, the side "civil"). The words are
names.yaml ``civil_occupations``; one with a word of ``former_words`` in its phrase is a past job ("a former teacher")
and tells nothing. Pure."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import fold, read_data

_SENTENCE = re.compile(r"[.!?;:\n]")
_AGE = re.compile(r"^\s*\d{1,3}\s*$")


@cache
def _words() -> tuple[tuple[str, ...], frozenset[str]]:
    data = read_data("names.yaml")
    return (tuple(fold(w) for lang in ("en", "es") for w in data["civil_occupations"][lang]),
            frozenset(fold(w) for w in data["former_words"]))


def names_occupation(phrase: str) -> bool:
    """True when ``phrase`` holds an ordinary occupation, not as a past job."""
    occupations, former = _words()
    words = f" {fold(phrase)} "
    return any(f" {o} " in words for o in occupations) and not set(words.split()) & former


def occupation_told(before: str, after: str) -> bool:
    """True when the appositive right after a mention ("|X|, 51, a truck driver", "|X|, maestra de primaria,"), past an
    age, or the words right before it in its clause ("Katy real estate agent |X|", "la maestra |X|") give it an
    ordinary occupation. ``before`` and ``after`` are the text up to the mention and from its end."""
    tail = _SENTENCE.split(after)[0]
    if tail.startswith(","):
        parts = tail[1:].split(",")
        head = parts[1] if _AGE.match(parts[0]) and len(parts) > 1 else parts[0]
        if names_occupation(head):
            return True
    clause = f" {fold(re.split(r'[,(]', _SENTENCE.split(before)[-1])[-1])} ".replace("  ", " ")
    occupations, former = _words()
    return any(clause.endswith(f" {o} ") for o in occupations) and not set(clause.split()) & former
