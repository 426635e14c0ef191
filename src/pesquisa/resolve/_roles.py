"""The role a person is told by (names.yaml ``role_words``: "a Nuevo Laredo businessman", "el empresario"; "Sen.", "el
senador"), as one key in English and Spanish, and the joins it decides between name groups (``entities.cluster_full_names``):

- a name that fits two longer names or more ("Juan Carlos López" of "Juan Carlos López Hernández", a sanctioned
  businessman, and "Juan Carlos López Ramírez", a mayor) joins the only one whose role agrees (``roles_agreeing``);
- a short form of a given name that stands for several (names.yaml ``ambiguous_short_given_names``: "Alex" for Alejandro
  or Alexander) joins a full form of the same surnames only where a role agrees (``short_form_hits``): "Sen. Alex
  Padilla" is "el senador Alejandro Padilla", not "Alejandro Padilla", a mayor. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from pesquisa.lexicon import fold, read_data

Parts = tuple[str, ...]
_SENTENCE = re.compile(r"[.!?][\"”’']?\s|\n")
_WORDS = re.compile(r"[^\w]+")


@cache
def _role_words() -> tuple[tuple[str, str], ...]:
    return tuple((role, " ".join(_WORDS.split(fold(w))).strip()) for role, words in read_data("names.yaml")["role_words"].items()
                 for w in words)


@cache
def _short_forms() -> dict[str, frozenset[str]]:
    data = read_data("names.yaml")["ambiguous_short_given_names"]
    return {fold(short): frozenset(fold(f) for f in full) for short, full in data.items()}


def roles_of(phrase: str) -> set[str]:
    """The roles whose words ``phrase`` holds as whole words ("El alcalde de Anáhuac" -> {"mayor"})."""
    words = f" {' '.join(_WORDS.split(fold(phrase))).strip()} "
    return {role for role, w in _role_words() if f" {w} " in words}


def roles_told(before: str, after: str) -> set[str]:
    """The roles the words beside a mention give, in its sentence: its clause before it ("el empresario |X|") and the
    appositive after it ("|X|, a Nuevo Laredo businessman,"). ``before`` and ``after`` are the text up to the mention
    and from its end."""
    clause = re.split(r"[,;(]", _SENTENCE.split(before)[-1])[-1]
    tail = _SENTENCE.split(after)[0]
    appositive = tail[1:].split(",")[0] if tail.startswith(",") else ""
    return _roles_ending(clause) | roles_of(appositive)


def _roles_ending(clause: str) -> set[str]:
    """The roles whose words end ``clause``, or all but its last word ("el empresario neolaredense |X|"), not a role
    of another name in it ("The mayor said that |X|")."""
    words = f" {' '.join(_WORDS.split(fold(clause))).strip()} "
    last = words.split()[-1:] if words.strip() else []
    shorter = words[: len(words) - len(last[0]) - 1] if last else words
    return {role for role, w in _role_words() if words.endswith(f" {w} ") or shorter.endswith(f" {w} ")}


def roles_agreeing(hits: set[Parts], mine: set[str], roles: Mapping[Parts, set[str]]) -> set[Parts]:
    """Of two ``hits`` or more, the only one whose ``roles`` share one of ``mine``, when exactly one does and every
    other has a role of its own; else ``hits``."""
    if len(hits) < 2 or not mine:
        return hits
    agreeing = {h for h in hits if roles.get(h, set()) & mine}
    others_told = all(roles.get(h) for h in hits - agreeing)
    return agreeing if len(agreeing) == 1 and others_told else hits


def short_form_of(a: str, b: str) -> bool:
    """True when one given name is an ambiguous short form of the other ("alex", "alejandro")."""
    forms = _short_forms()
    return b in forms.get(a, frozenset()) or a in forms.get(b, frozenset())


def short_form_hits(parts: Parts, founders: Iterable[Parts], mine: set[str],
                    roles: Mapping[Parts, set[str]]) -> set[Parts]:
    """The founders that are ``parts`` with an ambiguous short form of its given name, or the full form of its short one,
    and the same surnames, whose roles share one of ``mine``."""
    if len(parts) < 2 or not mine:
        return set()
    return {f for f in founders if len(f) == len(parts) and f[1:] == parts[1:] and short_form_of(parts[0], f[0])
            and roles.get(f, set()) & mine}
