"""Which stored quantities state an official aggregate, and for what item, scope and period.

One document at a time: its cue words are found once, then each quantity is placed in its
sentence (its clause first for the period, its paragraph and the document for the agency)
and either left alone (no one counted it, one seizure, no period) or made a claim that
``_verdicts`` judges against the series. Read-only.
"""

from __future__ import annotations

from collections import defaultdict
from functools import partial

from sqlalchemy import Engine

from pesquisa.analyze._period_forms import aside_patterns, respectively_pattern
from pesquisa.analyze.periods import Period, find_periods, names_same_period
from pesquisa.analyze.reconcile import _crimes
from pesquisa.analyze.reconcile._areas import find_areas
from pesquisa.analyze.reconcile._changes import (
    after_percentage,
    base_period,
    base_start,
    change_after,
    change_of,
    claim_period,
    crime_change,
    opens_base,
)
from pesquisa.analyze.reconcile._counters import another_source
from pesquisa.analyze.reconcile._crimes import LastCrime, crime_named, is_rate, joined_states, state_cues, state_of
from pesquisa.analyze.reconcile._cues import (
    DRUG_ITEMS_ALL,
    claim_unit,
    commodity_forms,
    find_cues,
    item_of,
    refers_back,
    settings,
    without_anaphors,
)
from pesquisa.analyze.reconcile._localities import find_localities, locality_of_figure
from pesquisa.analyze.reconcile._runs import opens_next_figure, run_period, without_period_ends
from pesquisa.analyze.reconcile._scope import (
    CLAUSE,
    ClaimDocument,
    agency_and_area,
    is_binational,
    nearest,
    paragraph_bounds,
    region_over_carried,
    regions_of_figure,
    series_of,
    with_coordinated,
)
from pesquisa.analyze.reconcile._seizure_changes import judge_seizure_change, tells_seizures
from pesquisa.analyze.reconcile._verdicts import NO_SERIES, SESNSP, ReconciledClaim, judge_crime, judge_seizures
from pesquisa.extract.datelines import dateline_spans
from pesquisa.store.read import official as read_official
from pesquisa.text import fold_chars, split_sentences


def reconcile(engine: Engine) -> list[ReconciledClaim]:
    """Every stored claim of an official aggregate with the official figure and a verdict, by document (read-only)."""
    coverage = read_official.dataset_coverage(engine)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in read_official.quantity_claims(engine):
        by_doc[row["document_id"]].append(row)
    areas = [a for names in read_official.seizure_areas(engine).values() for a in names]
    out: list[ReconciledClaim] = []
    for rows in by_doc.values():
        out.extend(claims_of_document(engine, rows, coverage, areas=areas))
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
    areas = [a for names in read_official.seizure_areas(engine).values() for a in names]
    out: dict[str, ReconciledClaim] = {}
    for rows in by_doc.values():
        for claim in claims_of_document(engine, rows, coverage, areas=areas):
            if claim.quantity_id in wanted:
                out[claim.quantity_id] = claim
    return out


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
    after = [p for p in periods if p.begin >= end and p.stop <= hi and not opens_next_figure(sentence[end:p.begin])]
    if after:
        return after[0]
    # out of its clause, not the base of a change told before it ("up 53% from the previous fiscal year, while agents
    # seized 2,015 pounds of cocaine"), unless its clause tells that base's figure ("más que el año fiscal anterior,
    # cuando decomisó 11 mil 200 libras")
    base_told = _tells_base(sentence, start)
    before = [p for p in periods if p.stop <= start and p.begin >= lo] or \
        [p for p in periods if p.stop <= start and (base_told or not (p.begin and opens_base(sentence[:p.begin])))]
    if before:
        return before[-1]
    later = [p for p in periods if p.begin >= end and not opens_base(sentence[:p.begin])]  # not "que en 2023"
    return later[0] if later else None


