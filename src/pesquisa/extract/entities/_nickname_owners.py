"""A nickname in quotes before a surname, with no given name before it ("'El Chavo' Ramírez", as a headline or a
later paragraph names a suspect the article names in full): the nickname is the alias of the one person of the
article whose full name holds that surname, and the surname a mention of them, not a new person. So is a quoted
nickname closed by that surname ('al "Chavo Félix"', '"El Güero Palma"'). A prominent person's nickname ('"El Mayo"
Zambada') is ``_nickname_surnames``'s; a given name before the quotes makes the whole one name (``_nicknamed``)."""

from __future__ import annotations

import re

from pesquisa.extract.entities._names import is_given_name, nickname_owner
from pesquisa.lexicon import fold
from pesquisa.records import Mention, Span

# a quoted nickname opened by its article, then a capitalized word (the surname)
_NICKNAME_SURNAME = re.compile(r"(?<![\w])[“\"«‘']((?:El|La)[ \xa0][^”\"»’'\n]{1,25}?)[”\"»’'][ \xa0]+"
                               r"([A-ZÁÉÍÓÚÑ][\wáéíóúñü-]+)(?![\w])")
# a capitalized word right before the quotes: a given name or a title the nickname stands inside
_WORD_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*[ \xa0]+$")


def _owner(surname: str, people: list[Mention]) -> str | None:
    """The one full name among ``people`` that holds ``surname`` after its first word, or None."""
    owners = {p.name for p in people if p.type == "person" and p.alias_of is None and len(p.name.split()) >= 2
              and fold(surname) in fold(p.name).split()[1:]}
    return owners.pop() if len(owners) == 1 else None


def _outside(matches: list[re.Match[str]], people: list[Mention]) -> list[Mention]:
    """``people`` but those named as any of the quoted nicknames ``matches`` hold (the model's "Chavo Félix")."""
    quoted = [Span(m.start(), m.end()) for m in matches]
    inside = {p.name for p in people if any(p.span.overlaps(q) for q in quoted)}
    return [p for p in people if p.name not in inside]


# a nickname in quotes of two or three capitalized words, maybe after its article, closed by a surname
_SURNAMED_NICKNAME = re.compile(r"(?<![\w])[“\"«]((?:(?:El|La)[ \xa0])?([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)[ \xa0]"
                                r"(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+[ \xa0])?([A-ZÁÉÍÓÚÑ][\wáéíóúñü-]+))[”\"»]")


def _surnamed_nicknames(text: str, people: list[Mention]) -> list[Mention]:
    """Aliases for quoted nicknames closed by the surname of one person named in full ('"Chavo Félix"'), their first
    word no given name (a quoted "Karla Ruiz" is a name, not a nickname)."""
    out = []
    matches = list(_SURNAMED_NICKNAME.finditer(text))
    people = _outside(matches, people)
    for match in matches:
        nickname = match.group(1)
        if is_given_name(match.group(2)) or nickname_owner(nickname) is not None:
            continue
        owner = _owner(match.group(3), people)
        if owner is not None and fold(owner) != fold(nickname):
            out.append(Mention("person", nickname, Span(match.start(1), match.end(1)), nickname, alias_of=owner,
                               source="rule"))
    return out


def nickname_surname_owners(text: str, people: list[Mention], aliases: list[Span]) -> list[Mention]:
    """The alias and the surname mention of each quoted nickname before a surname whose owner ``people`` name in full,
    and the alias of each quoted nickname closed by such a surname; none where ``aliases`` already read one."""
    out = [m for m in _surnamed_nicknames(text, people) if not any(m.span.overlaps(a) for a in aliases)]
    matches = list(_NICKNAME_SURNAME.finditer(text))
    people = _outside(matches, people)
    for match in matches:
        nickname, surname = match.group(1), match.group(2)
        if nickname_owner(nickname) is not None or _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        owner = _owner(surname, people)
        if owner is None or any(Span(match.start(1), match.end(1)).overlaps(a) for a in aliases):
            continue
        out.append(Mention("person", nickname, Span(match.start(1), match.end(1)), nickname, alias_of=owner, source="rule"))
        out.append(Mention("person", surname, Span(match.start(2), match.end(2)), owner, source="rule"))
    return out
