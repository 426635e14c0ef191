"""The criminal organizations a sentence can point back to ("the cartel"): those named before its end (relations)."""

from __future__ import annotations

from pesquisa.extract._relation_base import org_kind
from pesquisa.lexicon import CRIMINAL_KINDS
from pesquisa.records import LocalEntity, Mention


def criminal_mentions(mentions: list[tuple[Mention, LocalEntity]]) -> list[tuple[int, LocalEntity]]:
    """The mentions of criminal organizations (cartels, factions, gangs), in order, by where each ends."""
    return [(m.span.end, e) for m, e in mentions if e.type == "organization" and org_kind(e) in CRIMINAL_KINDS]


def criminal_before(criminal: list[tuple[int, LocalEntity]], end: int) -> list[LocalEntity]:
    """The criminal organizations of ``criminal`` (``criminal_mentions``) named before ``end``, each once."""
    found: dict[str, LocalEntity] = {}
    for ends, e in criminal:
        if ends <= end:
            found.setdefault(e.local_id, e)
    return list(found.values())
