"""Whom "she" or "he" ("ella", "él") can stand for: a person whose given name or titles tell the other gender
is not the one. Given names are the lexicon's (``names.yaml``: ``given_names``, ``female_given_names``,
``unisex_given_names``); a name the lexicon does not hold tells nothing, and neither does a shared one."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from pesquisa.lexicon import fold, read_data

PRONOUN_GENDER = {"he": "m", "him": "m", "el": "m", "she": "f", "her": "f", "ella": "f"}


@cache
def _given_genders() -> dict[str, str]:
    data = read_data("names.yaml")
    female = {fold(n) for n in data["female_given_names"]}
    unisex = {fold(n) for n in data["unisex_given_names"]}
    given = {fold(n) for names in data["given_names"].values() for n in names}
    out = {n: "m" for n in given - female - unisex}
    out.update({n: "f" for n in female - unisex})
    return out


def name_gender(name: str | None) -> str | None:
    """'f' or 'm' by the first word of a person's name when the lexicon tells it, else None."""
    words = fold(name).split()
    return _given_genders().get(words[0]) if words else None


def pronoun_gender(word: str) -> str | None:
    """'f' or 'm' for a personal pronoun of one gender ("she", "él"), else None."""
    return PRONOUN_GENDER.get(fold(word))



def person_gender(title_gender: Callable[[str | None], str | None]) -> Callable[[str | None, str | None], str | None]:
    """A person's gender by (name, local id): the given name's, else what ``title_gender`` (Spanish titles) tells."""
    return lambda name, local_id: name_gender(name) or title_gender(local_id)
