"""The publication date a document states: in its own top lines, or in its address.

News pages carry their date in a few recurring shapes, tried from the most explicit
to the most guessed (the first that gives a date wins):

1. a crawler's date field on the first line ("date 2021-08-12 OTAY MESA, Calif. — ...");
2. a labelled stamp near the top: "Published May 16, 2025", "Last Updated : Jun 27 2025",
   "Publicado el 3 de marzo de 2024", a byline "By Ana Pérez, March 3, 2024"; dates in digits
   too ("2025-10-14", "14.10.2025", "14/10/2025": day first unless that is no date);
3. a time-stamped date line: "Martes 01 de Abril de 2025 | 11:48 a.m." (a clock time
   marks the article's own stamp; the site's 'today' banner carries none);
4. the URL: ``/2021/10/08/``, ``2021-10-08``, ``20211008``, or ``/2025/05/`` (month only: a full
   day of that month which the rules below read in the page wins);
5. a bare date line near the top, or a dateline ("Aug. 13 (UPI) —", "Ciudad de México,
   13 de agosto (SinEmbargo).-") whose year comes from the latest full date of the text;
6. a press release's place and date on a line of their own ("Ciudad de México, 4 de septiembre de 2025",
   "WASHINGTON, June 11, 2025"), kept or dropped as page furniture;
7. last, a date with its weekday alone on a line under the headline ("Tuesday, October 21, 2025"), or, under
   a release's number, after its place ("Comunicado 45/2026 / Ciudad de México, martes 10 de febrero de 2026").

A date banner with a weekday and no time may be the site's 'today' (page chrome) rather than the article's date, so
it comes last (a press release's date line has the same shape); it also bounds a dateline's year. Dates come back as
ISO strings at the precision stated: ``YYYY-MM-DD`` or ``YYYY-MM``. A stamp labelled only as an update ("Updated Dec
9") gives way to the URL's earlier day (``_updated_stamp``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from itertools import pairwise

from pesquisa.calendar import DMY, MDY, parse_date, safe_date
from pesquisa.clean._full_dates import NUMERIC_DAY, YEAR, numeric_date
from pesquisa.clean._full_dates import full_date as _full_date
from pesquisa.clean._immediate_release import immediate_release_date
from pesquisa.clean._page_context import first_anchor
from pesquisa.clean._signals import RELEASE, WEEKDAY, is_date_only, is_label
from pesquisa.clean._stopped_dateline import stopped_dateline_date
from pesquisa.clean._updated_stamp import address_day_first
from pesquisa.lexicon import read_data

# the head of the file is where stamps live; deeper lines are article text
TOP_LINES = 25
BELOW_ANCHOR = 5  # ... and reaches this many lines under the first paragraph
# a stamp or byline is a short line; a long one is a sentence that happens to say "published"
STAMP_WORDS = 15
CRAWLER_FIELD = re.compile(r"^\s*date[:\s]+((?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?)\b", re.I)
# "Release Date: ...", "Fecha 05.12.2026"
LABEL = re.compile(r"\b(published|posted|last updated|updated|publicado|publicada|actualizado|actualizada|actualizaci[oó]n|"
                   r"escrito en|fecha de publicaci[oó]n|release date)\b|^(by|por)\s|^(date|fecha)(\s*:|\s+(?=\d))", re.I)
CLOCK = re.compile(r"\b\d{1,2}:\d\d\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|hrs?\b|h\b|[AP]M\b|IST|ET|GMT|UTC)?"
                   r"|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|[AP]M\b)", re.I)  # "3:15 PM", and an hour alone: "3 AM PT"
WEEKDAY_BRACKET = re.compile(WEEKDAY.pattern + r"\s*\(([^()]{6,20})\)", re.I)
# a year glued to the clock, to the next date or label: "December 5, 20263:21 PM", "Dec. 5, 2026Updated Dec. 5, 2026 4:11 p.m."
GLUED_CLOCK = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}:\d\d\b|\d{1,2}\s+[A-Za-zÁÉÍÓÚáéíóú]{3}"
                         r"|(?:Updated|Modified|Actualizado)\b)")
# a stamp whose year has two digits, read by the clock beside it: "by Ana Ruiz - 12/04/26 5:32 PM ET"
# ... or dotted, the clock after a separator, as Spanish regional papers stamp ("04.12.26 | 18:30", "04·12·26 | 18:30")
SHORT_YEAR_STAMP = re.compile(r"(?<![\d/.])(\d{1,2}([/.])\d{1,2}\2)(\d\d)(?=,?\s+(?:[|•·–-]\s+)?\d{1,2}:\d\d)")
MIDDLE_DOT = re.compile(r"(?<=\d)·(?=\d)")
SHORT_YEAR_LINE = re.compile(r"^\s*(\d{1,2}([./])\d{1,2}\2)(\d\d)\s*$")
SEPARATOR = re.compile(r"\s[|•·]\s")
# (between slashes a path may write its month and day without a leading zero: Proceso's "/2026/12/3/"; a day may run on
# into its clock: Europa Press's "-20261205123000.html")
URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)([/_-]?)([01]\d)\2([0-3]\d)(?:(?!\d)|(?=[0-2]\d[0-5]\d[0-5]\d(?!\d)))"
                     r"|/((?:19|20)\d\d)(/)(1?\d)/([1-3]?\d)/")
URL_MONTH = re.compile(r"/((?:19|20)\d\d)/([01]\d)/")


def crawler_date(lines: list[str]) -> str | None:
    """The date of a crawler's ``date YYYY-MM-DD`` field opening the file, or None."""
    match = CRAWLER_FIELD.match(lines[0]) if lines else None
    return match.group(1) if match else None


