"""Whom "she" or "he" ("ella", "él") can stand for: a person whose given name or titles tell the other gender
is not the one. Given names are the lexicon's (``names.yaml``: ``given_names``, ``female_given_names``,
``unisex_given_names``); a name the lexicon does not hold tells nothing, and neither does a shared one."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from pesquisa.lexicon import fold, read_data
from pesquisa.records import LocalEntity

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


@cache
def _given_names() -> frozenset[str]:
    data = read_data("names.yaml")
    return frozenset(fold(n) for names in (*data["given_names"].values(), data["female_given_names"],
                                           data["unisex_given_names"]) for n in names)


def named_as_people(entities: list[LocalEntity], text: str) -> list[LocalEntity]:
    """``entities`` with an organization the model made of a person's surname read as that person: one of its
    mentions, a single word, follows a given name of the lexicon ("Indira Navarro has spent six years ...": the
    model's organization "Navarro"), so "Navarro said" is a person and "she" may stand for her. Copies; the ids
    stay."""
    out = []
    for entity in entities:
        given = entity.type == "organization" and not entity.key and any(
            len(m.text.split()) == 1 and _given_before(text, m.span.start) for m in entity.mentions)
        out.append(replace(entity, type="person") if given else entity)
    return out


def _given_before(text: str, start: int) -> bool:
    """The word right before ``start``, on the same line, is a given name ("Indira| Navarro")."""
    match = re.search(r"(\w+)[ \t]+$", text[max(0, start - 30):start])
    return match is not None and match.group(1)[:1].isupper() and fold(match.group(1)) in _given_names()
