"""The patterns of the period forms news writes (see ``pesquisa.analyze.periods``), built once from ``official.yaml``.

Each pattern runs over folded text (lower case, no accents) and names its parts: months
(``m1``, ``m2``), years (``y``, ``y1``, ``y2``), counts of months (``n``), the words that
make a fiscal year, a half, a year to date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from pesquisa.calendar import month_numbers
from pesquisa.lexicon import read_data
from pesquisa.text import fold_chars


@cache
def period_words() -> dict:
    """The period words of official.yaml (fiscal, last, this, counts of months...)."""
    return read_data("official.yaml")["periods"]


def _alt(words: Iterable[str]) -> str:
    folded = sorted({" ".join(fold_chars(w).split()) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in folded)


@cache
def aside_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Words that make a period an aside of the one before ("In June alone", "Sólo en junio"), folded: after the
    period's words, and before them."""
    w = period_words()["aside"]
    return re.compile(rf"^\s*(?:{_alt(w['after'])})\b"), re.compile(rf"\b(?:{_alt(w['before'])})\s+$")


@cache
def same_period_pattern() -> re.Pattern:
    """Words that refer back to the period stated before ("in the same period", "en el mismo lapso"), folded."""
    return re.compile(r"\b(?:" + _alt(period_words()["same"]) + r")\b")


@cache
def respectively_pattern() -> re.Pattern:
    """Words that pair a sentence's figures with its periods in order ("respectively", "respectivamente"), folded."""
    return re.compile(r"\b(?:" + _alt(period_words()["respectively"]) + r")\b")


@cache
def calendar_cue_pattern() -> re.Pattern:
    """Words that say a sentence counts by calendar year ("measured by calendar year", "por año calendario",
    "on a calendar-year basis"), folded: a bare year there is a calendar year, whoever counted."""
    return re.compile(r"\b(?:" + _alt(period_words()["calendar"]).replace(r"\s+", r"[\s-]+") + r")\b")


@cache
def period_patterns() -> list[tuple[str, re.Pattern]]:
    """The period patterns over folded text, most specific first."""
    parts = _parts()
    return [*_relative_forms(**parts), *_span_forms(**parts), *_to_date_forms(**parts), *_year_forms(**parts)]


def _year_kind_words() -> str:
    """The words after a year word that say which kind of year it is (``calendar``: "año calendario", "año natural"),
    folded, as one alternation."""
    year_words = {fold_chars(w) for w in period_words()["year_words"]}
    phrases = [fold_chars(w).split() for w in period_words()["calendar"]]
    kinds = [words[1] for words in phrases if len(words) == 2 and words[0] in year_words]
    return _alt(kinds) or "(?!)"


def _year_before_kind(y: str) -> str:
    """A year written before the words of its kind: "the 2025 fiscal year" (``y_fy``), "the 2024 calendar year" (``y_cy``)."""
    return rf"(?:the\s+)?(?:(?P<y_fy>{y})\s+fiscal\s+year|(?P<y_cy>{y})\s+calendar\s+year)\b"


def _year_word() -> str:
    """A year word with the words that make it a calendar year, if any ("year", "calendar year", "calendar", "año",
    "año calendario", "año natural"), folded: the (non-fiscal) year a part of a year is of."""
    return rf"(?:(?:calendar\s+)?year|calendar|ano(?:\s+(?:{_year_kind_words()}))?)"


def _dated(m: str, y: str, i: int) -> str:
    """A month with a day before or after it and a year, both optional, its parts named ``m<i>`` and ``y<i>``
    ("Oct. 1, 2024", "el 1 de octubre de 2024", "March 2025", "marzo")."""
    return (rf"(?:(?:el\s+)?\d{{1,2}}\s+(?:de\s+)?)?(?P<m{i}>{m})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
            rf"(?:,?(?:\s+(?:de|del|of))?\s+(?P<y{i}>{y}))?")


