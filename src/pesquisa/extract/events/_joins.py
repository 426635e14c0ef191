"""Actors a sentence after an arrest, transfer or attack adds to it: the one it names as the man acted on, the cartel
it blames the attack on."""

from __future__ import annotations

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._readings import PERSON_TARGETED
from pesquisa.extract.events._roles import TARGET_KINDS, is_agent, org_entry
from pesquisa.records import Event, Span

NOWHERE = Span(-1, -1)  # the trigger of a sentence that only adds actors to an event told before


def join_named_next(ctx: DocumentContext, sentence: Span, event: Event) -> None:
    """The person the sentence after an arrest or transfer of someone unnamed has as subject is the one it was done to
    ("A Mexican national alleged to be a CJNG leader was extradited ... According to court documents, Aureliano
    Mendoza Quiroz, 44, was indicted in 2023"): a release names who it is about once it has told what happened."""
    if event.type not in PERSON_TARGETED or any(t in ctx.people for t in event.targets):
        return
    cues = ctx.cues
    named = [e for m, e in ctx.actors(sentence, event.type, NOWHERE)
             if e.type == "person" and not is_agent(e, cues) and ctx.is_subject(m)]
    if named and named[0].local_id not in event.participants:
        event.participants.append(named[0].local_id)
        event.targets.append(named[0].local_id)


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