def labelled_date(lines: list[str]) -> str | None:
    """The date after a 'Published' / 'Updated' / byline label near the top (published wins), or None."""
    found: dict[bool, str] = {}
    for i, whole in enumerate(lines[:TOP_LINES]):
        # a long header line part by part: "Publicado 5 Dic 2026 – 07:15 PM | Actualizado 5 Dic 2026 – 08:02 PM"
        # ... or at each label: "Posted: Dec 5, 2026 / 06:14 PM MST Updated: Dec 5, 2026 / 07:02 PM MST"
        for line in [whole] if len(whole.split()) <= STAMP_WORDS else _labelled_parts(whole):
            label = LABEL.search(line)
            if not label or len(line.split()) > STAMP_WORDS:
                continue
            # the date follows the label on its line, or on the next line ("Published\n\nMay 3, 2024")
            after = line[label.end():]
            below = lines[i + 1] if i + 1 < len(lines) and len(lines[i + 1]) < 60 else ""
            iso = _full_date(after) or _full_date(below)
            if iso:
                updated = "updat" in label.group(0).lower() or "actualiz" in label.group(0).lower()
                found.setdefault(updated, iso)
    return found.get(False) or found.get(True)


def _labelled_parts(line: str) -> list[str]:
    """A long header line cut at its separators and before each of its labels."""
    parts = []
    for part in SEPARATOR.split(line):
        cuts = [0, *(m.start() for m in LABEL.finditer(part) if m.start() > 0), len(part)]
        parts += [part[a:b] for a, b in pairwise(cuts) if part[a:b].strip()]
    return parts


def released_date(lines: list[str]) -> str | None:
    """The date on a release's number line near the top ("Comunicado 412. 4 de noviembre de 2026", "Press Release
    25-114 | December 4, 2026"), or None."""
    for line in lines[:TOP_LINES]:
        if len(line.split()) <= STAMP_WORDS and RELEASE.search(line.lower()):
            found = _full_date(line)
            if found:
                return found
    return None