def _relative_forms(m: str, y: str, de: str, n: str, fiscal: str, last: str, this: str, to: str,
                    frm: str) -> list[tuple[str, re.Pattern]]:
    """The same period a year before, quarters, several fiscal years, and spans and starts given to the day."""
    w = period_words()
    quarters = {**w["quarters"]["en"], **w["quarters"]["es"]}
    years = _alt(w["fiscal_years"])
    of_year = (rf"(?:of|del|de)\s+(?:(?:the\s+|el\s+)?{_this_or_last(this, last)}"
               rf"(?:(?P<fiscal>{fiscal})|{_year_word()})(?:\s+(?P<last2>{last})\b)?(?:(?:\s+(?:de|del|of))?[\s-]*(?P<y>{y}))?|"
               rf"{_year_before_kind(y)}|(?P<y_alone>{y})\b)")
    return [
        # "the same period a year earlier", "el mismo periodo del año anterior": the period before, a year back
        ("same_before", re.compile(rf"\b(?:{_alt(w['same'])})(?:\s+(?:of|de|del))?(?:\s+(?:the|el))?\s+"
                                   rf"(?:{_alt(w['year_before'])})\b")),
        # "a year later", "al año siguiente": the year after the period before (see find_periods)
        ("later", re.compile(rf"\b(?:{_alt(w['year_after'])})\b")),
        # "recorded eight kidnapping victims in the year": the year of the period told before ("in the year through
        # April" is the twelve months to it, below)
        # ("en el año calendario 2023" is that calendar year, below)
        ("the_year", re.compile(r"\b(?:in|during|over|throughout|en|durante|a\s+lo\s+largo\s+de)\s+(?:the|el)\s+(?:year|ano)\b"
                                rf"(?!\s+(?:fiscal|\d|before|earlier|ago|anterior|pasado|previo|{_year_kind_words()}|"
                                rf"(?:through|thru|to|ending|ended|until)\s+(?:in\s+)?{m}))")),
        # "the same period of fiscal year 2025", "el mismo periodo de 2024": the period before, moved into that year
        ("same_in", re.compile(rf"\b(?:{_alt(w['same'])})\s+(?:of|in|del|de)\s+(?:the\s+|el\s+)?"
                               rf"(?:(?P<fiscal>{fiscal})[\s-]*(?:de\s+)?)?(?P<y>{y})\b")),
        # "the first quarter of fiscal 2025", "el primer trimestre del año fiscal 2026", "el primer bimestre de 2025"
        ("quarter", re.compile(rf"\b(?:the\s+|el\s+)?(?P<q>{_alt(quarters)})\s+(?P<part>{_alt(w['quarter_words'])})\s+"
                               + of_year)),
        # "Q1 FY2025", "Q3 of fiscal 2024", "FY25 Q2", "fiscal 2024 Q4"; "Q4 2024" is a calendar quarter
        ("quarter", re.compile(rf"\b(?P<q>q[1-4])\s+(?:of\s+)?(?:(?P<fiscal>{fiscal})[\s-]*)?"
                               rf"(?:(?P<y>{y})|(?<=fy)(?P<yy>\d\d))\b")),
        ("quarter", re.compile(rf"\b(?P<fiscal>{fiscal})[\s-]*(?:(?P<y>{y})|(?<=fy)(?P<yy>\d\d))\s+(?P<q>q[1-4])\b")),
        # "fiscal years 2023 and 2024", "los años fiscales 2024 y 2025": one span
        ("fy_span", re.compile(rf"\b(?:{years})\s+(?P<y1>{y})\s*(?:,|-|–|and|to|through|y|a|al|hasta)\s*(?P<y2>{y})\b")),
        # "between fiscal 2022 and 2024", "entre el año fiscal 2022 y el 2024": one span too
        ("fy_span", re.compile(rf"\b(?:between|from|entre|desde|del?)\s+(?:the\s+|el\s+)?{fiscal}[\s-]*(?P<y1>{y})\s*"
                               rf"(?:-|–|and|to|through|y|a|al|hasta)\s*(?:the\s+|el\s+)?(?:{fiscal}[\s-]*)?(?P<y2>{y})\b")),
        # "the last three fiscal years", "los últimos tres años fiscales": the whole fiscal years up to the last one
        ("fy_last_n", re.compile(rf"\b(?:the\s+|los\s+)?(?:(?:{last})s?\s+(?P<n>{n})|(?P<n2>{n})\s+(?:{last})s?)\s+"
                                 rf"(?:{years})\b")),
        # a span or a start given to the day: "between Oct. 1, 2024, and March 31, 2025", "since January 20, 2025"
        ("range", re.compile(rf"\b{frm}\s+(?:el\s+)?{_dated(m, y, 1)},?\s*{to}\s+(?:el\s+)?{_dated(m, y, 2)}")),
        ("since", re.compile(rf"\b(?:since|desde)\s+(?:el\s+)?{_dated(m, y, 1)}")),
    ]


