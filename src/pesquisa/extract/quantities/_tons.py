"""Which ton a bare English "ton" is.

Seizure news on both sides of the border writes "tons" for the metric tonne (a Mexican agency's "toneladas" told in
English: "Marines seized three-quarters of a ton of cocaine off Manzanillo"), so a bare "ton" is metric; it is the US
ton of 2,000 pounds where a US body seizes or counts it in the sentence ("CBP officers seized 3 tons of
methamphetamine", ``us_ton_bodies`` of ``data/units.yaml``), and whichever ton a bracketed conversion tells ("3 tons
(6,000 pounds)", "2.5 tons (2,500 kilograms)"). A sentence that names no body reads by the last one the text named
before it: "CBP officers seized 3 tons of meth ... The tractor-trailer, which was hauling 18 tons of produce" is US tons,
"The Mexican Navy seized 3 tons of cocaine ... The boat carried another 2 tons" metric (``metric_ton_bodies``). Pure.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.calendar import alternation
from pesquisa.extract.quantities._lexicon import Unit
from pesquisa.lexicon import read_data

METRIC_TON = 1000.0  # kg
SHORT_TON = 907.18474  # kg
SENTENCE_END = re.compile(r"[.!?]\s|\n")


@cache
def _tons() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    data = read_data("units.yaml")
    return frozenset(data["bare_tons"]), re.compile(rf"(?<!\w)(?:{alternation(data['us_ton_bodies'])})(?!\w)", re.I), \
        re.compile(rf"(?<!\w)(?:{alternation(data['metric_ton_bodies'])})(?!\w)", re.I)


def is_bare_ton(written: str, lang: str) -> bool:
    """``written`` is an English "ton" that names no system ("ton", "tons"; not "tonnes", "metric tons")."""
    return lang == "en" and " ".join(written.lower().split()) in _tons()[0]


def ton_of(text: str, start: int, written: str, measure: Unit, lang: str) -> Unit:
    """``measure`` for the unit ``written`` at ``start`` of ``text``: the US ton for a bare English "ton" in a sentence
    where a US body acts, else ``measure`` as read."""
    if not is_bare_ton(written, lang):
        return measure
    opened = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    closed = SENTENCE_END.search(text, start)
    sentence = text[opened:closed.start() if closed else len(text)]
    _, us_bodies, metric_bodies = _tons()
    if us_bodies.search(sentence) or metric_bodies.search(sentence):
        return Unit(measure.unit, SHORT_TON) if us_bodies.search(sentence) else measure
    last_us = max((m.end() for m in us_bodies.finditer(text, 0, opened)), default=-1)
    last_metric = max((m.end() for m in metric_bodies.finditer(text, 0, opened)), default=-1)
    return Unit(measure.unit, SHORT_TON) if last_us > last_metric else measure  # the body the text named last


def ton_told(raw_value: float, written: str, conversion_kg: float, lang: str) -> float | None:
    """The mass of ``raw_value`` bare English tons that a bracketed conversion of ``conversion_kg`` tells: the nearer of
    the metric and the US reading; None when ``written`` is no bare ton."""
    if not is_bare_ton(written, lang):
        return None
    return min((raw_value * METRIC_TON, raw_value * SHORT_TON), key=lambda kg: abs(conversion_kg - kg))
