"""Framework tracker: the stored facts that evidence each indicator of a framework, over time, and the latest figure.

A framework (``pesquisa.analyze.framework``: goals, indicators, rules, official series) is
read against the knowledge base. How a fact is decided to be about an indicator, never by
words co-occurring alone:

1. **Its type and kind.** A rule names a fact type and what it must be: a seizure quantity
   whose item is fentanyl for "fentanyl seized", an extradition event for "extraditions", a
   count of measures or counties for "arms measures". A keyword anywhere in the article is
   never enough; keywords only narrow a fact that already has the right type and kind
   ("a percent change in a sentence about homicides", "an arrest told as a leader's").
2. **Its place.** The framework names its countries: a fact whose event happened in another
   country, or whose acting bodies and people are all of another country (a cocaine seizure by
   Spain's customs), is out; a fact of unknown place stays. A planned event (every report in
   the future tense) evidences nothing yet.
3. **Once per happening.** The reports of one resolved event count once; a seizure another
   outlet told first (``store.read.seizure_ledger``) counts once; so does a figure repeated in
   one document and a statement inside another (a quote around a figure). The others stay
   visible under ``also``.

A fact is dated when it happened (an event's date) or when it was stated (a figure's or a
quote's publication date); undated facts are kept, listed last. Official series are summed by
month (CBP kilograms seized, SESNSP victims) over the months the file really covers. The
**latest figure** of an indicator is its most recent dated value, a fact's or a series
point's (a month counts as its last day; on a tie, the first stated), with its date and source.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine

from pesquisa.analyze._tracker_facts import Evidence, Fact, count_once, facts_of, in_scope, rule_holds, with_value
from pesquisa.analyze.framework import QUANTITY_KINDS, Framework, Indicator, SeriesSpec, label, load_framework
from pesquisa.errors import NotFoundError
from pesquisa.lexicon import read_data
from pesquisa.store.read import official as read_official
from pesquisa.store.read.tracker import TrackerRows, seizure_months, tracker_rows, victim_months

CSV_COLUMNS = ("framework", "goal", "indicator", "fact", "fact_id", "source", "document_id", "start", "end", "text",
               "date", "value", "unit", "item", "also")


@dataclass(slots=True)
class Series:
    """An official series by month: ``points`` are (YYYY-MM, value) in month order."""

    spec: SeriesSpec
    points: list[tuple[str, float]]
    files: list[str] = field(default_factory=list)

    def to_dict(self, lang: str = "en") -> dict:
        """The JSON object of a series: id, name, dataset, unit, points, first and last month, files."""
        return {"id": self.spec.id, "name": label(self.spec.name, lang),
                "dataset": "sesnsp-victims" if self.spec.kind == "victims" else self.spec.dataset,
                "unit": self.spec.unit, "first": self.points[0][0] if self.points else None,
                "last": self.points[-1][0] if self.points else None, "files": self.files,
                "points": [{"date": d, "value": v} for d, v in self.points]}


@dataclass(slots=True)
class IndicatorResult:
    """One indicator with its evidence (once per happening, oldest first), its series and latest figure."""

    indicator: Indicator
    evidence: list[Evidence]
    series: list[Series]
    latest: dict | None

    def to_dict(self, lang: str = "en") -> dict:
        """The JSON object of ``pesquisa tracker --json`` for one indicator ("series" only where imported)."""
        out: dict = {"id": self.indicator.id, "name": label(self.indicator.name, lang),
                     "names": self.indicator.name, "evidence": [evidence_dict(e) for e in self.evidence]}
        if self.series:
            out["series"] = [s.to_dict(lang) for s in self.series]
        out["latest"] = self.latest
        return out


@dataclass(slots=True)
class GoalResult:
    """One goal and its indicators' results."""

    id: str
    name: dict[str, str]
    indicators: list[IndicatorResult]


