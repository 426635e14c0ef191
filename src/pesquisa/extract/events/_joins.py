"""Actors a sentence after an arrest, transfer or attack adds to it: the one it names as the man acted on, the cartel
it blames the attack on; and the one an arrest's object pronoun or definite description stands for ("La FGR lo detuvo",
"El capo había sido capturado")."""

from __future__ import annotations

from functools import cache

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._described import join_described_forces, join_described_subjects
from pesquisa.extract.events._readings import PERSON_TARGETED
from pesquisa.extract.events._roles import TARGET_KINDS, is_agent, org_entry
from pesquisa.extract.quotes import is_speech_verb
from pesquisa.lexicon import read_data
from pesquisa.records import Event, Mention, Span

NOWHERE = Span(-1, -1)  # the trigger of a sentence that only adds actors to an event told before


def unquoted(ctx: DocumentContext, sentence: Span) -> str:
    """The sentence's text with the words of its direct quotes blanked: what the sentence tells, not what someone said
    ("Judge X told him: «You played an essential role in an operation ...»" refers back to no operation)."""
    text = list(ctx.body[sentence.start:sentence.end])
    for q in ctx.quotes:
        if q.direct:
            for i in range(max(q.span.start, sentence.start), min(q.span.end, sentence.end)):
                text[i - sentence.start] = " "
    return "".join(text)


def join_named_next(ctx: DocumentContext, sentence: Span, event: Event, busy: set[str]) -> None:
    """The person the sentence after an arrest or transfer of someone unnamed has as subject is the one it was done to
    ("A Mexican national alleged to be a CJNG leader was extradited ... According to court documents, Aureliano
    Mendoza Quiroz, 44, was indicted in 2023"): a release names who it is about once it has told what happened; not
    one who takes part in an event the sentence tells (``busy``: "The transfer came a day after Sheinbaum spoke by
    phone with Trump")."""
    if event.type not in PERSON_TARGETED or any(t in ctx.people for t in event.targets):
        return
    cues = ctx.cues
    named = [e for m, e in ctx.actors(sentence, event.type, NOWHERE)
             if e.type == "person" and not is_agent(e, cues) and (ctx.is_subject(m) or _verbless_head(ctx, m))
             and not _speaks(ctx, m) and e.local_id not in busy]
    if named and named[0].local_id not in event.participants:
        event.participants.append(named[0].local_id)
        event.targets.append(named[0].local_id)


def _verbless_head(ctx: DocumentContext, m: Mention) -> bool:
    """The mention heads a sentence the parser found no verb for ("According to the indictment, X, 41, coordinated
    shipments ...": the name made the root, the verb a modifier): the subject it would have been."""
    span = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == "ROOT" and span.root.pos_ in {"PROPN", "NOUN"}


def _speaks(ctx: DocumentContext, m: Mention) -> bool:
    """The mention is the subject of a speech verb ('"Our officers ...," said Director Michael Humphries'): the one
    who spoke of it, not the one it was done to."""
    span = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and is_speech_verb(span.root.head)


def join_blamed(ctx: DocumentContext, sentence: Span, attack: Event) -> None:
    """The cartel or gang a sentence blames the attack just told on attacked ("atribuyó el ataque a una célula del Cártel
    Santa Rosa de Lima", "blamed the ambush on La Familia Michoacana")."""
    if not any(p.search(ctx.body[sentence.start:sentence.end]) for p in ctx.cues.attributions):
        return
    for _m, e in ctx.actors(sentence, attack.type, NOWHERE):
        entry = org_entry(e) if e.type == "organization" else None
        if entry is not None and entry.kind in TARGET_KINDS and e.local_id not in attack.participants:
            attack.participants.append(e.local_id)  # the attacker, unless the words named one
            attack.organizer = attack.organizer if attack.organizer and attack.organizer not in attack.targets else e.local_id


@cache
def _object_pronouns() -> frozenset[str]:
    return frozenset(w.lower() for w in read_data("events.yaml")["object_pronouns"])


def join_referred(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """The person an arrest or extradition naming no one is done to, read from its object pronoun
    (``join_object_pronouns``) or its subject's definite description (``join_described_subjects``); the forces a seizure
    or arrest's definite subject stands for ("The crew seized", ``join_described_forces``)."""
    return join_described_forces(ctx, join_described_subjects(ctx, join_object_pronouns(ctx, events)))


def join_object_pronouns(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """An arrest or extradition whose verb takes an object pronoun and names no one acted on ("La FGR lo detuvo en un
    domicilio", "Federal agents detained him at a house", "la FGR lo entregó en extradición") was done to the person
    last named before its sentence who holds no office; when that name lies more than a paragraph back, a story telling
    a chain of events (an arrest, then a transfer, then an extradition) speaks of the one an earlier arrest or
    extradition was done to, not of whom he was described by ("X, yerno de Ismael Zambada, fue detenido ... La FGR lo
    entregó en extradición"). Changes the events of ``events``, and returns it."""
    for event in events:
        if event.type not in PERSON_TARGETED or event.trigger_span is None or any(t in ctx.people for t in event.targets):
            continue
        words = ctx.doc.char_span(event.trigger_span.start, event.trigger_span.end, alignment_mode="expand")
        if words is None or not len(words):
            continue
        # the noun of "lo entregó en extradición" takes the pronoun of the verb it completes
        verbs = [words.root] + ([words.root.head] if words.root.pos_ == "NOUN" and words.root.dep_ == "obl" else [])
        if not any(c.lower_ in _object_pronouns() and c.dep_ in {"obj", "dobj"} for v in verbs for c in v.children):
            continue
        before = [(m.span.start, e.local_id) for m, e in ctx.mentions if e.type == "person" and
                  m.span.end <= event.span.start and not ctx.in_dateline(m.span) and not is_agent(e, ctx.cues)]
        done_to = [t for e in events if e.type in PERSON_TARGETED and e.span.end <= event.span.start
                   for t in e.targets if t in ctx.people]
        held = max(before)[1] if before else None
        if held is not None and done_to and _paragraphs_apart(ctx, max(before)[0], event.span.start) > 1:
            held = done_to[-1]
        if held is not None:
            event.participants += [held] if held not in event.participants else []
            event.targets.append(held)
    return events



def _paragraphs_apart(ctx: DocumentContext, start: int, end: int) -> int:
    """How many paragraph breaks lie between two offsets."""
    return sum(1 for p in ctx.paragraphs if start < p.start <= end)
