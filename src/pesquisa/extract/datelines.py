"""Datelines: the place, outlet and date a story opens a paragraph with ("MEXICO CITY (AP) —").

A dateline says where the reporter filed from and which outlet wrote it: no actor or place
of an event, and no words of a source. Hand-written: a dateline is a line-opening
convention of wire copy (a place in capitals, an outlet in brackets, a date, then a dash,
a Spanish ".-" or a slash; or a place and a full date closed by a full stop or a colon:
``clean.stopped_dateline``), not something a parser or NER model marks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pesquisa.calendar import month_numbers, weekday_numbers
from pesquisa.clean import stopped_dateline
from pesquisa.records import Span

# a dateline head ends at a dash, a Spanish ".-", a slash, or a closing "(Outlet)" before the text, with a colon too
# ("Washington [US], November 12 (ANI): US Secretary ...", the Indian wires' shape)
_SEPARATOR = re.compile(r"\s*(?:[—–]+|\s-{1,2}\s|(?<=\))\.?[-—–]+|\.-|/)\s*|(?<=\)):?\s+(?=[A-ZÁÉÍÓÚÑ¿¡“\"])")
_CRAWLER = re.compile(r"^\s*date\s+\S+\s+", re.I)
_HEAD_WORD = re.compile(r"\([^)\n]*\)|[\w.'’]+")
_DATED_AT = re.compile(r",\s+a\s+(?=\d)")  # "Ciudad de México, a 2 de agosto de 2025": a release's "dated at"
_PARTICLES = {"de", "del", "la", "el", "of", "los", "las"}


def _dateline_head(head: str, separator: str) -> bool:
    """True when ``head`` reads like a dateline: a place in capitals, an outlet in brackets or a date."""
    words = _HEAD_WORD.findall(head)
    if not 1 <= len(words) <= 9:
        return False
    # "12 ago (EFE)": wire datelines shorten a month to its first letters, in any language
    months = set(month_numbers()) | {m[:3] for m in month_numbers()}
    for word in words:  # a Spanish weekday is lower-case: "Local / sábado 5 de diciembre de 2026"
        bare = word.strip(".,'’").lower()
        if not (word[0].isupper() or word[0].isdigit() or word.startswith("(") or bare in _PARTICLES or bare in months
                or bare in weekday_numbers()):
            return False
    shouting = any(len(w) >= 3 and w.isupper() for w in words)
    outlet = any(w.startswith("(") for w in words)
    dated = any(w.strip(".").lower() in months for w in words) and any(w[0].isdigit() for w in words)
    # "Culiacán, Sin.—", "Ciudad de México.-" (the Spanish ".-" marks a dateline by itself)
    short_place = len(words) <= 4 and (separator.strip() == ".-" or (
        separator.strip() in {"/", ".—", "—", "–"} and "," in head + separator))
    return shouting or outlet or dated or short_place or (len(words) <= 3 and separator.strip() == "/")


def dateline_spans(body: str) -> list[Span]:
    """Spans of the datelines that open paragraphs of ``body`` (place, outlet, date and separator)."""
    return list(_dateline_spans(body))


@lru_cache(maxsize=2)
def _dateline_spans(body: str) -> tuple[Span, ...]:
    """``dateline_spans``, found once per document: entities, quotes and events each asked for them (five times)."""
    out: list[Span] = []
    for para in re.finditer(r"(?:^|\n\n)([^\n]+)", body):
        start = para.start(1)
        text = para.group(1)[:140]
        crawler = _CRAWLER.match(text)
        offset = crawler.end() if crawler else 0
        sep = _SEPARATOR.search(text, offset)
        # "Bogotá, 17 de julio de 2025. La Policía ...", "Amritsar, Jan 9, 2025: The police ...": a stop closes it
        if (stopped := stopped_dateline(text[offset:])) and (not sep or sep.start() > offset + stopped[1]):
            out.append(Span(start + offset, start + offset + stopped[1]))
            continue
        if not sep or sep.start() - offset > 90 or sep.start() == offset:
            continue
        head = text[offset:sep.start()]
        if _dateline_head(head, sep.group(0)):
            end = sep.end()
            # two places of filing: "WASHINGTON/MEXICO CITY, Dec 5 (Reuters) - ": the second dateline goes on
            nxt = _SEPARATOR.search(text, end)
            if sep.group(0).strip() == "/" and nxt and nxt.start() - end <= 90 and nxt.start() > end and \
                    _dateline_head(text[end:nxt.start()], nxt.group(0)):
                end = nxt.end()
            out.append(Span(start + offset, start + end))
    return tuple(out)


def date_line_spans(body: str) -> list[Span]:
    """Spans of the paragraphs that hold only a date, perhaps with a place or a weekday: the publication line.

    "March 6, 2025", "Monday, May 6, 2024", "Ciudad de México, 20 de mayo de 2025" (a release's "Ciudad de
    México, a 2 de agosto de 2025" too): the day
    the story was filed, no date of what it tells (a headline glued to it by the sentence
    splitter took it for the day of the arrest it announced).
    """
    out: list[Span] = []
    for para in re.finditer(r"[^\n]+", body):
        text = _DATED_AT.sub(", ", para.group(0).strip())
        if 0 < len(text) <= 80 and any(c.isdigit() for c in text) and _dateline_head(text, ""):
            words = _HEAD_WORD.findall(text)
            if any(w.strip(".,").lower() in month_numbers() for w in words):
                out.append(Span(para.start(), para.end()))
    return out


def after_dateline(span: Span, datelines: list[Span]) -> Span:
    """``span`` starting after a dateline it opens inside ("MEXICO CITY (AP) — Mexican marines seized ...")."""
    for line in datelines:
        if line.start <= span.start < line.end < span.end:
            return Span(line.end, span.end)
    return span