def _period_of(doc: ClaimDocument, row: dict, sentence: tuple[int, int], fiscal_context: bool) -> Period | None:
    """The period of the quantity ``row`` from the words of its sentence, offsets in the body; None without one.

    A sentence that pairs its figures with its periods "respectively" gives the n-th figure of a mass
    the n-th period, when it names as many of each.
    """
    s_lo, s_hi = sentence
    text = doc.body[s_lo:s_hi]
    periods = without_period_ends(find_periods(text, published=doc.published, fiscal_context=fiscal_context,
                                               previous=doc.last_period), text)
    figures = doc.masses.get(s_lo, [])
    period: Period | None
    if len(figures) > 1 and len(periods) == len(figures) and row["start"] in figures \
            and respectively_pattern().search(fold_chars(text)):
        period = periods[figures.index(row["start"])]
    else:
        period = pick_period(periods, text, row["start"] - s_lo, row["end"] - s_lo)
    if period is None:
        return doc.last_period if doc.last_period and names_same_period(text) else None
    return Period(period.start, period.end, period.text, period.begin + s_lo, period.stop + s_lo, period.form)


def claims_of_document(engine: Engine, rows: list[dict], coverage: dict[str, dict], *,
                       areas: list[str] | None = None) -> list[ReconciledClaim]:
    """The claims among the quantity rows of one document, in row order (reads the series).

    Steps per quantity: its sentence; a count of a crime is a SESNSP claim; else its item
    (its own, the last one read in the sentence, or the one drug the sentence names), then
    a seizure claim when someone counted it over a period.
    """
    doc = ClaimDocument(rows[0]["body"], rows[0]["published"], find_cues(rows[0]["body"]))
    datelines = dateline_spans(doc.body)
    doc.cues["state"] = state_cues(doc.cues.get("state", []), datelines, doc.body)
    doc.areas = find_areas(doc.body, areas or [])
    doc.localities = [c for c in find_localities(doc.body, doc.cues["state"])
                      if not any(d.start <= c.start < d.end for d in datelines)]  # "CULIACÁN, Sin. (AP) —"
    doc.figures = sorted(row["start"] for row in rows)
    sentences = split_sentences(doc.body)
    for row in rows:
        sent = next((s for s in sentences if s.start <= row["start"] < s.end), None)
        if sent is not None and row["unit"] == "kg" and claim_unit(row["raw_unit"]):
            doc.masses.setdefault(sent.start, []).append(row["start"])
    out = []
    last_item: dict[int, str] = {}  # sentence start -> item of the last quantity read in it
    for row in rows:
        sent = next((s for s in sentences if s.start <= row["start"] < s.end), None)
        if sent is None:
            continue
        sentence = (sent.start, sent.end)
        claim: ReconciledClaim | None
        if row["unit"] == "%":  # "los homicidios dolosos bajaron 15% en el primer semestre"
            run = doc.last_crime if doc.last_crime and doc.last_crime.sentence == sent.start else None  # a count before
            claim = crime_change(engine, doc.body, row, sentence, coverage, states=doc.cues.get("state", []),
                                 published=doc.published, period_in=partial(_period_of, doc, row, fiscal_context=False),
                                 crime_before=run.crime if run else None,
                                 run_period=doc.last_period if run and doc.last_sentence == sent.start else None)
            if claim is not None:
                _remember_crime_base(doc, row, sentence, claim)
            claim = claim or _seizure_change(engine, doc, row, sentence, coverage, last_item)
        elif row["unit"] is None and row["kind"] != "money" and (crime := crime_named(
                doc.body, row, sentence, doc.last_crime, _paragraph_pair(doc.body, sent.start),
                [c for c in doc.cues.get("state", []) if sent.start <= c.start < sent.end],
                since=max([f for f in doc.figures if sent.start <= f < row["start"]], default=sent.start))):
            claim = _crime_claim(engine, doc, row, crime, sentence, coverage)
        else:
            item = _item_of_row(doc.body, row, sentence, last_item)
            claim = _seizure_claim(engine, doc, row, item, sentence, coverage)
        if claim:
            out.append(claim)
            if sent.start != doc.last_sentence and claim.period and not _aside(doc.body, claim.period):
                doc.last_period, doc.last_sentence = claim.period, sent.start
    return out


