"""Siblings and kin named together with one family name.

- Two siblings with one surname: "los hermanos Johnny y José Alfredo Hurtado Olascoaga", "the brothers Iván and
  Jesús Alfredo Guzmán Salazar". The first is named by a given name alone; the surnames after the second name are
  both siblings' (the first had been a person "Johnny", or no one): ``sibling_people``.
- Kin listed by their given names and one family name at the end: "his children Nadia Patricia, Brenda Guadalupe
  and Cristian Iván Esparragoza Gastélum", "los hermanos José de Jesús, Luis Ignacio y Adán Amezcua Contreras":
  the names before the last one are given names only, and the list is opened by a word for a group of kin
  (``siblings`` in ``data/relations.yaml``), so each is a person of the last name's family. Without the kin word
  a list of first names ("met Claudia and Marcelo Ebrard") is left as it is, unless each name before the last is
  two given names or more and the last ends in two family names ("while Iván Archivaldo and Jesús Alfredo Guzmán
  Salazar remain fugitives"): a compound given name alone names no one, and both family names shared tell
  siblings: ``shared_family_names``.
- Kin named by their family names, then a colon and their given names: "los hermanos Morgan Huerta: Juan Carlos,
  José Arnoldo y Martín", "the Morgan Huerta brothers: Juan Carlos and Martín": each is a person of that family
  (they had been people named "Juan Carlos", "Martín", whom no one could tell apart): ``family_then_given``. Pure.
- A sibling named by given names right after a full name and "and his brother": "Iván Archivaldo Guzmán Salazar and
  his brother Jesús Alfredo", "Ovidio Guzmán y su hermano Joaquín": the sibling bears the full name's family names
  (``sibling_after_full_name``).
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from itertools import pairwise

from pesquisa._required import matches_in
from pesquisa.extract.entities._names import is_given_name, names_data
from pesquisa.lexicon import read_data
from pesquisa.records import Mention, Span

_SIBLINGS = re.compile(r"\b(?:hermanos|hermanas|brothers|sisters)[ \xa0]+([A-ZÁÉÍÓÚ][\w]+)[ \xa0]+(?:y|e|and)[ \xa0]+")


def sibling_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the first of two siblings named by a given name alone given the second's surnames."""
    out = list(mentions)
    for match in matches_in(_SIBLINGS, text):
        second = next((m for m in out if m.type == "person" and m.span.start == match.end()), None)
        words = second.name.split() if second else []
        if second is None or match.group(1) in words or match.group(1).lower() in names_data().org_words:
            continue  # "los hermanos Arellano y ...": no one's given name
        given = next((i for i, w in enumerate(words) if not is_given_name(w)), len(words))
        if given == 0 or len(words) - given < 1:
            continue  # no given name first, or no surname after them
        span = Span(match.start(1), match.end(1))
        name = " ".join([match.group(1), *words[given:]])
        out = [m for m in out if not m.span.overlaps(span)]
        out.append(Mention("person", match.group(1), span, name, source="rule"))
    return out


JOIN = re.compile(r"^(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)$")


@cache
def _kin_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in read_data("relations.yaml")["siblings"])
    return re.compile(rf"\b(?:{words})\b[^.;\n]{{0,25}}$", re.IGNORECASE)


def _given_only(name: str) -> bool:
    words = name.split()
    return bool(words) and all(is_given_name(w) or w.lower() in names_data().particles for w in words) and \
        is_given_name(words[0]) and is_given_name(words[-1])


def _ends_given(name: str) -> bool:
    """In a list opened by a kin word, a name of given names only: it ends with one ("Midiam Patricia", of a rare
    first given name the name lists lack)."""
    words = name.split()
    return 0 < len(words) <= 3 and is_given_name(words[-1])


def _family_of(name: str, *, listed: bool = False) -> list[str]:
    """The words after the leading given names of a full name ("Cristian Iván |Esparragoza Gastélum"); in a kin
    list (``listed``), the two family names of a three-word name whose given name the name lists lack ("Modesta
    |Zambada Niebla"), and no more than the last two words of a longer run without particles."""
    words = name.split()
    k = 0
    while k < len(words) and (is_given_name(words[k]) or (k and words[k].lower() in names_data().particles)):
        k += 1
    if k == 0 and listed and len(words) == 3:
        return words[1:]
    rest = words[k:] if 0 < k < len(words) else []
    if listed and len(rest) > 2 and not any(w.lower() in names_data().particles for w in rest):
        return rest[-2:]  # "Javier |Eriberto| Rivera Maradiaga": a second given name the lists lack; two family names
    return rest