def _parts() -> dict[str, str]:
    """The pieces the patterns are made of: months, years, counts, fiscal and relative words."""
    w = period_words()
    names = sorted(month_numbers(), key=len, reverse=True)
    full = [k for k in names if len(k) > 3 or k in ("sept", "may")]
    short = [k for k in names if len(k) == 3 and k != "may"]  # "Oct. 1" with its dot: a bare "mar" is a word
    counts = {**w["counts"]["en"], **w["counts"]["es"]}
    return {"m": "(?:(?:" + "|".join(map(re.escape, full)) + r")\.?|(?:" + "|".join(map(re.escape, short)) + r")\.)",
            "y": r"(?:19|20)\d\d", "de": r"(?:\s+(?:de|del|of))?",
            "n": r"(?:\d{1,2}|" + "|".join(sorted(counts, key=len, reverse=True)) + ")",
            "fiscal": r"(?:fiscal\s+years?|fiscal|fy|ano\s+fiscal|ejercicio\s+fiscal)",
            "last": _alt(w["last"]), "this": _alt(w["this"]),
            "to": r"(?:-|–|to|through|thru|until|and|a|al|y|hasta)", "frm": r"(?:from|between|de|del|entre|desde)"}


def _span_forms(m: str, y: str, de: str, n: str, fiscal: str, last: str, this: str, to: str,
                frm: str) -> list[tuple[str, re.Pattern]]:
    """Days (read and left out), month spans, the first or past months, calendar years."""
    return [
        # a day is a date, not a period: "March 5, 2023", "5 de marzo de 2023" are read and left out
        ("day", re.compile(rf"\b\d{{1,2}}\s+(?:de\s+)?{m}(?:{de}\s+{y})?|\b{m}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+{y})?")),
        ("range", re.compile(rf"\b{frm}\s+(?P<m1>{m})(?:{de}\s+(?P<y1>{y}))?\s*{to}\s+(?P<m2>{m})"
                             + _span_year(y, de, this, last))),
        # two months one after the other, told with "and": "In October and November", "en octubre y noviembre de 2024"
        ("pair", re.compile(rf"\b(?:(?:in|en|during|durante)\s+)?(?P<m1>{m})(?:{de}\s+(?P<y1>{y}))?\s+(?:and|y)\s+"
                            rf"(?P<m2>{m})(?:{de}\s+(?P<y2>{y}))?\b(?![^.;]*\brespectiv)")),
        ("range", re.compile(rf"\b(?P<m1>{m}){de}\s+(?P<y1>{y})(?:\s*[-–]\s*|\s*{to}\s+)(?P<m2>{m}){de}\s+(?P<y2>{y})")),
        # "October through December 2024", "October-December 2024", "enero-febrero de 2025", "mayo a junio"
        # "the October-to-December period": the joining word between hyphens too
        ("range", re.compile(rf"\b(?P<m1>{m})(?:{de}\s+(?P<y1>{y}))?(?:\s*[-–]\s*(?:(?:to|through|thru|a|al)\s*[-–]\s*)?|"
                             rf"\s*(?:through|thru|to|until|hasta|a|al)\s+)"
                             rf"(?P<m2>{m}){_span_year(y, de, this, last)}")),
        # "the previous year" after another period is the year before that one (see find_periods)
        ("prior", re.compile(r"\b(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+)?year\b|\bthe\s+year\s+before\b|"
                             r"\ba\s+year\s+(?:earlier|before)\b|\b(?:el\s+)?(?:ano|ejercicio)\s+(?:fiscal\s+)?anterior\b|"
                             r"\bun\s+ano\s+antes\b")),
        # "the first nine months of the year / of fiscal 2026 / of 2023", "los dos primeros meses de 2025", "the first
        # three quarters of fiscal 2024", "the last two months of 2024": months of a (fiscal) year; a bare year is calendar
        ("first", re.compile(rf"\b(?:the\s+|los\s+|el\s+)?(?:(?:(?:first|primeros)\s+(?P<n>{n})|(?P<n3>{n})\s+primeros|"
                             rf"(?:last|final|ultimos)\s+(?P<nt>{n})|(?P<nt2>{n})\s+ultimos)\s+"
                             rf"(?:months|meses|(?P<quarters>quarters|trimestres))|"
                             rf"(?:first|primer)\s+(?P<one>month|mes)|(?P<half>first\s+half|primer\s+semestre|primera\s+mitad)|"
                             rf"(?P<half2>second\s+half|segundo\s+semestre|segunda\s+mitad))"
                             rf"\s+(?:of|del|de)\s+(?:(?:the\s+|el\s+)?{_this_or_last(this, last)}(?:(?P<fiscal>{fiscal})|"
                             rf"{_year_word()})(?:\s+(?P<last2>{last})\b)?"
                             # "of FY2025", "of fiscal year 2025", "del año fiscal de 2025"
                             rf"(?:{de}[\s-]*(?:(?P<y>{y})|(?<=fy)(?P<yy>\d\d)\b))?|{_year_before_kind(y)}|(?P<y_alone>{y})\b)")),
        # a half with no year after it ("bajaron 15% en el primer semestre"): of the last calendar year whose half ended
        ("first", re.compile(r"\b(?:the\s+|el\s+|la\s+)?(?:(?P<half>first\s+half|primer\s+semestre|primera\s+mitad)|"
                             r"(?P<half2>second\s+half|segundo\s+semestre|segunda\s+mitad))\b"
                             r"(?!\s+(?:of|del|de)\b)")),
        # "the 12 months ending in September 2023", "los 12 meses que terminaron en septiembre": n months to that one
        # "in the year through April", "the year to March 2025": twelve months to that one
        ("ending", re.compile(rf"\b(?:the\s+|los\s+)?(?:(?:past|last|ultimos)\s+)?"
                              rf"(?:(?P<n>{n})\s+(?:months|meses)|(?<!fiscal\s)(?<!calendar\s)(?P<one_year>year))\s+"
                              rf"(?:ending|ended|through|to|que\s+(?:terminaron|concluyeron|cerraron)|hasta)\s+"
                              rf"(?:in\s+|en\s+)?(?P<m1>{m})(?:{de}\s+(?P<y1>{y}))?")),
        # "the fiscal year that ended in September", "el año fiscal que terminó en septiembre": the last one
        ("fy_last", re.compile(rf"\b(?:the\s+|el\s+)?{fiscal}\s+(?:that\s+|which\s+)?(?:ended|ending|que\s+(?:termino|"
                               rf"concluyo|cerro)|concluido|cerrado)\s+(?:on\s+|in\s+|en\s+|el\s+)*(?:30\s+(?:de\s+)?)?"
                               rf"(?:september|sept?\.|septiembre)(?:\s+30)?\b")),
        # "the past 12 months"; "in the past two years", "en los últimos dos años": twelve months a year
        ("past", re.compile(rf"\b(?:the\s+|los\s+)?(?:(?:past|last|ultimos)\s+(?P<n>{n})|(?P<n2>{n})\s+ultimos)\s+"
                            r"(?:months|meses|(?P<years>years|anos)\b(?!\s+fiscal))")),
        # "over the past year", "en el último año": the twelve months up to the last whole month (not "last year")
        ("past", re.compile(r"\b(?:the\s+|el\s+)?(?:past|ultimo)\s+(?P<one_year>year|ano)\b"
                            r"(?!\s+(?:fiscal|of|de|del|and\s+a\s+half|y\s+medio)\b)")),
    ]