def _remember_crime_base(doc: ClaimDocument, row: dict, sentence: tuple[int, int], claim: ReconciledClaim) -> None:
    """Keep where the base of a crime change opens and its months, for a figure of the base told after it."""
    cut, base = base_start(doc.body, row["end"], sentence[1]), claim.scope.get("compared_with")
    doc.last_base = (sentence[0], cut, Period(base["start"][:7], base["end"][:7], "", cut, cut, "months")) \
        if cut is not None and base else None


def _aside(body: str, period: Period) -> bool:
    """True when the words of ``period`` are told as an aside ("In June alone", "Sólo en junio")."""
    after, before = aside_patterns()
    return bool(after.match(fold_chars(body[period.stop:period.stop + 20]))
                or before.search(fold_chars(body[max(0, period.begin - 20):period.begin])))


def _paragraph_pair(body: str, pos: int) -> tuple[int, int]:
    """Where the paragraph of ``pos`` starts, and the one before it."""
    lo = paragraph_bounds(body, pos)[0]
    return lo, paragraph_bounds(body, max(0, lo - 2))[0] if lo else lo


def _item_of_row(body: str, row: dict, sentence: tuple[int, int], last_item: dict[int, str]) -> str | None:
    """The series item of a quantity: its own, else the last read in its sentence, else the one drug the sentence names.

    Remembers it in ``last_item`` (sentence start -> item) for the quantities after it.
    """
    s_lo, s_hi = sentence
    if refers_back(row["text"]):  # "of the synthetic opioid", "de la droga": the drug named before
        item = _drug_named_before(body, row["start"], 0)
    else:
        item = item_of(row["item"]) or last_item.get(s_lo)
    if item is None:
        folded = without_anaphors(fold_chars(body[s_lo:s_hi]))  # "de la droga": the drug named before
        drugs = [it for pattern, it in commodity_forms() if pattern.search(folded)]
        item = drugs[0] if len(set(drugs)) == 1 else None
    if item is None:  # "agents seized 6,488 pounds": the drug of the paragraph, else the one drug named so far
        item = _drug_named_before(body, row["start"], paragraph_bounds(body, row["start"])[0])
        named = {drug for _, drug in _drugs_in(body[:row["start"]])}
        item = item or (named.pop() if len(named) == 1 else None)
    if item:
        last_item[s_lo] = item
    return item


def _drugs_in(text: str) -> list[tuple[int, str]]:
    """(position, item) of every drug of the series ``text`` names, in text order (all drugs left out)."""
    folded = fold_chars(text)
    found = {m.start(): item for pattern, item in commodity_forms() if item != DRUG_ITEMS_ALL
             for m in pattern.finditer(folded)}
    return sorted(found.items())


def _drug_named_before(body: str, pos: int, lo: int) -> str | None:
    """The last drug of the series named in ``body[lo:pos]``, or None."""
    found = _drugs_in(body[lo:pos])
    return found[-1][1] if found else None


