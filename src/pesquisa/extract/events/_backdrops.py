"""The background an event is told against: "The arrest comes amid weeks of clashes between factions of the Gulf
cartel in Reynosa", "His extradition comes amid a surge of handovers: ... 26 transferred in a single flight in
August", "La detención ocurre en medio de la disputa entre Los Chapitos y La Mayiza". What follows "amid", "en medio
de" in the trigger's sentence tells the times and the groups around the event: the cartel fighting is no party to
the arrest, and August is no day of the extradition. The words are ``backdrops`` in ``data/events.yaml``.
"""

from __future__ import annotations

from pesquisa.extract.events._cues import Cues
from pesquisa.records import Span


def in_backdrop(body: str, cues: Cues, span: Span, trigger: Span) -> bool:
    """True when ``span`` comes after a backdrop word that follows the trigger in its sentence ("comes amid ...")."""
    return bool(cues.backdrops.search(body, trigger.end, span.start))  # the caller keeps to the trigger's sentence
