"""Periods as news writes them, resolved to months against the publication date.

Official series are monthly, so a period is a run of whole months ``start``..``end`` (YYYY-MM), or those two months
alone ("January and March", form ``months-apart``). The forms, English and Spanish (words in ``official.yaml``):

- fiscal years: "fiscal year 2023", "fiscal 2023", "FY2024", "FY23", "año fiscal 2023", "fiscal year 2026 through April";
  the US federal fiscal year runs October to September;
- relative years: "last fiscal year", "el año fiscal pasado", "this fiscal year", "the previous year" / "el año
  anterior" (the year before a period the sentence named, else before the publication), "so far this fiscal year",
  "en lo que va del año fiscal", "last year", "el año pasado", "so far this year", "en lo que va del año";
- a bare year: "in 2023", "en 2023", "durante 2023" — a fiscal year where the claim is about CBP (``fiscal_context``: CBP
  counts in fiscal years), a calendar year elsewhere; "calendar year 2023" and "año calendario 2023" are always calendar
  years, and so is a bare year in a sentence that says it counts by calendar year ("measured by calendar year, ... in
  2024", "en 2023, según el conteo por año calendario");
- month spans: "from October 2020 to April 2021", "entre octubre de 2020 y abril de 2021", "since October", "desde
  octubre de 2023", "the first nine months of the year", "los primeros siete meses del año fiscal 2026", "the first nine
  months of 2023", "the past 12 months", "the 12 months ending in September 2023", "since Oct. 1"; two months with "and";
- fiscal years by their end: "the fiscal year that ended Sept. 30", "el año fiscal que terminó en septiembre" (the last
  one); a fiscal year so far: "fiscal 2024 so far", "FY24 to date";
- single months: "in April 2021", "en abril de 2021", "in April", "last month", "el mes pasado";
- spans and starts to the day, as whole months: "between Oct. 1, 2024, and March 31, 2025", "since January 20, 2025";
- parts of a year: "the first quarter of fiscal 2025", "el primer bimestre de 2025", "of this year", "of calendar 2024";
  halves: "the first half of FY2025", "el segundo semestre del año fiscal 2024"; years back: "the past two years";
- several fiscal years: "fiscal years 2023 and 2024", "between fiscal 2022 and 2024", "los tres últimos años fiscales";
- the same period a year before: "in the same period a year earlier", "en el mismo periodo del año anterior" (the
  period named before in the sentence, else the one stated before it, twelve months back).

The patterns are in ``_period_forms``. Relative forms need the publication date and end at the last whole month before it
(official releases trail by a month). Pure: nothing here reads or writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pesquisa.analyze._period_forms import (
    calendar_cue_pattern,
    first_months,
    months_counted,
    named_year_before,
    period_patterns,
    period_words,
    same_months_moved,
    same_period_pattern,
    year_of_span,
)
from pesquisa.calendar import month_numbers
from pesquisa.text import fold_chars


@dataclass(slots=True, frozen=True)
class Period:
    """A run of whole months, with the words that state it and where they are in the text."""

    start: str  # YYYY-MM
    end: str  # YYYY-MM
    text: str
    begin: int  # offsets of the words in the text searched
    stop: int
    form: str  # fiscal-year | calendar-year | months | month | to-date | months-apart

    @property
    def start_date(self) -> str:
        """First day of the period (ISO)."""
        return f"{self.start}-01"

    @property
    def end_date(self) -> str:
        """Last day of the period (ISO)."""
        year, month = int(self.end[:4]), int(self.end[5:7])
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat()


def month_key(year: int, month: int) -> str:
    """YYYY-MM of a year and a month number, months beyond 12 or below 1 rolled into the next or previous year."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def add_months(key: str, n: int) -> str:
    """The month ``n`` months after YYYY-MM ``key`` (before it for negative ``n``)."""
    return month_key(int(key[:4]), int(key[5:7]) + n)


def fiscal_year_months(fy: int) -> tuple[str, str]:
    """First and last month of US fiscal year ``fy`` (October of the year before to September)."""
    return f"{fy - 1:04d}-10", f"{fy:04d}-09"


def fiscal_year_of(key: str) -> int:
    """The US fiscal year month YYYY-MM falls in."""
    return int(key[:4]) + (1 if int(key[5:7]) >= 10 else 0)


def last_whole_month(published: dt.date) -> str:
    """The last month that ended before ``published``."""
    return month_key(published.year, published.month - 1)


def _month_number(text: str) -> int:
    return month_numbers()[text.rstrip(".").strip()]


