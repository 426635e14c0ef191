"""Line-level boilerplate detection for article text.

News text arrives with page chrome around the article: a date banner and a site
tagline above it, photo captions printed twice inside it, donation and newsletter
blocks and a trail of teaser headlines below it. Each rule below is a named
predicate over a line and its neighbours, so a decision reads as a list of reasons.
Patterns live in ``data/boilerplate.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from pesquisa.calendar import alternation, month_numbers, weekday_numbers
from pesquisa.lexicon import load_lexicon

_WEEKDAYS = alternation(weekday_numbers(abbreviations=True))
_MONTHS = alternation(month_numbers())
WEEKDAY_DATE = re.compile(rf"^({_WEEKDAYS})\.?,?\s+.*\b(19|20)\d\d\s*$", re.I)
BARE_DATE = re.compile(
    rf"^(({_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+(19|20)\d\d"
    rf"|\d{{1,2}}\s+(de\s+)?({_MONTHS})\.?,?\s+(de\s+)?(19|20)\d\d)\s*$", re.I)
TERMINAL = re.compile(r"[.!?…:;”\"»)]\s*$")


@dataclass(slots=True)
class Line:
    text: str
    index: int

    @property
    def words(self) -> int:
        return len(self.text.split())


@cache
def _patterns() -> dict[str, Any]:
    bp = load_lexicon().boilerplate
    return {
        "chrome": [re.compile(p, re.I) for p in bp["chrome"]["patterns"]],
        "chrome_max": bp["chrome"]["max_words"],
        "tail": [re.compile(p, re.I) for p in bp["tail"]["patterns"]],
        "inline": re.compile(bp["tail"]["inline"]),
        "header_max": bp["header"]["max_words"],
        "tagline": re.compile(bp["header"]["site_tagline"]),
        "handle": re.compile(bp["header"]["handle"]),
        "byline": re.compile(bp["header"]["byline"], re.I),
    }


MAX_WORD_CHARS = 40  # chrome words are words: a "line" of few but enormous words is not chrome


def is_chrome(line: str) -> bool:
    """The line reads like page chrome (ads, subscription prompts, credits) anywhere on a page.

    Short in words and in characters: the patterns are not run over a few words of a
    million characters each (issue 16: one such line took seconds per pattern).
    """
    p = _patterns()
    return (len(line) <= p["chrome_max"] * MAX_WORD_CHARS and len(line.split()) <= p["chrome_max"]
            and any(r.search(line) for r in p["chrome"]))


def starts_tail(line: str) -> bool:
    """The line opens the trail of comments prompts and teasers that ends a page."""
    p = _patterns()
    return any(r.search(line) for r in p["tail"]) and not p["inline"].match(line)


def is_weekday_banner(line: str) -> bool:
    """A date with its weekday alone on a line: the site's 'today' banner, not the article's date."""
    return bool(WEEKDAY_DATE.match(line.strip()))


def is_bare_date(line: str) -> bool:
    return bool(BARE_DATE.match(line.strip()))


def is_headline_like(line: str) -> bool:
    """Short line without sentence-final punctuation: a headline, label or teaser."""
    return len(line.split()) <= 16 and not TERMINAL.search(line)


def is_lone_number(line: str) -> bool:
    """A bare number on its own line (comment counters in teaser lists)."""
    return bool(re.fullmatch(r"\d{1,4}", line.strip()))


def is_header_chrome(line: str) -> bool:
    """A line above the article that is a label, byline, handle or site tagline."""
    p = _patterns()
    text = line.strip()
    if is_weekday_banner(text) or is_chrome(text):
        return True
    if p["handle"].match(text) or p["tagline"].match(text) or p["byline"].match(text):
        return True
    return len(text.split()) <= p["header_max"] and not is_bare_date(text) and not TERMINAL.search(text)


def is_body_paragraph(line: str) -> bool:
    """A line that is clearly article prose: long, or a full sentence."""
    return len(line.split()) >= 25 or (len(line.split()) >= 8 and bool(TERMINAL.search(line)))


def is_repeated_caption(line: str, neighbour: str | None) -> bool:
    """A caption printed twice: this line and the next one start with the same sentence."""
    if not neighbour:
        return False
    a, b = line.strip(), neighbour.strip()
    return len(a) >= 20 and (b.startswith(a) or a.startswith(b)) and len(a.split()) <= 60


def classify(lines: list[str]) -> list[str | None]:
    """For each line, the reason it is boilerplate, or None to keep it.

    Steps, in order:
    1. header: lines above the first body paragraph that are labels, bylines,
       handles, site taglines, date banners or chrome;
    2. repeated captions: a caption followed by itself plus a photo credit;
    3. tail: from a comments prompt or "related" header to the end;
    4. trailing teasers: two or more headline-like lines closing the page;
    5. chrome anywhere.
    """
    reasons: list[str | None] = [None] * len(lines)
    n = len(lines)
    first_body = next((i for i, ln in enumerate(lines) if is_body_paragraph(ln)), n)
    for i in range(first_body):
        if is_header_chrome(lines[i]):
            reasons[i] = "header"
    for i in range(n - 1):
        if is_repeated_caption(lines[i], lines[i + 1]):
            reasons[i] = reasons[i + 1] = "caption"
    tail = next((i for i in range(first_body, n) if starts_tail(lines[i])), None)
    if tail is not None:
        for i in range(tail, n):
            reasons[i] = reasons[i] or "tail"
    end = n
    while end > 0 and (reasons[end - 1] or is_headline_like(lines[end - 1]) or is_lone_number(lines[end - 1])):
        end -= 1
    trailing = [i for i in range(end, n) if not reasons[i]]
    if len(trailing) >= 2:
        for i in trailing:
            reasons[i] = "teaser"
    for i, line in enumerate(lines):
        if not reasons[i] and is_chrome(line):
            reasons[i] = "chrome"
    return reasons
