"""Dates: absolute date expressions and relative ones resolved (the publication date is found by clean).

Hand-written rather than dateparser's ``search_dates``: news dates are few and
formulaic, and a relative weekday needs the tense around it ("met Thursday" is the
Thursday before publication, "will meet Thursday" the one after), which no parser
library takes into account.

Each expression resolves at the precision it states: a day ("Aug. 5", "el martes",
"ayer"), a month ("in July 2024", "en febrero del año pasado") or a year ("last year",
"en 2019"). The anchor is the publication date; one known only to the month
("2024-11") still places a day-month date in its year, but not a weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pesquisa._required import matches_in
from pesquisa.calendar import DMY, MDY, alternation, days_ago_numbers, month_numbers, parse_date, told_on_words, weekday_numbers
from pesquisa.extract.date_periods import days_value, period_dates
from pesquisa.extract.date_ranges import stretches
from pesquisa.extract.month_names import names_person
from pesquisa.extract.numeric_days import numeric_days
from pesquisa.extract.told_day import counted_from_telling
from pesquisa.lexicon import read_data
from pesquisa.records import DateMention, Span

WEEKDAYS = weekday_numbers()
_W = alternation(WEEKDAYS)
_M = alternation(month_numbers())

# (the modifier may follow in Spanish: "el jueves pasado" is "el pasado jueves")
WEEKDAY = re.compile(rf"\b(?:(this past|this|next|last|on|el pasado|el próximo|este|el|pasado|próximo)\s+)?({_W})\b"
                     r"(?:\s+(pasado)\b)?", re.I)
RELATIVE = re.compile(
    r"\b(yesterday|last night|anoche|today|tomorrow|ayer|hoy|mañana|last year|this year|next year|el año pasado|"
    r"este año|el próximo año|last month|el mes pasado|the day before yesterday|anteayer|antier|antenoche|"
    r"(?:earlier|later)\s+this\s+month|this month|este mes|(?:a\s+)?(?:principios|inicios|finales|fines)\s+de(?:\s+este)?\s+mes|"
    r"en\s+lo\s+que\s+va\s+del\s+mes|"
    # a part of the day of publication ("spoke with Sheinbaum this morning", "se reunirán esta tarde"): that day
    r"this\s+(?:morning|afternoon|evening)|tonight|esta\s+(?:tarde|noche)|"
    # the night just past, as an adverb ("intercepted ... overnight, the agency said"), no "overnight stay", "into Sunday"
    r"overnight(?=\s*[,.;:—–]|\s+(?:in|at|near|off|along|from|after|when|as|and|by|outside|across)\b)|"
    # a release's "today" ("informa que este día fueron enviadas ...", "el día de hoy"): not "este día de fiesta"
    r"este\s+día(?!\s+de\b)|el\s+día\s+de\s+hoy)\b", re.I)
# a week before or after publication: no day, only the month (or year) the whole week lies in
WEEK = re.compile(r"\b(?:(last|next|the coming|the following|this)\s+week|"
                  r"la\s+(?:semana\s+(pasada|anterior|próxima|entrante|que\s+entra)|(próxima|siguiente)\s+semana)|"
                  r"(esta)\s+semana|(?:a\s+)?(?:principios|inicios|comienzos|mediados)\s+de\s+(?:esta\s+)?(semana))\b", re.I)
THIS_WEEK = {"this", "esta", "semana"}  # "a principios de semana": early in the week of publication
WEEK_AHEAD = {"next", "the coming", "the following", "próxima", "entrante", "que entra", "siguiente"}
# a day of the month of publication ("el 3 del mes en curso", "el pasado 3 del presente mes", "el 3 de este mes", "on
# the 3rd of this month"): that day of the publication's month
DAY_THIS_MONTH = re.compile(r"\b(?:el\s+(?:pasado\s+|próximo\s+)?)?(\d{1,2})\s+(?:del\s+(?:mes\s+en\s+curso|presente\s+mes|"
                            r"mes\s+actual|actual)|de\s+este\s+mes)\b|\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+"
                            r"(?:this|the current)\s+month\b", re.I)
# days counted back from publication: "hace tres días", "two days ago", "hace 3 días"
_AGO = alternation(days_ago_numbers())
DAYS_AGO = re.compile(rf"\bhace\s+({_AGO}|\d\s+días?)\b|\b({_AGO}|\d\s+days?)\s+ago\b", re.I)
SAME_DAY = re.compile(r"\b(?:the same day|that same day|(?:ese|el|aquel) mismo día)\b", re.I)
# a day right after a verb of telling ("officials said Monday"): the day of the report, no day "the same day" counts from
TOLD_ON = re.compile(rf"\b(?:{alternation(told_on_words())})\s+(?:on\s+|this\s+|el\s+|este\s+|esta\s+)?$", re.I)
# a day counted from the last day named before it ("Un día antes, Noem se reunió con ...", "the next day"); not one
# counted from the event named right after it ("un día después de que la presidenta conversara con", "a day before the
# summit": ``OF_EVENT``)
OF_EVENT = r"(?!\s+(?:de|del|que|the|a|an|his|her|its|their|this|that|he|she|they)\b)"
DAY_APART = re.compile(rf"\b(?:(?:un|el)\s+día\s+(antes|después){OF_EVENT}|(?:the\s+day|a\s+day|one\s+day)\s+"
                       rf"(before{OF_EVENT}|earlier|later)|(?:the\s+)?(next|following|previous)\s+day|al\s+día\s+(siguiente)|"
                       r"(?:la|una)\s+(víspera))\b", re.I)
DAY_SHIFT = {"antes": -1, "before": -1, "earlier": -1, "previous": -1, "víspera": -1,
             "después": 1, "later": 1, "next": 1, "following": 1, "siguiente": 1}
# ... or several ("Two days later, state police arrested", "tres días después"): that many days from it
DAYS_APART = re.compile(rf"\b({_AGO}|\d\s+(?:days|días))\s+(later|earlier|después|antes|más tarde)\b{OF_EVENT}", re.I)
# "la mañana", "esta mañana", "por la mañana": the morning, not tomorrow
MORNING = re.compile(r"\b(la|esta|por la|de la|en la|cada)\s+$", re.I)
FUTURE = re.compile(r"\b(will|would|plan|planning|next|upcoming|set to|scheduled|expected to|próximo|próxima|"
                    r"tiene previsto|tienen previsto|prevé|previsto|prevista|programad[oa]|van? a|"
                    r"\w{2,}(?:rá|rán))\b", re.I)  # the Spanish future: reunirá, viajarán, sostendrá
# where a clause begins or ends: the tense of the clause a weekday stands in dates it
CLAUSE_BREAK = re.compile(r"[,;:—–()]|\b(?:where|when|while|after|before|donde|cuando|mientras|tras|antes de)\b", re.I)
# a month with its year ("July 2024", "julio de 2024", "febrero del año pasado") or after a preposition ("in March")
# or an article ("the February designation")
MONTH_YEAR = re.compile(rf"\b({_M})\.?,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d|año pasado|este año|last year|this year)\b", re.I)
# ... or after "last" ("arrested him in Culiacán last August": the latest August, as "in August")
MONTH_ALONE = re.compile(rf"\b(?:in|since|until|during|the|last|this past|en|desde|hasta|durante|de|a principios de|"
                         rf"a finales de)\s+"
                         rf"(?:early\s+|late\s+|mid-)?({_M})\b(?![^\S\n]*\n?[^\S\n]*\d)", re.I)  # a paragraph's day
# a year after a preposition, or a part of it ("a principios de 2027", "in early 2027")
YEAR_ALONE = re.compile(r"\b(?:in|since|during|en|desde|durante|del|(?:a|al|hacia)\s+(?:principios|inicios|mediados|finales|"
                        r"fines)\s+de|(?:early|mid|late|by the end of|at the start of))\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)|"
                        r"\b(?:a|an|the|its|his|her|their)\s+((?:19|20)\d\d)\s+(?=(?-i:[a-z]))", re.I)  # "a 2023 ambush"


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def anchor_date(published: str | None) -> dt.date | None:
    """The day a relative expression counts from: the publication day, or the last day of its month; None if unknown."""
    if not published:
        return None
    if len(published) == 10:
        return dt.date.fromisoformat(published)
    if len(published) == 7:
        year, month = int(published[:4]), int(published[5:7])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return None


def _weekday_date(name: str, modifier: str | None, published: dt.date, future_clause: bool) -> dt.date:
    """The date of a weekday: before the publication, or after it when the clause it stands in is in
    the future ("where he will meet Noboa on Thursday", "se reunirá este jueves"; "dijo este domingo"
    is past) or it says so ("next Thursday", "el próximo jueves")."""
    target = WEEKDAYS[name.lower()]
    delta = (published.weekday() - target) % 7
    said = (modifier or "").lower()
    future = said in {"next", "el próximo", "próximo"} or (said in {"", "on", "el", "this", "este"} and future_clause)
    if future:
        ahead = (target - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    past = bool(modifier) and any(w in said for w in ("last", "past", "pasado"))  # "el pasado martes" told on a Tuesday:
    # a week ago
    return published - dt.timedelta(days=delta or 7 if past else delta)


def _future_clause(sentence: str, words: str) -> bool:
    """True when the clause of ``sentence`` that holds ``words`` tells the future where it leads to them
    ("where he will meet Noboa on Thursday", "viajará el martes"), or, when they open their clause
    ("On Thursday, Rubio will ..."), after them; "said on Tuesday he will meet" is a past Tuesday."""
    at = sentence.find(words)
    if at < 0:
        return bool(FUTURE.search(sentence))
    lo = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    before = sentence[lo:at]
    if before.strip(" \"'“”").lower() not in {"", "on", "el", "this", "este"}:
        return bool(FUTURE.search(before))
    after = sentence[at + len(words):]
    first = CLAUSE_BREAK.search(after)
    if first and not after[:first.start()].strip():  # "On Thursday, Rubio will ...": the clause after the comma
        nxt = CLAUSE_BREAK.search(after, first.end())
        after = after[first.end():nxt.start() if nxt else len(after)]
    elif first:
        after = after[:first.start()]
    return bool(FUTURE.search(after))


def _this_month(word: str) -> bool:
    """The words name the month of publication, no day ("earlier this month", "a principios de mes")."""
    return word.endswith(("this month", " mes")) or word == "este mes"


NEXT_BEFORE = re.compile(r"\b(?:el\s+)?(?:próximo|próxima|next|this coming|the coming)\s+$", re.I)


def _ahead(text: str, span: Span, sentence: str) -> bool:
    """A day and month with no year told as still to come: "el próximo 15 de enero", "next January 15", "will meet
    on January 15" (the clause it stands in is in the future)."""
    return bool(NEXT_BEFORE.search(text[max(0, span.start - 20):span.start])) or \
        _future_clause(sentence, text[span.start:span.end])


