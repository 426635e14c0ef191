"""An attack named in an arrest's sentence only to say who was arrested ("Detienen a dos presuntos implicados en la
emboscada", "Police arrest two suspects in deadly ambush"): the arrest came after it, on a day of its own, not in it
as in "arrested two men after a shootout Friday". The parse tells them apart: the attack hangs from the arrested
(a noun or adjective) in the first, from the arrest's verb in the second.

What an undated event takes from the one it follows, beside its day: who agreed at the meeting just told ("En el
encuentro, ambos acordaron"), and the body that made the operation an arrest or seizure of it names no one of ("durante
el operativo se aseguraron dos armas largas": the forces of the arrest, not the arrested; "CBP officers seized ... The
driver was arrested": CBP)."""

from __future__ import annotations

from bisect import bisect_right

from pesquisa.extract.date_periods import WEEKEND
from pesquisa.extract.dates import WEEK
from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._crime_words import is_crime_of, told_as_crime
from pesquisa.extract.events._custody import drop_custody_transfers
from pesquisa.extract.events._handed_named import name_the_handed
from pesquisa.extract.events._lead_detail import fold_lead_into_detail
from pesquisa.extract.events._lone_force import join_lone_force
from pesquisa.extract.events._release_day import date_by_release_line
from pesquisa.extract.events._retold_month import recent_months
from pesquisa.extract.events._roles import is_force
from pesquisa.extract.events._seized_from import join_the_arrested
from pesquisa.extract.events._sequels import OPERATIONS, operation_before
from pesquisa.extract.nlp import sentence_starts
from pesquisa.records import Event

NOMINAL = {"NOUN", "PROPN", "ADJ", "PRON", "NUM"}


def operation_of(ctx: DocumentContext, event: Event, later: Event, gap: int, *, named: bool = False) -> bool:
    """``operation_before``, save an attack in ``later``'s sentence that only says who was arrested ("Detienen a dos
    presuntos implicados en la emboscada", "Police arrest suspects in deadly ambush") or what for ("arrested a suspect in
    the Dec. 28 killing of a lawmaker", ``told_as_crime``): the arrest came after it."""
    return operation_before(event, later, gap, named=named or stretch_dated(ctx, event)) and not (gap == 0 and (
        describes_arrested(ctx, event, later) or told_as_crime(ctx, event)))


def stretch_dated(ctx: DocumentContext, event: Event) -> bool:
    """True when ``event``'s month comes from a stretch of days just past that its sentence tells ("seized ... over the
    weekend", "la semana pasada", "earlier this month", "a principios de este mes"): as near as a day for what the
    operation went on to do ("The three crew members were arrested"), where a month or year named ("in March", "in
    2024") is background."""
    return bool(event.date) and len(str(event.date)) == 7 and ctx.published is not None and \
        str(event.date) in recent_months(ctx.published) and any(
            d.relative and d.value == event.date and event.span.contains(d.span)
            and (WEEK.search(d.text) or WEEKEND.search(d.text) or _this_month(d.text)) for d in ctx.dates)


def _this_month(said: str) -> bool:
    """The words name the month of publication as a stretch just past ("earlier this month", "a principios de mes")."""
    words = " ".join(said.lower().split())
    return words.endswith(("this month", " mes")) and not words.startswith(("later", "en lo que va"))


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


CLASH_REACH = 3  # sentences after a clash in which a seizure or arrest telling no one was made in it
RAID_REACH = 2  # ... after a seizure or arrest of the same day, in the same operation


def settle_operations(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """The arrests and seizures once the story is read: who made those that name no one (``join_operation_forces``),
    and the day of a release's place-and-date line for those its prose gives no day (``date_by_release_line``); and
    the held handed to U.S. authorities on U.S. soil, no extradition (``drop_custody_transfers``); one handed over
    unnamed, the one the next arrest names (``name_the_handed``); a seizure still
    naming no one is of the arrested its sentence names (``join_the_arrested``), and one naming no one still is of the
    page's one force (``join_lone_force``)."""
    joined = join_the_arrested(ctx, join_operation_forces(ctx, name_the_handed(ctx, drop_custody_transfers(ctx, events))))
    return date_by_release_line(ctx, join_lone_force(ctx, fold_lead_into_detail(ctx, joined)))


def join_operation_forces(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """A seizure or arrest that names no one, told in one of the few sentences after a clash of state forces ("Cuatro
    presuntos delincuentes murieron en un enfrentamiento con elementos del Ejército ... Tras el enfrentamiento, se
    aseguraron cinco armas largas", "Soldiers clashed with gunmen ... Two rifles were seized at the scene") or after a
    seizure or arrest of its day ("CBP officers seized 80 pounds of meth ... The seizure happened Wednesday ... The
    driver was arrested"), was made by the forces of that event; not by the sides of an attack an arrest is told to be
    for (`_crime_words`: "arrested a man suspected in an ambush that killed four National Guard officers ... He was
    detained Tuesday"). Changes the events of ``events``, and returns it."""
    starts = sentence_starts(ctx.doc)
    entities = {e.local_id: e for _m, e in ctx.mentions}
    crimes = {id(g) for g in events if any(is_crime_of(ctx, g, d) for d in events if d.type in OPERATIONS)}
    for event in events:
        if event.type not in OPERATIONS or event.participants or event.organizer or event.planned:
            continue
        at = bisect_right(starts, event.span.start)
        before = [g for g in events if g is not event and g.span.start <= event.span.start and not g.planned and (
            (g.type == "attack" and at - bisect_right(starts, g.span.start) <= CLASH_REACH and id(g) not in crimes) or
            (g.type in OPERATIONS and at - bisect_right(starts, g.span.start) <= RAID_REACH and g.date == event.date))]
        for told in reversed(before):  # the last that names its forces ("were attacked" names none)
            forces = [p for p in dict.fromkeys([*([told.organizer] if told.organizer else []), *told.participants])
                      if p in entities and is_force(entities[p], ctx.cues)]
            if forces:
                event.participants = forces
                break
    return events
