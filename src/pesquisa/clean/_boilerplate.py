"""Line-level boilerplate detection for plain-text articles: a small learned model.

Each line of a page gets the general signals of ``_signals`` (length, stop-word density,
punctuation, cues such as calls to action and credits, place, repetition). A logistic
model weighs them in two stages: the first reads the line alone, the second adds the
first stage's verdict on the neighbouring lines, because boilerplate comes in blocks
(a caption beside its credit, a teaser among teasers) while a lone short line between
paragraphs is usually a subheading.

The weights live in ``data/boilerplate_model.yaml``. They were fitted by
``bench/train_boilerplate.py`` on the shared gold lines and evaluated leave-one-outlet-out
(each site's pages scored by a model that never saw that site); the figures are in the
file's header. Applying them is a dot product, so scikit-learn is needed only to train.

A few cues are definitional and decide whatever the model says (``classify`` lists them):
a caption printed twice, a short line that opens with a call to action, a page label, a date
banner are boilerplate; the headline, its dateline and a sentence that quotes or reports
speech are article text. The model decides the rest.

Why a model and not a list of phrases: a phrase list names the strings of the pages it
was written for ("have something to say" ended real articles early), while weights over
general signals carry over to sites the rules never saw.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from pesquisa.calendar import alternation, month_numbers, weekday_numbers
from pesquisa.clean._appeals import is_reader_appeal
from pesquisa.clean._bylines import BYLINE_LEAD, author_name_lines, cards_on_top, is_person_name_line
from pesquisa.clean._capitals import teasers_in_capitals
from pesquisa.clean._captions import captions, is_reporting, repeats_above
from pesquisa.clean._comments import comment_section
from pesquisa.clean._continuations import (
    CUE_REASONS,
    dialogue_lines,
    keep_article_continuations,
    keep_sentences_between_paragraphs,
    post_signatures,
    source_notes,
)
from pesquisa.clean._lists import defendant_lines, designee_lines, figure_lists, table_rows
from pesquisa.clean._page_context import anchor_lines, first_anchor, line_features, printed_twins, title_bars
from pesquisa.clean._place_line import is_place_line, is_wire_dateline
from pesquisa.clean._published import is_dateline_stamp
from pesquisa.clean._publisher import between_the_copies, menu_heads, name_shaped, publisher_on_top, summary_box
from pesquisa.clean._records import on_top
from pesquisa.clean._running import (
    chrome_printed_again,
    echoed_standfirst,
    keep_sentences_of_a_short_text,
    page_numbers,
    promo_headers,
)
from pesquisa.clean._sections import parted_lines
from pesquisa.clean._signals import (
    CAPTION_WORDS,
    DATELINE_END,
    TIME,
    WEEKDAY,
    ends_open,
    has_date,
    is_ad_slot,
    is_anchor,
    is_body_paragraph,
    is_caption_label,
    is_credit,
    is_cta_lead,
    is_date_only,
    is_disclaimer,
    is_headline_like,
    is_headline_shaped,
    is_inline_slot,
    is_label,
    is_lone_number,
    is_reading_path,
    is_terminal,
    words_beside_date,
    words_of,
)
from pesquisa.clean._tail import END_MARK, drop_notes_below_the_tail, drop_under_headers
from pesquisa.lexicon import read_data
from pesquisa.statements import statement_lines
from pesquisa.transcripts import transcript_lines

__all__ = ["STAGE2_FEATURES", "classify", "context_features", "is_bare_date", "is_body_paragraph",
           "is_headline_like", "is_headline_shaped", "is_weekday_banner", "probabilities"]

_WEEKDAYS = alternation(weekday_numbers(abbreviations=True))
_MONTHS = alternation(month_numbers())
WEEKDAY_DATE = re.compile(rf"^({_WEEKDAYS})\.?,?\s+.*\b(19|20)\d\d\s*$", re.I)
BARE_DATE = re.compile(
    rf"^(({_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+(19|20)\d\d"
    rf"|\d{{1,2}}\s+(de\s+)?({_MONTHS})\.?,?\s+(de\s+)?(19|20)\d\d)\s*$", re.I)

# Second-stage inputs: the first stage's probability for the previous and the next line
# (bare numbers skipped: they sit between teasers as comment counters).
STAGE2_FEATURES = ("prev_p", "next_p")
# Why a line was dropped: the feature that pushed it hardest, in words.
REASONS = {
    "cta": "call to action", "credit": "credit", "label": "label", "date_only": "date", "weekday_date": "date",
    "first_line_date": "date", "repeated": "caption", "headline_run": "teaser", "prev_p": "block",
    "next_p": "block", "below_body": "tail", "below_tail_cta": "tail", "above_body": "header",
    "header_short": "header", "novelty": "other story",
}

Stage = tuple[Sequence[str], Sequence[float], float]


def is_weekday_banner(line: str) -> bool:
    """A date with its weekday alone on a line: the site's 'today' banner, not the article's date."""
    return bool(WEEKDAY_DATE.match(line.strip()))


def is_bare_date(line: str) -> bool:
    """The line is a date written out and nothing else ('May 17, 2017', '12 de marzo de 2025')."""
    return bool(BARE_DATE.match(line.strip()))


@cache
def _model() -> dict[str, Any]:
    data: dict[str, Any] = read_data("boilerplate_model.yaml")
    return data


def _stage(stage: dict[str, Any]) -> Stage:
    names = list(stage["weights"])
    return names, [float(stage["weights"][k]) for k in names], float(stage["bias"])


def _logit(row: dict[str, float], stage: Stage) -> float:
    names, coef, bias = stage
    return bias + sum(w * row[k] for k, w in zip(names, coef, strict=True))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def _neighbours(lines: list[str]) -> list[tuple[int | None, int | None]]:
    """For each line, the index of the previous and the next line that is not a bare number."""
    real = [i for i, ln in enumerate(lines) if not is_lone_number(ln)]
    out: list[tuple[int | None, int | None]] = [(None, None)] * len(lines)
    for pos, i in enumerate(real):
        out[i] = (real[pos - 1] if pos else None, real[pos + 1] if pos + 1 < len(real) else None)
    for i, ln in enumerate(lines):
        if is_lone_number(ln):
            before = [j for j in real if j < i]
            after = [j for j in real if j > i]
            out[i] = (before[-1] if before else None, after[0] if after else None)
    return out


def context_features(rows: list[dict[str, float]], lines: list[str], stage1: Stage) -> list[dict[str, float]]:
    """``rows`` with the second-stage inputs added: the first stage's probability of the neighbours."""
    first = [_sigmoid(_logit(row, stage1)) for row in rows]
    out = []
    for row, (prev, nxt) in zip(rows, _neighbours(lines), strict=True):
        out.append({**row, "prev_p": first[prev] if prev is not None else 0.0,
                    "next_p": first[nxt] if nxt is not None else 0.0})
    return out