def _next_occurrence(value: str, anchor: dt.date) -> str:
    """The day ``value`` names in its next occurrence not before ``anchor`` (a week's grace kept): 15 January told
    on 28 November 2026 as still to come is 15 January 2027."""
    day = dt.date.fromisoformat(value)
    if day >= anchor - dt.timedelta(days=7):
        return value
    try:
        return day.replace(year=day.year + 1).isoformat()
    except ValueError:  # 29 February
        return value


def _day_this_month(day: int, anchor: dt.date | None) -> str | None:
    """``day`` of the month of publication ("el 3 del mes en curso"), or None without one or when it has no such day."""
    if anchor is None:
        return None
    try:
        return anchor.replace(day=day).isoformat()
    except ValueError:
        return None


def _relative_date(word: str, published: dt.date) -> str:
    word = word.lower()
    if word in {"yesterday", "ayer", "last night", "anoche"}:  # a story of the morning after
        return (published - dt.timedelta(days=1)).isoformat()
    if word in {"the day before yesterday", "anteayer", "antier", "antenoche"}:
        return (published - dt.timedelta(days=2)).isoformat()
    if _this_month(word):
        return f"{published.year:04d}-{published.month:02d}"
    if word in {"today", "hoy"}:
        return published.isoformat()
    if word in {"tomorrow", "mañana"}:
        return (published + dt.timedelta(days=1)).isoformat()
    if word in {"last year", "el año pasado"}:
        return str(published.year - 1)
    if word in {"this year", "este año"}:
        return str(published.year)
    if word in {"next year", "el próximo año"}:
        return str(published.year + 1)
    if word in {"last month", "el mes pasado"}:
        first = published.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    return published.isoformat()


