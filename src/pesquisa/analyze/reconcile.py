"""Reconciliation: each stored quantity that states an official aggregate, against the official series.

A claim is an aggregate when its sentence says who counted (an agency: CBP, Border Patrol,
OFO, AMO; or another agency that publishes no series here) or where (the southwest border,
nationwide), and over which period; a seizure on a day ("On Aug. 5, CBP officers seized
5,528 pounds") states no period and is left alone, and so is a sentence that calls its figure
one seizure ("the largest seizure of the drug to date"). For each claim:

1. the scope: the agency named nearest before the quantity in its sentence (else after it,
   else earlier in the paragraph or the document), the CBP components it stands for, and
   the regions the sentence names (none named: every region);
2. the item: the quantity's own (fentanyl, cocaine...), else the drug its sentence names;
3. the period: the period words of the quantity's clause (the ones after it first, then
   before), else of its sentence, resolved against the publication date
   (``pesquisa.analyze.periods``); a bare year is a fiscal year when the claim is CBP's;
4. the official figure: the sum of the series rows of that item, scope and months, in the
   claim's own unit, and the relative difference: ``consistent`` within 2 %, ``close``
   within 10 %, ``inconsistent`` beyond.

Crime figures ("30,047 víctimas de homicidio doloso en 2024", "827 femicides in 2023") are
compared the same way with SESNSP's victims of that crime in the state the sentence names
(none named: the country), over calendar months.

Claims the series cannot answer say why, with no official figure: totals of several
countries ("Mexico and the United States seized a combined..."), pills where the series
weighs pounds, items the series does not count, agencies without a series here, and
periods outside what the series covers (before October 2018, after its last month).
Words for agencies, regions, units and cues are data (``official.yaml``). Read-only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import Engine

from pesquisa.analyze.periods import Period, find_periods
from pesquisa.extract.quantities import commodity_key
from pesquisa.lexicon import read_data
from pesquisa.store.read import official as read_official
from pesquisa.text import fold_chars, split_sentences

CLAUSE = re.compile(r",(?!\d)|;|—|–|\(|\)|:")
DRUG_ITEMS_ALL = "drugs"
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


@dataclass(slots=True, frozen=True)
class _Cue:
    start: int
    end: int
    key: str  # agency key, "other", region name, "nationwide", "binational", "pill"
    text: str


@cache
def settings() -> dict:
    """The reconcile section of official.yaml, its phrases compiled into one pattern per way of matching."""
    data = read_data("official.yaml")["reconcile"]
    cues: list[tuple[str, str, str]] = []  # (kind, key, form)
    for key, agency in data["agencies"].items():
        cues += [("agency", key, form) for form in agency["forms"]]
    cues += [("agency", "other", form) for lang in data["other_agencies"].values() for form in lang]
    cues += [("region", region, form) for region, forms in data["regions"].items() for form in forms]
    cues += [("region", "nationwide", form) for form in data["nationwide"]]
    cues += [("binational", "binational", form) for form in data["binational"]]
    cues += [("pill", "pill", form) for form in data["pill_words"]]
    cues += [("single", "single", form) for form in data["single_seizure"]]
    cues += [("state", state, form) for state, forms in data["states"].items() for form in forms]
    # Acronyms ("CBP", "DEA") match as written, so "ice" in a word or a sentence is not ICE;
    # everything else case- and accent-free. One alternation each, longest phrase first.
    exact = {form: (kind, key) for kind, key, form in cues if form.isupper() and " " not in form}
    folded = {" ".join(fold_chars(form).split()): (kind, key) for kind, key, form in cues
              if not (form.isupper() and " " not in form)}
    return {**data, "exact": (exact, _alternation(exact)), "folded": (folded, _alternation(folded))}


def _alternation(phrases: dict[str, tuple[str, str]]) -> re.Pattern:
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def find_cues(text: str) -> dict[str, list[_Cue]]:
    """Agencies, regions, binational, pill and single-seizure words in ``text``, by kind, in text order."""
    hits: list[tuple[int, int, str, str]] = []
    for name, source in (("exact", text), ("folded", fold_chars(text))):
        phrases, pattern = settings()[name]
        for m in pattern.finditer(source):
            kind, key = phrases[" ".join(m.group(0).split())] if name == "folded" else phrases[m.group(0)]
            hits.append((m.start(), m.end(), kind, key))
    out: dict[str, list[_Cue]] = defaultdict(list)
    taken: list[tuple[int, int, str]] = []
    for start, end, kind, key in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if any(s < end and start < e and k == kind for s, e, k in taken):
            continue
        taken.append((start, end, kind))
        out[kind].append(_Cue(start, end, key, text[start:end]))
    return out


@cache
def _crime_forms() -> list[tuple[re.Pattern, str]]:
    """How news names each SESNSP crime (EN/ES, folded) -> the crime as the series writes it, longest first."""
    forms = [(" ".join(fold_chars(form).split()), crime) for crime, words in settings()["crimes"].items()
             for form in words]
    return [(re.compile(r"(?<![\w-])" + re.escape(f).replace(r"\ ", r"\s+") + r"(?![\w-])"), crime)
            for f, crime in sorted(forms, key=lambda x: -len(x[0]))]


def crime_of(text: str | None) -> str | None:
    """The SESNSP crime a written item names ("víctimas de homicidio doloso" -> "Homicidio doloso"), or None."""
    if not text:
        return None
    folded = fold_chars(text)
    return next((crime for pattern, crime in _crime_forms() if pattern.search(folded)), None)


def claim_unit(raw_unit: str | None) -> tuple[str, float] | None:
    """(unit shown, kg per unit) of a written mass unit ("pounds" -> ("lb", 0.4536)); None for others."""
    if not raw_unit:
        return None
    entry = settings()["units"].get(" ".join(fold_chars(raw_unit).split()).rstrip("."))
    return (entry[0], float(entry[1])) if entry else None


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


@cache
def _series_items() -> dict[str, str]:
    """Item key of news quantities -> item key of the CBP rows (the same keys; commodities folded)."""
    drugs = read_data("official.yaml")["cbp"]["drugs"]
    return {commodity_key(item): item for item in drugs.values()}


@cache
def _commodity_forms() -> list[tuple[re.Pattern, str]]:
    """Drug names (EN/ES forms of commodities.yaml that the series counts) -> item key."""
    data = read_data("commodities.yaml")["commodities"]
    items = _series_items()
    forms = []
    for key, langs in data.items():
        item = items.get(commodity_key(key))
        if item is None and key != DRUG_ITEMS_ALL:
            continue
        for form in [*langs.get("en", []), *langs.get("es", [])]:
            folded = " ".join(fold_chars(form).split())
            forms.append((re.compile(r"(?<![\w-])" + re.escape(folded) + r"(?![\w-])"), item or DRUG_ITEMS_ALL))
    return sorted(forms, key=lambda f: -len(f[0].pattern))


def item_of(text: str | None) -> str | None:
    """The series item a written item names ("fentanyl pills" -> fentanyl, "drogas" -> drugs), or None."""
    if not text:
        return None
    folded = fold_chars(text)
    return next((item for pattern, item in _commodity_forms() if pattern.search(folded)), None)


def _nearest(cues: list[_Cue], pos: int, lo: int, hi: int) -> _Cue | None:
    """The cue closest before ``pos`` within [lo, hi), else the first after it."""
    before = [c for c in cues if lo <= c.start and c.end <= pos]
    if before:
        return before[-1]
    after = [c for c in cues if pos <= c.start and c.end <= hi]
    return after[0] if after else None


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Offsets (in ``sentence``) of the clause around [start, end)."""
    lo = max((m.end() for m in CLAUSE.finditer(sentence, 0, start)), default=0)
    nxt = CLAUSE.search(sentence, end)
    return lo, nxt.start() if nxt else len(sentence)


