"""Events called off: a gathering or signing cancelled is none, one postponed is still to come.

"A security meeting that had been scheduled for Thursday was postponed", "Posponen reunión
de seguridad", "la visita fue cancelada", "Rubio called off his trip": the trigger is the
subject or object of a verb that cancels or postpones it (or the noun of its complement, "the
postponement of the meeting", "la cancelación de la visita"). Such a verb can stand far from
the trigger, beyond the reach of the non-event phrases matched on the text, so the parse
decides. The verbs are word stems in ``data/events.yaml`` (``called_off``), since the parser
lemmatizes "pospuesta" or a headline's "Posponen" poorly.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from pesquisa.extract.events._coming import coming_dates
from pesquisa.extract.nlp import lemma_of
from pesquisa.lexicon import read_data
from pesquisa.records import DateMention

_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "obj", "dobj"})


@cache
def _stems() -> dict[str, re.Pattern[str]]:
    """By outcome ("cancelled", "postponed"), the stems of the verbs and nouns that tell it."""
    data = read_data("events.yaml")["called_off"]
    return {outcome: re.compile("^(?:" + "|".join(re.escape(s) for s in stems) + ")", re.I)
            for outcome, stems in data.items()}


def _governor(token: Token) -> Token | None:
    """The verb ``token`` is the subject or object of, or the noun it complements ("the postponement of", "la
    cancelación de"); None otherwise."""
    if token.dep_ in _ARGUMENTS:
        return token.head
    if token.dep_ == "nmod" and token.head.pos_ == "NOUN":
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        return token.head.head
    return None


@cache
def _nouns() -> frozenset[str]:
    """``called_off_nouns`` of events.yaml: what a clause beside the event calls off by name ("the trip")."""
    return frozenset(read_data("events.yaml")["called_off_nouns"])


def _outcome(node: Token) -> str | None:
    """"cancelled" or "postponed" when ``node`` is a verb or noun that calls off ("called off": the verb with its
    particle), else None."""
    word = node.lower_ + "".join(" " + c.lower_ for c in node.children if c.dep_ == "prt")
    return next((outcome for outcome, stems in _stems().items() if stems.match(word)), None)


def _beside(token: Token) -> str | None:
    """The outcome of a clause coordinated with the event's that calls it off by name ("had planned to visit Mexico in
    October, but the trip was cancelled")."""
    verbs = [a for a in [token, *token.ancestors][:3] if a.pos_ in {"VERB", "AUX"}]
    for verb in verbs:
        for other in verb.children:
            if other.dep_ == "conj" and other.pos_ in {"VERB", "AUX"} and (outcome := _outcome(other)) and any(
                    c.dep_ in _ARGUMENTS and lemma_of(c).lower() in _nouns() for c in other.children):
                return outcome
    return None


def called_off(token: Token | None) -> str | None:
    """"cancelled" or "postponed" when the event of ``token`` is told as called off: as the subject or object of a verb
    that calls it off ("la visita fue cancelada", "called off his trip"), or by a clause beside it that names it
    ("but the trip was cancelled"); else None."""
    if token is None:
        return None
    node = _governor(token)
    return (_outcome(node) if node is not None and node.i != token.i else None) or _beside(token)


def moved_to(token: Token | None, dates: list[DateMention], published: str | None) -> str | None:
    """The day a postponed event was moved to: the nearest date that hangs from the verb that postponed it, outside the
    trigger's own words ("fue pospuesta para el próximo 14 de mayo", not "prevista para este jueves"); a day without
    its year is the next one. None when no such date is told."""
    node = _governor(token) if token is not None else None
    if token is None or node is None:
        return None
    doc, inside = token.doc, {t.i for t in token.subtree}
    below = {t.i for t in node.subtree} - inside
    moved = [d for d in coming_dates(dates, published) if d.value and (s := doc.char_span(
        d.span.start, d.span.end, alignment_mode="expand")) is not None and len(s) and s.root.i in below]
    return min(moved, key=lambda d: abs(d.span.start - token.idx)).value if moved else None