def week_value(ahead: bool | None, published: dt.date) -> str | None:
    """The month (else the year) the whole calendar week before or after ``published`` (``ahead`` None: its own
    week, "this week", "esta semana") lies in; None across years.

    "Last week" or "la próxima semana" names no day: a day would contradict the report
    that gives the real one, and no date at all lets the event join a meeting of another
    month that shares its people.
    """
    shift = 0 if ahead is None else 7 if ahead else -7
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=shift)
    return days_value(monday, monday + dt.timedelta(days=6))


def month_date(month_name: str, year_text: str | None, anchor: dt.date | None) -> str | None:
    """``YYYY-MM`` of a month named with its year, a relative year or none (the latest not after the anchor)."""
    month = month_numbers()[month_name.lower().rstrip(".")]
    if year_text and year_text[:2] in {"19", "20"}:
        return f"{year_text}-{month:02d}"
    if anchor is None:
        return None
    year = anchor.year
    if year_text and ("pasado" in year_text.lower() or "last" in year_text.lower()):
        year -= 1
    elif not year_text and month > anchor.month:
        year -= 1
    return f"{year}-{month:02d}"


def _month_alone_date(match: re.Match[str], anchor: dt.date | None) -> str | None:
    """``YYYY-MM`` of a month named without its year (``MONTH_ALONE``): the latest not after the anchor ("last May")."""
    last = match.group(0).lower().startswith(("last", "this past")) and anchor is not None and \
        month_numbers()[match.group(1).lower().rstrip(".")] == anchor.month
    return month_date(match.group(1), "last year" if last else None, anchor)