def pick_period(periods: list[Period], sentence: str, start: int, end: int) -> Period | None:
    """The period a quantity at [start, end) of ``sentence`` is stated for (offsets in the sentence).

    Period words inside the quantity as written first (the extractor may have read them as its
    item), then those of its clause right after it, then before it; else the nearest before it
    in the sentence, else the nearest after.
    """
    inside = [p for p in periods if start <= p.begin < end]  # "9,929 kilos del año fiscal anterior"
    if inside:
        return inside[0]
    lo, hi = _clause(sentence, start, end)
    after = [p for p in periods if p.begin >= end and p.stop <= hi]
    if after:
        return after[0]
    before = [p for p in periods if p.stop <= start and p.begin >= lo]
    if before:
        return before[-1]
    before = [p for p in periods if p.stop <= start]
    if before:
        return before[-1]
    later = [p for p in periods if p.begin >= end]
    return later[0] if later else None


def _paragraph_bounds(body: str, pos: int) -> tuple[int, int]:
    lo = body.rfind("\n", 0, pos) + 1
    hi = body.find("\n", pos)
    return lo, len(body) if hi < 0 else hi


def _claims_of_document(engine: Engine, rows: list[dict], coverage: dict[str, dict]) -> list[ReconciledClaim]:
    body = rows[0]["body"]
    published = rows[0]["published"]
    cues = find_cues(body)
    agencies = cues.get("agency", [])
    sentences = split_sentences(body)
    out = []
    last_item: dict[int, str] = {}  # sentence start -> item of the last quantity read in it
    for row in rows:
        start, end = row["start"], row["end"]
        sent = next((s for s in sentences if s.start <= start < s.end), None)
        if sent is None:
            continue
        s_lo, s_hi = sent.start, sent.end
        if row["unit"] is None and row["kind"] != "money":
            crime = crime_of(row["item"]) or crime_of(body[end:min(end + 40, s_hi)].split(",")[0])
            if crime:
                claim = _crime_claim(engine, row, crime, body, (s_lo, s_hi), cues, coverage)
                if claim:
                    out.append(claim)
                continue
        item = item_of(row["item"]) or last_item.get(s_lo)
        if item is None:
            folded = fold_chars(body[s_lo:s_hi])
            drugs = [it for pattern, it in _commodity_forms() if pattern.search(folded)]
            item = drugs[0] if len(set(drugs)) == 1 else None
        if item:
            last_item[s_lo] = item
        pills = any(s_lo <= c.start < s_hi and c.start >= end and c.start - end < 40 for c in cues.get("pill", [])) \
            or any(fold_chars(w) in fold_chars(row["item"] or "") for w in settings()["pill_words"])
        mass = claim_unit(row["raw_unit"]) if row["unit"] == "kg" else None
        if item is None or row["kind"] == "money" or (mass is None and not pills):
            continue
        p_lo, _ = _paragraph_bounds(body, start)
        agency = (_nearest(agencies, start, s_lo, s_hi) or _nearest(agencies, start, p_lo, start)
                  or _nearest(agencies, start, 0, start))
        regions = sorted({c.key for c in cues.get("region", []) if s_lo <= c.start < s_hi})
        binational = any(s_lo <= c.start < s_hi for c in cues.get("binational", []))
        if agency is None and not regions and not binational:
            continue  # nobody counted it: not an official aggregate
        if any(s_lo <= c.start < s_hi for c in cues.get("single", [])):
            continue  # "the largest seizure of the drug to date": one seizure, not a total
        conf = settings()
        series: dict | None = conf["agencies"].get(agency.key) if agency else None
        if agency and agency.key == "cbp":
            named = {c.key for c in agencies if s_lo <= c.start < s_hi and c.key not in ("cbp", "other")}
            if named:  # "CBP officers at ports of entry": the component, not all of CBP
                series = {"series": conf["agencies"][sorted(named)[0]]["series"],
                          "components": sorted({x for k in named for x in conf["agencies"][k]["components"]})}
        if series is None and agency is None:
            series = conf["agencies"]["cbp"]  # a border region alone: the CBP series of that region
        sentence = body[s_lo:s_hi]
        periods = find_periods(sentence, published=published, fiscal_context=series is not None)
        period = pick_period(periods, sentence, start - s_lo, end - s_lo)
        if period is None:
            continue  # no period: one seizure, not an aggregate
        shifted = Period(period.start, period.end, period.text, period.begin + s_lo, period.stop + s_lo, period.form)
        claim = _claim(row, item, shifted, mass, pills)
        claim.scope = {"agency": agency.text if agency else None,
                       "series": series["series"] if series else None,
                       "components": list(series["components"]) if series else [],
                       "regions": [r for r in regions if r != "nationwide"] or ["all"]}
        _judge(engine, claim, series=series, binational=binational, pills=pills, coverage=coverage,
               agency=agency, qualifier=row["qualifier"])
        out.append(claim)
    return out


