"""Where a gathering told beside another event took place is the gathering's.

"The seizure came a week after the DEA chief met with the president in Mexico City", "condenó el ataque y se reunirá
con el gabinete en Tuxtla Gutiérrez": Mexico City and Tuxtla are where the meeting was or will be, not where the drugs
were seized or the attack took place. A place much nearer the trigger of a meeting, call or visit of the sentence than
the event's own trigger is that gathering's.
"""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.events._cues import Cues

GATHERED = frozenset({"meeting", "call", "visit"})


def is_gathering_trigger(body: str, token: Token, cues: Cues) -> bool:
    """True when ``token`` is in a meeting, call or visit trigger of its sentence ("met", "se reunirá", "talks")."""
    start, end = token.sent.start_char, token.sent.end_char
    return any(m.start() <= token.idx < m.end() for kind, patterns in cues.triggers if kind in GATHERED
               for p in patterns for m in p.finditer(body, start, end))


def gatherings_among(body: str, others: list[Token] | None, cues: Cues) -> list[Token]:
    """The triggers of ``others`` that tell a meeting, call or visit."""
    return [t for t in others or [] if is_gathering_trigger(body, t, cues)]


def rival_triggers(body: str, kind: str, others: list[Token], cues: Cues) -> list[Token]:
    """The other triggers of a sentence whose nearer places are theirs: all of them for a gathering (a meeting told
    beside a call has its own place), only the gatherings for anything else (an arrest and the attack it is for are
    often in one place)."""
    return others if kind in GATHERED else gatherings_among(body, others, cues)