def _stated_days(found: list[DateMention]) -> list[dt.date]:
    """The full dates a text states with their year ("August 13, 2025", "13 de agosto de 2025")."""
    return sorted({dt.date.fromisoformat(d.value) for d in found
                   if d.value and len(d.value) == 10 and not d.relative})


def _stated_weekday(name: str, stated: list[dt.date]) -> str | None:
    """In an undated text, "on Wednesday" is the one stated date that falls on a Wednesday, if exactly one does.

    Articles without a date line often carry the day elsewhere: an embedded post's date, a
    "Wednesday, Aug. 13, 2025" in the text. Several stated dates on that weekday leave it open.
    """
    target = WEEKDAYS[name.lower()]
    days = [d for d in stated if d.weekday() == target]
    return days[0].isoformat() if len(days) == 1 else None


def _relative_days(text: str, anchor: dt.date | None, day_anchor: dt.date | None, taken: list[Span],
                   future_clause: Callable[[Span], bool]) -> list[tuple[Span, str | None]]:
    """(span, value) of the weeks ("next week"), weekends, weeks or months back ("hace dos semanas") and words
    ("ayer", "last year") outside ``taken``."""
    out = period_dates(text, day_anchor, future_clause)
    for match in matches_in(WEEK, text):
        said = " ".join(next(g for g in match.groups() if g).lower().split())
        value = None if not day_anchor else week_value(None, day_anchor) if said in THIS_WEEK else \
            week_value(said in WEEK_AHEAD, day_anchor)
        out.append((Span(match.start(), match.end()), value))
    for match in matches_in(DAYS_AGO, text):
        said = " ".join((match.group(1) or match.group(2)).lower().split())
        days = days_ago_numbers().get(said) or int(said.split()[0])
        out.append((Span(match.start(), match.end()), _iso(day_anchor - dt.timedelta(days=days)) if day_anchor else None))
    for match in RELATIVE.finditer(text):
        span = Span(match.start(), match.end())
        if any(span.overlaps(t) for t in taken):
            continue
        word = " ".join(match.group(1).lower().split())
        if word == "mañana" and (day_anchor is None or MORNING.search(text[max(0, span.start - 8):span.start])):
            if day_anchor and text[max(0, span.start - 5):span.start].lower() == "esta ":
                out.append((span, day_anchor.isoformat()))  # "esta mañana": today
            continue
        resolvable = anchor if word in {"last year", "el año pasado", "this year", "este año", "next year",
                                        "el próximo año"} or _this_month(word) else day_anchor
        out.append((span, _relative_date(word, resolvable) if resolvable else None))
    return out


