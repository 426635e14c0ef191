"""An unquoted nickname after "known as" ("conocido como") right after a person's name, set off by a comma ("Ledesma,
known as El Flaco, was booked"; "Raúl Ledesma, conocido como El Flaco, fue detenido"): the person's alias. "known as"
also names factions and groups ("the faction of Ismael Zambada, known as La Mayiza"; "la facción de Ismael Zambada,
conocida como La Mayiza"), so the name must not be the complement of a noun before it, and a plural article ("Los
...") names a group."""

from __future__ import annotations

import re

from pesquisa.records import Mention

_KNOWN_AS = frozenset({"known as", "also known as", "conocido como", "conocida como"})
_SINGULAR = re.compile(r"(?:El|La)[ \xa0]")
_SET_OFF = re.compile(r"[ \xa0]*[,;.)]")
_COMPLEMENT = re.compile(r"\b(?:of|by|for|from|to|with|de|del|por|para|con)(?:[ \xa0]+(?:the|a|an|late|jailed|slain|el|la))?"
                         r"[ \xa0]+$", re.I)


def bare_known_as(text: str, person: Mention, match: re.Match[str]) -> bool:
    """True when ``match`` (``_aliases._ALIAS_AFTER`` on the text after ``person``) is a bare singular nickname after
    "known as" that a comma or a stop closes, and the person opens its phrase."""
    bare = match.group("bare")
    if not bare or match.group("marker") not in _KNOWN_AS or not _SINGULAR.match(bare):
        return False
    end = person.span.end + match.end("bare")
    before = text[max(0, person.span.start - 30):person.span.start]
    return _SET_OFF.match(text, end) is not None and _COMPLEMENT.search(before) is None
