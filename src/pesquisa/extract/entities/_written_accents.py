"""An entity named from a form written without its accents, where the article also writes it with them: a wire's
capitals dateline ("JUAREZ, Mexico —", "LEON, Guanajuato —") titled to "Juarez", then "in Juárez" in the body; an
English headline's "Garcia Harfuch" before the body's "García Harfuch". The accented form the text writes is the name."""

from __future__ import annotations

from pesquisa.lexicon import fold
from pesquisa.records import LocalEntity


def _accents(name: str) -> int:
    """How many letters of ``name`` are written beyond ASCII (accents, ñ)."""
    return sum(1 for c in name if not c.isascii())


def with_written_accents(entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities``, each keyless one named without accents renamed to a mention's name that reads the same with
    them ("Juarez" beside "Juárez"); a lexicon entity keeps its lexicon name."""
    for entity in entities:
        if entity.key or _accents(entity.name):
            continue
        written = [m.name for m in entity.mentions if _accents(m.name) and fold(m.name) == fold(entity.name)]
        if written:
            entity.name = max(written, key=_accents)
    return entities
