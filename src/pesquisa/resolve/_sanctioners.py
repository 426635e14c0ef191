"""Two sanctions one article tells by two bodies are two sanctions.

"La UIF bloqueó las cuentas de X ... El pasado 28 de noviembre, el Departamento del Tesoro sancionó a cuatro de esas
empresas": Mexico's account freeze and the US designation are two measures, however many people or firms they share,
and an undated one is not the other's report. A body and the one it belongs to (OFAC and the Treasury) are one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pesquisa.resolve._bodies import bodies_agree

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport


def sanctioners_differ(a: EventReport, b: EventReport) -> bool:
    """True when two sanction reports of one article name their sanctioning bodies and those are not one body."""
    return a.type == "sanction" and a.document_id == b.document_id and bool(a.organizer_id and b.organizer_id) \
        and not bodies_agree(a.organizer_id, b.organizer_id)