def probabilities(rows: list[dict[str, float]], lines: list[str], stage1: Stage, stage2: Stage) -> list[float]:
    """Probability that each line is boilerplate under the two stages given."""
    return [_sigmoid(_logit(row, stage2)) for row in context_features(rows, lines, stage1)]


def _reason(row: dict[str, float], stage: Stage) -> str:
    """The name of the signal that pushed a line hardest towards boilerplate."""
    names, coef, _bias = stage
    best = max((w * row[k], k) for k, w in zip(names, coef, strict=True))[1]
    return REASONS.get(best, "shape")


def cue_reason(line: str, *, printed_twice: bool) -> str | None:
    """The reason a line is boilerplate by a cue no article sentence carries, or None: a caption
    printed twice (short, or carrying its credit), a short line opening with a call to action, a page label."""
    if (printed_twice and (len(line.split()) < CAPTION_WORDS or is_credit(line))) or is_caption_label(line):
        return "caption"
    if line.strip() and (not any(ch.isalnum() for ch in line) or END_MARK.match(line)):
        return "label"  # a rule of punctuation ("___", "* * *", "---o0o---") between the article and its credits
    # ... or a teaser's header with its headline on the line, however long the headline ("Mira también: ¿Qué es ...?")
    teaser = is_reading_path(line) and is_inline_slot(line)
    if is_cta_lead(line) or teaser or is_reader_appeal(line) or is_disclaimer(line) or is_ad_slot(line):
        return "call to action"
    if is_dateline_stamp(line):
        return "date"  # a portal's stamp with its time wherever it stands: "Culiacán, Sinaloa / 05.12.2026 21:14:33"
    return "label" if is_label(line) else None