def _crime_claim(engine: Engine, row: dict, crime: str, body: str, sentence: tuple[int, int],
                 cues: dict[str, list[_Cue]], coverage: dict[str, dict]) -> ReconciledClaim | None:
    """A count of crime victims or cases against SESNSP's victims of that crime, state (or the country) and months."""
    s_lo, s_hi = sentence
    text = body[s_lo:s_hi]
    periods = find_periods(text, published=row["published"], fiscal_context=False)
    period = pick_period(periods, text, row["start"] - s_lo, row["end"] - s_lo)
    if period is None:
        return None  # a count with no period is not a statistic of the series
    states = [c for c in cues.get("state", []) if s_lo <= c.start < s_hi]
    near = _nearest(states, row["start"], s_lo, s_hi)
    state = near.key if near else "Nacional"
    shifted = Period(period.start, period.end, period.text, period.begin + s_lo, period.stop + s_lo, period.form)
    value = row["raw_value"] if row["raw_value"] is not None else row["value"]
    claim = ReconciledClaim(quantity_id=row["id"], document_id=row["document_id"], source=row["source"],
                            text=row["text"], span=(row["start"], row["end"]), claim_value=value, claim_unit="count",
                            item=crime, period=shifted, verdict=NO_SERIES, reason="",
                            scope={"agency": None, "series": SESNSP, "components": [], "regions": [state]})
    cov = coverage.get(SESNSP)
    if cov is None or not cov.get("first_month"):
        claim.reason = f"the {SESNSP} series is not imported (pesquisa import sesnsp)"
        return claim
    if shifted.start < cov["first_month"] or shifted.end > cov["last_month"]:
        claim.reason = (f"the {SESNSP} series covers {cov['first_month']} to {cov['last_month']}; "
                        f"the claim's period is {shifted.start} to {shifted.end}")
        return claim
    found = read_official.victim_sum(engine, crime=crime, state=state, start=shifted.start, end=shifted.end)
    claim.official_value, claim.official_unit = float(found["total"]), "victims"
    claim.verdict, claim.relative_difference = verdict(claim.claim_value, claim.official_value, row["qualifier"])
    claim.official_source = {"dataset": SESNSP, "rows": found["rows"],
                             "files": [{"file": f, "lines": lines} for f, lines in found["sources"].items()]}
    claim.reason = (f"victims of {crime} in {state}, {shifted.start} to {shifted.end}: {found['total']:,} "
                    f"(SESNSP counts victims; a count of cases can differ)")
    return claim