def _to_date_forms(m: str, y: str, de: str, n: str, fiscal: str, last: str, this: str, to: str,
                   frm: str) -> list[tuple[str, re.Pattern]]:
    """Calendar years (relative, to date, named), then fiscal years to date or to a month (read before other years)."""
    return [
        # the calendar year before the publication's: "last calendar year", "el año calendario pasado" (group ``last``)
        ("cal_rel", re.compile(rf"\b(?:the\s+)?(?P<last>{last})\s+calendar\s+year\b|\b(?:el\s+)?ano\s+(?:calendario|natural)\s+"
                               rf"(?P<last2>{last})\b")),
        # a calendar year to date: "so far this calendar year", "so far in calendar year 2025", "calendar year to
        # date", "en lo que va del año calendario": January of that year (else the publication's) to the anchor
        ("cal_rel", re.compile(rf"\b(?:(?:so|thus)\s+far\s+(?:this|in)\s+(?:the\s+)?(?:current\s+)?calendar(?:\s+year)?"
                                   rf"(?:\s+(?P<y>{y}))?|(?:this|the\s+current)\s+calendar\s+year|calendar[\s-]+year[\s-]+to[\s-]+"
                                   rf"date|en\s+lo\s+que\s+va\s+del\s+ano\s+(?:calendario|natural)(?:\s+(?:actual|en\s+curso))?"
                                   rf"(?:{de}\s+(?P<y2>{y}))?)")),
        # "the calendar year through April", "el año calendario hasta marzo": January of that year to that month
        ("cal_through", re.compile(rf"\b(?:the\s+|el\s+)?(?:current\s+)?(?:calendar\s+year|ano\s+(?:calendario|natural))"
                                   rf"(?:\s+(?:actual|en\s+curso))?(?:{de}\s+(?P<y2>{y}))?\s+(?:through|thru|until|to|hasta)\s+"
                                   rf"(?:(?:the\s+)?end\s+of\s+|finales\s+de\s+)?(?P<m2>{m})")),
        ("calendar", re.compile(rf"\b(?:calendar(?:\s+year)?|ano\s+calendario|ano\s+natural){de}\s+(?P<y>{y})|"
                                rf"\b(?P<y2>{y})\s+calendar\s+year\b")),  # "the 2023 calendar year"
        # "so far in fiscal year 2026, through April": the months it names, with or without a date to count to
        ("fy_to_date", re.compile(rf"\b(?:so\s+far\s+(?:this|in)|en\s+lo\s+que\s+va\s+del?|hasta\s+ahora\s+en)\s+"
                                  rf"(?:the\s+|el\s+)?(?:current\s+|actual\s+)?{fiscal}(?:\s+(?:ano\s+)?(?:actual|en\s+curso))?"
                                  rf"(?:{de}\s+(?P<y>{y}))?(?:\s*,?\s+(?:through|thru|until|hasta)\s+(?P<through>{m}))?")),
        ("fy_to_date", re.compile(rf"\b{fiscal}[\s-]+(?:year[\s-]+)?to[\s-]+date\b|\bfytd\b")),
        # "since the start of the fiscal year"; "from the start of the fiscal year through March", "desde el inicio del
        # año fiscal hasta marzo": its first month to that one
        ("since_fy", re.compile(rf"\b(?:since|from|desde)\s+(?:the\s+|el\s+)?(?:start|beginning|inicio|comienzo)\s+(?:of|del)\s+"
                                rf"(?:the\s+|el\s+)?(?:current\s+)?{fiscal}(?:\s+(?:actual|en\s+curso))?(?:\s+(?:through|to|thru|until|"
                                rf"hasta|a)\s+(?:(?:the\s+)?end\s+of\s+|finales\s+de\s+)?(?P<through>{m}))?")),
        # "in the fiscal year through February", "en el año fiscal hasta marzo": the current one's first month to that one
        ("since_fy", re.compile(rf"\b(?:the\s+|el\s+)(?:current\s+)?{fiscal}(?:\s+(?:actual|en\s+curso))?\s+"
                                rf"(?:through|thru|until|hasta)\s+(?:(?:the\s+)?end\s+of\s+|finales\s+de\s+)?(?P<through>{m})")),
        # "since fiscal year 2021", "desde el año fiscal 2021": that year's first month to the anchor
        ("since_fy_year", re.compile(rf"\b(?:since|desde)\s+(?:the\s+start\s+of\s+|el\s+(?:inicio|comienzo)\s+del\s+|el\s+)?"
                                     rf"{fiscal}[\s-]*(?:de\s+)?(?P<y>{y}|'?\d\d)\b")),
    ]