def _pair(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """Two months told with "and": a span when one follows the other ("octubre y noviembre"), else the two alone."""
    found, apart = _range(g, anchor, published, fiscal_context), (_month_number(g["m2"]) - _month_number(g["m1"])) % 12 != 1
    return found and (found[0], found[1], "months-apart" if apart else found[2])


def _latest(month: int, not_after: str) -> str:
    """The latest month ``month`` (1-12) that is not after YYYY-MM ``not_after``."""
    year = int(not_after[:4])
    if month > int(not_after[5:7]):
        year -= 1
    return month_key(year, month)


def _resolve(form: str, g: dict, published: dt.date | None, fiscal_context: bool) -> tuple[str, str, str] | None:
    """(start, end, form) of one matched pattern, or None when it needs a date it does not have."""
    resolver = _RESOLVERS.get(form)
    if resolver is None:
        return None
    return resolver(g, last_whole_month(published) if published else None, published, fiscal_context)


# Each resolver takes the pattern's groups, the anchor (the last whole month before the publication, None without
# one), the publication date and whether a year is fiscal.
_Resolved = tuple[str, str, str] | None


def _range(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """Months of a span ("from October 2020 to April 2021"); a year missing on one side comes from the other, else the anchor."""
    m1, m2 = _month_number(g["m1"]), _month_number(g["m2"])
    y1, y2 = g.get("y1"), year_of_span(g, published)
    if y1 and y2:
        return month_key(int(y1), m1), month_key(int(y2), m2), "months"
    if y1:
        return month_key(int(y1), m1), month_key(int(y1) + (1 if m2 < m1 else 0), m2), "months"
    if y2:
        return month_key(int(y2) - (1 if m1 > m2 else 0), m1), month_key(int(y2), m2), "months"
    if anchor is None:
        return None
    end = _latest(m2, anchor)
    return _latest(m1, end), end, "months"


def _first(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """Months from the start of a year ("the first nine months of fiscal year 2026", "the first half of the year"), or
    its second half ("the second half of fiscal 2024": months 7 to 12)."""
    g = named_year_before(g, anchor, published)
    count, skip = first_months(g)
    if not 1 <= count <= 12:
        return None
    if g.get("fiscal"):
        if g.get("y") or g.get("yy"):
            fy = _fy_number(g.get("y") or g["yy"])
        elif anchor:
            fy = fiscal_year_of(anchor)
            if add_months(fiscal_year_months(fy)[0], skip + count - 1) > anchor:
                fy -= 1
        else:
            return None
        start = add_months(fiscal_year_months(fy)[0], skip)
        return start, add_months(start, count - 1), "months"
    if g.get("y") or g.get("y_alone"):
        year = int(g.get("y") or g["y_alone"])
    elif anchor:
        year = int(anchor[:4]) if int(anchor[5:7]) >= skip + count else int(anchor[:4]) - 1
    else:
        return None
    return month_key(year, 1 + skip), month_key(year, skip + count), "months"


def _past(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """The months up to the anchor ("the past 12 months", "the past two years")."""
    count = 12 if g.get("one_year") else months_counted(g.get("n") or g["n2"]) * (12 if g.get("years") else 1)
    if anchor is None or not 1 <= count <= 120:
        return None
    return add_months(anchor, 1 - count), anchor, "months"


def _ending(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """``n`` months up to a named month ("the 12 months ending in September 2023", "the year through April")."""
    count = 12 if g.get("one_year") else months_counted(g["n"])
    end = month_key(int(g["y1"]), _month_number(g["m1"])) if g.get("y1") else \
        (_latest(_month_number(g["m1"]), anchor) if anchor else None)
    if end is None or not 1 <= count <= 36:
        return None
    return add_months(end, 1 - count), end, "months"


def _calendar(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """January to December of a named calendar year ("calendar year 2023"), whatever the claim."""
    return f"{g.get('y') or g['y2']}-01", f"{g.get('y') or g['y2']}-12", "calendar-year"


def _fiscal_to_date(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """A fiscal year's first month to the anchor ("so far this fiscal year", "since the start of the fiscal year")."""
    if anchor is None and not (g.get("y") and g.get("through")):
        return None  # "so far in fiscal 2026" with no date to count to: part of the year, but not which
    fy = _fy_number(g["y"]) if g.get("y") else fiscal_year_of(anchor or "")
    start, full_end = fiscal_year_months(fy)
    end = _latest(_month_number(g["through"]), full_end) if g.get("through") else min(anchor or full_end, full_end)
    return (start, end, "to-date") if end >= start else None


def _fy_number(text: str) -> int:
    """The fiscal year of "2024", "24" or "'24"."""
    text = text.lstrip("'")
    return int(text) if len(text) == 4 else 2000 + int(text)


def _fiscal_year(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """A named fiscal year, or its first months ("fiscal year 2023", "FY23", "fiscal year 2026 through April")."""
    start, end = fiscal_year_months(_fy_number(g["y"]))
    if g.get("through"):
        end = _latest(_month_number(g["through"]), end)
        return start, end, "months"
    return start, end, "fiscal-year"


def _since_fiscal_year(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """A named fiscal year's first month to the anchor ("since fiscal year 2021", "desde el año fiscal 2021")."""
    start = fiscal_year_months(_fy_number(g["y"]))[0]
    return (start, anchor, "months") if anchor and anchor >= start else None


def _last_fiscal_year(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """The last fiscal year that ended by the anchor ("last fiscal year")."""
    if anchor is None:
        return None
    return (*fiscal_year_months(fiscal_year_of(anchor) - (0 if anchor.endswith("-09") else 1)), "fiscal-year")


def _this_fiscal_year(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """The current fiscal year's first month to the anchor ("this fiscal year")."""
    return None if anchor is None else (fiscal_year_months(fiscal_year_of(anchor))[0], anchor, "to-date")


def _year_to_date(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """A year to date ("so far this year", "so far in 2023"): a fiscal year for CBP, else a calendar year."""
    named = _year(g)
    if fiscal_context and not named:
        return _this_fiscal_year(g, anchor, published, fiscal_context)
    if named and fiscal_context:
        start, full_end = fiscal_year_months(named)
        end = min(anchor, full_end) if anchor else full_end
        return start, end, "to-date"
    if anchor is None:
        return None
    year = named or int(anchor[:4])
    end = min(anchor, f"{year}-12")
    return (f"{year}-01", end, "to-date") if end >= f"{year}-01" else None


def _last_year(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """The year before ("last year"): the last whole fiscal year for CBP, else the calendar year before publication."""
    if anchor is None:
        return None
    if fiscal_context:
        return _last_fiscal_year(g, anchor, published, fiscal_context)
    year = published.year - 1 if published else int(anchor[:4]) - 1
    return f"{year}-01", f"{year}-12", "calendar-year"


def _last_month(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """The anchor month ("last month")."""
    return (anchor, anchor, "month") if anchor else None


def _since(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """A named month to the anchor ("since October", "desde octubre de 2023")."""
    if anchor is None:
        return None
    m1 = _month_number(g["m1"])
    start = month_key(int(g["y1"]), m1) if g.get("y1") else _latest(m1, anchor)
    return (start, anchor, "months") if anchor >= start else None


def _month(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """One month ("in April 2021"; "in April" is the latest April up to the anchor)."""
    m1 = _month_number(g["m1"])
    key = month_key(int(g["y1"]), m1) if g.get("y1") else _latest(m1, anchor) if anchor else None
    return (key, key, "month") if key else None


def _bare_year(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """A bare year ("in 2023"): a fiscal year for CBP, else a calendar year."""
    year = int(g["y"])
    if fiscal_context:
        return (*fiscal_year_months(year), "fiscal-year")
    return f"{year}-01", f"{year}-12", "calendar-year"


def _quarter(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """The months of a part of a (fiscal) year ("the first quarter of fiscal 2025", "el primer bimestre de 2025");
    without a year, the latest one ended."""
    words, g = period_words(), named_year_before(g, anchor, published)
    size = words["quarter_words"][" ".join(g["part"].split())] if g.get("part") else 3
    q = {**words["quarters"]["en"], **words["quarters"]["es"]}[g["q"]] or 12 // size  # 0: the last part
    year = g.get("y") or g.get("y_alone") or (f"20{g['yy']}" if g.get("yy") else None)  # "FY25 Q2"
    first = (lambda n: fiscal_year_months(n)[0]) if g.get("fiscal") else (lambda n: f"{n:04d}-01")
    if not year and anchor:
        start = add_months(first(fiscal_year_of(anchor) if g.get("fiscal") else int(anchor[:4])), size * (q - 1))
        start = start if add_months(start, size - 1) <= anchor else add_months(start, -12)
    elif year:
        start = add_months(first(int(year)), size * (q - 1))
    else:
        return None
    return (start, add_months(start, size - 1), "months") if q * size <= 12 else None


def _fiscal_years(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """Several fiscal years as one span ("fiscal years 2023 and 2024")."""
    first, last = int(g["y1"]), int(g["y2"])
    return (fiscal_year_months(first)[0], fiscal_year_months(last)[1], "months") if 0 < last - first <= 10 else None


def _last_fiscal_years(g: dict, anchor: str | None, published: dt.date | None, fiscal_context: bool) -> _Resolved:
    """The last ``n`` whole fiscal years ("the last three fiscal years")."""
    last = _last_fiscal_year(g, anchor, published, fiscal_context)
    count = months_counted(g.get("n") or g["n2"])
    if last is None or not 1 <= count <= 10:
        return None
    return add_months(last[0], -12 * (count - 1)), last[1], "months"


_RESOLVERS = {"range": _range, "quarter": _quarter, "fy_span": _fiscal_years, "fy_last_n": _last_fiscal_years,
              "first": _first, "past": _past, "ending": _ending, "calendar": _calendar, "fy_to_date": _fiscal_to_date,
              "since_fy": _fiscal_to_date, "since_fy_year": _since_fiscal_year, "fy": _fiscal_year,
              "fy_last": _last_fiscal_year, "fy_this": _this_fiscal_year, "since": _since, "month": _month,
              "to_date": _year_to_date, "year_this": _year_to_date, "year_last": _last_year, "month_last": _last_month,
              "year": _bare_year, "pair": _pair, "cal_through": lambda g, a, p, f: _range({**g, "m1": "january"}, a, p, f),
              "cal_rel": lambda g, a, p, f: (_last_year if g.get("last") or g.get("last2") else _year_to_date)(g, a, p, False)}


def _year(g: dict) -> int | None:
    return int(text) if (text := g.get("y") or g.get("y2") or g.get("y3")) else None


def names_same_period(text: str) -> bool:
    """True when ``text`` refers back to a period stated before it ("in the same period", "en el mismo lapso")."""
    return same_period_pattern().search(fold_chars(text)) is not None


def find_periods(text: str, *, published: str | dt.date | None = None, fiscal_context: bool = False,
                 previous: Period | None = None) -> list[Period]:
    """Every period stated in ``text``, in text order, resolved to months (pure).

    ``published`` (ISO date) anchors relative forms ("last fiscal year"); without it they
    are left out. ``fiscal_context`` reads a bare year as a US fiscal year (claims about CBP),
    unless ``text`` says it counts by calendar year. ``previous`` is the period stated before
    ``text`` (the claim before it): "the same period a year earlier" is that one, a year back,
    when ``text`` names none before the words.
    Overlapping forms: the one that starts first wins, then the longer.
    """
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError:
            published = None
    folded = fold_chars(text)
    if fiscal_context and calendar_cue_pattern().search(folded):
        fiscal_context = False  # "measured by calendar year, CBP seized ... in 2024": the sentence says how it counts
    found: list[tuple[int, int, str, dict]] = []
    for form, pattern in period_patterns():
        for m in pattern.finditer(folded):
            found.append((m.start(), m.end(), form, {k: v for k, v in m.groupdict().items() if v}))
    out: list[Period] = []
    taken_until = -1
    for begin, stop, form, groups in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if begin < taken_until:
            continue
        base = out[-1] if out else previous
        # "the same period a year earlier / of fiscal 2025"; "the previous year" after a period: the year before it
        moved = base is not None and (form in ("same_before", "same_in", "the_year", "later") or (form == "prior" and bool(out)))
        if base is not None and moved:
            out.append(Period(*same_months_moved(form, base.start, base.end, groups), text[begin:stop], begin, stop,
                              base.form))
        if moved or form in ("day", "same_in", "the_year", "later"):  # a day is no period; nor "a year later" alone
            taken_until = stop
            continue
        if form == "prior":
            form = "fy_last" if fiscal_context or "fiscal" in folded[begin:stop] else "year_last"
        if form in ("range", "pair") and out and not {"y1", "y2"} & set(groups) and not folded[out[-1].stop:begin].strip(" ,("):
            groups["y2"] = _latest(_month_number(groups["m2"]), out[-1].end)[:4]  # "fiscal 2024, from July to September"
        resolved = _resolve(form, groups, published, fiscal_context)
        if resolved is None:
            taken_until = stop if form == "fy_to_date" else taken_until  # a year so far is not the whole year
            continue
        start, end, kind = resolved
        if end < start:
            continue
        out.append(Period(start, end, text[begin:stop], begin, stop, kind))
        taken_until = stop
    return out