def _claim(row: dict, item: str, period: Period, mass: tuple[str, float] | None, pills: bool) -> ReconciledClaim:
    value = row["raw_value"] if row["raw_value"] is not None else row["value"]
    unit = mass[0] if mass else ("pills" if pills else "count")
    return ReconciledClaim(quantity_id=row["id"], document_id=row["document_id"], source=row["source"],
                           text=row["text"], span=(row["start"], row["end"]), claim_value=value, claim_unit=unit,
                           item=item, period=period, verdict=NO_SERIES, reason="")


def _judge(engine: Engine, claim: ReconciledClaim, *, series: dict | None, binational: bool, pills: bool,
           coverage: dict[str, dict], agency: _Cue | None, qualifier: str | None) -> None:
    """Fill the official figure and verdict of ``claim``, or the reason there is none (reads the series)."""
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
    dataset = series["series"]
    cov = coverage.get(dataset)
    if cov is None or not cov.get("first_month"):
        claim.reason = f"the {dataset} series is not imported (pesquisa import cbp)"
        return
    if period.start < cov["first_month"] or period.end > cov["last_month"]:
        claim.reason = (f"the {dataset} series covers {cov['first_month']} to {cov['last_month']}; "
                        f"the claim's period is {period.start} to {period.end}")
        return
    regions = None if claim.scope["regions"] == ["all"] else claim.scope["regions"]
    items = [claim.item] if claim.item and claim.item != DRUG_ITEMS_ALL else sorted(set(_series_items().values()))
    pounds = kg = 0.0
    rows = 0
    sources: dict[str, set[int]] = defaultdict(set)
    for item in items:
        part = read_official.seizure_sum(engine, dataset=dataset, item=item, start=period.start, end=period.end,
                                         components=series["components"], regions=regions)
        pounds += part["pounds"]
        kg += part["kg"]
        rows += part["rows"]
        for file, lines in part["sources"].items():
            sources[file].update(lines)
    unit = claim_unit(claim.claim_unit)
    official = pounds if claim.claim_unit == "lb" else kg / (unit[1] if unit else 1.0)
    claim.official_value, claim.official_unit = official, claim.claim_unit
    claim.verdict, claim.relative_difference = verdict(claim.claim_value, official, qualifier)
    claim.official_source = {"dataset": dataset, "rows": rows,
                             "files": [{"file": f, "lines": sorted(lines)} for f, lines in sorted(sources.items())]}
    where = ", ".join(claim.scope["regions"]) if regions else "all regions"
    claim.reason = (f"{claim.item} seized by {'+'.join(series['components'])} ({where}), {period.start} to {period.end}: "
                    f"{pounds:,.2f} lb in {rows} rows" + (f"; the claim says '{qualifier}'" if qualifier else ""))


def reconcile(engine: Engine) -> list[ReconciledClaim]:
    """Every stored claim of an official aggregate with the official figure and a verdict, by document (read-only)."""
    coverage = read_official.dataset_coverage(engine)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in read_official.quantity_claims(engine):
        by_doc[row["document_id"]].append(row)
    out: list[ReconciledClaim] = []
    for rows in by_doc.values():
        out.extend(_claims_of_document(engine, rows, coverage))
    return out


def reconcile_quantities(engine: Engine, quantity_ids: list[str]) -> dict[str, ReconciledClaim]:
    """The reconciliation of the given quantities, by quantity id (those that state no aggregate are absent)."""
    wanted = set(quantity_ids)
    if not wanted:
        return {}
    docs = read_official.documents_of_quantities(engine, wanted)
    coverage = read_official.dataset_coverage(engine)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in read_official.quantity_claims(engine, document_ids=docs):
        by_doc[row["document_id"]].append(row)
    out: dict[str, ReconciledClaim] = {}
    for rows in by_doc.values():
        for claim in _claims_of_document(engine, rows, coverage):
            if claim.quantity_id in wanted:
                out[claim.quantity_id] = claim
    return out