def stamped_date(lines: list[str]) -> str | None:
    """The date of a short date line that also gives a clock time (the article's stamp), or None: the date before
    the clock, or after it ("2:35 p.m. ET, December 4, 2026", a live page's entry stamp)."""
    for line in lines[:TOP_LINES]:
        if (len(line.split()) <= 12 or is_label(line)) and CLOCK.search(line):
            before, *after = CLOCK.split(line)
            iso = _full_date(before) or (_full_date(after[-1]) if after else None)
            if iso:
                return iso
    return None


def url_date(url: str | None) -> str | None:
    """The date a URL path states (/2021/10/08/, 2021-10-08, 20211008; /2025/05/ as month), or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url).split("?", 1)[0]
    for match in URL_DAY.finditer(path):
        year, month, day_of = (match.group(1), match.group(3), match.group(4)) if match.group(1) else match.group(5, 7, 8)
        day = safe_date(int(year), int(month), int(day_of))
        if day:
            return day.isoformat()
    month = URL_MONTH.search(path)
    if month and 1 <= int(month.group(2)) <= 12:
        return f"{month.group(1)}-{month.group(2)}"
    return None


def text_date(lines: list[str], reasons: list[str | None], month: str | None = None) -> str | None:
    """A bare date line or a dateline near the top of the kept text, or None.

    A dateline without a year ("MEXICO CITY, Dec 2 (Reuters) -") takes the year that puts it nearest to the
    latest full date the text's sentences tell ("agreed on Nov. 24, 2026", or a hearing set months ahead:
    `calendar.year_after`), never after a banner or stamp line's (a week's grace), nor after the end of the URL's
    ``month`` ("/2025/03/" under "Accra, March 4, GNA -"); with none of them it has no year.
    """
    bounds = cache(lambda: _bounds(lines, month))  # (read only for a dateline without its year)
    kept = [line for line, reason in zip(lines, reasons, strict=False) if not reason]
    for line in kept[:8]:
        stripped = line.strip()
        bracketed = WEEKDAY_BRACKET.search(stripped)  # "informaron este viernes (05.12.2026) autoridades"
        if bracketed and (iso := _full_date(bracketed.group(2))):
            return iso
        if len(stripped.split()) <= 6 and YEAR.search(stripped):
            iso = parse_date(stripped) or numeric_date(stripped)
            if iso:
                return iso
        # "WASHINGTON, Dec 1 (Reuters) -", "(EFE).-", "Washington, 20 de abril de 2026.— La CBP ..." (a dash after the dot)
        if len(head := re.split(r"\s[—–-]{1,2}(?:\s|$)|\)\.?-|\.[-—–]", stripped, maxsplit=2)) >= 2 and len(head[0]) < 80:
            # "Mexicali, B.C. (05/12/2026).- ...": a dateline's date in digits
            iso = _dateline_date(head[0], *bounds()) or (numeric_date(head[0]) if YEAR.search(head[0]) else None)
            # "Zacatecas, Zac. — 30 de mayo de 2026 — El Gabinete ...": the date between two dashes (or closing the line:
            # "WASHINGTON (AP) — May 20, 2026" over the first paragraph)
            if not iso and len(head) >= 2 and len(head[1]) < DASHED_DATE and YEAR.search(head[1]):
                iso = parse_date(head[1].strip()) or numeric_date(head[1])
            if iso:
                return iso
        if iso := stopped_dateline_date(stripped):  # "Bogotá, 17 de julio de 2025. La Policía ...", "Amritsar, Jan 9, 2025:"
            return iso
    return None


DASHED_DATE = 40  # a dateline's date between two dashes is this short


def _bounds(lines: list[str], month: str | None = None) -> tuple[dt.date | None, dt.date | None]:
    """The latest full date on a line of its own or a short one (a banner or stamp: the page is not later), else the
    last day of the URL's ``month``, and the latest in a sentence (an event told: the page is not much earlier)."""
    anchor = floor = None
    for line in lines:
        if len(line.split()) <= STAMP_WORDS:
            iso = _full_date(line)
            if iso and len(iso) == 10:
                date = dt.date.fromisoformat(iso)
                anchor = max(anchor, date) if anchor else date
            continue
        for pattern in (MDY, DMY):  # every dated day of a sentence ("el 2 de diciembre ... el 24 de noviembre de 2026")
            for match in pattern.finditer(line):
                iso = parse_date(match.group(0)) if match.group(3) else None
                if iso:
                    date = dt.date.fromisoformat(iso)
                    floor = max(floor, date) if floor else date
    if anchor is None and month and len(month) == 7:  # (the first day of the month after, less one)
        year, number = int(month[:4]), int(month[5:])
        anchor = dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)
    return anchor, floor


