"""Signals of a line's place on the page and of the lines around it, and the feature rows they make.

The page decides what a line's own signals (``_signals``) cannot: the first and last long
paragraphs anchor the body, so a short line above the first is header and one below the
last is tail; a call to action below the body, with no run of prose after it, opens the
tail; a line printed twice is a caption; a run of headline-like lines is a teaser list;
words no other line uses mark a teaser of another story. ``line_features`` gathers one
line's signals, place and context into the feature dict the boilerplate model weighs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pesquisa.clean._bylines import cards_on_top
from pesquisa.clean._media import video_title
from pesquisa.clean._publisher import (
    NAME_OVER_HEADLINE_WORDS,
    headline_over_the_body,
    menu_heads,
    name_shaped,
    over_a_label,
    over_its_credit,
    past_header_copies,
    publisher_on_top,
    short_headline,
    summary_box,
    ticker_lines,
)
from pesquisa.clean._records import dated_records, is_stamp
from pesquisa.clean._sections import live_heads
from pesquisa.clean._signals import (
    LineSignals,
    ends_open,
    has_date,
    heads_a_byline,
    is_ad_slot,
    is_anchor,
    is_credit,
    is_cta,
    is_cta_lead,
    is_disclaimer,
    is_headline_shaped,
    is_label,
    is_source_note,
    is_terminal,
    line_signals,
    matches_cue,
    stopwords,
    words_of,
)
from pesquisa.clean._tail_start import PROSE_WORDS, is_prose, tail_start
from pesquisa.lexicon import fold
from pesquisa.transcripts import transcript_lines


def _stems(line: str, lang: str) -> set[str]:
    """Content-word stems of ``line``: folded words of 3+ letters that are not stop words, cut to 5 letters."""
    stops = stopwords(lang)
    return {fold(w)[:5] for w in words_of(line) if len(w) >= 3 and w.lower() not in stops}


def novelty(lines: list[str], lang: str) -> list[float]:
    """For each line, the share of its content words that no other line of the page uses: high for
    teasers of other stories, low for captions, subheadings and the article's own sentences."""
    stems = [_stems(ln, lang) for ln in lines]
    counts: dict[str, int] = {}
    for group in stems:
        for stem in group:
            counts[stem] = counts.get(stem, 0) + 1
    return [sum(counts[s] == 1 for s in group) / len(group) if group else 0.0 for group in stems]


def _trigrams(line: str) -> list[tuple[str, ...]]:
    toks = fold(line).split()
    return [tuple(toks[i:i + 3]) for i in range(len(toks) - 2)]


def _printed_twice(a: list[tuple[str, ...]], b: list[tuple[str, ...]]) -> bool:
    """Two lines of similar length, the shorter one starting near the start of the other and most
    of its word trigrams found in it: one caption printed twice (once more with its credit)."""
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4 or len(other) > 2 * len(short) or short[0] not in other[:8]:
        return False
    found = set(other)
    return sum(g in found for g in short) >= 0.75 * len(short)


def repeated_lines(lines: list[str]) -> list[bool]:
    """For each line, whether the page prints it twice (a caption, and the caption again with its credit)."""
    return [bool(twins) for twins in printed_twins(lines)]


def printed_twins(lines: list[str]) -> list[tuple[int, ...]]:
    """For each line, the other lines that print it again (empty when it is printed once)."""
    return list(_repeated(tuple(lines)))