@dataclass(slots=True)
class TrackerReport:
    """A framework read against the knowledge base: per goal and indicator, evidence, series and latest figure."""

    framework: Framework
    goals: list[GoalResult]

    def to_dict(self, lang: str = "en") -> dict:
        """``{"framework", "name", "year", "countries", "goals": [{"id", "name", "indicators": [...]}]}``."""
        fw = self.framework
        return {"framework": fw.id, "name": label(fw.name, lang), "year": fw.year, "countries": list(fw.countries),
                "goals": [{"id": g.id, "name": label(g.name, lang), "names": g.name,
                           "indicators": [i.to_dict(lang) for i in g.indicators]} for g in self.goals]}

    def only(self, indicator_id: str) -> TrackerReport:
        """A copy holding one indicator (in its goal). Raises ``NotFoundError`` naming the known ones."""
        goals = [GoalResult(g.id, g.name, [i for i in g.indicators if i.indicator.id == indicator_id])
                 for g in self.goals]
        goals = [g for g in goals if g.indicators]
        if not goals:
            known = ", ".join(i.id for i in self.framework.indicators)
            raise NotFoundError(f"{indicator_id}: no such indicator in {self.framework.id} (known: {known})")
        return TrackerReport(self.framework, goals)

    def evidence_rows(self) -> list[dict]:
        """One flat row per evidence item (``CSV_COLUMNS``), goal by goal, for CSV."""
        rows = []
        for g in self.goals:
            for ind in g.indicators:
                for e in ind.evidence:
                    f = e.fact
                    rows.append({"framework": self.framework.id, "goal": g.id, "indicator": ind.indicator.id,
                                 "fact": f.fact, "fact_id": f.id, "source": f.source, "document_id": f.document_id,
                                 "start": f.start, "end": f.end, "text": f.text, "date": f.date or "",
                                 "value": "" if f.value is None else f.value, "unit": f.unit or "",
                                 "item": f.item or "", "also": len(e.also)})
        return rows