def classify(lines: list[str], lang: str = "en", *, model: dict[str, Any] | None = None,
             glued: Sequence[bool] | None = None) -> list[str | None]:
    """For each line, the reason it is boilerplate, or None to keep it.

    ``model`` (stages and threshold as in ``data/boilerplate_model.yaml``) defaults to the shipped one;
    ``glued`` says for each line whether it follows the one before with no blank line between.
    Steps, in order:
    1. the general signals of every line (``_page_context.line_features``);
    2. first stage: each line alone; second stage: with its neighbours' first-stage verdicts;
    3. a line at or above the model's threshold is boilerplate, named by its strongest signal;
    4. whatever the model says, a full sentence quoting someone at length or reporting what someone said (a
       past-tense speech verb) is article text, unless it stands in the page's tail, and so is a full sentence right
       after article text or an inline teaser that follows it (``keep_article_continuations``, also after a block of
       teasers); a short line after a block of dropped lines below the body is a note of the tail (``_tail``); a
       line printed twice (shorter than ``CAPTION_WORDS``, or with its credit) is a caption, and so is the other
       line of a two-line block that holds a caption, and the sentence over a credit alone (``_captions``), a short
       line that opens with a call to action is one, and so is a promotion's header (``promo_headers``), a page
       label is a label, chrome printed again is chrome (``chrome_printed_again``), and a date alone on its line with
       its weekday or above the headline is the page's date banner, a line of three words or fewer above it a label;
    5. the headline, its standfirst (the next line, ``DEK_WORDS`` or more) and the first bare date under it (the
       article's dateline) are article text, whatever the model says: the title and the date are read from them;
    6. a bare number (comment counter) follows the lines around it: dropped when both are;
    7. the turns of a transcript (``pesquisa.transcripts``: "SECRETARY RUBIO: ...", "INTERLOCUTOR:", "Q: ...") or
       of an interview told with dialogue dashes (``dialogue_lines``) are article text, their labels and short
       questions too, and so are a prosecutor's list of defendants with their ages and home towns (``_lists``), a
       table's rows (kept before the tail is looked for) and the line that attributes a release's statement ("The
       following is attributable to ...:", ``pesquisa.statements``);
    8. the readers' comments, from their header down, are the page's tail (``_comments``);
    9. a short text keeps its full sentences, or its paragraphs dropped for new words (``keep_sentences_of_a_short_text``).
    """
    if not lines:
        return []
    model = model or _model()
    stage1, stage2 = _stage(model["stage1"]), _stage(model["stage2"])
    rows = context_features(line_features(lines, lang), lines, stage1)
    threshold = float(model["threshold"])
    reasons: list[str | None] = [
        _reason(row, stage2) if not is_lone_number(line) and _sigmoid(_logit(row, stage2)) >= threshold else None
        for row, line in zip(rows, lines, strict=True)]
    _reporting_and_captions(lines, reasons, rows, lang)
    captions(lines, reasons, glued, lang)
    tables = _keep_table_rows(lines, reasons)
    drop_notes_below_the_tail(lines, reasons, lang)
    drop_under_headers(lines, reasons)
    keep_article_continuations(lines, reasons, rows, lang)
    keep_sentences_between_paragraphs(lines, reasons, rows)
    reasons[:] = ["label" if bar else reason for bar, reason in zip(title_bars(lines), reasons, strict=True)]
    _bylines_and_datelines(lines, reasons)
    _around_the_headline(lines, reasons, rows, next((i for i, row in enumerate(rows) if row["title"]), None))  # title_index
    chrome_printed_again(lines, reasons, lang)
    promo_headers(lines, reasons)
    teasers_in_capitals(lines, reasons)
    page_numbers(lines, reasons, _neighbours(lines))
    for i in transcript_lines(lines) | defendant_lines(lines) | statement_lines(lines) | dialogue_lines(lines) | \
            figure_lists(lines) | tables | parted_lines(lines, reasons) | designee_lines(lines) | \
            post_signatures(lines, reasons) | source_notes(lines, reasons):
        reasons[i] = None
    for i in range(comment_section(lines) or len(lines), len(lines)):
        reasons[i] = "comments"
    return keep_sentences_of_a_short_text(lines, reasons)


def _keep_table_rows(lines: list[str], reasons: list[str | None]) -> set[int]:
    """Keeps the rows of a table flattened to text (``table_rows``) and the items of a list of figures (``figure_lists``)
    and returns their indexes: kept before the tail is looked for, they are no block of the tail, and the short
    sentences under them closing the story stay ("No se reportaron detenidos.")."""
    tables = table_rows(lines) | figure_lists(lines)
    for i in tables:
        reasons[i] = None
    return tables


