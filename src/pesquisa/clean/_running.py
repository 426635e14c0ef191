"""Lines a page prints again and again: a PDF's running header or footer on every page, and the page numbers under
them; and the header of a promotion set in the text (``promo_headers``)."""

from __future__ import annotations

from collections import Counter

from pesquisa.clean._page_context import first_anchor
from pesquisa.clean._signals import has_date, is_lone_number, is_terminal


def page_numbers(lines: list[str], reasons: list[str | None], neighbours: list[tuple[int | None, int | None]]) -> None:
    """A bare number between dropped lines goes with them, and so does one under a running footer printed on every
    page ("Congressional Research Service" / "1"): a page number."""
    printed = Counter(ln.strip() for ln in lines)
    for i, (prev, nxt) in enumerate(neighbours):
        footer = prev is not None and printed[lines[prev].strip()] > 1
        if is_lone_number(lines[i]) and prev is not None and reasons[prev] and (nxt is None or reasons[nxt] or footer):
            reasons[i] = reasons[prev]


def chrome_printed_again(lines: list[str], reasons: list[str | None]) -> None:
    """A short line that went as chrome above the first paragraph and is printed again further down, word for word,
    goes again: a PDF's running header ("SECRETARÍA DE MARINA" atop each page), a section label repeated; and so does
    a running footer printed under each page, once one copy of it went ("Congressional Research Service")."""
    anchor = first_anchor(lines)
    dropped = {lines[k].strip(): reasons[k] for k in range(anchor) if reasons[k]}
    printed = Counter(ln.strip() for ln in lines[anchor:])
    dropped |= {lines[k].strip(): reasons[k] for k in range(anchor, len(lines)) if reasons[k] and printed[lines[k].strip()] > 1}
    for i in range(anchor, len(lines)):
        line = lines[i].strip()
        if reasons[i] is None and line in dropped and len(line.split()) <= RUNNING_HEAD_WORDS and not is_terminal(line):
            reasons[i] = dropped[line]


RUNNING_HEAD_WORDS = 8
PROMO_HEADER_WORDS = 5


def promo_headers(lines: list[str], reasons: list[str | None]) -> None:
    """A short line with no sentence set between article text and a call to action dropped under it is the header of
    the promotion ("POLITICO Pro Defense" / "Track the latest ... Request a demo."): a subhead is followed by the
    story, not by a pitch."""
    for i in range(1, len(lines) - 1):
        line = lines[i].strip()
        if reasons[i] is None and reasons[i + 1] == "call to action" and reasons[i - 1] is None and line and \
                len(line.split()) <= PROMO_HEADER_WORDS and not is_terminal(line) and not has_date(line) and \
                is_terminal(lines[i - 1]):
            reasons[i] = "call to action"
