"""The people an arrest, extradition, charge or sanction is done to, read from where they stand beside its verb when the
event reader listed none: the subject of the passive ("The former police chief of Acapulco, X, was arrested by the FGR",
"X fue detenido por") and the object of the active verb ("Honduras extradited X, a former police commander", "México
extraditó a Estados Unidos a X"). An official is a target there too: the event reader keeps officials as the ones
acting."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract._relation_base import _alternation
from pesquisa.lexicon import read_data
from pesquisa.records import Event, LocalEntity, Span

# between the person and a passive trigger (", was |arrested", " fue presuntamente |detenido", ", quien fue |detenido")
PASSIVE_GAP = re.compile(r"\s*,?\s*(?:(?:who|quien)\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|fue|fueron|ha\s+sido|"
                         r"han\s+sido|había\s+sido)\s+(?:(?:\w+ly|presuntamente|supuestamente|ya)\s+)?", re.I)
# between an active trigger and the person ("extradited |X", "extraditó a |X"); a place may stand between ("extraditó a
# Estados Unidos a |X"), checked apart
ACTIVE_GAP = re.compile(r"\s+(?:a\s+|al\s+)?", re.I)


@cache
def _warrant_gap() -> re.Pattern[str]:
    """Between a trigger served on someone and the person: a warrant ("cumplimentó una orden de aprehensión en contra
    de |X", "executed an arrest warrant against |X"), words in ``relations.yaml`` (``warrants``)."""
    words = read_data("relations.yaml")["warrants"]
    return re.compile(rf"\s+(?:(?:a|an|the|una|la|las|the)\s+)?(?:{_alternation(words['served'])})\s+"
                      rf"(?:{_alternation(words['against'])})\s+", re.I)
PLACE_GAP = re.compile(r"\s+(?:a|to)\s+(?:the\s+)?$", re.I)


def patients(ev: Event, entities: dict[str, LocalEntity], body: str) -> list[str]:
    """The people of the event's span standing as the one acted on by its trigger verb, in reading order."""
    trigger = ev.trigger_span or _find(ev, body)
    if trigger is None:
        return []
    after = _after_places(ev, entities, body, trigger.end)
    found = [(m.span.start, e.local_id) for e in entities.values() if e.type == "person" and e.local_id != ev.organizer
             for m in e.mentions if ev.span.contains(m.span) and (
                 (m.span.end <= trigger.start and PASSIVE_GAP.fullmatch(body, m.span.end, trigger.start)) or
                 (m.span.start >= after and (ACTIVE_GAP.fullmatch(body, after, m.span.start) or
                                             _warrant_gap().fullmatch(body, trigger.end, m.span.start))))]
    return list(dict.fromkeys(p for _at, p in sorted(found)))


# a relative clause whose verb is the trigger (", which Washington |designated", ", al que el Departamento de Estado
# |designó", ", una organización a la que el Tesoro |sancionó"): its antecedent is the one acted on, none of what
# follows the clause
RELATIVE = re.compile(r"\s*,\s*(?:(?:a|an|the|un|una|el|la)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:which|that|whom|al\s+que|"
                      r"a\s+la\s+que|a\s+los\s+que|a\s+las\s+que|a\s+quienes|a\s+quien|el\s+cual|la\s+cual|"
                      r"que)\s+[^,;()]{1,50}?\s+(?:(?:also|already|formally|ya|también|formalmente)\s+)?", re.I)


def antecedent(ev: Event, entities: dict[str, LocalEntity], body: str) -> str | None:
    """The organization or person a relative clause holding the trigger describes ("The Gulf Cartel, which the State
    Department designated a terrorist organization, is fighting Los Metros": the Gulf Cartel alone); None elsewhere."""
    trigger = ev.trigger_span or _find(ev, body)
    if trigger is None:
        return None
    return next((e.local_id for e in entities.values() if e.type in {"organization", "person"} and e.local_id != ev.organizer
                 for m in e.mentions if ev.span.contains(m.span) and m.span.end <= trigger.start
                 and RELATIVE.fullmatch(body, m.span.end, trigger.start)), None)


def _after_places(ev: Event, entities: dict[str, LocalEntity], body: str, end: int) -> int:
    """Where the object of an active trigger may begin: right after it, or after the place it sends to ("extraditó a
    Estados Unidos| a X")."""
    for m in sorted((m for e in entities.values() if e.type == "place" for m in e.mentions
                     if ev.span.contains(m.span) and m.span.start >= end), key=lambda m: m.span.start):
        if PLACE_GAP.fullmatch(body, end, m.span.start):
            return m.span.end
        break
    return end


def _find(ev: Event, body: str) -> Span | None:
    at = body.find(ev.trigger, ev.span.start, ev.span.end)
    return Span(at, at + len(ev.trigger)) if at >= 0 else None