@lru_cache(maxsize=16)
def _repeated(lines: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    grams = [_trigrams(ln) for ln in lines]
    bars = title_bars(list(lines))  # the headline inside the page's title bar is not printed twice
    twins = [tuple(j for j, gj in enumerate(grams) if j != i and not bars[j] and not bars[i] and _printed_twice(gi, gj))
             for i, gi in enumerate(grams)]
    return tuple(_first_copy_of_a_block(twins))


def _first_copy_of_a_block(twins: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """``twins`` without the twins of the lines of a block printed again further down (``BLOCK_LINES``
    lines or more in a row, each printed again at the same distance: the article and its print or
    mobile copy): the first copy is the page's text, and only the second one is printed twice."""
    out = list(twins)
    for d in sorted({j - i for i, js in enumerate(twins) for j in js if j > i}):
        run = {i for i in range(len(twins)) if i + d in twins[i]}
        for start in sorted(i for i in run if i - 1 not in run):
            block = range(start, next(k for k in range(start, len(twins) + 1) if k not in run))
            if len(block) >= BLOCK_LINES and block.stop <= start + d:
                for i in block:
                    out[i] = ()
    return out


BLOCK_LINES = 3


def title_bars(lines: list[str]) -> list[bool]:
    """For each line, whether it is the page's title bar copied with the text ("Office of Public Affairs |
    <headline> | United States Department of Justice", "Home / Latest News / <headline>", a mail's "Subject: <headline>"
    over the headline printed in the mail): parts between pipes
    or a breadcrumb's separators above the body, one of them another line of the page whole."""
    whole = {" ".join(line.split()) for line in lines}
    out = [False] * len(lines)
    for i in range(first_anchor(lines)):
        parts = _bar_parts(lines[i])
        # parted by dashes only, the headline must be the part printed again ("Culiacán - Balacera ..." under a
        # "Culiacán" section label is a headline with its place)
        shown = parts if TITLE_BAR.search(DASH.sub(" ", lines[i])) else [max(parts, key=len)]
        out[i] = len(parts) >= 2 and any(p and p != " ".join(lines[i].split()) and p in whole for p in shown)
    return out


def _copied_by_a_bar(lines: list[str], bars: list[bool], anchor: int) -> set[int]:
    """Lines above the body that a title bar or breadcrumb above them copies whole as its longest part ("Office of
    Public Affairs | <headline> | U.S. Department of Justice"), when they read like a headline of ``BAR_HEADLINE_WORDS``
    words or more and are no publisher's name atop the page ("Secretaría de Seguridad y Protección Ciudadana | 05 de
    diciembre de 2026 | Comunicado")."""
    parts = {max(_bar_parts(lines[i]), key=len) for i, bar in enumerate(bars) if bar}
    return {i for i in range(1, anchor) if any(bars[:i]) and " ".join(lines[i].split()) in parts and
            len(lines[i].split()) >= BAR_HEADLINE_WORDS and is_headline_shaped(lines[i]) and not has_date(lines[i]) and
            not publisher_on_top(lines, i)}


BAR_HEADLINE_WORDS = 5
# a title bar's pipes or dashes ("<headline> - <site>"), a breadcrumb's slashes ("Home / News / <headline>")
TITLE_BAR = re.compile(r"\s[|/>»›–—-]\s")
DASH = re.compile(r"\s[–—-]\s")
MAIL_SUBJECT = re.compile(r"^((?:subject|asunto)\s*:)\s*", re.I)  # a mail's subject line: "Subject: <headline>"


def _bar_parts(line: str) -> list[str]:
    """The parts of a title bar, a breadcrumb or a mail's subject line ("Subject" and its headline), spaces evened."""
    return [" ".join(p.split()) for p in TITLE_BAR.split(MAIL_SUBJECT.sub(r"\1 | ", line))]


def _runs(flags: list[bool], skip: list[bool]) -> list[int]:
    """For each line, the length of the run of flagged lines it belongs to (skipped lines neither
    break a run nor count in it)."""
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i] or skip[i]:
            i += 1
            continue
        members = [i]
        j = i + 1
        while j < len(flags) and (flags[j] or skip[j]):
            if flags[j] and not skip[j]:
                members.append(j)
            j += 1
        for m in members:
            out[m] = len(members)
        i = j
    return out


def anchor_lines(lines: list[str], sig: list[LineSignals] | None = None) -> list[int]:
    """Indexes of the lines where the article surely runs: lines of ``ANCHOR_WORDS`` words or more
    (no call to action or credit); on a page of short paragraphs, its prose lines; else its longest line."""
    if not lines:
        return []
    anchors = [i for i, line in enumerate(lines) if is_anchor(line)]
    if not anchors:
        sig = sig or [line_signals(line, "en") for line in lines]
        # (not a headline that reads as prose, a question: "Who are Los Chapitos, the sons of 'El Chapo' ...?")
        prose = [i for i, s in enumerate(sig) if is_prose(s)]
        anchors = [i for i in prose if not is_headline_shaped(lines[i])] or prose
    return anchors or [max(range(len(lines)), key=lambda i: len(lines[i].split()))]


def first_anchor(lines: list[str]) -> int:
    """Index of the first anchor line (``anchor_lines``): the top of the article body, past a header's standfirst
    printed again over the body (``past_header_copies``)."""
    return past_header_copies(lines, anchor_lines(lines) or [0])


def title_index(lines: list[str], lang: str) -> int | None:
    """Index of the headline: the line a breadcrumb above it copies, a record's dated title or the headline printed again
    over the body, else the first line above the body that is no label, date, credit, call to action, caption printed
    twice (or over its credit), short label of three words or fewer or video's title under its label, when that line is
    headline-like; None when it is not (a standfirst or a paragraph opens the page). A first candidate that shares no
    subject with the body's opening (a site's tagline) yields to a later headline-like line above the body that does
    (``TITLE_SHARED_WORDS`` content words with the first paragraphs), but not to its own standfirst when it shares some.
    A publisher's name on top (``name_shaped``: "EL SIGLO DE TORREÓN") yields to the headline under it."""
    bars, anchor = title_bars(lines), first_anchor(lines)
    repeated, box = _printed_again(lines, anchor), summary_box(lines, anchor) | ticker_lines(lines, anchor)
    turns = transcript_lines(lines) | cards_on_top(lines) | menu_heads(lines) | live_heads(lines)  # (a live entry's head)
    first = previous = opening = None
    first_shared, on_top, under = 0, True, False
    if sure := _copied_by_a_bar(lines, bars, anchor) | dated_records(lines, anchor) | headline_over_the_body(lines, anchor):
        return min(sure)
    for i in range(anchor):
        line = lines[i]
        stamp = is_stamp(line)
        # (an editor's note over the headline, "Editor's note: This story has been updated ...", is no standfirst)
        if (repeated[i] or bars[i] or i in box or i in turns or is_label(line) or stamp or is_cta(line) or is_source_note(line)
                or is_disclaimer(line) or is_ad_slot(line)
                or (is_credit(line) and not matches_cue("gallery_headline", line))
                or (len(line.split()) <= 3 and not short_headline(lines, i)) or (ends_open(line) and not over_a_label(lines, i))
                or over_its_credit(lines, i, anchor)):
            continue
        if video_title(lines, i, anchor):
            continue  # (the story's headline over its byline further down)
        if first is None and on_top and publisher_on_top(lines, i, under=under):
            under = True  # "U.S. Customs and Border Protection" over "Air and Marine Operations" over the headline
            continue
        on_top = False
        if not (is_headline_shaped(line) or heads_a_byline(lines, i)):
            if first is None:
                return None
            continue
        if opening is None:  # the body's first two lines, or the first prose lines under the candidate above it
            prose = list(dict.fromkeys(line for line in lines[i + 1:anchor] if len(line.split()) >= PROSE_WORDS))[:2]
            opening = content_stems(" ".join(prose + _first_paragraphs(lines, anchor)), lang)
        shared = len(content_stems(line, lang) & opening)
        if shared >= TITLE_SHARED_WORDS:
            # the standfirst right under a headline that shares some subject with the body is no headline
            # ("Harfuch presenta balance: 31 mil detenidos" over "El secretario de Seguridad informó que ..."), nor the
            # longer standfirst right under a headline told in other words ("Detienen a tres por robo de combustible"
            # over "Los detenidos transportaban 8 mil litros de gasolina ...")
            if previous == i - 1 and (_over_its_standfirst(lines[previous], line) or short_headline(lines, previous)):
                return previous
            if first is not None and first_shared and i == first + 1:
                # unless the line above is the publisher's name ("U.S. Embassy in Mexico" over "Statement by
                # Ambassador ... on the Extradition of ...")
                return i if _name_over_headline(lines[first], lang) and shared >= first_shared + NAME_MARGIN else first
            return _past_the_publishers_name(lines, i, shared, anchor, opening, lang, top=first is None)
        previous = i
        if first is None:
            first, first_shared = i, shared
        elif not first_shared and i > first + 1 and name_shaped(lines[first]) and not name_shaped(line):
            return i  # "EL SIGLO DE TORREÓN" over "Refuerzan vigilancia en la frontera ...": the headline is a sentence
        elif i == first + 1 and shared > first_shared and len(line.split()) > len(lines[first].split()) and \
                _name_over_headline(lines[first], lang):
            return i  # the publisher's name on top, its headline right under it: "U.S. Embassy in Mexico"
    return first


TITLE_SHARED_WORDS = 2
# a line of this many words at least, over a longer one, is a headline over its standfirst (a section's label, a tagline
# or a mail's "To:" line over the headline are shorter)
HEADLINE_WORDS = 8


def _over_its_standfirst(line: str, below: str) -> bool:
    """``line`` reads as a headline with ``below`` as its standfirst: ``HEADLINE_WORDS`` words or more, the line below
    longer still."""
    words = len(line.split())
    return words >= HEADLINE_WORDS and len(below.split()) > words
NAME_MARGIN = 3  # the headline below it shares this many more words with the body
NAME_SHARED = 3  # a name on the page's top line shares this many words with the body at most


def _printed_again(lines: list[str], anchor: int) -> list[bool]:
    """For each line, whether the page prints it again so that it is no headline: a caption printed twice, unless a
    headline printed word for word first in a share card or a breadcrumb above it (its last copy above the body is
    the headline; a caption's copy carries its credit), and a publisher's name printed again below the body's top,
    a printed page's running header ("FISCALÍA GENERAL DE LA REPÚBLICA" atop each page)."""
    below = {line.strip() for line in lines[anchor:]}
    out = []
    for i, twins in enumerate(printed_twins(lines)):
        line = lines[i].strip()
        # ... or printed again only below the body's top, as a share card or a footer repeats it (a caption printed
        # again there ends as a sentence or carries its credit)
        headline = is_headline_shaped(line) and (all(k < i and lines[k].strip() == line for k in twins) or (
            i < anchor and not is_terminal(line) and not is_credit(line) and all(k > anchor for k in twins)))
        out.append((bool(twins) and not headline) or (name_shaped(line) and line in below))
    return out


def _first_paragraphs(lines: list[str], anchor: int) -> list[str]:
    """The body's first two lines from ``anchor``, past a call to action set between them ("Recibe las noticias más
    importantes en tu correo"): its words are no subject of the story."""
    return [line for line in lines[anchor:anchor + 4] if not is_cta(line)][:2]


def _name_over_headline(line: str, lang: str) -> bool:
    """A name short enough to sit right over its headline (``NAME_OVER_HEADLINE_WORDS``)."""
    return len(line.split()) <= NAME_OVER_HEADLINE_WORDS and name_shaped(line)


def _past_the_publishers_name(lines: list[str], i: int, shared: int, anchor: int, opening: set[str],
                              lang: str, *, top: bool) -> int:
    """``i``, or the headline below it when line ``i`` is the publisher's name rather than a headline: a short
    line of capitalized words (an institution's name shares words with a body that names it) over a label
    ("Press Releases") and a headline-shaped line that shares ``NAME_MARGIN`` more words with the body. On the
    page's top line (``top``: no candidate above) sharing ``NAME_SHARED`` words at most, the headline may follow
    it at once ("U.S. Embassy in Mexico" over "Statement by Ambassador ... on the Extradition of ...")."""
    if not name_shaped(lines[i]):
        return i
    adjacent = top and shared <= NAME_SHARED and _name_over_headline(lines[i], lang)
    # ``opening`` holds the prose lines above the first paragraph, the headline among them, which then shares every
    # word with itself: the name and the headline are also weighed against the first paragraphs alone
    body = content_stems(" ".join(_first_paragraphs(lines, anchor)), lang)
    name_in_body = len(content_stems(lines[i], lang) & body)
    # a name printed again in the dated line of the release below is its publisher, not a headline ("Secretaría de
    # Marina" over "Secretaría de Marina | 04 de diciembre de 2026 | Comunicado"): any headline sharing more words wins
    margin = 1 if any(lines[i] in lines[k] and has_date(lines[k]) for k in range(i + 1, anchor)) else NAME_MARGIN
    for k in range(i + 1 if adjacent else i + 2, anchor):
        candidate = lines[k]
        if is_label(candidate) or has_date(candidate) or is_cta(candidate) or is_credit(candidate) or \
                is_ad_slot(candidate) or len(candidate.split()) <= 3:
            continue
        stems = content_stems(candidate, lang)
        if is_headline_shaped(candidate) and (len(stems & opening) >= shared + NAME_MARGIN or
                                              len(stems & body) >= name_in_body + margin):
            return k
        break
    return i


def content_stems(text: str, lang: str) -> set[str]:
    """The content words of ``text`` cut to their first five letters, so a headline's "Cartels" meets the body's
    "Cartel" and "detenidos" meets "detenido"."""
    return {w[:5] for w in content_words(text, lang)}


def content_words(text: str, lang: str) -> set[str]:
    """The lower-cased words of four letters or more of ``text`` that are no stop words."""
    stops = stopwords(lang)
    return {w.lower() for w in words_of(text) if len(w) >= 4 and w.lower() not in stops}


def _length_features(words: int) -> dict[str, float]:
    """The line's length in words as bins (paragraphs of 30 words or more are the reference)."""
    return {"words_1_3": float(words <= 3), "words_4_8": float(4 <= words <= 8),
            "words_9_16": float(9 <= words <= 16), "words_17_29": float(17 <= words <= 29)}


def line_features(lines: list[str], lang: str) -> list[dict[str, float]]:
    """One feature dict per line of a document: its own signals, its place and its context.

    Steps:
    1. context-free signals of each line (``line_signals``);
    2. anchors (``anchor_lines``), the headline (``title_index``), the tail (``tail_start``);
    3. place: first and last line, above the first anchor, below the last one, in the tail;
    4. context: printed twice, new words (``novelty``), the run of headline-like lines it is
       part of, cues on the neighbouring lines.
    """
    sig = [line_signals(ln, lang) for ln in lines]
    n = len(lines)
    anchors = anchor_lines(lines, sig)
    first, last = (anchors[0], anchors[-1]) if anchors else (0, n - 1)
    anchor_set = set(anchors)
    repeated = repeated_lines(lines)
    runs = _runs([s.headline_like for s in sig], [s.lone_number for s in sig])
    cue = [s.cta or s.credit or s.label or s.date_only or r for s, r in zip(sig, repeated, strict=True)]
    title = title_index(lines, lang)
    tail_cta = tail_start(lines, sig, last, lang)
    new = novelty(lines, lang)
    out = []
    for i, s in enumerate(sig):
        out.append({
            **_length_features(s.words),
            "terminal": float(s.terminal), "capitalized": s.capitalized, "digits": s.digits, "novelty": new[i],
            # the stop-word share of a line of a few words says little (jusText calls such blocks "short")
            "stop_density": s.stop_density if s.words >= 6 else 0.0,
            "date_only": float(s.date_only), "weekday_date": float(s.weekday),
            "first_line_date": float(s.date_only and i == 0), "label": float(s.label),
            "cta": float(s.cta), "cta_lead": float(is_cta_lead(lines[i])), "credit": float(s.credit),
            "source_note": float(is_source_note(lines[i])), "repeated": float(repeated[i]),
            "first_line": float(i == 0), "last_line": float(i == n - 1), "position": i / max(n - 1, 1),
            "title": float(i == title), "above_body": float(i < first), "below_body": float(i > last),
            "header_short": float(i < first and i != title and s.words <= 8),
            "after_anchor": float(i > 0 and (i - 1) in anchor_set), "below_tail_cta": float(i >= tail_cta),
            "headline_run": float(min(runs[i], 4)) / 4, "lone_headline": float(runs[i] == 1),
            "neighbour_cue": float(any(cue[j] for j in (i - 1, i + 1) if 0 <= j < n)),
        })
    return out
