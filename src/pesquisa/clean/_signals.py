"""General signals that tell page chrome from article text, one line at a time.

A plain-text article keeps the page around it as lines: date banners, bylines and
section labels above it, captions printed twice inside it, calls to subscribe or
comment and a trail of teaser headlines below it. No single signal decides; each
is a number the boilerplate model (``_boilerplate``) weighs:

- shape: length, sentence-final punctuation, capitalization, digits;
- language: the share of stop words, in the document's language, as jusText
  measures it (with jusText's own stoplists: article prose is dense in function
  words, navigation and captions are not);
- cues from ``data/boilerplate.yaml``: calls to action, photo credits, lines that
  are only a date, a time, a byline, a handle, a file name or a section label;
- place: above the first long paragraph, below the last one, first line;
- context: printed twice (captions), part of a run of headline-like lines (teasers).

The cues name kinds of text (a subscription prompt, a credit), never a site's
strings, so they hold on pages the model was not trained on.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pesquisa.calendar import DMY, MDY, alternation, month_numbers, weekday_numbers
from pesquisa.lexicon import fold, load_lexicon

# jusText's stoplist names for the languages py3langid reports most in this field.
STOPLISTS = {"en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French", "de": "German", "it": "Italian"}
# A paragraph this long is article text on any page we have seen; it anchors "above"
# and "below the body".
ANCHOR_WORDS = 30
# A call to action of at most this many words below the body opens the page's tail.
TAIL_CTA_WORDS = 20
# A line of at most this many words that opens with a call to action is one.
CTA_LEAD_WORDS = 12
# A full sentence of this many words is prose (two in a row mean the article goes on).
PROSE_WORDS = 15
# Lines printed twice that are shorter than this are captions (a longer pair is a repeated lede).
CAPTION_WORDS = 40
TERMINAL = re.compile(r"[.!?…][”\"'’»)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_WEEKDAYS = alternation(weekday_numbers(abbreviations=True))
_MONTHS = alternation(month_numbers())
WEEKDAY = re.compile(rf"\b({_WEEKDAYS})\b\.?", re.I)
ISO_DATE = re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b")
NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](19|20)?\d\d\b")
MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+(19|20)\d\d\b", re.I)
TIME = re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?\s*(a\.?\s?m\.?|p\.?\s?m\.?|hrs?\.?|h\b)?", re.I)


@cache
def stopwords(lang: str) -> frozenset[str]:
    """jusText's stop words for the language ``lang`` (ISO 639-1; English when jusText has none)."""
    import justext

    return frozenset(w.lower() for w in justext.get_stoplist(STOPLISTS.get(lang, "English")))


@cache
def _cues() -> dict[str, Any]:
    bp = load_lexicon().boilerplate
    header = bp["header"]
    return {
        # one alternation per cue: a line is searched once, not once per pattern
        "cta": [re.compile("|".join(f"(?:{p})" for p in bp["cta"]), re.I)],
        "credit": [re.compile("|".join(f"(?:{p})" for p in bp["credit"]), re.I),
                   re.compile("|".join(f"(?:{p})" for p in bp["credit_cased"]))],
        "trailing_credit": re.compile(bp["trailing_credit"]),
        "source_note": [re.compile(p, re.I) for p in bp["source_note"]],
        "inline": [re.compile(p, re.I) for p in bp["inline"]],
        "label_words": frozenset(w.lower() for w in bp["label_words"]),
        "tagline": re.compile(header["site_tagline"]),
        "handle": re.compile(header["handle"]),
        "byline": re.compile(header["byline"], re.I),
        "breadcrumb": re.compile(header["breadcrumb"]),
        "section_label": re.compile(header["section_label"]),
        "file": re.compile(header["file"], re.I),
    }


def words_of(line: str) -> list[str]:
    """The words of ``line`` (letters only, apostrophes kept inside a word)."""
    return _WORD.findall(line)


def is_terminal(line: str) -> bool:
    """The line ends as a sentence does (., !, ?, … maybe followed by a closing quote)."""
    return bool(TERMINAL.search(line))


def stop_density(line: str, lang: str) -> float:
    """Share of the line's words that are stop words of ``lang`` (0 for a line without words)."""
    words = words_of(line)
    stops = stopwords(lang)
    return sum(w.lower() in stops for w in words) / len(words) if words else 0.0


