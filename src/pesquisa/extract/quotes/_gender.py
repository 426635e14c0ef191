"""Whom "she" or "he" ("ella", "él") can stand for: a person whose given name or titles tell the other gender
is not the one. Given names are the lexicon's (``names.yaml``: ``given_names``, ``female_given_names``,
``unisex_given_names``); a name the lexicon does not hold tells nothing, and neither does a shared one."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pesquisa.lexicon import fold, read_data

if TYPE_CHECKING:
    from pesquisa.extract.quotes._antecedents import Speaker
    from pesquisa.extract.quotes._speakers import Resolver

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


def agreeing_speaker(resolver: Resolver, found: Speaker | None, pronoun: str, at: int) -> Speaker | None:
    """``found``, or when its gender is known and is not the pronoun's, the last person heard, else named before
    ``at``, whose gender is the pronoun's ("Sheinbaum said ... Trump has said ... She added": Sheinbaum). With no
    such person ``found`` stays."""
    wanted = pronoun_gender(pronoun)

    def gender(name: str | None, local_id: str | None) -> str | None:
        return name_gender(name) or resolver._gender(local_id)

    if wanted is None or found is None or not found.person or gender(found.name, found.local_id) in {wanted, None}:
        return found
    for speaker in reversed(resolver.people_heard):
        if gender(speaker.name, speaker.local_id) == wanted:
            return speaker
    named = [(m, e) for m, e in resolver.mentions if e.type == "person" and m.span.start < at and
             gender(e.name, e.local_id) == wanted]
    return resolver._entity_speaker(named[-1][1], named[-1][0].span, "pronoun") if named else found
