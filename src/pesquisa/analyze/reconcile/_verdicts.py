"""A claim beside the official record: the record of one claim, the verdict, and the sums of the series.

A seizure claim is read against the CBP series of its scope (agency components, regions)
in its own unit; a crime count against SESNSP's victims of its state. Where the series
cannot answer (several countries, pills, an agency without a series, a period outside the
series) the claim keeps ``no official series`` and a reason. Reads the store, writes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Engine

from pesquisa.analyze.periods import Period
from pesquisa.analyze.reconcile._areas import AreaCue
from pesquisa.analyze.reconcile._cues import DRUG_ITEMS_ALL, Cue, kg_per_unit, series_items, settings
from pesquisa.store.read import official as read_official
from pesquisa.text import fold_chars

CONSISTENT, CLOSE, INCONSISTENT, NO_SERIES = "consistent", "close", "inconsistent", "no official series"
SESNSP = "sesnsp-victims"


@dataclass(slots=True)
class ReconciledClaim:
    """One claim of the news beside the official figure for its item, scope and period."""

    quantity_id: str
    document_id: str
    source: str  # the document's file name
    text: str  # the quantity as written
    span: tuple[int, int]
    claim_value: float
    claim_unit: str
    item: str | None
    period: Period | None
    verdict: str
    reason: str
    scope: dict = field(default_factory=dict)  # agency, series, components, regions
    official_value: float | None = None
    official_unit: str | None = None
    relative_difference: float | None = None
    official_source: dict = field(default_factory=dict)  # dataset, files and lines

    def to_dict(self) -> dict:
        """The JSON object of ``pesquisa reconcile --json`` (no official figure when there is no series)."""
        out = {"quantity_id": self.quantity_id, "document_id": self.document_id, "source": self.source,
               "text": self.text, "span": list(self.span), "claim_value": self.claim_value,
               "claim_unit": self.claim_unit, "item": self.item,
               "period": ({"start": self.period.start_date, "end": self.period.end_date, "text": self.period.text,
                           "form": self.period.form} if self.period else None),
               "scope": self.scope, "verdict": self.verdict, "reason": self.reason}
        if self.official_value is not None:
            out.update(official_value=round(self.official_value, 2), official_unit=self.official_unit,
                       relative_difference=(None if self.relative_difference is None
                                            else round(self.relative_difference, 4)),
                       official_source=self.official_source)
        return out


def verdict(claim: float, official: float, qualifier: str | None = None) -> tuple[str, float | None]:
    """The verdict and relative difference (claim - official) / official; 2 % consistent, 10 % close.

    A bound ("more than", "menos de") that holds, with the official figure within the close
    margin of it, is consistent: "more than 21,000 pounds" of 21,889.
    """
    conf = settings()
    if official == 0:
        return (CONSISTENT, 0.0) if claim == 0 else (INCONSISTENT, None)
    diff = (claim - official) / official
    bound = " ".join(fold_chars(qualifier or "").split())
    holds = (bound in conf["lower_bound"] and official >= claim) or (bound in conf["upper_bound"] and official <= claim)
    if holds and abs(diff) <= conf["close"] + 1e-9:
        return CONSISTENT, diff
    if abs(diff) <= conf["consistent"] + 1e-9:
        return CONSISTENT, diff
    if abs(diff) <= conf["close"] + 1e-9:
        return CLOSE, diff
    return INCONSISTENT, diff


def outside_coverage(dataset: str, period: Period, coverage: dict[str, dict], command: str) -> str | None:
    """Why ``dataset`` cannot answer for ``period`` (not imported, or the period outside it), or None when it can."""
    cov = coverage.get(dataset)
    if cov is None or not cov.get("first_month"):
        return f"the {dataset} series is not imported (pesquisa import {command})"
    if period.start < cov["first_month"] or period.end > cov["last_month"]:
        return (f"the {dataset} series covers {cov['first_month']} to {cov['last_month']}; "
                f"the claim's period is {period.start} to {period.end}")
    return None


def period_runs(period: Period) -> list[tuple[str, str]]:
    """The runs of months the series is summed over: the period, or its two months alone ("in January and March")."""
    if period.form == "months-apart":
        return [(period.start, period.start), (period.end, period.end)]
    return [(period.start, period.end)]


def period_words(period: Period) -> str:
    """The period as a reason states it ("2024-10 to 2025-03", "2025-01 and 2025-03")."""
    return f"{period.start} {'and' if period.form == 'months-apart' else 'to'} {period.end}"


def judge_crime(engine: Engine, claim: ReconciledClaim, *, crime: str, state: str | list[str], coverage: dict[str, dict],
                qualifier: str | None) -> None:
    """Fill the SESNSP figure and verdict of a count of ``crime`` in ``state``, or the reason there is none."""
    period = claim.period
    assert period is not None
    missing = outside_coverage(SESNSP, period, coverage, "sesnsp")
    if missing:
        claim.reason = missing
        return
    states = [state] if isinstance(state, str) else state  # "In Guanajuato and Jalisco, 5,000 ...": both together
    parts = [read_official.victim_sum(engine, crime=crime, state=s, start=start, end=end)
             for s in states for start, end in period_runs(period)]
    total = sum(f["total"] for f in parts)
    sources: dict[str, list[int]] = defaultdict(list)
    for f in parts:
        for file, lines in f["sources"].items():
            sources[file] += lines
    claim.official_value, claim.official_unit = float(total), "victims"
    claim.verdict, claim.relative_difference = verdict(claim.claim_value, claim.official_value, qualifier)
    claim.official_source = {"dataset": SESNSP, "rows": sum(f["rows"] for f in parts),
                             "files": [{"file": f, "lines": sorted(lines)} for f, lines in sorted(sources.items())]}
    claim.reason = (f"victims of {crime} in {' + '.join(states)}, {period_words(period)}: {total:,} "
                    f"(SESNSP counts victims; a count of cases can differ)")


def judge_seizures(engine: Engine, claim: ReconciledClaim, *, series: dict | None, binational: bool, pills: bool,
                   coverage: dict[str, dict], agency: Cue | None, qualifier: str | None,
                   area: AreaCue | None = None) -> None:
    """Fill the official figure and verdict of ``claim``, or the reason there is none (reads the series).

    A figure of an area the series counts by (a field office, a sector) is read against that
    area's rows; one of a single port has no official figure.
    """
    period = claim.period
    assert period is not None
    if binational:
        claim.reason = "a total of several countries' seizures: no single official series holds it"
        return
    if series is None:
        claim.reason = f"{agency.text if agency else 'this agency'} publishes no series imported here"
        return
    if pills:
        claim.reason = "counted in pills; the series weighs seizures in pounds"
        return
    if area is not None and area.area is None:
        claim.reason = (f"ports of entry named ({area.text}): the series counts by field office and sector, "
                        "not by port or state")
        return
    dataset = series["series"]
    missing = outside_coverage(dataset, period, coverage, "cbp")
    if missing:
        claim.reason = missing
        return
    regions = None if claim.scope["regions"] == ["all"] else claim.scope["regions"]
    areas = [area.area] if area is not None and area.area else None
    pounds, kg, rows, sources = seizure_total(engine, claim, dataset, series["components"], regions, areas)
    official = pounds if claim.claim_unit == "lb" else kg / (kg_per_unit(claim.claim_unit) or 1.0)
    claim.official_value, claim.official_unit = official, claim.claim_unit
    claim.verdict, claim.relative_difference = verdict(claim.claim_value, official, qualifier)
    claim.official_source = {"dataset": dataset, "rows": rows,
                             "files": [{"file": f, "lines": sorted(lines)} for f, lines in sorted(sources.items())]}
    where = ", ".join(areas or claim.scope["regions"]) if regions or areas else "all regions"
    claim.reason = (f"{claim.item} seized by {'+'.join(series['components'])} ({where}), {period_words(period)}: "
                    f"{pounds:,.2f} lb in {rows} rows" + (f"; the claim says '{qualifier}'" if qualifier else ""))


def seizure_total(engine: Engine, claim: ReconciledClaim, dataset: str, components: list[str],
                 regions: list[str] | None, areas: list[str] | None) -> tuple[float, float, int, dict[str, set[int]]]:
    """(pounds, kg, rows, lines by file) of the series rows of the claim's item (every drug for "drugs") and period."""
    period = claim.period
    assert period is not None
    items = [claim.item] if claim.item and claim.item != DRUG_ITEMS_ALL else sorted(set(series_items().values()))
    pounds = kg = 0.0
    rows = 0
    sources: dict[str, set[int]] = defaultdict(set)
    for item, (start, end) in ((i, run) for i in items for run in period_runs(period)):
        part = read_official.seizure_sum(engine, dataset=dataset, item=item, start=start, end=end,
                                         components=components, regions=regions, areas=areas)
        pounds += part["pounds"]
        kg += part["kg"]
        rows += part["rows"]
        for file, lines in part["sources"].items():
            sources[file].update(lines)
    return pounds, kg, rows, sources
