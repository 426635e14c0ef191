"""What an event told after another takes from it: an arrest or seizure the operation or attack told just before it
was part of (its day), a meeting agreed on that names no one the people who agreed; the arrival of one extradited is
no visit; officials the story names no one of still met.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pesquisa.extract.events._agreed_after import join_agreed_after
from pesquisa.extract.events._arrived import name_the_arrived
from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._counted_forward import counted_from
from pesquisa.extract.events._deal_at_gathering import join_gathering_people
from pesquisa.extract.events._deals_again import fold_deals_again
from pesquisa.extract.events._frames import unnamed_officials
from pesquisa.extract.events._headline_visits import drop_headline_visits
from pesquisa.extract.events._sent_teams import drop_senders
from pesquisa.records import Event

OPERATIONS = {"seizure", "arrest"}  # one raid seizes and arrests
GATHERINGS = {"meeting", "call", "visit"}


def operation_before(event: Event, later: Event, gap: int, *, named: bool = False) -> bool:
    """``event``, ``gap`` sentences before the undated ``later``, is the operation or attack ``later`` was part of.

    A dated arrest or seizure right before an arrest or seizure ("seized ... on Sunday. The driver
    was arrested"), or in its sentence, or up to three sentences before one that names no place; a dated attack
    or clash in its sentence ("arrested two men after a shootout Friday") or up to two sentences before an arrest, a seizure
    ("murieron este martes durante un enfrentamiento ... En el lugar fueron asegurados cinco
    fusiles") or the attack told again ("was shot dead on Tuesday. Gunmen opened fire on X"). A
    date of a month or year ("charged him in 2024. Earlier this month, soldiers captured ...")
    tells no operation, unless ``later`` names it (``named``: "detuvieron el fin de semana a X. En el operativo
    fueron asegurados dos fusiles", "were seized in the operation").
    """
    if not event.date or (len(event.date) != 10 and not (named and len(event.date) == 7)) or event.planned or \
            not 0 <= gap <= 3:
        return False
    if event.type == "attack":  # in its sentence too: "arrested two men after a shootout Friday"
        return 1 <= gap <= 2 or (gap == 0 and later.type in OPERATIONS)
    # its own sentence, another type: "La captura se realizó ... en un domicilio donde aseguraron dos armas"; up to
    # three sentences on, when the later one names no place of its own (a release's narrative of one stop: "seized
    # ... on Friday. Officers referred the truck ... found 68 packages ... HSI agents arrested the driver")
    return event.type in OPERATIONS and later.type in OPERATIONS and (
        gap == 1 or (gap == 0 and event.type != later.type) or (gap > 1 and later.place is None))


def counted_apart(ctx: DocumentContext, event: Event, events: list[Event] | None = None) -> bool:
    """True when the event's sentence counts days from another event it names after the words ("Two other suspects
    were arrested within days of the killings", "fueron capturados días después del operativo"): made another day
    than the operation just told. The event named after them ("hours after troops arrested X") is that other one; so
    is the undated one of a clause counted in days ("A day after officers arrested the driver", ``counted_from``)."""
    trigger = event.trigger_span
    if trigger is None or (events is not None and counted_from(ctx, event, events)):
        return trigger is not None
    text = ctx.body[event.span.start:event.span.end]
    at = trigger.start - event.span.start
    return any(not m.end() <= at <= m.end() + 30 for p in ctx.cues.intervals for m in p.finditer(text))


def join_agreed(events: list[Event], ctx: DocumentContext) -> list[Event]:
    """``events``, where a meeting, call or visit agreed on that names no one ("ambos acordaron que sus equipos se
    reúnan la próxima semana") takes the people of the agreement of its sentence; a planned one no agreement tells
    ("La próxima reunión se realizará en Washington en enero") the people of the gathering of its type told last;
    one still without people is dropped (a reference back, nothing new to tell), unless unnamed officials held it
    ("U.S. and Mexican officials met in Mexico City last Thursday"). First, an agreement naming no one, told as
    reached after a meeting, takes the people of the meeting told next (``join_agreed_after``), and an agreement
    named again by a participle is the one told before (``fold_deals_again``); a deal of a gathering's sentence is of its
    people (``join_gathering_people``). Last, one held by
    teams or officials unnamed keeps only the people its clause names (``drop_senders``)."""
    doc = ctx.doc
    events = join_gathering_people(join_agreed_after(fold_deals_again(ctx, events), doc), doc)
    for n, event in enumerate(events):
        if event.type in GATHERINGS and not event.participants:
            agreed = next((a for a in events if a.type == "agreement" and a.span == event.span), None)
            last = next((g for g in reversed(events[:n]) if g.type == event.type and not g.planned and g.participants
                         and g.span.start < event.span.start), None) if event.planned and not agreed else None
            event.participants = list(agreed.participants) if agreed else list(last.participants) if last else []
    kept = [e for e in events if e.participants or e.type not in GATHERINGS or _held_by_officials(e, doc)]
    return drop_senders(ctx, kept)


def _held_by_officials(event: Event, doc: Doc) -> bool:
    """True when unnamed officials are the subject of the gathering's verb (``unnamed_officials``)."""
    at = event.trigger_span
    span = doc.char_span(at.start, at.end, alignment_mode="expand") if at is not None else None
    return span is not None and len(span) > 0 and unnamed_officials(span.root)


def drop_arrivals_of_the_sent(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` less the visits of someone an extradition or transfer told before sent ("was extradited from Mexico
    on Saturday ... Ruiz Fierro arrived in San Diego on a U.S. Marshals Service flight"): the flight ended there; one
    that names no one sent takes the one who arrived (``name_the_arrived``). Nor is a headline's visit the story tells
    as a meeting one (``drop_headline_visits``)."""
    sent: set[str] = set()
    kept = []
    for event in name_the_arrived(ctx, drop_headline_visits(ctx, events)):
        if event.type == "extradition" and not event.planned:
            sent.update(event.targets)
        if not (event.type == "visit" and sent & set(event.participants)):
            kept.append(event)
    return kept
