"""An agency's office named by its city right after the agency: "the |DEA| Houston Field Division", "the |FBI|'s El Paso
Field Office", "Border Patrol's Tucson Sector". The model reads the whole as one organization, or the city as a place
and the head words as nothing, and the lexicon claims the agency; the city and the office's head (names.yaml
``field_unit_heads``) are the unit's own words ("Houston Field Division"), an organization beside the agency,
named with the agency as written ("DEA Houston Field Division")."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.records import Mention, Span

_CITY = r"[A-Z][\w.'’-]+(?:[ \xa0]+[A-Z][\w.'’-]+){0,2}?"


@cache
def _unit_after() -> re.Pattern[str]:
    """A city of one to three capitalized words and an office's head, after an agency and its possessive."""
    heads = sorted(read_data("names.yaml")["field_unit_heads"], key=len, reverse=True)
    alternation = "|".join(re.escape(h).replace(r"\ ", r"[ \xa0]+") for h in heads)
    return re.compile(rf"(?:['’]s)?[ \xa0]+(?P<unit>{_CITY}[ \xa0]+(?:{alternation}))(?![\w-])")


def _unit_of(text: str, agency: Mention) -> Span | None:
    """The span of the office named right after ``agency``, a lexicon organization, or None."""
    if agency.type != "organization" or agency.source != "lexicon":
        return None
    found = _unit_after().match(text, agency.span.end)
    return Span(found.start("unit"), found.end("unit")) if found else None


def field_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each office named by its city after a lexicon agency (see the module docstring) as an
    organization; the places and the model's organizations inside it go; not where a person or another lexicon
    organization is inside, or a name runs past it."""
    out = list(mentions)
    for agency in mentions:
        span = _unit_of(text, agency)
        if span is None:
            continue
        inside = [m for m in out if m.span.overlaps(span)]
        if any(m.type == "person" or (m.type == "organization" and m.source == "lexicon") or m.span.end > span.end or
               m.span.start < span.start for m in inside):
            continue
        surface = text[span.start:span.end]
        name = f"{agency.text} {surface}"  # "FBI Albuquerque Field Office": the agency's own, not another's of the city
        out = [m for m in out if m not in inside] + [Mention("organization", surface, span, name, source="rule")]
    return out
