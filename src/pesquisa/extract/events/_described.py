"""The one an arrest or extradition is done to, told by a definite description as its subject ("Mexico extradited X on
Thursday. The drug lord had been arrested in August", "El presunto narcotraficante había sido capturado el 14 de
agosto", "El detenido fue entregado a agentes de la DEA"): the person the arrest or extradition told just before was
done to. The parse decides: the trigger's subject is a singular noun under a definite article or a demonstrative, no
name of the text; "another suspect", "otro detenido" (events.yaml ``other_ones``) or a sentence that says "also" are
someone else.

The same for the forces of a seizure or arrest naming none: "The crew of the Coast Guard Cutter Mohawk returned to
port ... The crew interdicted a go-fast vessel, seized the drugs and detained three suspects": a definite word for
personnel (events.yaml ``personnel``) as the subject of its verb stands for the state body the sentences just before
named."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._readings import PERSON_TARGETED
from pesquisa.extract.events._roles import is_agent, is_force
from pesquisa.extract.nlp import sentence_starts
from pesquisa.lexicon import read_data
from pesquisa.records import Event, Span

REACH = 2  # paragraph breaks between the event told before and the description that takes it up
FORCES_REACH = 2  # sentences before a seizure or arrest in which the body its personnel stand for is named
OPERATIONS = frozenset({"seizure", "arrest"})


@cache
def _other_ones() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("events.yaml")["other_ones"])


def join_described_subjects(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """An arrest or extradition naming no person acted on whose trigger takes a definite description as subject was
    done to the one person the arrest or extradition told before it (within ``REACH`` paragraphs) was done to. Changes
    the events of ``events``, and returns it."""
    for event in events:
        if (event.type not in PERSON_TARGETED or event.trigger_span is None
                or any(p in ctx.people for p in [*event.participants, *event.targets])):
            continue
        subject = _described_subject(ctx, event)
        if subject is None:
            continue
        held = _done_to_before(ctx, events, event)
        if held is not None:
            event.participants.append(held)
            event.targets.append(held)
    return events


def _described_subject(ctx: DocumentContext, event: Event) -> Token | None:
    """The subject of the event's trigger when it is a definite description of one person, else None."""
    assert event.trigger_span is not None
    words = ctx.doc.char_span(event.trigger_span.start, event.trigger_span.end, alignment_mode="expand")
    if words is None or not len(words):
        return None
    subject = next((c for c in words.root.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.tag_ in {"NNS", "NNPS"} or "Plur" in subject.morph.get("Number", []):
        return None
    kids = list(subject.children)
    definite = any(c.dep_ == "det" and ("Def" in c.morph.get("Definite", []) or "Dem" in c.morph.get("PronType", []))
                   and "Plur" not in c.morph.get("Number", []) for c in kids)
    if not definite or any(c.lower_ in _other_ones() for c in kids):
        return None
    phrase = range(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
    if any(m.span.start in phrase for m, _e in ctx.mentions):  # "The Sinaloa Cartel leader", "el capo Ovidio Guzmán"
        return None
    text = ctx.body[event.span.start:event.span.end]
    return None if any(p.search(text) for p in ctx.cues.companions) else subject


def _done_to_before(ctx: DocumentContext, events: list[Event], event: Event) -> str | None:
    """The one person (no official) the last arrest or extradition before ``event`` was done to, when it lies within
    ``REACH`` paragraphs."""
    entities = {e.local_id: e for _m, e in ctx.mentions}
    told = [e for e in events if e is not event and e.type in PERSON_TARGETED and e.span.end <= event.span.start]
    if not told:
        return None
    last = told[-1]
    if sum(1 for p in ctx.paragraphs if last.span.start < p.start <= event.span.start) > REACH:
        return None
    people = list(dict.fromkeys(p for p in [*last.targets, *last.participants]
                                if p in ctx.people and p in entities and not is_agent(entities[p], ctx.cues)))
    return people[0] if len(people) == 1 else None


def join_described_forces(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """A seizure or arrest that names no one, whose verb has a definite word for personnel as its active subject ("The
    crew seized", "los elementos aseguraron"), was made by the state body last named in the ``FORCES_REACH`` sentences
    before it; not by one named only as who told something once the forces of an arrest or seizure were named before
    ("Elementos de la Guardia Nacional detuvieron ... Según la Secretaría de Seguridad, ... los agentes le aseguraron").
    Changes the events of ``events``, and returns it."""
    starts = sentence_starts(ctx.doc)
    for event in events:
        if event.type not in OPERATIONS or event.participants or event.organizer or event.trigger_span is None:
            continue
        if not _personnel_subject(ctx, event):
            continue
        at = sum(1 for s in starts if s <= event.span.start)
        since = starts[max(0, at - 1 - FORCES_REACH)]
        acted = _forces_before(ctx, events, event)  # then a body named only as who told ("Según la SSP, ...") is none
        bodies = [(m.span.start, e.local_id) for m, e in ctx.mentions if e.type == "organization" and is_force(e, ctx.cues)
                  and since <= m.span.start < event.span.start and not ctx.in_dateline(m.span)
                  and not (acted and _tells(ctx, m.span))]
        if bodies:
            body = max(bodies)[1]
            event.participants.append(body)
            event.organizer = body
    return events


def _forces_before(ctx: DocumentContext, events: list[Event], event: Event) -> bool:
    """True when an arrest or seizure told before ``event`` names a state body that made it."""
    entities = {e.local_id: e for _m, e in ctx.mentions}
    return any(g.type in OPERATIONS and g.span.start < event.span.start and any(
        p in entities and entities[p].type == "organization" and is_force(entities[p], ctx.cues) for p in g.participants)
        for g in events)


def _tells(ctx: DocumentContext, span: Span) -> bool:
    """True when ``span`` names the speaker of reported words: the source of the story, not one acting in it."""
    return any(q.speaker_span is not None and q.speaker_span.overlaps(span) for q in ctx.quotes)


def _personnel_subject(ctx: DocumentContext, event: Event) -> bool:
    """The event's verb (or the verb it is joined to) has for active subject a definite word for personnel."""
    assert event.trigger_span is not None
    words = ctx.doc.char_span(event.trigger_span.start, event.trigger_span.end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    verb = words.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ctx.cues.personnel and any(
        c.dep_ == "det" and ("Def" in c.morph.get("Definite", []) or "Dem" in c.morph.get("PronType", []))
        for c in subject.children) and not any(t.pos_ == "PROPN" for t in subject.subtree)
