"""A gathering held by teams or officials the people who sent them agreed on: "Sheinbaum y Trump acordaron que los
equipos de seguridad de ambos países se reunirán la próxima semana en Washington", "The two leaders agreed that their
delegations would meet in January". Those who meet are the unnamed teams (events.yaml ``official_parties``, the
subject of the gathering's verb or of the verb it completes ("los equipos volverán a reunirse"), or what the
gathering's noun is of: "acuerdan reunión de equipos técnicos", "a meeting of security teams", or whom its verb tells
of in a headline: "US, Mexico officials to meet in January, Johnson says"), not the leaders who agreed or told it:
they take no part in it. Someone the gathering's own clause names stays ("officials will meet with Rubio"). Only a
gathering still to come: one told done ("a day after their security teams met", "The delegations met on Wednesday. X
led Mexico's team") keeps the people the story gives it, who led the teams.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._frames import unnamed_officials
from pesquisa.lexicon import read_data
from pesquisa.records import Event

GATHERINGS = frozenset({"meeting", "call", "visit"})


def drop_senders(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events``, where each planned gathering whose verb has unnamed officials for subject keeps only the participants
    named inside that verb's clause. Changes the events of ``events``, and returns it."""
    for event in events:
        clause = _teams_clause(ctx, event)
        if clause is None:
            continue
        start, end = clause
        inside = {e.local_id for m, e in ctx.mentions if start <= m.span.start and m.span.end <= end}
        event.participants = [p for p in event.participants if p in inside]
    return events


def _teams_clause(ctx: DocumentContext, event: Event) -> tuple[int, int] | None:
    """The characters of the gathering's clause when unnamed officials hold it (the subject of its verb, or what its
    noun is of), else None."""
    at = event.trigger_span
    if event.type not in GATHERINGS or not event.planned or at is None:
        return None
    span = ctx.doc.char_span(at.start, at.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.pos_ == "NOUN" and _of_teams(root):
        head = root
    elif root.dep_ in {"xcomp", "acl"} and root.head.lower_ in _parties():  # a headline's "officials to meet"
        head = root.head
    elif unnamed_officials(root):
        head = root if root.pos_ in {"VERB", "AUX"} else root.head
    elif root.dep_ == "xcomp" and unnamed_officials(root.head):  # "los equipos volverán a reunirse", "are expected to meet"
        head = root.head
    else:
        return None
    tokens = list(head.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


@cache
def _parties() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("events.yaml")["official_parties"])


def _of_teams(noun: Token) -> bool:
    """True when the gathering's noun is of unnamed officials ("reunión de equipos técnicos", "a meeting of security
    teams")."""
    of = [c for c in noun.children if c.dep_ == "nmod"] + \
        [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(c.lower_ in _parties() for c in of)