def capitalized_share(line: str, lang: str) -> float:
    """Share of the content words (not stop words) that start with a capital: high in headlines and names."""
    stops = stopwords(lang)
    words = [w for w in words_of(line) if w.lower() not in stops]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def digit_share(line: str) -> float:
    """Share of the line's visible characters that are digits."""
    chars = [c for c in line if not c.isspace()]
    return sum(c.isdigit() for c in chars) / len(chars) if chars else 0.0


def is_lone_number(line: str) -> bool:
    """A bare number on its own line (comment counters in teaser lists)."""
    return bool(re.fullmatch(r"\d{1,4}", line.strip()))


def has_date(line: str) -> bool:
    """The line holds a full date (month name and year, ISO, or day/month/year)."""
    year = re.search(r"(19|20)\d\d", line)
    return bool((year and (MDY.search(line) or DMY.search(line)))
                or ISO_DATE.search(line) or NUMERIC_DATE.search(line) or MONTH_YEAR.search(line))


def _left_words(line: str, *, label_words: bool) -> list[str]:
    """The words of ``line`` left once dates, times, weekdays and numbers (and label words, when
    asked) are taken away."""
    text = TIME.sub(" ", line)
    for pattern in (ISO_DATE, NUMERIC_DATE, MDY, DMY, WEEKDAY):
        text = pattern.sub(" ", text)
    words = words_of(text)
    if not label_words:
        return words
    label = _cues()["label_words"]
    return [w for w in words if w.lower() not in label]


def is_date_only(line: str) -> bool:
    """The line is a date (maybe with its weekday and time) and nothing else: a banner or a dateline."""
    return has_date(line) and not _left_words(line, label_words=False)


def is_label(line: str) -> bool:
    """The line is a page label: a byline, a handle, a file name, a breadcrumb, a "Site | Section"
    label, a site tagline, or only label words ("Published", "3 min read") around a date or time."""
    c = _cues()
    text = line.strip()
    if any(c[k].match(text) for k in ("handle", "byline", "file", "tagline", "breadcrumb")):
        return True
    if c["section_label"].match(text) and len(text.split()) <= 6:
        return True
    if is_date_only(text) or not words_of(text):
        return False
    return not _left_words(text, label_words=True)


@lru_cache(maxsize=4096)
def is_cta(line: str) -> bool:
    """The line holds a call to action or self-promotion (subscribe, share, read more, comments)."""
    return any(r.search(line) for r in _cues()["cta"])


def is_cta_lead(line: str) -> bool:
    """A short line (``CTA_LEAD_WORDS`` words at most) that opens with a call to action: "Sign up for...",
    "Lee también", "Read more"."""
    return len(line.split()) <= CTA_LEAD_WORDS and any(r.match(line) for r in _cues()["cta"])


@lru_cache(maxsize=4096)
def is_credit(line: str) -> bool:
    """The line is or ends in a photo/video credit."""
    c = _cues()
    return any(r.search(line) for r in c["credit"]) or bool(c["trailing_credit"].search(line))


def is_source_note(line: str) -> bool:
    """The line names the article's sources or is an editor's note (article text, however short)."""
    return any(r.search(line) for r in _cues()["source_note"])


def is_anchor(line: str) -> bool:
    """A line that is surely article text: ``ANCHOR_WORDS`` words or more, and no call to action or credit."""
    return len(line.split()) >= ANCHOR_WORDS and not is_cta(line) and not is_credit(line)


QUOTED = re.compile(r"[“\"«‘'](\S+\s+){3,}[^”\"»’']*[”\"»’']")


def has_quote(line: str) -> bool:
    """The line quotes someone's words at some length (four words or more between quotation marks)."""
    return bool(QUOTED.search(line))


@cache
def _speech_forms(lang: str) -> frozenset[str]:
    """Past and present forms of the speech verbs of ``data/speech.yaml`` ("said", "señaló"): the
    Spanish list is inflected already; English lemmas get their regular forms, irregulars are listed."""
    speech = load_lexicon().speech
    forms = {v.lower() for v in speech["verbs"].get(lang, []) if " " not in v}
    if lang == "en":
        forms = {f for v in forms for f in (v + "d" if v.endswith("e") else v[:-1] + "ied" if v.endswith("y") else v + "ed",)}
        forms |= {v.lower() for v in speech.get("irregular_past", {}).get(lang, [])}
    return frozenset(forms)


