"""Places below a state that a crime figure may be told for, which the SESNSP series does not count.

SESNSP's victims file counts by state ("entidad") and for the country. A figure told for a
municipality, a city or a borough ("En Culiacán se contabilizaron 600 víctimas", "Tijuana
sumó 1,900", "In León, Guanajuato, 800 victims", "the municipality of Celaya") is none of
these: its state's total would be the wrong figure to set beside it. Towns are those of
``places.yaml`` that lie within a Mexican state; the words that name one whatever its name
("el municipio de", "the city of", "la alcaldía") are ``reconcile.local_heads`` and
``local_tails`` of ``official.yaml``. A state written right after a town only places it
("León, Guanajuato"). Read-only, pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pesquisa.analyze.reconcile._cues import Cue, settings
from pesquisa.calendar import month_numbers, weekday_numbers
from pesquisa.lexicon import load_lexicon
from pesquisa.text import fold_chars

NAME = r"[A-ZÁÉÍÓÚÑ][\w-]*(?:\s+(?:de\s+|del\s+|de\s+la\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w-]*){0,3}"
DETERMINERS = frozenset({"the", "this", "that", "its", "la", "el", "esta", "este", "esa", "ese", "su"})
CLAUSE_END = re.compile(r"[,;:—–()]")


@dataclass(slots=True, frozen=True)
class Locality:
    """Where a text names a place below a state (``name`` as written), up to the state that places it, if any."""

    start: int
    end: int
    name: str


@cache
def _town_pattern() -> re.Pattern | None:
    """The names of the lexicon's Mexican towns (places within a Mexican state or town), not those a state has too."""
    places = load_lexicon().places
    states = {" ".join(fold_chars(f).split()) for forms in settings()["states"].values() for f in forms}

    def mexican(key: str | None, depth: int = 0) -> bool:
        place = places.get(key or "")
        return place is not None and (key == "mx" or ((key or "").startswith("mx-") and depth < 4
                                      and (place.within is None or mexican(place.within, depth + 1))))

    forms = {" ".join(fold_chars(f).split()) for p in places.values() if p.within and mexican(p.within)
             for f in [p.name, *p.aliases]} - states
    if not forms:
        return None
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def _state_form(text: str) -> bool:
    """True when ``text`` is one of the names of a state ("Mexico City", "la Ciudad de México")."""
    folded = " ".join(fold_chars(text).split())
    forms = {" ".join(fold_chars(f).split()) for fs in settings()["states"].values() for f in fs}
    return folded in forms or " ".join(folded.split()[1:]) in forms


