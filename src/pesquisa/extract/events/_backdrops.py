"""The background an event is told against, and an event told before that opens a sentence.

"The arrest comes amid weeks of clashes between factions of the Gulf cartel in Reynosa", "His extradition comes amid
a surge of handovers: ... 26 transferred in a single flight in August", "La detención ocurre en medio de la disputa
entre Los Chapitos y La Mayiza": what follows "amid", "en medio de" in the trigger's sentence tells the times and the
groups around the event; the cartel fighting is no party to the arrest, and August is no day of the extradition. "After
his arrest, U.S. Marshals transported Quiñones to the courthouse": the main clause tells what came after the arrest,
and its actors took no part in it. The words are ``backdrops`` and ``after_references`` in ``data/events.yaml``.
"""

from __future__ import annotations

from pesquisa.extract.events._cues import Cues
from pesquisa.records import Span


def in_backdrop(body: str, cues: Cues, span: Span, trigger: Span) -> bool:
    """True when ``span`` comes after a backdrop word that follows the trigger in its sentence ("comes amid ...")."""
    return bool(cues.backdrops.search(body, trigger.end, span.start))  # the caller keeps to the trigger's sentence


def opening_reference(body: str, cues: Cues, sentence_start: int, trigger: Span) -> Span | None:
    """The phrase that opens the sentence with the trigger as its noun, told before the news of the main clause ("After
    his arrest, U.S. Marshals transported Quiñones to the courthouse": "After his arrest"), or None."""
    if not any(p.match(body[sentence_start:trigger.start]) for p in cues.after_references):
        return None
    comma = body.find(",", trigger.end)
    return Span(sentence_start, comma if comma != -1 else trigger.end)