def _siblings_unkinned(run: list[Mention], family: list[str]) -> bool:
    """True when a list with no kin word shares its last name's family names: each earlier name is two given names
    or more ("Iván Archivaldo"), and the family is two surnames, a mother's and a father's."""
    return len(family) == 2 and all(len(m.name.split()) >= 2 for m in run[:-1]) and \
        not any(w.lower() in names_data().particles for w in family)


def shared_family_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, the given names of a kin list named with the family names its last full name ends in."""
    people = sorted((m for m in mentions if m.type == "person"), key=lambda m: m.span.start)
    renamed: dict[int, Mention] = {}
    i = 0
    while i < len(people):
        run = [people[i]]
        kin = _kin_before().search(text, max(0, run[0].span.start - 60), run[0].span.start) is not None
        while (_given_only(run[-1].name) or (kin and len(run) > 1 and _ends_given(run[-1].name))) and len(run) < 8 \
                and i + len(run) < len(people) and JOIN.match(text[run[-1].span.end:people[i + len(run)].span.start]):
            run.append(people[i + len(run)])
        family = _family_of(run[-1].name, listed=kin) if len(run) > 1 else []
        if family and (kin or _siblings_unkinned(run, family)):
            for m in run[:-1]:
                renamed[id(m)] = dataclasses.replace(m, name=f"{m.name} {' '.join(family)}")
        i += len(run)
    return [renamed.get(id(m), m) for m in mentions]


_SURNAMES = r"((?:[A-ZÁÉÍÓÚÑ][\w'’-]+[ \xa0]+){0,2}[A-ZÁÉÍÓÚÑ][\w'’-]+)"


@cache
def _family_colon() -> re.Pattern[str]:
    """A kin word and family names, either order, then a colon: "hermanos Morgan Huerta:", "Morgan Huerta brothers:"."""
    words = "|".join(re.escape(w) for w in read_data("relations.yaml")["siblings"])
    return re.compile(rf"\b(?:(?:{words})[ \xa0]+{_SURNAMES}|{_SURNAMES}[ \xa0]+(?:{words}))[ \xa0]*:[ \xa0]*")


def family_then_given(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, the given names listed after "<kin word> <family names>:" named with those family names."""
    people = sorted((m for m in mentions if m.type == "person"), key=lambda m: m.span.start)
    renamed: dict[int, Mention] = {}
    for match in matches_in(_family_colon(), text):
        family = (match.group(1) or match.group(2)).split()
        if any(is_given_name(w) for w in family[:1]):
            continue  # "sus hijos Juan Carlos:": given names, no family
        run = [m for m in people if m.span.start == match.end()]
        while run and _given_only(run[-1].name):
            nxt = next((m for m in people if m.span.start > run[-1].span.end), None)
            if nxt is None or not JOIN.match(text[run[-1].span.end:nxt.span.start]) or len(run) >= 8:
                break
            run.append(nxt)
        for m in run:
            if _given_only(m.name):
                renamed[id(m)] = dataclasses.replace(m, name=f"{m.name} {' '.join(family)}")
    return [renamed.get(id(m), m) for m in mentions]


_AND_SIBLING = re.compile(r",?[ \xa0]+(?:and|y|e)[ \xa0]+(?:his|her|su)[ \xa0]+(?:(?:younger|older|elder)[ \xa0]+)?"
                          r"(?:brother|sister|hermano|hermana)(?:[ \xa0]+(?:menor|mayor))?,?[ \xa0]+$")


def sibling_after_full_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a sibling named by given names alone right after a full name and "and his brother" named with
    that name's family names (see the module docstring)."""
    people = sorted((m for m in mentions if m.type == "person"), key=lambda m: m.span.start)
    renamed: dict[int, Mention] = {}
    for first, second in pairwise(people):
        family = _family_of(first.name)
        if family and _given_only(second.name) and _AND_SIBLING.fullmatch(text, first.span.end, second.span.start):
            renamed[id(second)] = dataclasses.replace(second, name=f"{second.name} {' '.join(family)}")
    return [renamed.get(id(m), m) for m in mentions]