def extract_dates(text: str, *, published: str | None, sentences: list[Span] | None = None) -> list[DateMention]:
    """Date expressions in ``text``; relative ones resolved against ``published`` when known."""
    anchor = anchor_date(published)
    day_anchor = anchor if published and len(published) == 10 else None
    found: list[DateMention] = numeric_days(text, anchor)  # "el 03/04/2026"
    taken: list[Span] = [d.span for d in found]

    def context_of(span: Span) -> str:
        for sent in sentences or []:
            if sent.start <= span.start < sent.end:
                return text[sent.start:sent.end]
        return text[max(0, span.start - 80):span.end + 80]

    def add(span: Span, value: str | None, *, relative: bool) -> None:
        taken.append(span)
        found.append(DateMention(text[span.start:span.end], span, value, relative=relative))

    for pattern in (MDY, DMY):
        for match in pattern.finditer(text):
            span = Span(match.start(), match.end())
            if any(span.overlaps(t) for t in taken) or "may" in match.groups():
                continue  # lower-case "may" is the English modal ("may 5 times"), never the month
            value = parse_date(match.group(0), anchor)
            if value is None and not match.group(3):
                continue
            if value and not match.group(3) and anchor and _ahead(text, span, context_of(span)):
                value = _next_occurrence(value, anchor)
            add(span, value, relative=not match.group(3))
    for match in matches_in(DAY_THIS_MONTH, text):
        span = Span(match.start(), match.end())
        if not any(span.overlaps(t) for t in taken):
            add(span, _day_this_month(int(match.group(1) or match.group(2)), anchor), relative=True)
    for match in MONTH_YEAR.finditer(text):
        span = Span(match.start(), match.end())
        if not any(span.overlaps(t) for t in taken):
            add(span, month_date(match.group(1), match.group(2), anchor), relative=not match.group(2)[:1].isdigit())
    for match in MONTH_ALONE.finditer(text):
        span = Span(match.start(1), match.end(1))
        if not any(span.overlaps(t) for t in taken) and not names_person(text, span):  # "de Julio César «N»"
            add(span, _month_alone_date(match, anchor), relative=True)
    for match in YEAR_ALONE.finditer(text):
        span = Span(match.start(match.lastindex or 1), match.end(match.lastindex or 1))
        if not any(span.overlaps(t) for t in taken):
            add(span, text[span.start:span.end], relative=False)
    stated = _stated_days(found)
    for match in matches_in(WEEKDAY, text):
        span = Span(match.start(2), match.end())
        if any(span.overlaps(t) for t in taken):
            continue
        future = _future_clause(context_of(span), text[match.start():span.end])
        value = _iso(_weekday_date(match.group(2), match.group(3) or match.group(1), day_anchor, future)) if day_anchor \
            else _stated_weekday(match.group(2), stated)  # an undated text: the stated date on that weekday
        add(span, value, relative=True)
    for span, value in _relative_days(text, anchor, day_anchor, taken,
                                      lambda s: _future_clause(context_of(s), text[s.start:s.end])):
        add(span, value, relative=True)
    found = counted_from_telling(text, stretches(text, sorted(found, key=lambda d: d.span.start)), sentences or [], TOLD_ON,
                                 day_anchor)  # "between Oct. 1 and Oct. 15": the month; "informó este lunes que ayer"
    found.extend(_same_days(text, found))
    return sorted(found, key=lambda d: d.span.start)