def _dateline_date(head: str, anchor: dt.date | None, floor: dt.date | None) -> str | None:
    """ISO date of a dateline's day and month between ``floor`` and ``anchor`` (`text_date`), or None. A day read
    within a week of a banner or stamp's date ("Ciudad de México | 12/12/2026" over "Ciudad de México, 12 dic (EFE).-")
    is of its year, whatever older day a sentence tells ("tras la detención ... el 3 de marzo de 2025")."""
    near = parse_date(head, anchor) if anchor else None
    if near and anchor and abs(dt.date.fromisoformat(near) - anchor) <= dt.timedelta(days=7):
        return near
    iso = parse_date(head, floor=floor) if floor else None
    if iso and anchor and dt.date.fromisoformat(iso) > anchor + dt.timedelta(days=7):
        iso = None  # the banner wins over a sentence's date
    return iso or parse_date(head, anchor)


def find_published(lines: list[str], reasons: list[str | None], lang: str, *, url: str | None = None) -> str | None:
    """Publication date of a document from its lines and URL (the rules in the module docstring, in order). The top
    lines are those of the head of the page, which a long menu pushes down: when the first paragraph stands deeper
    than ``TOP_LINES - BELOW_ANCHOR``, the first line and the ``TOP_LINES`` over ``BELOW_ANCHOR`` lines under it."""
    skip = max(0, first_anchor(lines) + BELOW_ANCHOR - TOP_LINES)
    if skip:
        lines, reasons = lines[:1] + lines[skip + 1:], reasons[:1] + reasons[skip + 1:]
    # a scraped stamp may glue the year to the clock ("December 5, 20263:21 PM ESTUpdated 2 hours ago")
    # ... or write a date alone on its line with a two-digit year ("12.03.26", a press office's release date)
    lines = [SHORT_YEAR_LINE.sub(r"\g<1>20\3", SHORT_YEAR_STAMP.sub(r"\g<1>20\3", GLUED_CLOCK.sub(r"\1 ", dotted)))
             for dotted in (MIDDLE_DOT.sub(".", line) for line in lines)]
    if writes_month_first(lines, lang, url):  # once for all the rules below: "12/02/2026" becomes "2026-12-02"
        lines = [_month_first(line) for line in lines]
    found = next((f for f in (crawler_date(lines), address_day_first(labelled_date(lines), url_date(url), lines[:TOP_LINES]),
                              stamped_date(lines), released_date(lines) or immediate_release_date(lines), url_date(url))
                  if f), None)  # (an update's: the URL's)
    told = None if found and len(found) == 10 else (
        text_date(lines, reasons, found) or placed_date(lines) or piped_date(lines) or banner_date(lines, reasons))
    # a URL's month ("/2026/12/") gives way to a full day of that month the page tells ("15 de diciembre de 2026")
    return told if told and (not found or told.startswith(f"{found}-")) else found


def title_date(title: str | None) -> str | None:
    """The date a headline ends with, when nothing else dates the text: a transcript's or a statement's own day
    ("Versión estenográfica de la conferencia de prensa matutina ..., del 6 de marzo de 2026", "Readout of the
    call with President Sheinbaum, March 6, 2026"); not a date inside the headline ("Trial set for January 13")."""
    if not title:
        return None
    match = TITLE_DATE.search(title)
    return _full_date(match.group(1)) if match else None