def tracker_csv(report: TrackerReport) -> str:
    """The evidence rows of ``report`` as CSV text with a header (``CSV_COLUMNS``)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(report.evidence_rows())
    return out.getvalue()


def evidence_dict(e: Evidence) -> dict:
    """An evidence item: source, document_id, start, end, text (the clean body there), date, value if any."""
    f = e.fact
    out: dict = {"source": f.source, "document_id": f.document_id, "start": f.start, "end": f.end, "text": f.text,
                 "date": f.date}
    if f.value is not None:
        out.update(value=f.value, unit=f.unit)
    out.update(fact=f.fact, fact_id=f.id, item=f.item, context=f.sentence,
               also=[{"source": a.source, "document_id": a.document_id, "start": a.start, "end": a.end,
                      "text": a.text, "date": a.date} for a in e.also])
    return out


def date_end(date: str) -> str:
    """The last day a date stands for: "2024" -> "2024-12-31", "2024-05" -> "2024-05-31" (for ordering)."""
    return date + "-12-31" if len(date) == 4 else date + "-31" if len(date) == 7 else date


def latest_figure(evidence: list[Evidence], series: list[Series]) -> dict | None:
    """The most recent dated value among the facts and the series points, with its date and source; None if none."""
    found: list[tuple[str, int, dict]] = []
    for rank, e in enumerate(evidence):
        f = e.fact
        if f.value is not None and f.date:
            found.append((date_end(f.date), rank, {"value": f.value, "unit": f.unit, "date": f.date,
                                                   "source": f.source, "document_id": f.document_id,
                                                   "start": f.start, "end": f.end, "text": f.text}))
    for rank, s in enumerate(series, start=len(evidence)):
        if s.points:
            month, value = s.points[-1]
            found.append((date_end(month), rank, {"value": value, "unit": s.spec.unit, "date": month,
                                                  "source": s.to_dict()["dataset"], "series": s.spec.id,
                                                  "files": s.files}))
    if not found:
        return None
    return max(found, key=lambda x: (x[0], -x[1]))[2]


def indicator_evidence(indicator: Indicator, facts: list[Fact], rows: TrackerRows, *,
                       countries: tuple[str, ...] = ()) -> list[Evidence]:
    """The facts that evidence ``indicator`` (any of its rules), each happening once, oldest first (pure)."""
    found: dict[str, Evidence] = {}
    for fact in facts:
        if fact.id in found or not in_scope(fact, countries):
            continue
        rule = next((r for r in indicator.rules if rule_holds(r, indicator.keywords, fact, rows)), None)
        if rule is not None:
            found[fact.id] = Evidence(with_value(rule, fact), named=indicator.keywords.found_in(fact.sentence))
    return count_once(list(found.values()), rows.repeats)


def track(framework: Framework, rows: TrackerRows, series: dict[str, Series] | None = None) -> TrackerReport:
    """The framework read against ``rows``: evidence, series (where imported) and latest figure per indicator (pure)."""
    facts = facts_of(rows)
    series = series or {}
    goals = []
    for goal in framework.goals:
        results = []
        for ind in goal.indicators:
            evidence = indicator_evidence(ind, facts, rows, countries=framework.countries)
            found = [series[s.id] for s in ind.series if s.id in series and series[s.id].points]
            results.append(IndicatorResult(ind, evidence, found, latest_figure(evidence, found)))
        goals.append(GoalResult(goal.id, goal.name, results))
    return TrackerReport(framework, goals)


def make_series(spec: SeriesSpec, months: list[dict], coverage: dict | None) -> Series:
    """The series of ``spec`` from monthly sums, cut to the months the dataset really covers (pure)."""
    first, last = (coverage or {}).get("first_month"), (coverage or {}).get("last_month")
    field_name = "kg" if spec.kind == "seizures" else "victims"
    points = [(m["month"], round(float(m[field_name]), 2)) for m in months
              if (not first or m["month"] >= first) and (not last or m["month"] <= last)]
    return Series(spec, points, list((coverage or {}).get("files", [])))


def read_series(engine: Engine, specs: Iterable[SeriesSpec]) -> dict[str, Series]:
    """The official series the specs name, by id (empty ones when nothing is imported; read-only)."""
    coverage = read_official.dataset_coverage(engine)
    out = {}
    for spec in specs:
        if spec.kind == "seizures":
            months = seizure_months(engine, dataset=spec.dataset, item=spec.item or "")
            out[spec.id] = make_series(spec, months, coverage.get(spec.dataset))
        else:
            months = victim_months(engine, crime=spec.crime or "", state=spec.state)
            out[spec.id] = make_series(spec, months, coverage.get("sesnsp-victims"))
    return out


def tracker_report(engine: Engine, framework: Framework | str | None = None) -> TrackerReport:
    """The tracker of ``framework`` (a ``Framework``, a shipped id or a file; default bicentennial), read-only.

    Steps: load the framework; read the facts its rules can use and the series it names;
    match, count once, date and pick the latest figure (``track``). Raises ``ConfigError``
    for a bad framework file. Needs the official tables (``ensure_official_schema``).
    """
    fw = framework if isinstance(framework, Framework) else load_framework(framework)
    rules = [r for ind in fw.indicators for r in ind.rules]
    every_type = tuple(read_data("events.yaml")["triggers"])
    quantity_kinds = {k for r in rules if r.fact == "quantity" for k in (r.kinds or QUANTITY_KINDS)}
    # a figure takes the place and actors of the event that claims it, whatever its type
    event_types = set(every_type) if quantity_kinds else {t for r in rules if r.fact == "event"
                                                          for t in r.types or every_type}
    rows = tracker_rows(engine, quantity_kinds=quantity_kinds, event_types=event_types,
                        relation_kinds={k for r in rules if r.fact == "relation" for k in r.relations},
                        quotes=any(r.fact == "quote" for r in rules))
    return track(fw, rows, read_series(engine, [s for ind in fw.indicators for s in ind.series]))

