"""Towns whose names are also a given name, a surname, a word or a national figure's (towns.yaml ``placed_only``:
"Mission", "Donna", "Lázaro Cárdenas") are places where the text places them: after a preposition of place, a word
for a municipality or its bodies, or a word for where people live or come from ("in |Mission|", "en |Lázaro
Cárdenas|", "el municipio de |Emiliano Zapata|", "Policías municipales de |Benito Juárez|", "originario de |Emiliano
Zapata|"), after a defendant's age in a list ("Raúl Garza, 39, of |Mission|; Joel Cantú, 45, of Edinburg"), or before
their state and a comma ("|Mission|, Texas", "|Benito Juárez|, Quintana Roo"). A name that goes on with another
capitalized word ("Lázaro Cárdenas Batel", "Mission Hills") or follows one ("Juan Zapata") is someone's, or another
place's. Pure."""

from __future__ import annotations

import re
from functools import cache

from pesquisa._required import matches_in
from pesquisa.extract.entities._names import is_given_name, is_known_place, names_data
from pesquisa.lexicon import load_lexicon, placed_only_towns, read_data
from pesquisa.records import Mention, Span

_PLACED_BEFORE = re.compile(r"(?:\b(?:en|in|desde|hacia|near|cerca de|rumbo a|municipio de|municipality of|localidad de|"
                            r"alcaldía|town of|city of|ciudad de|puerto de|port of|originari[oa]s? de|oriund[oa]s? de|"
                            r"vecin[oa]s? de|habitantes? de|residents? of|natives? of|municipal(?:es)? de|ayuntamiento de|"
                            r"cabildo de|alcalde(?:sa)? de|co\.?|county)|\b\d{1,3},[ \xa0]+(?:of|de))[ \xa0]+$", re.I)
# a known place and "and" before the town: "Gardaí in Cork and |Kerry|", "Sonora y |Magdalena|"
_PLACE_AND = re.compile(r"(?P<place>[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+),?[ \xa0]+(?:and|or|y|e)[ \xa0]+$")
_CAPITAL_AFTER = re.compile(r"[ \xa0]+(?:de[ \xa0]+|del[ \xa0]+)?[A-ZÁÉÍÓÚÑ]")
_CAPITAL_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*[ \xa0]+$")


@cache
def _state_forms() -> dict[str, tuple[str, ...]]:
    """State key -> the forms a text writes it in after a town and a comma (places.yaml, dateline_states.yaml,
    towns.yaml ``state_forms``)."""
    forms: dict[str, set[str]] = {}
    for key, place in load_lexicon().places.items():
        forms.setdefault(key, set()).update((place.name, *place.aliases))
    for part in (read_data("dateline_states.yaml"), read_data("towns.yaml")["state_forms"]):
        for key, written in part.items():
            forms.setdefault(key, set()).update(map(str, written))
    return {key: tuple(sorted(f, key=len, reverse=True)) for key, f in forms.items()}


@cache
def _pattern() -> re.Pattern[str]:
    """Any placed-only town's name, longest first, as a whole word."""
    names = sorted({t.name for t in placed_only_towns().values()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


@cache
def _states_by_name() -> dict[str, list[str]]:
    """A placed-only town's name -> the state of each town so named (towns.yaml's keys: a name in two states lies in
    neither for the lexicon)."""
    out: dict[str, list[str]] = {}
    for state, names in read_data("towns.yaml")["placed_only"].items():
        for name in map(str, names):
            out.setdefault(name, []).append(state)
    return out


def _state_after(text: str, end: int, states: list[str]) -> bool:
    """True when one of ``states`` follows ``end`` after a comma ("Mission|, Texas")."""
    rest = text[end:end + 40]
    return rest.startswith(", ") and any(re.match(re.escape(form) + r"(?![\w])", rest[2:])
                                         for s in states for form in _state_forms().get(s, ()))


def placed_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (the lexicon's) with the placed-only towns the text places (module docstring) as places."""
    if not placed_only_towns():
        return mentions
    out = list(mentions)
    for match in matches_in(_pattern(), text):
        span = Span(match.start(), match.end())
        placed = _PLACED_BEFORE.search(text, max(0, span.start - 24), span.start) is not None or _after_place(text, span.start)
        if any(span.overlaps(m.span) for m in out) or _CAPITAL_AFTER.match(text, span.end) or \
                (not placed and _CAPITAL_BEFORE.search(text, max(0, span.start - 30), span.start)):
            continue
        if placed or _state_after(text, span.end, _states_by_name().get(match.group(), [])):
            out.append(Mention("place", match.group(), span, match.group(), source="rule"))
    return out


def _after_place(text: str, start: int) -> bool:
    """A place the lexicon knows and "and"/"y" right before ``start`` ("in Cork and |Kerry|")."""
    found = _PLACE_AND.search(text, max(0, start - 40), start)
    place = found.group("place") if found else ""
    return bool(place) and (is_known_place(place) or load_lexicon().place_key(place) is not None)


_GIVEN_BEFORE = re.compile(r"([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)[ \xa0]+$")
_SURNAME_AFTER = re.compile(r"[ \xa0]+(?:(?:de|del|de la)[ \xa0]+)?([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)")


def in_person_name(text: str, span: Span) -> bool:
    """True when a town named like a person (a given name first: "Dolores Hidalgo", "Miguel Alemán") is inside a
    longer name of a person: a given name right before it, or a capitalized word right after it that heads or names no
    place or body ("María |Dolores Hidalgo| Ruiz", "|Miguel Alemán| Velasco")."""
    words = text[span.start:span.end].split()
    if len(words) < 2 or not is_given_name(words[0]):
        return False
    before = _GIVEN_BEFORE.search(text, max(0, span.start - 30), span.start)
    if before is not None and is_given_name(before.group(1)):
        return True
    after = _SURNAME_AFTER.match(text, span.end)
    data = names_data()
    return after is not None and after.group(1).lower() not in data.org_words | data.geo_words and \
        not is_known_place(after.group(1))