def _bylines_and_datelines(lines: list[str], reasons: list[str | None]) -> None:
    """The authors' names on lines of their own and a date label split over two lines are labels; a wire dateline
    on its own line over the first paragraph ("MÉXICO, 5 Dic. (EUROPA PRESS) -") is the article's opening, unless
    the paragraph opens with it again."""
    for i in [*author_name_lines(lines), *_split_date_labels(lines)]:
        reasons[i] = "label"
    for i in range(len(lines) - 1):
        if DATELINE_END.search(lines[i]) and len(lines[i].split()) <= DATELINE_WORDS and is_body_paragraph(lines[i + 1]):
            # (a copy of the dateline the paragraph opens with again is a label)
            reasons[i] = "label" if lines[i + 1].startswith(lines[i].strip()) else None


def _split_date_labels(lines: list[str]) -> list[int]:
    """Lines that open a date label the next line closes with the date: "Este contenido fue publicado el" over
    "5 dic 2026 - 18:42", "Published on" over "December 5, 2026" (a short line ending with a word that ends no
    sentence, ``open_ends``), and a field's label alone over its date ("Fecha de publicación" over "05 de diciembre
    de 2026": only label words)."""
    return [i for i in range(len(lines) - 1) if len(lines[i].split()) <= SPLIT_LABEL_WORDS and not is_terminal(lines[i])
            and (ends_open(lines[i]) or (words_of(lines[i]) and not words_beside_date(lines[i], label_words=True)))
            and is_date_only(lines[i + 1])]


SPLIT_LABEL_WORDS = 8
DATELINE_WORDS = 10


def _reporting_and_captions(lines: list[str], reasons: list[str | None], rows: list[dict[str, float]],
                            lang: str) -> None:
    """A sentence that reports speech is article text unless it stands in the page's tail, or carries a
    photo credit and says little the page does not say elsewhere (a caption retelling the body: novelty
    under ``RETOLD``); a line printed twice is a caption, except the article's own sentence that a credited
    caption further down repeats (a caption quoting the body: the copy without the credit is the body's), or a pull
    quote without the attribution (the copy that reports speech is the body's)."""
    twins = printed_twins(lines)
    for i, line in enumerate(lines):
        credited = is_credit(line)
        reporting = is_reporting(line, lang) and not (credited and rows[i]["novelty"] < RETOLD)
        if reporting and not rows[i]["below_tail_cta"]:
            reasons[i] = None
        # ... or a pull quote repeats without its attribution (the shorter copy: '"We follow every rule."')
        # ... or repeats it word for word above the body, as a pull quote under the headline (this copy is the later one)
        quoted = reporting and not credited and any(abs(j - i) > 1 and (
            is_credit(lines[j]) or len(lines[j]) < len(line) or (j < i and lines[j] == line and on_top(lines, j)))
            for j in twins[i])
        again = repeats_above(lines, i)  # (the story's copy under its first: kept, whatever the model says)
        reasons[i] = cue_reason(line, printed_twice=bool(twins[i]) and not quoted and not again) or (
            None if again else reasons[i])


RETOLD = 0.5  # a credited caption with fewer of its own content words than this retells the body


