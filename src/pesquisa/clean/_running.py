"""Lines a page prints again and again: a PDF's running header or footer on every page, and the page numbers under
them, and the paragraph that goes on under them (``across_page_breaks``); and the header of a promotion set in the
text (``promo_headers``); the last copy of a paragraph printed twice that went as a caption (``keep_the_last_copy``)."""

from __future__ import annotations

import re
from collections import Counter

from pesquisa.clean._continuations import CUE_REASONS, SENTENCE_WORDS
from pesquisa.clean._page_context import first_anchor, printed_twins
from pesquisa.clean._signals import has_date, is_anchor, is_body_paragraph, is_label, is_lone_number, is_terminal, reports_speech


def page_numbers(lines: list[str], reasons: list[str | None], neighbours: list[tuple[int | None, int | None]]) -> None:
    """A bare number between dropped lines goes with them, and so does one under a running footer printed on every
    page ("Congressional Research Service" / "1"): a page number."""
    printed = Counter(ln.strip() for ln in lines)
    for i, (prev, nxt) in enumerate(neighbours):
        footer = prev is not None and printed[lines[prev].strip()] > 1
        if is_lone_number(lines[i]) and prev is not None and reasons[prev] and (nxt is None or reasons[nxt] or footer):
            reasons[i] = reasons[prev]


def chrome_printed_again(lines: list[str], reasons: list[str | None], lang: str = "en") -> None:
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
    across_page_breaks(lines, reasons)
    keep_the_last_copy(lines, reasons, lang)


def keep_the_last_copy(lines: list[str], reasons: list[str | None], lang: str) -> None:
    """A paragraph of the story printed twice, that went as a caption at each copy, keeps its last one: a header block
    printed again over the body with its lead ("Padres de desaparecidos marchan ..." / byline / date / "Guanajuato, Gto.,
    Integrantes de ...") is the story, and a caption is shorter than an anchor or carries its credit, and opens with no
    dateline nor says what someone said."""
    copies: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        # (or a shorter lead opened by its dateline, "PHOENIX — Phoenix police say ...", or reporting what someone said,
        # "..., officials said Friday.", as no caption does)
        if is_anchor(line) or (is_terminal(line) and (LEAD_DATELINE.match(line) or reports_speech(line, lang))):
            copies.setdefault(line.strip(), []).append(i)
    for same in copies.values():
        if len(same) > 1 and all(reasons[k] == "caption" for k in same):
            reasons[same[-1]] = None


def echoed_standfirst(lines: list[str], reasons: list[str | None], title: int, dek: int) -> bool:
    """The line under the headline is printed again as the page's standfirst: with its headline (the pair above as a
    header, or each line twice in a row: "¿Quién es ...?"), or alone right over the first paragraph, past the
    photo's caption and credit, word for word and dropped there too (a dek the page prints again as the body's
    lead-in), as a photo's caption printed twice is not: its copies sit around the photo, not under the headline and
    over the story."""
    if dek >= len(lines):
        return False
    twins = printed_twins(lines)
    # (a standfirst too short to count as printed twice is compared whole: "Two suspects were held")
    if any(k + 1 in twins[dek] or lines[k + 1].strip() == lines[dek].strip() or (k == title - 1 and dek + 1 in twins[dek])
           for k in twins[title] if k + 1 < len(lines)):
        return True
    if dek == title + 1 and any(k > dek + 1 and k + 1 < len(lines) and lines[k].strip() == lines[dek].strip() and
                                reasons[k] is not None and is_body_paragraph(lines[k + 1]) for k in twins[dek]):
        return True
    # ... or again under the story's last paragraph: the page's summary printed below it ("La FGR y la Guardia Nacional
    # catearon 15 inmuebles ..." under the headline and over the share buttons)
    last = max((i for i, line in enumerate(lines) if is_body_paragraph(line)), default=-1)
    return dek <= title + 2 and last > dek and any(k > last and lines[k].strip() == lines[dek].strip() for k in twins[dek])


def across_page_breaks(lines: list[str], reasons: list[str | None]) -> None:
    """A full sentence the model dropped right under a page break (a page's number, "Página 1 de 2", "Page 3 of 4", and
    a running header printed again) or a picture's caption ("Captura de pantalla de video."), between kept sentences
    of the article, goes on with the article: a bulletin's paragraph on the next page reads as another story's opening
    under the repeated header, a paragraph under a picture as one under a teaser."""
    printed = Counter(ln.strip() for ln in lines)

    def breaks(k: int) -> bool:  # a picture's caption, a page's number or a header printed again
        return reasons[k] == "caption" or (not is_terminal(lines[k]) and (printed[lines[k].strip()] > 1 or _page_label(lines[k])))

    for i in range(2, len(lines) - 1):
        if reasons[i] is None or reasons[i] in CUE_REASONS or not is_terminal(lines[i]) or \
                len(lines[i].split()) < BREAK_SENTENCE_WORDS or reasons[i + 1] is not None or not is_terminal(lines[i + 1]):
            continue
        k = i - 1
        while k > 0 and i - k <= BREAK_LINES and reasons[k] and len(lines[k].split()) <= RUNNING_HEAD_WORDS and breaks(k):
            k -= 1
        if k < i - 1 and reasons[k] is None and is_terminal(lines[k]) and \
                any(_page_label(lines[m]) or reasons[m] == "caption" for m in range(k + 1, i)):
            reasons[i] = None


def _page_label(line: str) -> bool:
    """A page's number alone or under its label: "2", "Página 1 de 2", "Page 3 of 4"."""
    return is_lone_number(line) or (any(ch.isdigit() for ch in line) and is_label(line) and not has_date(line))


# a wire lead's dateline: a place in capitals, an outlet in brackets, then a dash or the Spanish ".-"
LEAD_DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .,'’-]{2,40}(?:,\s*[A-Z][\w.]{1,12})?(?:\s*\([^()]{1,20}\))?"
                           r"\s*(?:[—–]|--|\.-|\s-\s)\s*\S")  # "LOS ANGELES - A man ..." too
BREAK_LINES = 4  # a page break's lines at most (footer, number, header)
BREAK_SENTENCE_WORDS = 8


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


def keep_sentences_of_a_short_text(lines: list[str], reasons: list[str | None]) -> list[str | None]:
    """When every line would go, the full sentences stay: a brief, a statement or one paragraph has no
    page around it for the model to compare its lines with (all of them look new, first and last). On a page of
    ``SHORT_PAGE_LINES`` lines or fewer, a paragraph dropped for its new words alone ("other story": few of its words
    are on another line) stays too: a two-paragraph wire ("WASHINGTON (KRGV) - ... met with ..." over one quote) has
    no other line for a lede to share its words with."""
    if sum(1 for line in lines if line.strip()) <= SHORT_PAGE_LINES:
        reasons = [None if reason == "other story" and is_body_paragraph(line) else reason
                   for line, reason in zip(lines, reasons, strict=True)]
    if any(reason is None and line.strip() for line, reason in zip(lines, reasons, strict=True)):
        return reasons
    return [None if is_terminal(line) and len(line.split()) >= SENTENCE_WORDS and reason not in CUE_REASONS
            else reason for line, reason in zip(lines, reasons, strict=True)]


SHORT_PAGE_LINES = 4
