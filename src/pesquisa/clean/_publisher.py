"""What sits atop a page over its headline and is none: a publisher's name (a short line of capitalized words, "U.S.
Department of the Treasury", "EL SIGLO DE TORREÓN"; an outlet's or an institution's name over a longer headline)
and a summary box ("Key Points" over three sentences), and a site's tagline over its menu ("Connecting decision
makers to a dynamic network of information, ..." over "For Customers" / "Support" / "Markets" ...: long enough to read
as a headline or a paragraph, but no story's line sits over a run of menu entries with no full stop closing it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from pesquisa.clean._signals import (
    byline_pattern,
    cue_words,
    has_date,
    is_body_paragraph,
    is_credit,
    is_cta,
    is_headline_like,
    is_headline_shaped,
    is_label,
    is_reading_path,
    is_terminal,
    matches_cue,
    words_of,
)
from pesquisa.lexicon import load_lexicon

NAME_WORDS = 8  # a publisher's name on the page's top line is this short ("U.S. Department of the Treasury")
# a name right over its headline is this short ("U.S. Embassy in Mexico"); a Title Case headline over its standfirst
# is longer ("Cartels Move Into Lime Exports as Prices Climb")
NAME_OVER_HEADLINE_WORDS = 5


def name_shaped(line: str) -> bool:
    """A short line whose words of four letters or more are all capitalized: a name ("U.S. Department of the
    Treasury", "EL SIGLO DE TORREÓN"; not stop words, as a stop list holds "siglo" and "norte")."""
    words = [w for w in words_of(line) if len(w) >= 4]
    return len(line.split()) <= NAME_WORDS and bool(words) and all(w[0].isupper() for w in words)


def publisher_on_top(lines: list[str], i: int, *, under: bool = False) -> bool:
    """Line ``i``, atop the page (under another such name at most), is its publisher's name over a longer
    headline-shaped line: a short name holding an outlet's word ("El Sol de Toluca", "KVOA News 4 Tucson") or an
    institution's name the lexicon knows ("FISCALÍA GENERAL DE LA REPÚBLICA", "U.S. Customs and Border Protection"),
    maybe over its release label and date."""
    line = lines[i].strip()
    # "Departamento del Tesoro de los Estados Unidos"; an office with its district ("U.S. Attorney's Office, Southern
    # District of Texas")
    # ... or its country before it ("United States Drug Enforcement Administration"): the name less its first words
    words = line.split(",")[0].split()
    known = name_shaped(line) and any(load_lexicon().org_key(part) is not None for part in
                                      (line, *(" ".join(words[k:]) for k in range(len(words) - 1) if k <= COUNTRY_WORDS)))
    # ... or any name over the site's menu ("H. Congreso del Estado de Sonora" over "Inicio" / "Diputados" / ...)
    start = _past_menu(lines, i)
    menu = start > i + 1
    if not name_shaped(line) or (len(line.split()) > NAME_OVER_HEADLINE_WORDS + 1 and not known and not menu):
        return False
    # right under it, or under its release label and date ("Comunicado FGR 145/26", "Ciudad de México, a 9 de marzo")
    if not any(is_headline_shaped(below) and len(below.split()) > max(len(line.split()), 3) and not has_date(below)
               for below in lines[start:start + PUBLISHER_LABELS]):
        return False
    outlet = any(w.casefold() in cue_words("publisher_words") for w in re.findall(r"\w+", line))
    return under or outlet or known or menu  # ``under`` one: its office ("Air and Marine Operations")


def _past_menu(lines: list[str], i: int) -> int:
    """Index of the line under a run of ``MENU_ENTRIES`` menu entries or more right under line ``i`` (lines of
    ``MENU_ENTRY_WORDS`` words at most, none a label or a date: "Inicio", "Diputados", "Trabajo Legislativo"), else
    ``i + 1``. A byline or a date under a Title Case headline ends the run ("By Ana Ruiz", "Dec. 4, 2026")."""
    j = i + 1
    while j < len(lines) and len(lines[j].split()) <= MENU_ENTRY_WORDS and not is_label(lines[j]) and not has_date(lines[j]):
        j += 1
    return j if j - i - 1 >= MENU_ENTRIES else i + 1


MENU_ENTRIES = 4  # a site's menu under its name has this many entries at least
MENU_ENTRY_WORDS = 3  # a menu entry is this short ("Trabajo Legislativo", "Comunicación Social")
PUBLISHER_LABELS = 4  # lines from a publisher's name to its headline at most (its office, release label and date between)
COUNTRY_WORDS = 2  # a country's name before an institution's is this long at most ("United States", "Estados Unidos")


def over_a_label(lines: list[str], i: int) -> bool:  # "... to wave trucks through" over its byline: no wrapped line
    return i + 1 < len(lines) and bool(byline_pattern().match(lines[i + 1].strip()))


def summary_box(lines: list[str], anchor: int) -> set[int]:
    """Indexes of a summary box above the body: its header ("Key Points", "Lo que debes saber") and the sentences
    under it (``SUMMARY_LINES`` at most), up to the first line that ends no sentence (the headline); or its bullets with
    no full stop ("What to Know" / "A woman was arrested at the port"), when the headline printed above the box closes
    them."""
    for i in range(anchor):
        if matches_cue("summary_header", lines[i]):
            stop = min(i + 1 + SUMMARY_LINES, anchor)
            run, above = _run_under(lines, i, stop, is_terminal), {line.strip() for line in lines[:i]}
            bullets = _run_under(lines, i, stop, partial(_not_in, above))
            end = (bullets[-1] if bullets else i) + 1
            return {i, *(bullets if end < len(lines) and lines[end].strip() in above else run)}
    return set()


SUMMARY_LINES = 5


def _not_in(seen: set[str], line: str) -> bool:
    return line.strip() not in seen


def headline_over_the_body(lines: list[str], anchor: int) -> set[int]:
    """The headline printed again right over the body, its standfirst at most between them, after a first copy at the
    page's top over a caption, a byline or a summary box: a headline-shaped line that ends no sentence (or asks),
    printed above with other lines between (not a video's title printed twice in a row), within ``OVER_BODY_LINES``
    lines of the first paragraph (no date stamp printed twice around the headline); when it is the standfirst printed
    again under its headline, the line above it."""
    def copied(k: int) -> bool:
        line = lines[k].strip()
        return _headline(line) and any(lines[j].strip() == line for j in range(k - 1)) and not standfirst_again(lines, k)

    if pair_again(lines, anchor):
        return {anchor - 1}
    for k in range(max(anchor - OVER_BODY_LINES, 0), anchor):
        if copied(k) and k + 1 < anchor and lines[k + 1].strip() == lines[k].strip():
            return {k + 1}  # printed twice in a row over the body: the last copy, over its standfirst
        if copied(k):
            return {k - 1} if k > 0 and copied(k - 1) and not (k + 1 < anchor and copied(k + 1)) else {k}
    # ... or over the body's first paragraphs when they are shorter than an anchor's (a station's page: the headline
    # at the top, again with its photo's credit, and again over three short paragraphs)
    for k in range(anchor - 1, 0, -1):
        if not is_body_paragraph(lines[k]) and not is_cta(lines[k]):  # (past a teaser set between them)
            return {k} if copied(k) and k + OVER_BODY_LINES < anchor else set()
    return set()


OVER_BODY_LINES = 2


def pair_again(lines: list[str], anchor: int) -> bool:
    """The line over the body's first paragraph and that paragraph print again a pair above them: a headline over its
    standfirst printed atop the page and again over the body, whatever the headline's shape ("Texas DPS troopers seized
    more fentanyl this year. Experts question what it means.")."""
    k = anchor - 1
    return k > 0 and len(lines[k].split()) <= PAIR_HEADLINE_WORDS and not is_credit(lines[k]) and \
        not has_date(lines[k]) and any(lines[j].strip() == lines[anchor].strip() and
                                       lines[j - 1].strip() == lines[k].strip() for j in range(1, k))


PAIR_HEADLINE_WORDS = 25


def _headline(line: str) -> bool:
    return len(line.split()) >= COPIED_WORDS and is_headline_shaped(line) and \
        (is_headline_like(line) or line.endswith("?")) and not has_date(line) and not is_label(line)


def standfirst_again(lines: list[str], i: int) -> bool:
    """Line ``i`` is a standfirst printed again: its first copy sits right under a headline printed once, and is no
    shorter ("El huachicol fiscal que cruza por Tamaulipas" / "Empresas fachada importan diésel ...; la FGR tiene
    abiertas 22 carpetas" / byline / date / the standfirst again over the body)."""
    line = lines[i].strip()
    first = next((j for j in range(i) if lines[j].strip() == line), i)
    above = lines[first - 1].strip() if first > 0 else ""
    # (not under the publisher's name atop the page: "News 4 San Antonio" / the headline / ... / the headline again)
    return first < i and _headline(above) and sum(other.strip() == above for other in lines) == 1 and \
        len(line.split()) >= DEK_RATIO * len(above.split()) and not publisher_on_top(lines, first - 1)

DEK_RATIO = 1.0  # a standfirst is no shorter than its headline
COPIED_WORDS = 4  # a headline printed again is this long at least (a section's label printed twice is shorter: "Nacional")


def over_its_credit(lines: list[str], i: int, anchor: int) -> bool:
    """Line ``i`` above the body is a photo's caption over its credit alone ("Marinos custodian los paquetes ..." /
    "CUARTOSCURO"): a sentence, and under it a credit that ends none."""
    return is_terminal(lines[i]) and i + 1 < anchor and is_credit(lines[i + 1]) and not is_terminal(lines[i + 1])


def past_header_copies(lines: list[str], anchors: list[int]) -> int:
    """The first of ``anchors`` past those the next one prints again with no prose between them: a header block
    (headline, standfirst, agency, date) printed atop the page and again over the body, not an article printed twice."""
    def header(first: int, second: int) -> bool:  # (the header's lines printed again between them are no prose)
        above = {line.strip() for line in lines[max(first - HEADER_LINES, 0):first]}
        return lines[first].strip() == lines[second].strip() and not any(
            is_body_paragraph(lines[j]) and lines[j].strip() not in above for j in range(first + 1, second))

    k = 0
    while k + 1 < len(anchors) and header(anchors[k], anchors[k + 1]):
        k += 1
    return anchors[k]


def between_the_copies(lines: list[str], title: int | None) -> set[int]:
    """Indexes of the lines between a headline's first copy atop the page and the headline printed again over the body
    (``title``), at most ``HEADER_LINES`` apart: the page's header (a photo's caption, a byline, a box), no article text."""
    if title is None:
        return set()
    first = next((j for j in range(max(title - HEADER_LINES, 0), title) if lines[j].strip() == lines[title].strip()), None)
    return set(range(first + 1, title)) if first is not None else set()


HEADER_LINES = 15


def ticker_lines(lines: list[str], anchor: int) -> set[int]:
    """Indexes of the headlines a reading path's header opening a list sets above the body ("Última hora:" over two of the
    site's latest stories, "Trending:" over its topics): two to ``TICKER_LINES`` lines under the header, none a sentence.
    A header with no colon over one headline is the section's label over the page's own ("Latest News" / headline)."""
    out: set[int] = set()
    for i in range(anchor):
        if is_reading_path(lines[i]) and lines[i].rstrip().endswith(":"):
            run = _run_under(lines, i, min(i + 1 + TICKER_LINES, anchor),
                             lambda line: not is_terminal(line) and is_headline_shaped(line))
            out |= set(run) if len(run) >= 2 else set()
    return out


def _run_under(lines: list[str], header: int, stop: int, keeps: Callable[[str], bool]) -> list[int]:
    """Indexes of the lines right under ``header``, before ``stop``, up to the first that ``keeps`` refuses: a box's run."""
    run = []
    for k in range(header + 1, stop):
        if not keeps(lines[k]):
            break
        run.append(k)
    return run


TICKER_LINES = 3
TAGLINE_WORDS = 12  # a tagline this long at least
MENU_ENTRIES = 5  # the short lines under it, at least
ENTRY_WORDS = 5  # a menu entry has this many words at most ("Manage Products and Account Information")


def menu_heads(lines: list[str]) -> set[int]:
    """Indexes of a site's taglines: lines of ``TAGLINE_WORDS`` words or more that end no sentence, right over
    ``MENU_ENTRIES`` menu entries or more (no byline, date or label) and a headline-like line under them, above the
    article's first sentence (``TAGLINE_WORDS`` words or more), with which the tagline shares fewer than
    ``TAGLINE_SHARED`` words (a headline over its share buttons tells the story the first paragraph tells)."""
    out = set()
    sentences = [i for i, line in enumerate(lines) if is_terminal(line) and len(line.split()) >= TAGLINE_WORDS]
    for i, line in enumerate(lines):
        below = lines[i + 1:i + 1 + MENU_ENTRIES]
        anchor = next((a for a in sentences if a > i + MENU_ENTRIES), None)
        if len(line.split()) < TAGLINE_WORDS or is_terminal(line) or len(below) < MENU_ENTRIES or anchor is None or \
                not all(_menu_entry(ln) for ln in below) or len(_long_words(line) & _long_words(lines[anchor])) >= TAGLINE_SHARED:
            continue
        if any(is_headline_shaped(ln) and len(ln.split()) > ENTRY_WORDS for ln in lines[i + 1 + MENU_ENTRIES:anchor]):
            out.add(i)
    return out


TAGLINE_SHARED = 2


def _long_words(line: str) -> set[str]:
    return {w.casefold() for w in words_of(line) if len(w) >= 5}


def _menu_entry(line: str) -> bool:
    """A site menu's entry: ``ENTRY_WORDS`` words at most, no sentence, date, byline or label."""
    return len(line.split()) <= ENTRY_WORDS and not is_terminal(line) and not has_date(line) and \
        not byline_pattern().match(line) and not is_label(line)


def short_headline(lines: list[str], i: int) -> bool:
    """Line ``i`` is a magazine's short headline ("The Smuggler's Road"): a Title Case line of two words or more right
    over its standfirst, a full sentence of ``STANDFIRST_WORDS`` words or more, itself right over the byline (a menu
    entry or a section's label sits over a headline, never over a standfirst and its byline)."""
    line = lines[i].strip()
    if i + 2 >= len(lines) or len(line.split()) < 2 or not name_shaped(line) or is_terminal(line):
        return False
    below = lines[i + 1].strip()
    return len(below.split()) >= STANDFIRST_WORDS and is_terminal(below) and bool(byline_pattern().match(lines[i + 2].strip()))


STANDFIRST_WORDS = 8