def _year_forms(m: str, y: str, de: str, n: str, fiscal: str, last: str, this: str, to: str,
                frm: str) -> list[tuple[str, re.Pattern]]:
    """Fiscal years (named, relative, to date), years to date, relative years and months, single months, bare years."""
    return [
        ("fy_to_date", re.compile(rf"\b{fiscal}[\s-]*(?:de\s+)?(?P<y>{y}|'?\d\d)\s+(?:so\s+far|to\s+date|hasta\s+ahora|"
                                  rf"hasta\s+la\s+fecha)\b")),
        ("fy", re.compile(rf"\b{fiscal}[\s-]*(?:\(fy\)\s*)?(?:de\s+)?(?P<y>{y}|'?\d\d)\b(?:\s+(?:through|to|thru|hasta|a)\s+"
                          rf"(?P<through>{m}))?")),
        ("fy", re.compile(rf"\b(?P<y>{y})\s+fiscal\s+year\b(?:\s+(?:through|to|thru)\s+(?P<through>{m}))?")),
        ("fy_last", re.compile(rf"\b(?:(?:the\s+|el\s+)?(?:{last})\s+{fiscal}|{fiscal}\s+(?:{last}))")),
        ("fy_this", re.compile(rf"\b(?:(?:the\s+|el\s+)?(?:{this})\s+{fiscal}|{fiscal}\s+(?:actual|en\s+curso))")),
        ("to_date", re.compile(rf"\b(?:so\s+far\s+(?:this\s+year|in\s+(?P<y>{y}))|(?:this\s+)?year[\s-]+to[\s-]+date|"
                               rf"en\s+lo\s+que\s+va\s+(?:del\s+ano|de\s+(?P<y2>{y}))|hasta\s+ahora\s+en\s+(?P<y3>{y}))")),
        ("year_last", re.compile(r"\b(?:last\s+year|(?:el\s+)?ano\s+(?:pasado|anterior))\b")),
        ("year_this", re.compile(r"\b(?:this\s+year|(?:este|el\s+presente)\s+ano)\b")),
        ("month_last", re.compile(r"\b(?:last\s+month|(?:el\s+)?mes\s+(?:pasado|anterior))\b")),
        # "since the start of Operation Blue Lotus in March 2023", "desde el inicio del operativo en marzo de 2023"
        ("since", re.compile(rf"\b(?:since|desde)\s+(?:the\s+|el\s+)?(?:start|beginning|launch|inicio|comienzo|arranque)"
                             rf"\s+(?:of|de|del)\s+(?:[\w'-]+\s+){{1,6}}?(?:in|en)\s+(?P<m1>{m})(?:{de}\s+(?P<y1>{y}))?")),
        ("since", re.compile(rf"\b(?:since|desde)\s+(?:el\s+)?(?:1\s+de\s+)?(?P<m1>{m})(?:\s+1(?:st)?)?(?:{de}\s+(?P<y1>{y}))?")),
        # "in April", "last December", "this past March" (not the first month of "in October-December 2024", a span)
        ("month", re.compile(rf"\b(?:in|during|for|en|durante|last|this\s+past)\s+(?:the\s+month\s+of\s+|el\s+mes\s+de\s+)?"
                             rf"(?P<m1>{m})(?![a-z])(?!(?:{de}\s+{y})?(?:\s*[-–]\s*(?:(?:to|through|thru|a|al)\s*[-–]\s*)?|"
                             rf"\s+(?:through|thru|to|until|hasta|a|al)\s+){m})"
                             rf"(?:{de}\s+(?P<y1>{y}))?(?!\s*\d{{1,2}}\b)")),
        ("month", re.compile(rf"\b(?P<m1>{m}){de}\s+(?P<y1>{y})\b")),
        # a month standing alone as the subject ("Abril fue el mes más alto", "September alone saw 644 pounds", "Enero
        # registró 145 víctimas"; ``month_subject_verbs``) or the predicate of "was" ("The biggest month was November")
        ("month", re.compile(rf"(?:^|[.;:]\s+|[—–]\s*|\.-\s*|\s-\s+|\b(?:and|but|y|pero|while|mientras(?:\s+que)?)\s+)"
                             rf"(?P<m1>{m})(?:\s+(?:alone|sola|solo))?\s+(?:{_alt(period_words()['month_subject_verbs'])})\b")),
        # the next month of a run, its verb left out: "March brought 763 pounds, and April, 772", "y febrero, 155"
        ("month", re.compile(rf"\b(?:and|y)\s+(?P<m1>{m}),\s*(?=\d)")),
        ("month", re.compile(rf"\b(?:month|mes)\s+(?:[\w,]+\s+){{0,4}}?(?:was|fue)\s+(?:(?:the\s+month\s+of|el\s+mes\s+de)\s+)?"
                             rf"(?P<m1>{m})\b(?!\s*\d)")),
        # "la cifra es inferior a la de diciembre": the figure of that month
        ("month", re.compile(rf"\b(?:la|el|las|los)\s+de\s+(?P<m1>{m})(?:{de}\s+(?P<y1>{y}))?(?!\s*\d{{1,2}}\b)")),
        ("year", re.compile(rf"\b(?:in|during|for|throughout|en|durante|de|del|a\s+lo\s+largo\s+de|(?:in\s+)?all\s+of|"
                            # "in the year 2023", "en el año 2023", "durante todo el año 2024": the year word adds nothing
                            rf"en\s+todo(?:\s+el)?)\s+(?:(?:the\s+|el\s+)?(?:year|ano)\s+)?(?P<y>{y})\b"
                            r"(?!\s*[-–]\s*\d)")),
        # "Guanajuato cerró 2024 con 3,104 víctimas", "the state ended 2024 with 994 killings": the year closed
        ("year", re.compile(rf"\b(?:{_alt(period_words()['closing'])})\s+(?P<y>{y})\s+(?:con|with)\b")),
        # "junio cerró con 96 víctimas", "November ended with 40": the month closed
        ("month", re.compile(rf"(?:^|[.;:]\s+|\b(?:and|but|y|pero)\s+)(?P<m1>{m})\s+(?:{_alt(period_words()['closing'])})\s+"
                             r"(?:con|with)\b")),
    ]


