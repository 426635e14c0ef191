"""A percentage of change of a crime against the SESNSP victims of its period and of the year before.

News gives crime figures as changes as often as counts: "los homicidios dolosos bajaron 15% en
el primer semestre", "homicides fell 25 percent in 2024". The claim is read as the change of the
victims of that crime, in the state its sentence names (none: the country), between its period
and the same months a year before. Its verdict is the count's: the victims the claimed change
implies from the year before, against the victims the series holds (2 % consistent, 10 %
close), so "bajaron 15%" of 1,097 to 931 (-15.1 %) is consistent and "bajaron 25%" is not.
A figure with no word of change before it ("el 15% de los homicidios") is no change. Read-only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache

from sqlalchemy import Engine

from pesquisa.analyze.periods import Period, find_periods, last_whole_month, names_same_period
from pesquisa.analyze.reconcile._counters import another_source
from pesquisa.analyze.reconcile._crimes import NATIONAL, last_crime_of
from pesquisa.analyze.reconcile._cues import Cue, settings
from pesquisa.analyze.reconcile._verdicts import (
    CLOSE,
    CONSISTENT,
    INCONSISTENT,
    NO_SERIES,
    SESNSP,
    ReconciledClaim,
    outside_coverage,
    verdict,
)
from pesquisa.store.read import official as read_official
from pesquisa.text import fold_chars

CUE_BEFORE = 40  # characters before the figure its change word may be in


@cache
def _change_pattern() -> re.Pattern:
    """The change words of ``reconcile.change_words``, longest first, each in a group named by its direction."""
    alts = []
    for way, words in settings()["change_words"].items():
        body = "|".join(re.escape(" ".join(fold_chars(w).split())).replace(r"\ ", r"\s+")
                        for w in sorted(words, key=len, reverse=True))
        alts.append(f"(?P<{way}>{body})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?:\s+(?:en|un|una|de|del|by|about|some|around|casi|"
                      r"nearly|almost|cerca\s+de|alrededor\s+de|más\s+de|more\s+than))*\s*[-−]?$")


def change_of(before: str) -> str | None:
    """"down" or "up" when the words right before a percentage say it is a change ("bajaron", "a rise of"), else None."""
    m = _change_pattern().search(fold_chars(before[-CUE_BEFORE:]).rstrip())
    return None if m is None else ("down" if m.group("down") else "up")


@cache
def _after_pattern() -> re.Pattern:
    """The change words of ``reconcile.change_after`` right after a percentage, each in a group named by its way."""
    alts = [f"(?P<{way}>" + "|".join(re.escape(fold_chars(w)) for w in words) + ")"
            for way, words in settings()["change_after"].items()]
    return re.compile(r"^\s*(?:de\s+)?(?:" + "|".join(alts) + r")(?![\w-])")


def change_after(after: str) -> str | None:
    """"down" or "up" when the words right after a percentage say it is a change: a word of change that opens a base
    ("15% menos que en 2023", "20% more than") or is itself one ("a 34.5% decline"); else None."""
    folded = fold_chars(after)
    m = _after_pattern().search(folded)
    if m is None:
        return None
    noun = fold_chars(m.group(m.lastgroup or "")) in {fold_chars(w) for w in settings()["change_after_nouns"]}
    if not noun and base_start(after, m.end(), len(after)) != m.end() + _leading_space(after[m.end():]):
        return None  # "el 15% más violento": no base right after
    return "down" if m.group("down") else "up"


def after_percentage(text: str) -> str:
    """``text`` (a percentage and what follows) from right after its number and percent sign or word."""
    m = re.match(r"[-−+]?[\d.,\s]*\d\s*(?:%|percent\b|per\s+cent\b|por\s+ciento\b)?", text)
    return text[m.end():] if m else text


def _leading_space(text: str) -> int:
    return len(text) - len(text.lstrip())


def year_before(period: Period) -> Period:
    """The same months one year earlier."""
    def back(month: str) -> str:
        return f"{int(month[:4]) - 1}-{month[5:7]}"
    return Period(back(period.start), back(period.end), period.text, period.begin, period.stop, period.form)


def base_start(body: str, end: int, stop: int) -> int | None:
    """Where the base of a change opens after its figure ("compared to", "frente a"), in its sentence, or None."""
    words = sorted({" ".join(fold_chars(w).split()) for w in settings()["change_base"]}, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    m = re.search(rf"(?<![\w-])(?:{alt})(?![\w-])", fold_chars(body[end:stop]))
    return end + m.start() if m else None


def opens_base(before: str) -> bool:
    """True when ``before`` ends with the words that open the base of a comparison ("15% menos que en", "up from"):
    a period right after them is the one compared with, not the figure's ("1,490 víctimas, 15% menos que en 2023")."""
    words = sorted({" ".join(fold_chars(w).split()) for w in settings()["change_base"]}, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.search(rf"(?<![\w-])(?:{alt}|que)\s*$", fold_chars(before[-25:])) is not None  # "que| en 2023"


def names_period(text: str) -> bool:
    """True when ``text`` has words of a period, resolvable or not ("last month" in an undated page)."""
    return bool(find_periods(text, published="2000-01-01"))


def claim_period(body: str, row: dict, sentence: tuple[int, int], published: str | None,
                 period_in: Callable[[tuple[int, int]], Period | None], *, run: Period | None = None) -> Period | None:
    """The period a change is claimed for: the period words of its sentence up to the base it is compared with
    ("... last month, a decrease of 26.5% |compared to the same month of last year|"); with none there, the period of
    the run of totals it is told in (``run``) when its base is counted back from it ("rose 28% from the previous fiscal
    year"), else the year after the base's period ("a decrease of 15% compared to the first six months of 2024": 2025's)."""
    cut = base_start(body, row["end"], sentence[1])
    if cut is None:
        return period_in(sentence) or run
    own = period_in((sentence[0], cut))
    if own is None and names_period(body[sentence[0]:cut]):
        return None  # "last month" with no date to read it from: not the year after the base
    base = find_periods(body[cut:sentence[1]], published=published)
    if own is None and run is not None and not any(re.search(r"\d", p.text) or p.form == "month" for p in base):
        return run
    year = re.match(r"\D{0,25}?\b((?:19|20)\d\d)\b", body[cut:sentence[1]])
    if not base and year:  # "respecto a 2023": the calendar year
        base = [Period(f"{year.group(1)}-01", f"{year.group(1)}-12", year.group(1), year.start(1), year.end(1),
                       "calendar-year")]
    if own is not None or not base:
        return own
    def ahead(month: str) -> str:
        return f"{int(month[:4]) + 1}-{month[5:7]}"
    latest = last_whole_month(dt.date.fromisoformat(published[:10])) if published else None
    if latest is not None and ahead(base[0].end) > latest and base[0].form == "month" and latest > base[0].end:
        # "la tasa bajó 25% respecto a septiembre de 2024" in February 2025: the last month told, January, against
        # September; no year after it has passed yet
        return Period(latest, latest, base[0].text, base[0].begin + cut, base[0].stop + cut, "month")
    return Period(ahead(base[0].start), ahead(base[0].end), base[0].text, base[0].begin + cut, base[0].stop + cut,
                  base[0].form)


def explicit_period(period: Period) -> bool:
    """True when a period names its month or year ("February", "March 2024", "fiscal 2023"), not one counted back
    from the claim ("the year before", "the previous fiscal year")."""
    return period.form == "month" or re.search(r"\d", period.text) is not None


def base_period(body: str, row: dict, sentence: tuple[int, int], period: Period, *, published: str | None,
                fiscal: bool) -> Period:
    """The period a change at ``row`` is measured from: the one its base names by month or year ("from February",
    "respecto a agosto", "compared with March 2024"), else the same months a year before its own ``period``."""
    cut = base_start(body, row["end"], sentence[1])
    if cut is None:
        return year_before(period)
    words = body[cut:sentence[1]].split()
    # "from February", "respecto a agosto": a bare month after the words that open the base is read as "in February"
    texts = [" ".join(words)] + [f"{lead} {' '.join(words[k:])}" for k in (1, 2, 3) for lead in ("in", "en")]
    for text in texts:
        found = find_periods(text, published=published, fiscal_context=fiscal)
        if found:
            return found[0] if explicit_period(found[0]) else year_before(period)
    return year_before(period)


def change_verdict(claimed: float, change: float, implied: float, official: float, qualifier: str | None) \
        -> tuple[str, float | None]:
    """The verdict of a change: the count's on the victims it implies, no better than its distance in percentage points
    allows (``change_points``), and inconsistent when it goes the other way ("fell 2%" of a rise of 1.1 %)."""
    found, diff = verdict(implied, official, qualifier)
    points = settings()["change_points"]
    gap = abs(claimed - change)
    if ((claimed < 0) != (change < 0) and abs(change) >= points["consistent"]) or gap > points["close"]:
        return INCONSISTENT, diff
    if found == CONSISTENT and gap > points["consistent"]:
        return CLOSE, diff
    # "cayó 89%" of a fall of 89.46 %: the figure as rounded to its written digits, though what remains (56 lb against
    # 54) is 4 % off; a big change leaves little, and rounding it moves the remainder far
    if found != CONSISTENT and gap <= (0.5 if claimed == round(claimed) else 0.05):
        return CONSISTENT, diff
    return found, diff


def crime_change(engine: Engine, body: str, row: dict, sentence: tuple[int, int], coverage: dict[str, dict], *,
                 published: str | None, period_in: Callable[[tuple[int, int]], Period | None],
                 states: list[Cue], crime_before: str | None = None, run_period: Period | None = None) \
        -> ReconciledClaim | None:
    """The claim of a percentage of change of a crime, judged; None for a percentage that is no such change.
    ``period_in(span)``: the period of the quantity from the words of ``span`` of the body; ``crime_before``: the crime
    of a count before the figure in its sentence ("cerró el año con 1,490 víctimas, 15% menos que en 2023"), and
    ``run_period`` that count's period, for a sentence naming none ("fell to 2,019, a decline of 2.6%")."""
    s_lo, start = sentence[0], row["start"]
    way = change_of(body[s_lo:start]) or change_after(after_percentage(body[start:sentence[1]]))
    crime = (last_crime_of(body[s_lo:start]) or crime_before) if way else None
    cut = base_start(body, row["end"], sentence[1])
    period: Period | None
    if crime and run_period and cut is not None and names_same_period(body[cut:sentence[1]]) \
            and not names_period(body[s_lo:cut]):
        period = run_period  # "844 killings, up about 5% from the same period of 2023": the count's own period
    else:
        period = claim_period(body, row, sentence, published, period_in) if crime else None
    if crime and period is None and not names_period(body[s_lo:sentence[1]]):
        period = run_period  # "fell to 2,019, a decline of 2.6%": the period of the count before, no words of its own
    if crime is None or period is None:
        return None
    named = [c for c in states if s_lo <= c.start and c.end <= start and c.key != "back"]
    state = named[-1].key if named else NATIONAL
    value = abs(float(row["raw_value"] if row["raw_value"] is not None else row["value"]))
    value = -value if way == "down" else value
    claim = ReconciledClaim(quantity_id=row["id"], document_id=row["document_id"], source=row["source"],
                            text=row["text"], span=(start, row["end"]), claim_value=value, claim_unit="%",
                            item=crime, period=period, verdict=NO_SERIES, reason="",
                            scope={"agency": None, "series": SESNSP, "components": [], "regions": [state]})
    # the month its base names ("20.8% más que en marzo": March), else the same months a year before ("respecto a 2023"
    # of nine months: those nine of 2023)
    named_base = base_period(body, row, sentence, period, published=published, fiscal=False)
    earlier = named_base if named_base.form == "month" else year_before(period)
    claim.scope["compared_with"] = {"start": earlier.start_date, "end": earlier.end_date}
    missing = outside_coverage(SESNSP, period, coverage, "sesnsp") or outside_coverage(SESNSP, earlier, coverage,
                                                                                        "sesnsp") \
        or another_source(body, sentence, (start, row["end"]))  # "Según México Evalúa, los homicidios bajaron 5%"
    if missing:
        claim.reason = missing
        return claim
    now = read_official.victim_sum(engine, crime=crime, state=state, start=period.start, end=period.end)
    then = read_official.victim_sum(engine, crime=crime, state=state, start=earlier.start, end=earlier.end)
    if not then["total"]:
        claim.reason = f"no victims of {crime} in {state} from {earlier.start} to {earlier.end}: no change to compare"
        return claim
    change = (now["total"] - then["total"]) / then["total"] * 100
    implied = then["total"] * (1 + value / 100)
    claim.official_value, claim.official_unit = change, "%"
    claim.verdict, claim.relative_difference = change_verdict(value, change, implied, float(now["total"]),
                                                               row["qualifier"])
    files = sorted(set(now["sources"]) | set(then["sources"]))
    claim.official_source = {"dataset": SESNSP, "rows": now["rows"] + then["rows"],
                             "files": [{"file": f, "lines": sorted(now["sources"].get(f, []) + then["sources"].get(f, []))}
                                       for f in files]}
    claim.reason = (f"victims of {crime} in {state}: {then['total']:,} from {earlier.start} to {earlier.end}, "
                    f"{now['total']:,} from {period.start} to {period.end} ({change:+.1f} %); the claimed change "
                    f"implies {implied:,.0f}")
    return claim