def _crime_claim(engine: Engine, doc: ClaimDocument, row: dict, crime: str, sentence: tuple[int, int],
                 coverage: dict[str, dict]) -> ReconciledClaim | None:
    """A count of crime victims or cases against SESNSP's victims of that crime, state (or the country) and months."""
    s_lo, s_hi = sentence
    states = [c for c in doc.cues.get("state", []) if s_lo <= c.start < s_hi]
    near = nearest(states, row["start"], s_lo, s_hi)
    near = None if _crimes.state_of_later_clause(doc.body, near, row["end"], doc.figures, s_hi) else near
    state = state_of(states, near, doc.last_crime, [c for c in doc.cues.get("state", []) if c.end <= s_lo])
    joint = joined_states(states, near, doc.body, sentence, sum(s_lo <= f < s_hi for f in doc.figures))
    before, doc.last_crime = doc.last_crime, LastCrime(crime, state, s_lo, paragraph_bounds(doc.body, s_lo)[0])
    period = _period_of(doc, row, sentence, fiscal_context=False)
    if doc.last_base and doc.last_base[0] == s_lo and doc.last_base[1] < row["start"] and \
            _tells_base(doc.body[s_lo:s_hi], row["start"] - s_lo):
        period = doc.last_base[2]  # "un aumento de 23.7% respecto a 2023, cuando se contabilizaron 988": 2023's
    if period is None and before is not None and before.paragraph in _paragraph_pair(doc.body, s_lo) \
            and not find_periods(doc.body[s_lo:s_hi], published=doc.published, fiscal_context=False):
        period = doc.last_period  # a run of figures: "... 30,047 in 2024.\n\n... while Chihuahua reported 2,019"
    if period is None:
        return None  # a count with no period is not a statistic of the series
    value = row["raw_value"] if row["raw_value"] is not None else row["value"]
    claim = ReconciledClaim(quantity_id=row["id"], document_id=row["document_id"], source=row["source"],
                            text=row["text"], span=(row["start"], row["end"]), claim_value=value, claim_unit="count",
                            item=crime, period=period, verdict=NO_SERIES, reason="",
                            scope={"agency": None, "series": SESNSP, "components": [], "regions": [state]})
    local = locality_of_figure(doc.localities, states, doc.body, (row["start"], row["end"]), sentence)
    if is_rate(doc.body, row["start"], row["end"]):
        claim.reason = "a rate per head of population: the SESNSP victims series holds counts, no population"
    elif other := another_source(doc.body, sentence, (row["start"], row["end"]), doc.figures):
        claim.reason = other  # "según el INEGI, 33,241 homicidios"
    elif local is not None:  # "En Culiacán se contabilizaron 600 víctimas": not Sinaloa's figure, nor the country's
        claim.scope["regions"], claim.reason = [local.name], f"told for {local.name}: SESNSP counts victims by state"
    else:
        claim.scope["regions"] = joint or [state]
        judge_crime(engine, claim, crime=crime, state=joint or state, coverage=coverage, qualifier=row["qualifier"])
    return claim


def _seizure_claim(engine: Engine, doc: ClaimDocument, row: dict, item: str | None, sentence: tuple[int, int],
                   coverage: dict[str, dict]) -> ReconciledClaim | None:
    """A seizure total of ``item`` that an agency or a region counted over a period, judged; None for anything else."""
    s_lo, s_hi = sentence
    start, end = row["start"], row["end"]
    mass = claim_unit(row["raw_unit"]) if row["unit"] == "kg" else None
    # a count is of pills when its item says so, or (weighing nothing) pill words follow it; a weight "de fentanilo
    # en polvo y pastillas" is the drug's weight, which the series holds
    # ("Las pastillas aseguradas sumaron 11 millones": before a count that names no item)
    pills = any(fold_chars(w) in fold_chars(row["item"] or "") for w in settings()["pill_words"]) or (
        mass is None and any(s_lo <= c.start < s_hi and ((c.start >= end and c.start - end < 40) or (
            row["item"] is None and c.end <= start and start - c.end < 60)) for c in doc.cues.get("pill", [])))
    if item is None or row["kind"] == "money" or (mass is None and not pills):
        return None
    agencies = doc.cues.get("agency", [])
    agency, area = agency_and_area(doc, (start, end), sentence)
    regions = regions_of_figure(doc, (start, end), sentence)
    agency = region_over_carried(doc, agency, sentence, regions)
    binational = is_binational(doc, sentence)
    if agency is None and not regions and not binational and area is None:
        return None  # nobody counted it: not an official aggregate
    if any(s_lo <= c.start < s_hi for c in doc.cues.get("single", [])):
        return None  # "the largest seizure of the drug to date": one seizure, not a total
    series = series_of(agency, agencies, sentence, doc.body)
    if agency and series:
        series = with_coordinated(series, agency, agencies, doc.body)
    period = _period_of(doc, row, sentence, fiscal_context=series is not None)
    if doc.last_base and doc.last_base[0] == s_lo and doc.last_base[1] < start and _tells_base(doc.body[s_lo:s_hi], start - s_lo):
        period = doc.last_base[2]  # "un aumento de 36% respecto a agosto, cuando aseguraron 309 libras": August's
    period = period or run_period(doc, sentence)  # a release's run of totals: the period of the total before
    if period is None:
        return None  # no period: one seizure, not an aggregate
    claim = _claim(row, item, period, mass, pills)
    claim.scope = {"agency": agency.text if agency else None,
                   "series": series["series"] if series else None,
                   "components": list(series["components"]) if series else [],
                   "regions": [r for r in regions if r != "nationwide"] or ["all"]}
    if area:
        claim.scope["area"] = area.area or area.text
        doc.last_area = (agency, area)
    judge_seizures(engine, claim, series=series, binational=binational, pills=pills, coverage=coverage,
                   agency=agency, qualifier=row["qualifier"], area=area)
    return claim


