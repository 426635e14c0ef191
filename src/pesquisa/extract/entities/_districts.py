"""US federal judicial districts: "the Southern District of New York", "el Distrito Sur de Texas" name the court and
the prosecutors sitting there (``federal_districts`` in names.yaml). The model calls the district a place and its
state another; both are one organization, the district with its state."""

from __future__ import annotations

import re
from functools import cache

from pesquisa._required import matches_in
from pesquisa.extract.entities._names import is_known_place
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span

_STATE = r"(?:[ \xa0]+(?:of|de)[ \xa0]+(?:the[ \xa0]+)?[A-ZÁÉÍÓÚ][\w.]*(?:[ \xa0]+[A-ZÁÉÍÓÚ][\w.]*)?)?"


@cache
def _district_pattern() -> re.Pattern[str]:
    forms = sorted(read_data("names.yaml")["federal_districts"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"[ \xa0]+") for f in forms) + r")\b" + _STATE)


@cache
def _district_states() -> frozenset[str]:
    """The states split into federal districts, English and Spanish ("Nueva York", "Virginia")."""
    return frozenset(read_data("names.yaml")["federal_district_states"])


def _with_state(surface: str) -> str:
    """The district and as much of the words after "of"/"de" as name a place ("Central District of California|
    Martin Estrada said": California); without a sentence's full stop ("of New York.")."""
    joint = re.search(r"[ \xa0]+(?:of|de)[ \xa0]+(?:the[ \xa0]+)?", surface)
    if joint is None:
        return surface
    head, sep, tail = surface[:joint.start()], joint.group(0), surface[joint.end():]
    words = tail.split()
    for n in range(len(words), 0, -1):
        place = " ".join(words[:n]).rstrip(".") if words[n - 1].count(".") == 1 else " ".join(words[:n])
        if is_known_place(place) or load_lexicon().place_key(place) or place in _district_states():
            return head + sep + place
    return head


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def federal_districts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each federal district an organization with its state ("Southern District of New York"),
    in place of the places and organizations the model read over it ("California Martin Estrada"); a district
    inside a longer organization ("la Corte del Distrito Sur de Nueva York") stays that organization's."""
    out = mentions
    for match in matches_in(_district_pattern(), text):
        surface = _with_state(match.group(0))
        span = Span(match.start(), match.start() + len(surface))
        if any(m.type == "organization" and m.span.start < span.start < m.span.end for m in out):
            continue  # "la Corte del Distrito Sur de Nueva York"
        court = _court_before(text, span, out)
        if court is not None:  # "the U.S. District Court for the Southern District of Texas": one court
            out = [m for m in out if m is not court]
            span, surface = Span(court.span.start, span.end), text[court.span.start:span.end]
        # a person read inside the district's words ("a federal judge in the |Northern District| of Illinois": the
        # title's rule) goes too; one running past its end stays the person's
        out = [m for m in out if not (m.span.overlaps(span) and (m.type != "person" or _within(m.span, span)))]
        out.append(Mention("organization", surface, span, re.sub(r"\s+", " ", surface), source="rule"))
    return out


_FOR_THE = re.compile(r"[ \xa0]+(?:for|of)[ \xa0]+the[ \xa0]+$")


def _court_before(text: str, span: Span, mentions: list[Mention]) -> Mention | None:
    """The court named right before a district, joined to it by "for the" ("U.S. District Court| for the |Western
    District of Texas", "the Bankruptcy Court for the ..."): an organization ending in "Court"."""
    for m in mentions:
        if m.type == "organization" and m.span.end < span.start and m.text.rstrip().endswith("Court") and \
                _FOR_THE.fullmatch(text, m.span.end, span.start):
            return m
    return None
