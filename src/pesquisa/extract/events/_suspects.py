"""An attack named in an arrest's sentence only to say who was arrested ("Detienen a dos presuntos implicados en la
emboscada", "Police arrest two suspects in deadly ambush"): the arrest came after it, on a day of its own, not in it
as in "arrested two men after a shootout Friday". The parse tells them apart: the attack hangs from the arrested
(a noun or adjective) in the first, from the arrest's verb in the second.

What an undated event takes from the one it follows, beside its day: who agreed at the meeting just told ("En el
encuentro, ambos acordaron"), and the body that made the operation an arrest or seizure of it names no one of ("durante
el operativo se aseguraron dos armas largas": the forces of the arrest, not the arrested; "CBP officers seized ... The
driver was arrested": CBP)."""

from __future__ import annotations

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._sequels import OPERATIONS, operation_before
from pesquisa.records import Event

NOMINAL = {"NOUN", "PROPN", "ADJ", "PRON", "NUM"}


def operation_of(ctx: DocumentContext, event: Event, later: Event, gap: int, *, named: bool = False) -> bool:
    """``operation_before``, save an attack in ``later``'s sentence that only says who was arrested ("Detienen a dos
    presuntos implicados en la emboscada", "Police arrest suspects in deadly ambush"): the arrest came after it."""
    return operation_before(event, later, gap, named=named) and not (gap == 0 and describes_arrested(ctx, event, later))


def describes_arrested(ctx: DocumentContext, attack: Event, later: Event) -> bool:
    """True when ``attack``'s trigger hangs from a noun or adjective under ``later``'s trigger (the suspects "in the
    ambush", "responsables del ataque"), not from its verb ("arrested two men after a shootout Friday")."""
    if attack.type != "attack" or attack.trigger_span is None or later.trigger_span is None:
        return False
    own = ctx.doc.char_span(attack.trigger_span.start, attack.trigger_span.end, alignment_mode="expand")
    verb = ctx.doc.char_span(later.trigger_span.start, later.trigger_span.end, alignment_mode="expand")
    if own is None or verb is None or not len(own) or not len(verb):
        return False
    token, path = own.root, []
    while token.head.i != token.i and not verb.start <= token.head.i < verb.end:
        token = token.head
        path.append(token)
    return verb.start <= token.head.i < verb.end and any(t.pos_ in NOMINAL for t in path)


def people_from_before(event: Event, last: Event) -> list[str]:
    """The participants of ``event`` once it takes the day of ``last``, the event told before it (see the module)."""
    if event.participants:
        return event.participants
    if event.type in {"agreement", "commitment"}:
        return list(last.participants)
    return [last.organizer] if event.type in OPERATIONS and last.type in OPERATIONS and last.organizer else []
