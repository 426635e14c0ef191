"""Who made an arrest or seizure, beyond the actors of its sentence: not the body the arrested or the goods were handed
to, but the body whose own personnel made it; and for any event, not the body whose premises only say where it was.

"Los detenidos fueron puestos a disposición del Ministerio Público de la Federación", "quedaron a disposición del
Agente del Ministerio Público", "were turned over to federal prosecutors": the prosecutor receives the case once the
arrest is made; the body that arrested or seized is named elsewhere in the sentence, or not at all.

A teller of an arrest only reports it ("La Marina informó que fue detenido José Pérez"), so it is left out of the
arrest (``_context.TOLD_TYPES``). But a communiqué of a security body tells what its own people did, named by a word
for personnel and no body of their own: "La Secretaría de Marina informa que ... personal naval detuvo a 11 personas",
"La Defensa informó que elementos militares detuvieron a tres personas": the body made the arrest. With a body named
in the clause ("informó que la Guardia Nacional detuvo"), that body is the one. A communiqué tells in its lead who
informs ("La Defensa informó que ...") and goes on in plain sentences: "El personal militar repelió la agresión y
detuvo a dos civiles", "lo que dio como resultado la detención de dos civiles y el aseguramiento de cuatro fusiles":
outside any other's words, the people and goods its unnamed personnel took are the one body's that tells the page.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._cues import compile_entry
from pesquisa.extract.events._roles import is_agent, is_force
from pesquisa.extract.events._sequels import GATHERINGS
from pesquisa.extract.events._topics import spoken_of
from pesquisa.lexicon import read_data
from pesquisa.records import LocalEntity, Mention, Span

HANDED_OVER = frozenset({"arrest", "seizure"})  # the events whose people or goods are handed to a prosecutor
REACH = 60  # characters before a body in which the words that hand something to it stand


@cache
def _recipients() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["recipients"])


def received(ctx: DocumentContext, mention: Mention) -> bool:
    """True when ``mention`` names the body the arrested or the seized goods were handed to ("a disposición del")."""
    before = ctx.body[max(0, mention.span.start - REACH):mention.span.start]
    return any(p.search(before) for p in _recipients())


def without_recipients(ctx: DocumentContext, actors: list[tuple[Mention, LocalEntity]],
                       kind: str) -> list[tuple[Mention, LocalEntity]]:
    """``actors`` less the bodies an arrest's people or a seizure's goods were handed to, the bodies named only by
    their premises, where the event was held ("se reunió en las oficinas de la FGR con": the host, no participant),
    and whom a gathering was about ("met to discuss the extradition of Ismael Zambada": ``_topics``)."""
    return [(m, e) for m, e in actors if not (e.type == "organization" and (
        (kind in HANDED_OVER and received(ctx, m)) or hosted_at(ctx, m))) and not (kind in GATHERINGS and spoken_of(ctx, m))]


def hosted_at(ctx: DocumentContext, mention: Mention) -> bool:
    """True when ``mention`` names a body by its premises: where the event was ("en las instalaciones de la Marina")."""
    before = ctx.body[max(0, mention.span.start - REACH):mention.span.start]
    return any(p.search(before) for p in ctx.cues.premises)


OWN_ACTS = frozenset({"arrest", "seizure"})  # what a body's communiqué tells of its own people


def _unnamed_personnel(ctx: DocumentContext, token: Token) -> bool:
    """The trigger's verb has for subject a word for personnel with no name in it ("personal naval", "elementos"), or
    one the parser hung as an apposition from a place it took for the subject ("en Manzanillo, Colima, personal naval
    detuvo"); a verb joined to another ("personal naval aseguró ... y detuvo a 11 personas") shares its subject."""
    def subject_of(verb: Token) -> Token | None:  # not a dateline the parser hung as one ("CULIACAN, Mexico (AP) —")
        return next((c for c in verb.children if c.dep_.startswith("nsubj") and
                     not ctx.in_dateline(Span(c.idx, c.idx + len(c.text)))), None)
    token = _acting_verb(token)
    subject = subject_of(token)
    if subject is None and token.dep_ == "conj":
        subject = subject_of(token.head)
    first = token.head if token.dep_ == "conj" and token.head.i < token.i else token
    words = [subject, *(c for c in subject.children if c.dep_ == "appos")] if subject is not None else \
        _words_before(first)
    personnel = next((w for w in words if w.lower_ in ctx.cues.personnel), None)
    return personnel is not None and not any(t.pos_ == "PROPN" for t in personnel.subtree)


def _impersonal(token: Token) -> bool:
    """The trigger is told with an impersonal "se" and no one acting ("se cumplimentó una orden de aprehensión", "se
    logró la captura de alias El Flaco", "se aseguraron dos fusiles"): the body that tells it did it."""
    verb = token.head if token.pos_ == "NOUN" and token.dep_.startswith("nsubj") else _acting_verb(token)
    return verb.pos_ in {"VERB", "AUX"} and any(c.lower_ == "se" for c in verb.children) and \
        not any(c.dep_ in {"obl:agent", "agent"} for c in verb.children)


def _acting_verb(token: Token) -> Token:
    """The verb whose subject acted in a trigger: the verb itself, or for a noun (and the nouns joined to it) the verb
    it is the object of, past a relative "lo que" to the verb that clause tells the outcome of ("repelió la agresión,
    lo que dio como resultado la detención de dos civiles y el aseguramiento de ...")."""
    while token.dep_ == "conj" and token.pos_ == "NOUN" and token.head.i < token.i:
        token = token.head
    if token.pos_ != "NOUN" or token.dep_ != "obj" or token.head.pos_ != "VERB":
        return token
    verb = token.head
    relative = any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" and c.lower_ == "que" for c in verb.children)
    return verb.head if relative and verb.dep_ in ("advcl", "acl", "acl:relcl") and verb.head.pos_ == "VERB" else verb


def _document_teller(ctx: DocumentContext, before: int) -> list[tuple[Mention, LocalEntity]]:
    """The one state body that tells the page's quotes (its first mention), when every quote told by a body is its and
    no other state body is named before ``before``, save one a case was handed to: a story that names the forces of
    the raid first ("Elementos de la Guardia Nacional detuvieron ... Según la Secretaría de Seguridad ... los agentes le
    aseguraron un fusil") tells their acts, not its source's."""
    ids = {q.speaker_local_id for q in ctx.quotes if q.speaker_local_id}
    bodies = [(m, e) for m, e in ctx.mentions if e.local_id in ids and e.type == "organization" and is_agent(e, ctx.cues)]
    others = any(m.span.start < before and e.local_id not in ids and e.type == "organization" and is_agent(e, ctx.cues)
                 and not received(ctx, m) for m, e in ctx.mentions)
    return bodies[:1] if len({e.local_id for _m, e in bodies}) == 1 and len(ids) == 1 and not others else []


def _words_before(verb: Token) -> list[Token]:
    """The noun written right before a verb the parser gave no subject, past its adjectives: the parser may hang the
    subject from a fronted distance ("a 95 millas náuticas de Puerto Chiapas, personal naval aseguró")."""
    at = verb.i - 1
    while at >= verb.sent.start and verb.doc[at].pos_ == "ADJ":
        at -= 1
    return [verb.doc[at]] if at >= verb.sent.start and verb.doc[at].pos_ == "NOUN" else []


def own_personnel(ctx: DocumentContext, sentence: Span, token: Token | None, kind: str,
                  actors: list[tuple[Mention, LocalEntity]]) -> list[tuple[Mention, LocalEntity]]:
    """The state body that tells, in ``sentence``, an arrest its unnamed personnel made (as an actor), when no state
    body is among ``actors``; else none."""
    # (not one told in the operation just told, "durante el operativo se aseguraron dos armas": its body's)
    impersonal = token is not None and _impersonal(token) and \
        not any(p.search(ctx.body[sentence.start:sentence.end]) for p in ctx.cues.references)
    if kind not in OWN_ACTS or token is None or (_acting_verb(token).pos_ != "VERB" and not impersonal) or \
            any(e.type == "organization" and is_agent(e, ctx.cues) for _m, e in actors) or \
            not (impersonal or _unnamed_personnel(ctx, token)):
        return []
    trigger = Span(token.idx, token.idx + len(token.text))
    for q in ctx.quotes:
        if q.speaker_span is None or not q.span.contains(trigger) or not sentence.contains(q.speaker_span):
            continue
        for m, e in ctx.mentions:
            if e.local_id == q.speaker_local_id and m.span.overlaps(q.speaker_span) and e.type == "organization" and \
                    is_force(e, ctx.cues):  # a listed state body, or a state's prosecutors ("Fiscalía General del Estado")
                return [(m, e)]
    told = any(q.span.contains(trigger) for q in ctx.quotes)  # another's words: "X dijo que policías detuvieron"
    return [] if told else _document_teller(ctx, trigger.start)
