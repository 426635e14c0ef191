"""Who counted a claim and for which area, and the document every claim of it is read against.

A claim's scope is the agency named nearest before its figure in its sentence (else after it,
else earlier in the paragraph or the document), the CBP components that agency stands for
(narrowed to a component the sentence names, joined by the components coordinated with it),
and the field office, sector or port its sentence names. Read-only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from pesquisa.analyze.periods import Period, find_periods
from pesquisa.analyze.reconcile._areas import (
    AreaCue,
    agency_of_area,
    area_kind,
    area_of_figure,
    names_area_again,
    port_named_again,
)
from pesquisa.analyze.reconcile._crimes import LastCrime
from pesquisa.analyze.reconcile._cues import Cue, coordinated, settings
from pesquisa.analyze.reconcile._localities import Locality
from pesquisa.text import fold_chars

_Span = TypeVar("_Span", Cue, AreaCue)
CLAUSE = re.compile(r",(?!\d)|;|—|–|\(|\)|:")


@dataclass(slots=True)
class ClaimDocument:
    """What every claim of one document is read against, and the period of its last claim."""

    body: str
    published: str | None
    cues: dict[str, list[Cue]]
    masses: dict[int, list[int]] = field(default_factory=dict)  # sentence start -> starts of its figures of a mass
    areas: list[AreaCue] = field(default_factory=list)  # field offices, sectors and ports named
    localities: list[Locality] = field(default_factory=list)  # municipalities and towns named (no SESNSP series)
    figures: list[int] = field(default_factory=list)  # starts of every quantity
    # for "in the same period": the period of the first claim of the last sentence that made one, so a figure given
    # "frente a" or "compared with" the year before does not become the period referred back to
    last_period: Period | None = None
    last_sentence: int = -1  # start of that sentence
    last_area: tuple[Cue | None, AreaCue] | None = None  # agency and area of the last claim told for an area
    last_crime: LastCrime | None = None  # crime and state of the last crime claim, for the figures after it
    last_base: tuple[int, int, Period] | None = None  # sentence start, where the base of its change opens, its period



def nearest(cues: Sequence[_Span], pos: int, lo: int, hi: int) -> _Span | None:
    """The cue closest before ``pos`` within [lo, hi), else the first after it."""
    before = [c for c in cues if lo <= c.start and c.end <= pos]
    if before:
        return before[-1]
    after = [c for c in cues if pos <= c.start and c.end <= hi]
    return after[0] if after else None



def paragraph_bounds(body: str, pos: int) -> tuple[int, int]:
    lo = body.rfind("\n", 0, pos) + 1
    hi = body.find("\n", pos)
    return lo, len(body) if hi < 0 else hi



def agency_and_area(doc: ClaimDocument, span: tuple[int, int], sentence: tuple[int, int]) \
        -> tuple[Cue | None, AreaCue | None]:
    """Who counted the quantity at ``span`` and for which area: the agency named nearest in its sentence (else its
    paragraph, else the document) and the area its sentence names; a sentence naming neither that refers back to an
    area by its kind ("Agents in the sector also seized ...") or by the people who work it, with no agency in its
    paragraph ("In June, agents seized 69 pounds" after a sector's figure), is the last claim's agency and area, one
    referring back
    to a port ("The port has seized ...") is that port's; an area named with no agency is counted by the agency of its
    kind ("The El Paso Field Office seized ..." is OFO's)."""
    s_lo, s_hi = sentence
    start = span[0]
    agencies = doc.cues.get("agency", [])
    own = nearest(agencies, start, s_lo, s_hi)
    own = _people_switch(doc.body, own, start) or own
    area = area_of_figure(doc.areas, doc.body, span, sentence, doc.figures)
    p_lo, _ = paragraph_bounds(doc.body, start)
    if own is None and area is None and doc.last_area and (names_area_again(doc.body[s_lo:s_hi]) or (
            nearest(agencies, start, max(p_lo, _sentence_end(doc.body, doc.last_area[1].end)), start) is None
            and _its_people(doc.last_area[1], doc.body[s_lo:s_hi]))):
        return doc.last_area
    area = area or port_named_again(doc.body, sentence)
    told = nearest(agencies, start, p_lo, start) or nearest(agencies, start, 0, start)
    if own is None and told is not None and not _whole_agency(told) and _names_the_agency(doc.body[s_lo:s_hi]):
        # "Heroin seizures totalled 1,511 pounds in FY 2023, the agency said" after "CBP officers at ports of entry
        # ...": the agency told of before, not the component its ports named
        told = next((c for c in reversed(agencies) if c.end <= start and _whole_agency(c)), told)
    if own is None and area is not None and area.area:
        return agency_of_area(area, told), area
    return own or told, area



def region_over_carried(doc: ClaimDocument, agency: Cue | None, sentence: tuple[int, int], regions: list[str]) \
        -> Cue | None:
    """``agency``, unless it was named in an earlier paragraph and the figure's sentence names a border region: an
    agency that publishes no series here, or one CBP component where the sentence names none of its people, is then
    None, the CBP series of that region ("..., according to DEA estimates." or "..., and Border Patrol agents seized
    2,989 pounds." and, in the next paragraph, "At the southwest border, 121,186 pounds of methamphetamine were
    seized"): the source or the component of another paragraph's figure is not this one's."""
    if agency is None or not any(r != "nationwide" for r in regions) \
            or agency.end > paragraph_bounds(doc.body, sentence[0])[0]:
        return agency
    if agency.key == "other":
        return None
    folded = f" {' '.join(re.findall(r'[a-z0-9]+', fold_chars(doc.body[sentence[0]:sentence[1]]).lower()))} "
    people = any(f" {fold_chars(w).lower()} " in folded for words in settings()["component_people"].values() for w in words)
    return None if not _whole_agency(agency) and not people else agency


def _whole_agency(cue: Cue) -> bool:
    """True when ``cue`` names a whole agency (CBP, AMO, one without a series here), not one component of a series."""
    conf = settings()["agencies"]
    own = conf.get(cue.key)
    if own is None:
        return True
    every = {x for a in conf.values() if a["series"] == own["series"] for x in a["components"]}
    return set(own["components"]) == every


def _names_the_agency(text: str) -> bool:
    """True when a sentence refers back to an agency by that word ("the agency said", "informó la dependencia":
    ``reconcile.agency_anaphors``)."""
    folded = f" {' '.join(re.findall(r'[a-z0-9]+', fold_chars(text).lower()))} "
    return any(f" {' '.join(re.findall(r'[a-z0-9]+', fold_chars(w).lower()))} " in folded
               for w in settings()["agency_anaphors"])


def is_binational(doc: ClaimDocument, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells a total of several countries: it says so, or it names a joint total ("a combined")
    with no agency, or with an agency that has no series here beside it. A joint word right after a period joins
    periods ("in January and March together", "en octubre y diciembre en conjunto"), not countries."""
    s_lo, s_hi = sentence
    if any(s_lo <= c.start < s_hi for c in doc.cues.get("binational", [])):
        return True
    named = [c for c in doc.cues.get("agency", []) if s_lo <= c.start < s_hi]
    joint = [c for c in doc.cues.get("joint", []) if s_lo <= c.start < s_hi]
    if joint:
        periods = find_periods(doc.body[s_lo:s_hi], published=doc.published)
        joint = [c for c in joint if not any(s_lo + p.stop <= c.start and not doc.body[s_lo + p.stop:c.start].strip(" ,")
                                             for p in periods)]  # a joint word before the period joins no periods
    return bool(joint) and (not named or any(c.key == "other" for c in named))



def series_of(agency: Cue | None, agencies: list[Cue], sentence: tuple[int, int], body: str = "") -> dict | None:
    """The series (and components) that counts for ``agency``: a CBP component the sentence names narrows
    CBP to it, CBP told of one component's people ("CBP officers") beside another component named is that first
    component ("CBP officers seized 10,340 pounds, while Border Patrol agents seized 1,687"); a border region named
    alone is the CBP series; an agency without a series has none."""
    s_lo, s_hi = sentence
    conf = settings()
    series: dict | None = conf["agencies"].get(agency.key) if agency else None
    if agency and agency.key == "cbp":
        named = {c.key for c in agencies if s_lo <= c.start < s_hi and c.key not in ("cbp", "other")}
        people = people_of(body, agency) if named else None
        named = {people} if people and people not in named else named
        if named:  # "CBP officers at ports of entry": the component, not all of CBP
            series = {"series": conf["agencies"][sorted(named)[0]]["series"],
                      "components": sorted({x for k in named for x in conf["agencies"][k]["components"]})}
    if series is None and agency is None:
        series = conf["agencies"]["cbp"]  # a border region alone: the CBP series of that region
    return series



def with_coordinated(series: dict, agency: Cue, agencies: list[Cue], body: str) -> dict:
    """The series of ``agency`` joined by the components of the agencies coordinated with it right before it
    ("CBP officers and Border Patrol agents seized ...", "la Patrulla Fronteriza y los oficiales de la CBP"):
    their seizures together, not the nearest one's alone. Only components of the same series join."""
    components = set(series["components"])
    conf = settings()["agencies"]
    later = agency
    for cue in reversed([c for c in agencies if c.end <= agency.start]):
        joined = conf.get(cue.key)
        if not joined or joined["series"] != series["series"] or not coordinated().match(body[cue.end:later.start]):
            break
        components.update(joined["components"])
        later = cue
    return {**series, "components": sorted(components)} if components != set(series["components"]) else series


def people_of(body: str, cue: Cue) -> str | None:
    """The CBP component whose people ``cue`` is told of ("CBP officers", "los oficiales de la CBP", "Customs and
    Border Protection officers": ``reconcile.component_people``), else None."""
    before = fold_chars(body[max(0, cue.start - 20):cue.start]).lower().split()
    after = fold_chars(body[cue.end:cue.end + 12]).lower().split()
    near = [*fold_chars(cue.text).lower().split(), *after[:1], *(before[-3:] if before[-1:] in (["de"], ["la"]) else [])]
    keys = [key for key, people in settings()["component_people"].items() if any(fold_chars(w).lower() in near for w in people)]
    return keys[0] if len(keys) == 1 else None  # "CBP officers and agents": all of CBP


def _its_people(area: AreaCue, text: str) -> bool:
    """True when ``text`` names the people who seize for an area of the kind of ``area`` (``reconcile.area_people``:
    agents for a Border Patrol sector, officers for a field office)."""
    words = settings()["area_people"].get(area_kind(area.area) or "", []) if area.area else []
    folded = f" {' '.join(re.findall(r'[a-z0-9]+', fold_chars(text).lower()))} "
    return any(f" {' '.join(fold_chars(w).split())} " in folded for w in words)


def _people_switch(body: str, own: Cue | None, start: int) -> Cue | None:
    """The other CBP component when a clause joined after ``own`` and before the figure at ``start`` is told of that
    component's people ("Officers at ports of entry seized 144,914 pounds, and agents seized 40,089 pounds": Border
    Patrol's; ``reconcile.component_people``), else None."""
    if own is None or own.end > start:
        return None
    people = settings()["component_people"]
    told = own.key if own.key in people else people_of(body, own)  # "CBP officers seized ..., and agents seized ..."
    if told is None:
        return None
    text = fold_chars(body[own.end:start])
    found = None
    for key, words in people.items():
        for word in words:
            for m in re.finditer(rf"(?:\band|\by|\bwhile|\bmientras(?:\s+que)?|,)\s+(?:the\s+|los\s+|sus\s+)?"
                                 rf"({re.escape(fold_chars(word))})\b", text):
                if found is None or m.start(1) > found[0]:
                    found = (m.start(1), m.end(1), key)
    if found is None or found[2] == told:
        return None
    lo, hi, key = found
    return Cue(own.end + lo, own.end + hi, key, body[own.end + lo:own.end + hi])


def _sentence_end(body: str, pos: int) -> int:
    """Where the sentence around ``pos`` ends: an agency named there ("The Tucson Field Office seized 430 pounds ...,
    according to U.S. Customs and Border Protection") tells the area's source, not another agency's figure after it."""
    ends = [i for i in (body.find(". ", pos), body.find("\n", pos)) if i >= 0]
    return min(ends) if ends else len(body)


def regions_of_figure(doc: ClaimDocument, span: tuple[int, int], sentence: tuple[int, int]) -> list[str]:
    """The regions (keys, sorted) a figure at ``span`` is told for: every region its sentence names, unless the
    sentence pairs several figures with several regions ("At the northern border, CBP seized 77 pounds of fentanyl,
    compared with 156,000 pounds of meth at the southwest border"); then the ones of the figure's clause, else the
    nearest before it."""
    s_lo, s_hi = sentence
    cues = [c for c in doc.cues.get("region", []) if s_lo <= c.start < s_hi]
    if sum(s_lo <= f < s_hi for f in doc.figures) < 2:
        return sorted({c.key for c in cues})
    # a region in a later clause with a figure of its own is that figure's ("agents seized 49,829 pounds, while agents
    # at the southwest border seized 1,148 pounds")
    cues = [c for c in cues if c.start < span[1] or not _own_figure(doc, c, span, sentence)]
    keys = sorted({c.key for c in cues})
    if len(keys) < 2:
        return keys
    lo = max((m.end() + s_lo for m in CLAUSE.finditer(doc.body, s_lo, span[0])), default=s_lo)
    nxt = CLAUSE.search(doc.body, span[1], s_hi)
    hi = nxt.start() if nxt else s_hi
    own = sorted({c.key for c in cues if lo <= c.start < hi})
    before = [c for c in cues if c.end <= span[0]]
    return own or ([before[-1].key] if before else keys)


def _own_figure(doc: ClaimDocument, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """True when ``cue``, after the figure at ``span`` past a clause break, shares its clause with another figure."""
    lo = max((m.end() for m in CLAUSE.finditer(doc.body, sentence[0], cue.start)), default=sentence[0])
    nxt = CLAUSE.search(doc.body, cue.end, sentence[1])
    hi = nxt.start() if nxt else sentence[1]
    return lo >= span[1] and any(lo <= f < hi for f in doc.figures if f >= span[1])