def _words(key: str) -> str:
    """The phrases of ``reconcile.<key>``, as written and accent-free, as one alternation (matched case-free)."""
    forms = sorted({" ".join(f.split()) for w in settings()[key] for f in (w, fold_chars(w))}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@cache
def _named_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A name after a head word ("el municipio de |Cajeme|") and a name before a tail word ("Cajeme municipality");
    the heads and tails matched case-free, the name capitalized."""
    heads = re.compile(rf"(?<![\w-])(?i:{_words('local_heads')})\s+(?P<name>{NAME})")
    tails = re.compile(rf"(?P<name>{NAME})\s+(?i:{_words('local_tails')})(?![\w-])")
    return heads, tails


def find_localities(text: str, states: Sequence[Cue]) -> list[Locality]:
    """The places below a state that ``text`` names, in text order; ``states``: the state cues of the text, so a
    state's own name ("la Ciudad de México", "the city of Chihuahua" is a town) is told apart."""
    found: list[Locality] = []
    town = _town_pattern()
    folded = fold_chars(text)
    if town is not None:
        found += [Locality(m.start(), m.end(), text[m.start():m.end()]) for m in town.finditer(folded)]
    for pattern in _named_patterns():
        for m in pattern.finditer(text):
            # "la Ciudad de México" is a state whose name opens with a head word; "la capital de Sinaloa" is a town
            if any(c.start <= m.start("name") < c.end and c.start < m.start("name") for c in states):
                continue
            if m.group("name").lower() in DETERMINERS:
                continue  # "The city counted ...": a place told before (``local_back``), no place named "The"
            if any(c.start <= m.start() and m.end() <= c.end for c in states) or _state_form(m.group(0)):
                continue  # "Mexico City" is a state, wherever it is written
            # "la capital de Sinaloa" is no place named Sinaloa: the words say which
            name = m.group(0) if any(c.start == m.start("name") for c in states) else m.group("name")
            found.append(Locality(m.start(), m.end(), name))
    found += _opened_places(text, states)
    back = re.compile(rf"(?<![\w-])(?:{_words('local_back')})(?![\w-])(?!\s+(?:de|del|of)\s)")
    found += [Locality(m.start(), m.end(), text[m.start():m.end()]) for m in back.finditer(folded)]
    found.sort(key=lambda loc: (loc.start, -loc.end))
    out: list[Locality] = []
    for loc in found:
        if out and loc.start < out[-1].end:
            continue
        out.append(_with_state(text, loc, states))
    return out


def _opened_places(text: str, states: Sequence[Cue]) -> list[Locality]:
    """Places written after "en"/"in" that are no state and not the country ("En |León|, Guanajuato", "In |Ciudad
    Obregón|, Sonora", "In |Chicago|, police counted"): a town, or a place abroad, which SESNSP counts neither. Not a
    month or a weekday ("In December"), nor a name told as another's owner ("In |López Obrador|'s term")."""
    country = {" ".join(fold_chars(f).split()) for p in load_lexicon().places.values() if p.key == "mx"
               for f in [p.name, *p.aliases]}
    times = set(month_numbers()) | set(weekday_numbers())
    out = []
    for m in re.finditer(rf"(?<![\w-])(?i:en|in)\s+(?P<name>{NAME})(?!\w)(?!['’]s\b)", text):
        key = " ".join(fold_chars(m.group("name")).split())
        if key in country or key.split()[0] in times or any(c.start < m.end("name") and m.start("name") < c.end
                                                             for c in states):
            continue
        out.append(Locality(m.start("name"), m.end("name"), m.group("name")))
    return out


def _named(states: Sequence[Cue]) -> list[Cue]:
    """The cues that name a state (not "the state" referring back, nor the country)."""
    return [c for c in states if c.key not in ("back", "Nacional")]


def _with_state(text: str, loc: Locality, states: Sequence[Cue]) -> Locality:
    """``loc`` stretched over a state written right after it that only places it ("León, Guanajuato")."""
    joints = re.compile(rf"^\s*(?:{_joints()})\s*$", re.IGNORECASE)
    for cue in _named(states):
        if cue.start >= loc.end and joints.match(fold_chars(text[loc.end:cue.start])):
            return Locality(loc.start, cue.end, loc.name)
    return loc


@cache
def _joints() -> str:
    """The words between a town and the state that places it, as one alternation."""
    forms = sorted({" ".join(fold_chars(w).split()) for w in settings()["local_state_joints"]}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


def locality_of_figure(localities: Sequence[Locality], states: Sequence[Cue], body: str, span: tuple[int, int],
                       sentence: tuple[int, int]) -> Locality | None:
    """The place below a state a crime figure at ``span`` is told for, or None when it is a state's or the
    country's: the first place or state named after the figure in its clause ("600 víctimas en Culiacán"), else the
    nearest named before it in its sentence ("Tijuana sumó 1,900"); a state inside a locality only places it."""
    (start, end), (lo, hi) = span, sentence
    own = [loc for loc in localities if lo <= loc.start and loc.end <= hi]
    free = [c for c in states if lo <= c.start < hi and not any(loc.start <= c.start < loc.end for loc in own)]
    stop = CLAUSE_END.search(body, end, hi)
    clause_end = stop.start() if stop else hi
    after = sorted([(loc.start, loc) for loc in own if end <= loc.start < clause_end]
                   + [(c.start, None) for c in free if end <= c.start < clause_end], key=lambda x: x[0])
    if after:
        return after[0][1]
    before = sorted([(loc.end, loc) for loc in own if loc.end <= start]
                    + [(c.end, None) for c in free if c.end <= start], key=lambda x: x[0])
    return before[-1][1] if before else None
