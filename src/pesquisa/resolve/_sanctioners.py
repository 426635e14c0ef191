"""Two sanctions told by the bodies of two countries are two sanctions, in one article or in two.

"La UIF bloqueó las cuentas de X ... El pasado 28 de noviembre, el Departamento del Tesoro sancionó a cuatro de esas
empresas": Mexico's account freeze and the US designation are two measures, however many people or firms they share,
and an undated one is not the other's report. Bodies of one country (the Treasury, OFAC, "the US government" reacted
to) may tell one sanction; a body's country is its ``organizations.yaml`` entry's. Across articles too: the Treasury's
release designating four people and a Mexican paper's "La UIF bloqueó las cuentas de" two of them the next day name the
same people, and were one sanction by "the same person acted on".
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


def sanctioning_country(r: EventReport) -> str | None:
    """The country of the body a sanction report names as imposing it (None for other types, or an unlisted body)."""
    return _countries().get(r.organizer_id) if r.type == "sanction" and r.organizer_id else None


def countries_differ(a: str | None, b: str | None) -> bool:
    """True for two known sanctioning countries that are not one."""
    return bool(a and b and a != b)


def sanctioners_differ(a: EventReport, b: EventReport) -> bool:
    """True when two sanction reports name sanctioning bodies of two countries (the UIF's freeze, OFAC's designation)."""
    return a.type == b.type == "sanction" and countries_differ(sanctioning_country(a), sanctioning_country(b))