# the end of a sentence: a word of two lower-case letters or digits, its stop, and a capital ("U.S. Marshals" is none)
SENTENCE_END = re.compile(r"[a-záéíóúñ0-9]{2}[.!?][\"”»]?\s+[¿¡\"“«]?[A-ZÁÉÍÓÚÑ]")
# a sentence that opens on the event just told ("Al encuentro asistieron ...", "During the call, ...", "Al término de la
# reunión, acordaron", past who tells it: "De acuerdo con la dependencia, en el encuentro ...")
_CALENDAR = read_data("calendar.yaml")
SAME_EVENT = re.compile(rf"\W*(?:(?:{alternation(_CALENDAR['same_event_tellers'])})\b[^,.]{{0,80}},\s*)?(?:al|a la|en el|en la|"
                        r"durante el|durante la|tras el|tras la|at the|during the|in the|after the|the)\s+"
                        rf"(?:(?:{alternation(_CALENDAR['same_event_parts'])})\s+(?:de|del|of)\s+(?:la|el|the)\s+)?"
                        rf"(?:{alternation(_CALENDAR['same_event_nouns'])})\b", re.I)


def days_apart(pattern: re.Pattern[str], match: re.Match[str]) -> int:
    """How many days after (negative: before) the day named last a ``DAY_APART`` or ``DAYS_APART`` match counts."""
    if pattern is DAY_APART:
        return DAY_SHIFT[next(g for g in match.groups() if g).lower()]
    said = " ".join(match.group(1).lower().split())
    days = days_ago_numbers().get(said) or int(said.split()[0])
    return -days if match.group(2).lower() in {"earlier", "antes"} else days


def _news_between(text: str, day: Span, at: int) -> bool:
    """True when a sentence between the one of ``day`` and the one of ``at`` tells news of its own: one not opening on
    the event just told ("Al encuentro asistieron el canciller ..." tells the same meeting)."""
    starts = [m.end() - 1 for m in SENTENCE_END.finditer(text, day.start, at)]
    return any(not SAME_EVENT.match(text, start) for start in starts[:-1])  # the last opens the sentence of ``at``


def _same_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """"The same day", "ese mismo día": the last day named before it ("seized 800 kg on Monday. Separately,
    marines seized 1.2 tons ... the same day"), not a day the news was told on ("officials said Monday");
    "un día antes", "the next day": the day before or after it."""
    days = sorted((d for d in found if d.value and len(d.value) == 10), key=lambda d: d.span.start)
    told = {d.span for d in days if TOLD_ON.search(text[max(0, d.span.start - 30):d.span.start])}
    out = []
    for pattern in (SAME_DAY, DAY_APART, DAYS_APART):
        for match in matches_in(pattern, text):
            before = [d for d in days if d.span.end <= match.start()]
            before = [d for d in before if d.span not in told] or before  # ("said Monday that ... The same day")
            if not before or any(d.span.overlaps(Span(match.start(), match.end())) for d in found):
                continue  # "the day before yesterday" is a date of its own
            if pattern is not SAME_DAY and _news_between(text, before[-1].span, match.start() + 1):
                continue  # "Un día antes" after a sentence of no day: the day before that sentence's news, unknown
            value = before[-1].value if pattern is SAME_DAY else \
                (dt.date.fromisoformat(str(before[-1].value)) + dt.timedelta(days=days_apart(pattern, match))).isoformat()
            out.append(DateMention(match.group(0), Span(match.start(), match.end()), value, relative=True))
    return out
