"""A transfer to U.S. authorities on U.S. soil is no extradition: "The suspects were transferred to U.S. authorities in
Florida for prosecution", "handed over to federal agents in Miami" (a Coast Guard or CBP release: who a U.S. crew
detained goes to U.S. prosecutors), nor one to a U.S. border or immigration body ("The migrants were handed over to
the U.S. Border Patrol"; events.yaml ``home_receivers``). The extradition reading of "transferred ... to U.S."
(Mexico's sendings of prisoners) holds where the receiving authorities stand abroad ("handed over to U.S. authorities
at the Toluca airport") or nowhere. The words for the receiving side are events.yaml ``custody_receivers``; where
they stand is a place the lexicon puts in the United States, below the country."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._cues import compile_entry
from pesquisa.extract.events._roles import place_country
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Event

REACH = 60  # characters after the trigger where the receivers' place may stand
HOME = "us"  # the country an extradition reading of a transfer sends to


@cache
def _receivers() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["custody_receivers"])


@cache
def _home_bodies() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["home_receivers"])


def drop_custody_transfers(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` less the extraditions read from a transfer whose receivers stand in a place of the United States."""
    return [e for e in events if not (e.type == "extradition" and _on_home_soil(ctx, e))]


def _on_home_soil(ctx: DocumentContext, event: Event) -> bool:
    trigger = event.trigger_span
    if trigger is None or re.search(r"extradi", event.trigger, re.I):
        return False
    if any(p.match(ctx.body, trigger.end, trigger.end + REACH) for p in _home_bodies()):
        return True  # "handed over to the U.S. Border Patrol": taken in at the border, nothing sent
    lex = load_lexicon()
    for m, e in sorted(ctx.mentions, key=lambda t: t[0].span.start):
        if e.type != "place" or not trigger.end <= m.span.start <= trigger.end + REACH:
            continue
        gap = ctx.body[trigger.end:m.span.start]
        if any(p.fullmatch(gap) for p in _receivers()):
            key = e.key or lex.place_key(e.name)
            return place_country(e) == HOME and key != HOME
    return False
