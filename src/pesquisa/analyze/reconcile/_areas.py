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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pesquisa.analyze.reconcile._cues import Cue, find_cues, settings
from pesquisa.text import fold_chars

NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]*"
FUNCTION_WORDS = frozenset({"the", "a", "an", "at", "in", "of", "la", "el", "los", "las", "en", "de", "del", "this"})
CLAUSE_BREAK = re.compile(r",(?!\d)|;|—|–")
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
        for name in [place, *settings()["area_places"].get(place, [])]:
            forms[f"{name} {kind}"] = area
            for head in kinds[kind]:
                for joint in ("", "de ", "del ", "en "):
                    forms[f"{fold_chars(head)} {joint}{name}"] = area
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
        out += _elided_areas(text, out, forms)
    for pattern in _port_patterns():
        for m in pattern.finditer(text):
            if _named(m.group("name")) and not any(c.start < m.end() and m.start() < c.end for c in out):
                lead = LEADING.match(text, m.start())
                start = m.start() + (len(lead.group(0)) if lead else 0)  # "At |Arizona ports of entry"
                out.append(AreaCue(start, m.end(), None, text[start:m.end()]))
    return sorted(out, key=lambda c: c.start)


ELIDED = re.compile(rf"\b(?:la|el|las|los)\s+de\s+(?P<name>{NAME}(?:\s+{NAME}){{0,2}})")


def _elided_areas(text: str, named: list[AreaCue], forms: dict[str, str]) -> list[AreaCue]:
    """Areas named after one of their kind with the kind left out, in its sentence ("en la Oficina de Campo de San
    Diego ..., mientras que en |la de Tucson| ..."): the area of that kind and place, when the series has it."""
    out = []
    for cue in named:
        kind = _kind(cue.area) if cue.area else None
        stop = min([i for i in (text.find(". ", cue.end), text.find("\n", cue.end)) if i >= 0], default=len(text))
        for m in ELIDED.finditer(text, cue.end, stop) if kind else ():
            area = forms.get(f"{' '.join(fold_chars(m.group('name')).split())} {kind}")
            if area:
                out.append(AreaCue(m.start(), m.end(), area, m.group(0)))
    return out


def names_area_again(text: str) -> bool:
    """True when ``text`` refers back to an area named before by its kind alone ("Agents in the sector also seized",
    "en la oficina de campo"): the words of ``reconcile.areas`` after an article or a demonstrative, or the phrases of
    ``reconcile.area_again`` ("la misma oficina", "the same sector")."""
    kinds = settings()["areas"]
    words = sorted({fold_chars(w) for kind, heads in kinds.items() for w in [kind, *heads]}, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    folded = fold_chars(text)
    return re.search(rf"\b(?:the|this|that|el|este|ese|la|esta|esa)\s+(?:{alt})\b", folded) is not None \
        or _words_pattern("area_again").search(folded) is not None


def _kind(area: str) -> str | None:
    """The kind of a series area by the words ending its name ("EL PASO FIELD OFFICE" -> "field office")."""
    words = " ".join(fold_chars(area).split())
    return next((k for k in settings()["areas"] if words.endswith(" " + k)), None)


def _words_pattern(key: str) -> re.Pattern:
    words = sorted({fold_chars(w) for w in settings()[key]}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b")


def _describes(body: str, earlier: Sequence[AreaCue], port: AreaCue) -> bool:
    """True when ``port`` is named in the description of a series area named before it ("the Tucson Field Office,
    which includes the Nogales and San Luis ports")."""
    named = [a for a in earlier if a.area is not None]
    return bool(named) and _words_pattern("area_described").search(fold_chars(body[named[-1].end:port.start])) is not None


def area_of_figure(areas: Sequence[AreaCue], body: str, span: tuple[int, int], sentence: tuple[int, int],
                   figures: Sequence[int]) -> AreaCue | None:
    """The area a figure at ``span`` is told for: the nearest named before it in its sentence, a port that only
    describes an area named before it passed over; else the first named after it, unless a clause break and another
    figure come between ("reached 11,143 pounds, and at the San Diego Field Office officers seized 4,518 pounds": the
    area is the second figure's)."""
    (start, end), (lo, hi) = span, sentence
    before = [a for a in areas if lo <= a.start and a.end <= start]
    before = [a for i, a in enumerate(before) if not (a.area is None and _describes(body, before[:i], a))]
    if before:
        return before[-1]
    after = [a for a in areas if end <= a.start and a.end <= hi]
    if not after:
        return None
    if CLAUSE_BREAK.search(body[end:after[0].start]) and any(after[0].end <= f < hi for f in figures):
        return None
    return after[0]


def port_named_again(body: str, sentence: tuple[int, int]) -> AreaCue | None:
    """A port named before and referred back to in ``sentence`` ("The port has seized ...", "la garita"), as one port."""
    m = _words_pattern("port_again").search(fold_chars(body[sentence[0]:sentence[1]]))
    return AreaCue(sentence[0] + m.start(), sentence[0] + m.end(), None, m.group(0)) if m else None


def agency_of_area(area: AreaCue, told: Cue | None) -> Cue | None:
    """Who counts a series area's figure when its sentence names no agency: the agency told before when it counts
    that kind of area (or is all of CBP), else the one that does ("The El Paso Field Office seized ..." after a Border
    Patrol figure is OFO's)."""
    conf = settings()
    key = conf["area_agencies"].get(_kind(area.area) or "") if area.area else None
    if key is None or (told is not None and (told.key == key or (
            told.key == "cbp" and conf["agencies"]["cbp"]["series"] == conf["agencies"][key]["series"]))):
        return told
    return Cue(area.start, area.end, key, area.text)


def area_kind(area: str) -> str | None:
    """The kind of a series area ("EL PASO FIELD OFFICE" -> "field office", "TUCSON SECTOR" -> "sector"), or None."""
    return _kind(area)
