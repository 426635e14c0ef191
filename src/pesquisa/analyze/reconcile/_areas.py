"""Parts of the country a CBP figure may be told for: an area the series counts by, or one port it does not.

The CBP files count each month by area of responsibility: OFO field offices ("EL PASO FIELD
OFFICE") and Border Patrol sectors ("SAN DIEGO SECTOR"). News names them "the El Paso Field
Office", "Border Patrol's Tucson Sector", "la Oficina de Campo de Laredo"; a figure so named is
that area's rows, not the nation's. One port of entry ("the Nogales port of entry", "la garita
de Otay") or one state's ports ("Arizona ports of entry") are counted by no series here. The
area names come from the store, the words around them from ``official.yaml``
(``reconcile.areas``, ``reconcile.ports``). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pesquisa.analyze.reconcile._cues import find_cues, settings
from pesquisa.text import fold_chars

NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]*"
FUNCTION_WORDS = frozenset({"the", "a", "an", "at", "in", "of", "la", "el", "los", "las", "en", "de", "del", "this"})
LEADING = re.compile(r"(?:(?:" + "|".join(sorted(FUNCTION_WORDS, key=len, reverse=True)) + r")\s+)*", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class AreaCue:
    """Where a text names an area of the series (``area``: its name in the rows) or one port (``area`` None)."""

    start: int
    end: int
    area: str | None
    text: str


def _area_pattern(areas: Iterable[str]) -> tuple[re.Pattern, dict[str, str]] | None:
    """One alternation of every area's forms over folded text, and form -> area as the rows write it."""
    kinds = settings()["areas"]
    forms: dict[str, str] = {}
    for area in areas:
        words = " ".join(fold_chars(area).split())
        kind = next((k for k in kinds if words.endswith(" " + k)), None)
        if kind is None:
            continue
        place = words[: -len(kind) - 1]
        forms[words] = area
        for head in kinds[kind]:
            for joint in ("", "de ", "del ", "en "):
                forms[f"{fold_chars(head)} {joint}{place}"] = area
    if not forms:
        return None
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])"), forms


def _port_patterns() -> list[re.Pattern]:
    """A named port: the name before "port (of entry)", or after "port of", "garita de" (port words are data)."""
    ports = settings()["ports"]
    after = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ports["after_name"], key=len, reverse=True))
    before = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ports["before_name"], key=len, reverse=True))
    return [re.compile(rf"(?P<name>(?:{NAME}\s+){{1,3}})(?i:{after})(?![\w-])"),
            re.compile(rf"(?i:{before})\s+(?P<name>{NAME}(?:\s+{NAME}){{0,2}})")]


def _named(name: str) -> bool:
    """A port's or a state's name: some word not a function word nor an acronym ("Nogales", "Arizona"; not "The",
    "CBP" or "U.S."), and not a region or agency of the series ("Southwest Border ports of entry")."""
    words = [w for w in name.split() if w.lower() not in FUNCTION_WORDS and not (w.isupper() and len(w) > 1)]
    cues = find_cues(" ".join(words))
    return bool(words) and not cues.get("region") and not cues.get("agency")


def find_areas(text: str, areas: Iterable[str]) -> list[AreaCue]:
    """The areas of the series (``areas``, as the rows name them) and the single ports ``text`` names, in text order."""
    out: list[AreaCue] = []
    compiled = _area_pattern(areas)
    if compiled:
        pattern, forms = compiled
        folded = fold_chars(text)
        out += [AreaCue(m.start(), m.end(), forms[" ".join(m.group(0).split())], text[m.start():m.end()])
                for m in pattern.finditer(folded)]
    for pattern in _port_patterns():
        for m in pattern.finditer(text):
            if _named(m.group("name")) and not any(c.start < m.end() and m.start() < c.end for c in out):
                lead = LEADING.match(text, m.start())
                start = m.start() + (len(lead.group(0)) if lead else 0)  # "At |Arizona ports of entry"
                out.append(AreaCue(start, m.end(), None, text[start:m.end()]))
    return sorted(out, key=lambda c: c.start)


def names_area_again(text: str) -> bool:
    """True when ``text`` refers back to an area named before by its kind alone ("Agents in the sector also seized",
    "en la oficina de campo"): the words of ``reconcile.areas`` after an article or a demonstrative."""
    kinds = settings()["areas"]
    words = sorted({fold_chars(w) for kind, heads in kinds.items() for w in [kind, *heads]}, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.search(rf"\b(?:the|this|that|el|este|ese|la|esta|esa)\s+(?:{alt})\b", fold_chars(text)) is not None
