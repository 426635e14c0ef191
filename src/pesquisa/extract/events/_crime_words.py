"""Who stands in the words of the crime a deed is for takes no part in the deed.

"La Fiscalía detuvo a tres hombres por el ataque armado contra la Guardia Nacional", "deputies arrested a man over the
ambush of two officers": the Guard and the officers are who the attack was against, inside the words of the crime's
noun that ``charged_for`` (events.yaml) hangs from the arrest; they did not arrest anyone. The arrest's people are
its own subject's ("la Fiscalía"). The agent of a passive is no crime ("detenidos por elementos de la Guardia
Nacional": "elementos" is no attack's noun), and an attack keeps its own words (`_charged` rules its tellers). So
for a clause describing whom the deed was done to ("arrested a man suspected of taking part in an ambush that killed
four National Guard officers"): the Guard lost its officers, and gives the arrest told again no force
(`_suspects.join_operation_forces`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._reactions import reacts_to
from pesquisa.lexicon import read_data
from pesquisa.records import Event, Span

DESCRIBING = frozenset({"relcl", "acl", "acl:relcl"})


@cache
def _words(key: str) -> frozenset[str]:
    """A word list of ``events.yaml``, folded: ``charged_for``, ``crime_in``, ``clash_nouns``, ``crime_links``."""
    return frozenset(w.casefold() for w in read_data("events.yaml")[key])


def _linked(token: Token) -> bool:
    """The noun is what the held are linked to ("relacionados con el ataque", "linked to the ambush")."""
    head = token.head.head if token.dep_ == "pobj" else token.head
    return head.lower_ in _words("crime_links") and head.i != token.i


def _crime_word(ctx: DocumentContext, token: Token) -> bool:
    """The token is an attack trigger's word that tells a crime a deed is for: a noun hung by a ``charged_for``
    preposition, its case marker ("por el ataque") or, in the English parse, the preposition it is the object of
    ("over the ambush", and ``crime_in``: "arrest suspect in killing of", not "in a shootout with police"), or linked
    to by ``crime_links`` ("relacionados con el ataque", "linked to the ambush"); or a verb
    of a clause describing a noun ("a man suspected in an ambush that killed four officers", "el hombre que atacó a
    los policías"). Not a clash's other side: "detenidos tras un enfrentamiento con el Ejército" (the Army arrested
    them)."""
    hung = any(c.dep_ == "case" and c.lower_ in _words("charged_for") for c in token.children) or \
        (token.dep_ == "pobj" and token.head.lower_ in _words("charged_for")) or \
        (token.dep_ == "pobj" and token.head.lower_ in _words("crime_in") and token.lower_ not in _words("clash_nouns")) or \
        _linked(token)
    described = token.pos_ == "VERB" and token.dep_ in DESCRIBING
    if not (described or (hung and token.pos_ in {"NOUN", "PROPN"})):
        return False
    attacks = next((patterns for kind, patterns in ctx.cues.triggers if kind == "attack"), ())
    return any(m.end() >= token.idx + len(token) for p in attacks if (m := p.match(ctx.body, token.idx)))  # "killing of"


def in_crime_words(ctx: DocumentContext, span: Span, trigger: Span, kind: str) -> bool:
    """True when the mention at ``span`` hangs, below the trigger of a deed other than an attack, from the noun of the
    crime the deed is for: who the crime touched, not who did the deed."""
    if kind == "attack":
        return False
    path = ctx.path_up(span, trigger)
    return any(_crime_word(ctx, node) for node in path[1:])


def stands_off(ctx: DocumentContext, span: Span, trigger: Span, kind: str) -> bool:
    """True when the mention at ``span`` is outside the event of ``trigger``: it reacts to it (`_reactions`) or stands
    in the words of the crime the event is for."""
    return reacts_to(ctx, span, trigger, kind) or in_crime_words(ctx, span, trigger, kind)


def is_crime_of(ctx: DocumentContext, crime: Event, deed: Event) -> bool:
    """True when the attack ``crime`` is told, in ``deed``'s sentence, as the crime the deed is for, its sides standing
    only in its words there ("arrested a man suspected of taking part in an ambush that killed four National Guard
    officers"): they did not do the deed."""
    if crime.type != "attack" or deed.trigger_span is None or not crime.span.contains(deed.trigger_span):
        return False
    sides = set(crime.participants) | ({crime.organizer} if crime.organizer else set())
    told = [m for m, e in ctx.mentions if e.local_id in sides and deed.span.contains(m.span)]
    return bool(told) and all(in_crime_words(ctx, m.span, deed.trigger_span, deed.type) for m in told)


def told_as_crime(ctx: DocumentContext, attack: Event) -> bool:
    """True when ``attack``'s trigger is the noun of the crime a deed of its sentence is for ("arrested a suspect in the
    Dec. 28 killing of a lawmaker", "detenidos por el ataque"): the deed came after it, on a day of its own."""
    if attack.type != "attack" or attack.trigger_span is None:
        return False
    told = ctx.doc.char_span(attack.trigger_span.start, attack.trigger_span.end, alignment_mode="expand")
    return told is not None and len(told) > 0 and _crime_word(ctx, told.root)