def _claim(row: dict, item: str, period: Period, mass: tuple[str, float] | None, pills: bool) -> ReconciledClaim:
    value = row["raw_value"] if row["raw_value"] is not None else row["value"]
    unit = mass[0] if mass else ("pills" if pills else "count")
    return ReconciledClaim(quantity_id=row["id"], document_id=row["document_id"], source=row["source"],
                           text=row["text"], span=(row["start"], row["end"]), claim_value=value, claim_unit=unit,
                           item=item, period=period, verdict=NO_SERIES, reason="")


def _seizure_change(engine: Engine, doc: ClaimDocument, row: dict, sentence: tuple[int, int], coverage: dict[str, dict],
                    last_item: dict[int, str]) -> ReconciledClaim | None:
    """A percentage of change of a drug's seizures ("Fentanyl seizures fell 45% in fiscal 2025", "a 25% increase from
    February"), judged against the series of the agency and area its sentence names, from its base to its period;
    None for a percentage that is no such change, or one the series cannot tell (one port, an agency without one)."""
    s_lo, s_hi = sentence
    start, end = row["start"], row["end"]
    way = change_of(doc.body[s_lo:start]) or change_after(after_percentage(doc.body[start:s_hi]))
    if way is None or not tells_seizures(doc.body[s_lo:s_hi]):
        return None
    named = _drugs_in(doc.body[s_lo:start])  # "Fentanyl seizures fell 45%": the drug named before the change
    item = named[-1][1] if named else _item_of_row(doc.body, {**row, "item": None}, sentence, last_item)
    agency, area = agency_and_area(doc, (start, end), sentence)
    regions = sorted({c.key for c in doc.cues.get("region", []) if s_lo <= c.start < s_hi})
    if item is None or (agency is None and not regions and area is None) or is_binational(doc, sentence):
        return None
    agencies = doc.cues.get("agency", [])
    series = series_of(agency, agencies, sentence, doc.body)
    if series is None or (area is not None and area.area is None):
        return None
    series = with_coordinated(series, agency, agencies, doc.body) if agency else series
    period = claim_period(doc.body, row, sentence, doc.published, partial(_period_of, doc, row, fiscal_context=True),
                          run=run_period(doc, sentence))
    if period is None:
        return None
    base = base_period(doc.body, row, sentence, period, published=doc.published, fiscal=True)
    cut = base_start(doc.body, end, s_hi)
    doc.last_base = (s_lo, cut, base) if cut is not None else None
    value = abs(float(row["raw_value"] if row["raw_value"] is not None else row["value"]))
    claim = ReconciledClaim(quantity_id=row["id"], document_id=row["document_id"], source=row["source"],
                            text=row["text"], span=(start, end), claim_value=-value if way == "down" else value,
                            claim_unit="%", item=item, period=period, verdict=NO_SERIES, reason="",
                            scope={"agency": agency.text if agency else None, "series": series["series"],
                                   "components": list(series["components"]),
                                   "regions": [r for r in regions if r != "nationwide"] or ["all"],
                                   "compared_with": {"start": base.start_date, "end": base.end_date}})
    if area is not None and area.area:
        claim.scope["area"] = area.area
    judge_seizure_change(engine, claim, base=base, series=series, areas=[area.area] if area and area.area else None,
                         coverage=coverage, qualifier=row["qualifier"])
    return claim


def _tells_base(sentence: str, start: int) -> bool:
    """True when the clause of the figure at ``start`` of ``sentence`` opens with a word that tells of the base before
    it ("... respecto a agosto, |cuando aseguraron 309 libras|", "from February, |when agents seized 611 pounds|")."""
    lo, _ = _clause(sentence, start, start)
    words = fold_chars(sentence[lo:start]).split()
    return bool(words) and words[0] in {fold_chars(w) for w in settings()["base_clause_words"]}