# a full date closing a headline, after "del", "de", a comma, a dash or an opening parenthesis
TITLE_DATE = re.compile(r"(?:\bdel?|,|[–—-]|\()\s*((?:\d{1,2}\s+(?:de\s+)?\w+\.?,?\s+(?:de\s+|del\s+)?|\w+\.?\s+\d{1,2},?\s+)"
                        r"(?:19|20)\d\d)\)?\s*$", re.I)


def _month_first(line: str) -> str:
    """``line`` with its all-digit dates ("12/02/2026") as ISO dates read month first, or by the line's weekday."""
    weekday = WEEKDAY.search(line)
    lead = f"{weekday.group(0)} " if weekday else ""

    def iso(match: re.Match[str]) -> str:
        return numeric_date(lead + match.group(0), month_first=True) or match.group(0)

    return NUMERIC_DAY.sub(iso, line)


@cache
def _numeric_dates() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The languages that write all-digit dates month first, the clock zones and web domains of day-first countries,
    from ``data/calendar.yaml`` (read once per process)."""
    data = read_data("calendar.yaml")["numeric_dates"]
    return frozenset(data["month_first"]), frozenset(z.upper() for z in data["day_first_zones"]), \
        frozenset(data["day_first_domains"])


def writes_month_first(lines: list[str], lang: str, url: str | None = None) -> bool:
    """Whether the page writes all-digit dates month first (``numeric_dates`` in ``data/calendar.yaml``):
    its language does, its address is no day-first country's or outlet's ("irishexaminer.ie", "myjoyonline.com") and no
    clock zone of a day-first country stands in its top lines."""
    month_first, zones, domains = _numeric_dates()
    host = re.sub(r"^[a-z]+://", "", url or "").split("/", 1)[0].split(":", 1)[0]
    if lang not in month_first or any(f".{host.lower()}".endswith(f".{domain}") for domain in domains):
        return False
    return not any(word in zones for line in lines[:TOP_LINES] for word in re.findall(r"\b[A-Z]{3,4}\b", line))


def placed_date(lines: list[str]) -> str | None:
    """The date of a place-and-date line under the headline, page chrome or not: "Oaxaca, Oax., 9 de junio de
    2025", "Culiacán, Sinaloa / 14.09.2025". Not with a weekday: "Ciudad de México, jueves 8 de mayo de 2025"
    is a portal's banner as often as the article's line."""
    for line in lines[:TOP_LINES]:
        if len(line.split()) > BANNER_WORDS + 2 or WEEKDAY.search(line):
            continue
        found = _full_date(line)
        place = PLACE_LEAD.match(line)
        if found and place and not YEAR.search(place.group(0)) and not LABEL.search(place.group(0)):
            return found
    return None


PLACE_BEFORE_WEEKDAY = re.compile(r"[A-ZÁÉÍÓÚ][\w.]*(?:\s(?:de|del|la|[A-ZÁÉÍÓÚ][\w.]*))*,?\s+(?=(?i:" + WEEKDAY.pattern + "))")
PIPED = re.compile(r"\s[|•·–-]\s")  # "Relaciones Exteriores | 03 de diciembre de 2026", "Dec 5, 2026 - World"


def piped_date(lines: list[str]) -> str | None:
    """The date part of a short header line of parts between pipes, one of them a date without its weekday:
    "Presidencia de la República | 15 de julio de 2025 | Versión estenográfica"."""
    for line in lines[:TOP_LINES]:
        parts = [part.strip() for part in PIPED.split(line)]
        if len(parts) < 2 or any(len(part.split()) > BANNER_WORDS for part in parts) or WEEKDAY.search(line):
            continue
        for part in parts:
            found = _full_date(part)
            if found and len(part.split()) <= 6:
                return found
    return None


# the place a dateline opens with: capitalized words up to a comma or slash ("Oaxaca, Oax.,", "Culiacán, Sinaloa /")
PLACE_LEAD = re.compile(r"^[A-ZÁÉÍÓÚ][\w.]*(?:\s(?:de|del|la|[A-ZÁÉÍÓÚ][\w.]*))*(?:,\s[A-ZÁÉÍÓÚ][\w.]*(?:\s[A-ZÁÉÍÓÚ][\w.]*)*)?"
                        r"\s*[,/|]\s")


def banner_date(lines: list[str], reasons: list[str | None] | None = None) -> str | None:
    """A date with its weekday alone on a line under the headline ("Tuesday, October 21, 2025"), or after a place
    under a release's number or under article text the cleaner kept ("Ciudad de México / viernes 4 de diciembre de
    2026" below the headline and its standfirst), when nothing else dates the text: the article's date line.
    The same line opening the page, above everything, is the site's 'today' banner, no date of the article."""
    for i, line in enumerate(lines[:TOP_LINES]):
        # under a release's number ("Comunicado 45/2026") or the kept headline, "Ciudad de México, martes 10 de
        # febrero de 2026" is the article's date; above all article text it is the site's banner
        placed = any(RELEASE.match(above) for above in lines[:i]) or \
            (reasons is not None and any(not reason for reason in reasons[:i]))
        # (the place may stand before its weekday with no separator: "Ciudad de México jueves 4 de diciembre de 2026")
        place = (PLACE_LEAD.match(line) or PLACE_BEFORE_WEEKDAY.match(line)) if placed else None
        dated = line[place.end():] if place and not YEAR.search(place.group(0)) and \
            not WEEKDAY.search(place.group(0)) else line
        # under a release's label ("Press Releases", "U.S. Department of State | Media Note") a date alone is the
        # release's, weekday or not
        released = any(RELEASE.search(above) and len(above.split()) <= BANNER_WORDS for above in lines[:i])
        # a byline's parts between pipes under kept text: "X, corresponsal | La Jornada | Viernes, 4 de diciembre de 2026"
        piped = [_full_date(part) for part in PIPED.split(line)[1:] if len(part.split()) <= BANNER_WORDS] if placed else []
        if any(piped):
            return next(found for found in piped if found)
        # a date alone without its weekday is no site's "today" banner: the article's date set above its headline, under
        # the byline's desk ("Redacción" / "BBC News Mundo" / "5 diciembre 2026")
        if i > 0 and len(dated.split()) <= BANNER_WORDS and (WEEKDAY.search(dated) or (released and is_date_only(line))
                                                              or (is_date_only(line) and not WEEKDAY.search(line))):
            found = _full_date(line)
            if found:
                return found
    return None


BANNER_WORDS = 8

DATELINE_STAMP_WORDS = 10  # a place-and-date stamp is this short ("Culiacán, Sinaloa / 05.12.2026 21:14:33")
_DATE_LEAD = re.compile(r"^(?:a|el|on)\s+", re.I)


def is_dateline_stamp(line: str, *, timed: bool = True) -> bool:
    """A place, or a desk's name, and a date and its clock time alone on a line: a portal's stamp ("Culiacán, Sinaloa /
    05.12.2026 21:14:33", "Redacción | 12 de febrero de 2026, 10:42"), never article text. Without its time, a place
    and a date under the headline may be the article's own dateline ("Ciudad de México, 4 de diciembre de 2026"),
    which annotators keep as they keep a date under the headline: the model decides those (``timed=False`` asks for
    any stamp: above the headline, where a date is chrome)."""
    text = line.strip().rstrip(".")
    place = PLACE_LEAD.match(text)
    if not place or len(text.split()) > DATELINE_STAMP_WORDS or YEAR.search(place.group(0)) or \
            (timed and not CLOCK.search(text)):
        return False
    rest = _DATE_LEAD.sub("", text[place.end():].strip().rstrip(",").strip())
    return is_date_only(rest)