def without_credit(line: str) -> str:
    """``line`` with a photo credit that closes it cut off ("... en la aduana. Foto: X / Y" -> "... en la aduana.")."""
    c = _cues()
    starts = [m.start() for r in c["credit"] for m in [r.search(line)] if m and m.start() > 20]
    return line[:min(starts)].rstrip(" -–|ı•(") if starts else line


def reports_speech(line: str, lang: str) -> bool:
    """The line is a full sentence (credit aside) in which someone says something: a speech verb
    of ``data/speech.yaml`` in the past tense ("said", "señalaron")."""
    text = without_credit(line)
    return is_terminal(text) and any(w.lower() in _speech_forms(lang) for w in words_of(text))


def is_headline_like(line: str) -> bool:
    """Short line without sentence-final punctuation: a headline, label or teaser."""
    return len(line.split()) <= 20 and not is_terminal(line) and not is_lone_number(line)


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
    return list(_repeated(tuple(lines)))


@lru_cache(maxsize=16)
def _repeated(lines: tuple[str, ...]) -> tuple[bool, ...]:
    grams = [_trigrams(ln) for ln in lines]
    return tuple(any(j != i and _printed_twice(gi, gj) for j, gj in enumerate(grams)) for i, gi in enumerate(grams))


@dataclass(slots=True, frozen=True)
class LineSignals:
    """The signals of one line, before context."""

    words: int
    terminal: bool
    stop_density: float
    capitalized: float
    digits: float
    date_only: bool
    weekday: bool
    label: bool
    cta: bool
    credit: bool
    headline_like: bool
    lone_number: bool


@lru_cache(maxsize=4096)
def line_signals(line: str, lang: str) -> LineSignals:
    """The context-free signals of ``line`` written in ``lang``."""
    date_only = is_date_only(line)
    return LineSignals(
        words=len(line.split()), terminal=is_terminal(line), stop_density=stop_density(line, lang),
        capitalized=capitalized_share(line, lang), digits=digit_share(line), date_only=date_only,
        weekday=date_only and bool(WEEKDAY.search(line)), label=is_label(line), cta=is_cta(line),
        credit=is_credit(line), headline_like=is_headline_like(line), lone_number=is_lone_number(line))


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
        anchors = [i for i, s in enumerate(sig) if _prose(s)]
    return anchors or [max(range(len(lines)), key=lambda i: len(lines[i].split()))]


def first_anchor(lines: list[str]) -> int:
    """Index of the first anchor line (``anchor_lines``): the top of the article body."""
    anchors = anchor_lines(lines)
    return anchors[0] if anchors else 0


def title_index(lines: list[str], lang: str) -> int | None:
    """Index of the headline: the first line above the body that is no label, date, credit, call to
    action, caption printed twice or short label of three words or fewer, when that line is
    headline-like; None when it is not (a standfirst or a paragraph opens the page)."""
    repeated = repeated_lines(lines)
    for i in range(first_anchor(lines)):
        line = lines[i]
        if (repeated[i] or is_label(line) or has_date(line) or is_cta(line) or is_credit(line)
                or len(line.split()) <= 3):
            continue
        return i if is_headline_like(line) else None
    return None


def _prose(s: LineSignals) -> bool:
    """A full sentence of some length that is no call to action or credit."""
    return s.terminal and s.words >= PROSE_WORDS and not s.cta and not s.credit


def tail_start(lines: list[str], sig: list[LineSignals], last_anchor: int) -> int:
    """Index of the line that opens the page's tail (``len(lines)`` when there is none): the first short
    call to action below the last anchor that is no ad slot or inline teaser (those sit inside
    articles) and after which no two prose lines follow each other (the article went on; the teaser
    lists of a tail mix captions, headlines and one-sentence summaries)."""
    n = len(sig)
    inline = _cues()["inline"]
    for i in range(last_anchor + 1, n):
        if sig[i].cta and sig[i].words <= TAIL_CTA_WORDS and not any(r.match(lines[i]) for r in inline):
            prose = [_prose(s) for s in sig[i + 1:]]
            if not any(a and b for a, b in itertools.pairwise(prose)):
                return i
    return n


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
    tail_cta = tail_start(lines, sig, last)
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