def _span_year(y: str, de: str, this: str, last: str) -> str:
    """The optional year after a span of months, or after the word for it ("the October-December quarter of 2024"):
    written ("to April 2025", ``y2``), or this year or last ("of this year", ``this_y``; "del año pasado", ``last_y``)."""
    return (rf"(?:(?:\s+(?:quarter|period|stretch|span|trimestre|periodo|lapso))?"
            rf"{de}\s+(?:(?P<y2>{y})|(?:the\s+|el\s+)?(?:(?P<this_y>{this})\s+(?:year|ano)\b|"
            rf"(?P<last_y>(?:{last})\s+year|ano\s+(?:{last}))\b)))?")


def _this_or_last(this: str, last: str) -> str:
    """The optional words before a year that make it the one the publication is in ("of this year", "de este año") or
    the one before ("of last year", group ``last``); Spanish writes the latter after ("del año pasado", ``last2``)."""
    return rf"(?:(?:{this})\s+|(?P<last>{last})\s+)?"


def months_counted(text: str) -> int:
    """The number of months a count is written with ("9", "nine", "nueve")."""
    counts = {**period_words()["counts"]["en"], **period_words()["counts"]["es"]}
    return int(text) if text.isdigit() else counts[text]


def first_months(groups: dict) -> tuple[int, int]:
    """(months, months skipped from the year's start) of a part of a year from its start or to its end: "the first
    nine months" (9, 0), "the second half" (6, 6), "the first three quarters" (9, 0), "the last two months of 2024",
    "los últimos tres meses de 2024" (3, 9)."""
    if groups.get("half") or groups.get("half2"):
        return 6, 6 if groups.get("half2") else 0
    if groups.get("one"):
        return 1, 0
    tail = groups.get("nt") or groups.get("nt2")  # months to the year's end
    count = months_counted(groups.get("n") or groups.get("n3") or tail or "") * (3 if groups.get("quarters") else 1)
    return count, 12 - count if tail else 0


