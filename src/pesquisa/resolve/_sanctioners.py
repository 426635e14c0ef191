"""Two sanctions one article tells by the bodies of two countries are two sanctions.

"La UIF bloqueó las cuentas de X ... El pasado 28 de noviembre, el Departamento del Tesoro sancionó a cuatro de esas
empresas": Mexico's account freeze and the US designation are two measures, however many people or firms they share,
and an undated one is not the other's report. Bodies of one country (the Treasury, OFAC, "the US government" reacted
to) may tell one sanction; a body's country is its ``organizations.yaml`` entry's.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pesquisa.lexicon import read_data
from pesquisa.records import make_id

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport


@cache
def _countries() -> dict[str, str]:
    """Entity id of each listed organization with a country -> that country."""
    return {make_id("org", e["key"]): e["country"] for e in read_data("organizations.yaml") if e.get("country")}


def sanctioners_differ(a: EventReport, b: EventReport) -> bool:
    """True when two sanction reports of one article name sanctioning bodies of two countries."""
    if a.type != "sanction" or a.document_id != b.document_id or not (a.organizer_id and b.organizer_id):
        return False
    countries = _countries()
    mine, theirs = countries.get(a.organizer_id), countries.get(b.organizer_id)
    return bool(mine and theirs and mine != theirs)