def _around_the_headline(lines: list[str], reasons: list[str | None], rows: list[dict[str, float]],
                         title: int | None) -> None:
    """Dates, short labels and the publisher's name above the headline go, and a summary box above or under it; the
    headline, its standfirst and its dateline stay."""
    anchor = first_anchor(lines)
    box, cards = summary_box(lines, anchor) | menu_heads(lines) | between_the_copies(lines, title), cards_on_top(lines)
    for i, line in enumerate(lines):
        # a date with its weekday is the site's "today" banner; a date above the headline is page chrome
        # (a date after a place, or a desk, counts as one: "Culiacán, Sinaloa / 05.12.2026 21:14:33")
        dated = is_date_only(line) or is_dateline_stamp(line, timed=False)
        if dated and (WEEKDAY.search(line) or (title is not None and i < title) or (i < anchor and TIME.search(line))):
            reasons[i] = "date"  # ... and so is a stamp with its time or label above the first paragraph
        elif title is not None and (i in box or (i < title and (  # a summary box; above it, the publisher's name atop the page
                len(line.split()) <= 3 or i in cards or publisher_on_top(lines, i)))):  # or a label (section, site name)
            reasons[i] = reasons[i] or "label"
    if title is None:
        return
    reasons[title] = None
    # the line under the headline that reads like one, longer, is its standfirst ("bajada")
    dek = title + 1
    while dek < min(title + 3, len(lines) - 1) and reasons[dek] in ("label", "date") and (is_date_only(lines[dek]) or
            not words_of(lines[dek]) or (BYLINE_LEAD.match(lines[dek]) and not is_terminal(lines[dek + 1]))):
        dek += 1  # past a video's running time, a date stamp or a byline (over no sentence) between headline and standfirst
    echoed = echoed_standfirst(lines, reasons, title, dek)
    if dek < len(lines) and (reasons[dek] not in CUE_REASONS or echoed) and _standfirst_shaped(lines[dek], echoed) and \
            not rows[dek]["below_tail_cta"] and not (dek > title + 1 and has_date(lines[dek])):
        # a photo's caption closed by its credit is no standfirst ("... two children. Sam Owens/Staff photographer")
        reasons[dek] = "caption" if is_credit(lines[dek]) else None
    else:
        dek = title  # no standfirst: the line under the headline is read as the ones below it
    # (the first anchor below the standfirst, a long standfirst is one too; else its first paragraph, not a teaser's date)
    body = next((a for a in anchor_lines(lines) if a > dek), None) or next(
        (k for k in range(dek + 1, len(lines)) if is_body_paragraph(lines[k])), len(lines))
    opened = set(_split_date_labels(lines))  # a date a label over it opens is the label's ("Fecha de publicación")
    for i in range(title + 1, body):
        if (is_bare_date(lines[i]) or is_wire_dateline(lines[i])) and i - 1 not in opened:
            reasons[i] = None
            break
    if dek < body - 1 and body < len(lines) and is_place_line(lines[body - 1]):
        reasons[body - 1] = None  # a dateline of places alone over the first paragraph ("San Pedro Sula, Honduras.")
    # between the standfirst and the first paragraph, a line of three words or fewer that is no date or sentence
    # is the byline's desk or outlet ("Milenio Digital", "Staff", "Redacción"); past a standfirst set under the
    # byline, before the second paragraph, a person's name alone on its line is the author's or photo's credit
    paragraphs = 0
    for i in range(dek + 1, len(lines)):
        if is_body_paragraph(lines[i]) or is_anchor(lines[i]):
            paragraphs += 1
            if paragraphs > 1 or is_anchor(lines[i]):
                break
            continue
        # (a dateline alone on its line over the first paragraph, "TORREÓN, COAH.-", opens the article)
        if reasons[i] is None and len(lines[i].split()) <= 3 and not has_date(lines[i]) and \
                not is_terminal(lines[i]) and not (DATELINE_END.search(lines[i]) or is_place_line(lines[i])) and \
                (not paragraphs or is_person_name_line(lines[i])):
            reasons[i] = "label"


def _names_by(line: str) -> bool:
    """A byline: "By"/"Por" and capitalized names, joined by commas and "and"/"y"."""
    names = [w for w in line.split()[1:] if w.strip(",").lower() not in ("and", "y", "de", "del", "la", "e")]
    return bool(BYLINE_LEAD.match(line)) and all(w[:1].isupper() for w in names)


def _standfirst_shaped(line: str, echoed: bool = False) -> bool:
    """A line long enough to be a standfirst: ``DEK_WORDS`` words or more, or ``SHORT_DEK_WORDS`` in sentence case
    that no credit or byline opens ("Los cuerpos presentaban huellas de violencia"; not "By Ana Ruiz, CNN" or a
    place's name), ``ECHOED_DEK_WORDS`` when the page prints it again with its headline ("Two suspects were held")."""
    if (words := len(line.split())) >= DEK_WORDS:
        return not _names_by(line)  # (nor a byline of several names: "By Ana Ruiz, Karol Suarez and Tom Lee, CNN")
    return words >= (ECHOED_DEK_WORDS if echoed else SHORT_DEK_WORDS) and not is_credit(line) and \
        not BYLINE_LEAD.match(line) and not name_shaped(line) and not (echoed and is_cta_lead(line))  # ("Audio generado con IA")


DEK_WORDS = 8  # a line under the headline this long is its standfirst
SHORT_DEK_WORDS, ECHOED_DEK_WORDS = 6, 4  # ... and this long in sentence case, or printed again with its headline