def year_of_span(groups: dict, published: dt.date | None) -> str | None:
    """The year a span of months ends in: the one written after it, else "of this year" or "of last year" after it
    ("between January and April of this year", "de enero a abril del año pasado") against the publication."""
    if groups.get("y2") or not published or not (groups.get("this_y") or groups.get("last_y")):
        return groups.get("y2")
    return str(published.year - (1 if groups.get("last_y") else 0))


def named_year_before(groups: dict, anchor: str | None, published: dt.date | None) -> dict:
    """The groups of a part of the year before the current one ("the first six months of last year", "el primer
    trimestre del año fiscal pasado") with that year named: the last whole fiscal year, else the calendar year before
    the publication's."""
    if groups.get("y_fy") or groups.get("y_cy"):  # "of the 2025 fiscal year", "of the 2024 calendar year"
        return {**groups, "y": groups.get("y_fy") or groups["y_cy"], "fiscal": "fiscal" if groups.get("y_fy") else None}
    if not (groups.get("last") or groups.get("last2")) or anchor is None or groups.get("y"):
        return groups
    year, month = int(anchor[:4]), int(anchor[5:7])
    if groups.get("fiscal"):
        return {**groups, "y": str(year + (month >= 10) - (month != 9))}
    return {**groups, "y": str((published.year if published else year) - 1)}


def same_months_moved(form: str, start: str, end: str, groups: dict) -> tuple[str, str]:
    """The months [start, end] (YYYY-MM) of the period referred back to, as ``form`` moves them: a year back
    ("the same period a year earlier"), a year on ("a year later"), or into the (fiscal) year the words name ("the
    same period of fiscal 2025")."""
    year, month = int(start[:4]), int(start[5:7])
    if form == "the_year":  # "in the year": the year of the period before, that one when it is a whole year
        whole = (int(end[:4]) * 12 + int(end[5:7])) - (year * 12 + month) == 11
        return (start, end) if whole else (f"{end[:4]}-01", f"{end[:4]}-12")
    if form == "same_in":
        base = year + 1 if groups.get("fiscal") and month >= 10 else year
        shift = 12 * (int(groups["y"]) - base)
    else:
        shift = 12 if form == "later" else -12

    def moved(key: str) -> str:
        n = int(key[:4]) * 12 + int(key[5:7]) - 1 + shift
        return f"{n // 12:04d}-{n % 12 + 1:02d}"

    return moved(start), moved(end)
