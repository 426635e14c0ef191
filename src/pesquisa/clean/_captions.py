"""Captions the model keeps as article text: the other line of a two-line block that holds a caption or credit, on a
page that parts its paragraphs with blank lines (``caption_blocks``), and the sentence right over a credit alone on
its line ("Mexican President Claudia Sheinbaum speaks during her daily press conference ..." over "Luis
Barron/Eyepix/Getty Images"), or the short one under it between two paragraphs ("Foto: Especial" over "Las familias
acudieron a la audiencia."), on any page (``captions_over_credits``). A sentence that reports speech stays."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pesquisa.calendar import alternation
from pesquisa.clean._bylines import BYLINE_LEAD
from pesquisa.clean._continuations import CUE_REASONS
from pesquisa.clean._media import video_title
from pesquisa.clean._page_context import first_anchor, printed_twins
from pesquisa.clean._signals import (
    CAPTION_WORDS,
    WEEKDAY,
    has_quote,
    heads_a_byline,
    is_body_paragraph,
    is_credit,
    is_terminal,
    matches_cue,
    reports_speech,
)
from pesquisa.clean._tail import INITIALS
from pesquisa.lexicon import read_data


def is_reporting(line: str, lang: str) -> bool:
    """A full sentence that quotes someone at length, says what someone said or whose report it tells ("de acuerdo
    con el reporte militar", "according to court records"): reporting, not chrome."""
    return (is_terminal(line) and has_quote(line)) or reports_speech(line, lang) or \
        (is_terminal(line) and bool(_according(lang).search(line)))


@cache
def _according(lang: str) -> re.Pattern[str]:
    """The phrases of ``speech.yaml`` ``according`` in ``lang`` that say whose report a sentence tells."""
    forms = read_data("speech.yaml")["according"].get(lang, [])
    return re.compile(rf"\b(?:{alternation(forms)})\s+\w", re.I)


def repeats_above(lines: list[str], i: int) -> bool:
    """Line ``i`` is a paragraph of the story printed again right under its first copy (a blog's excerpt over the post,
    "SAN FERNANDO, Tam.- Un enfrentamiento ..." twice): a full sentence of ``REPEATED_PARAGRAPH_WORDS`` words or more with
    no credit; or a shorter one that tells its day and opens the story (a standfirst that copies the lede: no paragraph
    above the copies, the story's paragraphs under them). The later copy is the story's; the first goes as a line
    printed twice."""
    if not (i > 0 and lines[i - 1] == lines[i] and is_terminal(lines[i]) and not is_credit(lines[i])):
        return False
    words = len(lines[i].split())
    # (a tabloid's lede opens with its first words in capitals: "NINE men have been charged ...")
    return words >= REPEATED_PARAGRAPH_WORDS or (
        words >= REPEATED_LEDE_WORDS and bool(WEEKDAY.search(lines[i]) or CAPS_LEAD.match(lines[i])) and i + 1 < len(lines) and
        is_body_paragraph(lines[i + 1]) and not any(is_body_paragraph(line) for line in lines[:i - 1]))


REPEATED_LEDE_WORDS = 10
CAPS_LEAD = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'’-]+\s+){1,3}[a-záéíóúñ]")


def _sentence_cased(line: str) -> bool:
    """A line of ``SENTENCE_WORDS`` words or more in sentence case (few capitals past its first word): a caption's
    sentence, not a headline's or a subheading's title case."""
    words = line.split()
    return len(words) >= SENTENCE_WORDS and sum(w[:1].isupper() for w in words[1:]) * 3 < len(words) - 1


SENTENCE_WORDS = 5


def captions(lines: list[str], reasons: list[str | None], glued: Sequence[bool] | None, lang: str) -> None:
    """The captions of ``captions_over_credits``, and of ``caption_blocks`` when ``glued`` says where the blank lines are."""
    captions_over_credits(lines, reasons, lang)
    captions_with_bracketed_credits(lines, reasons, lang)
    body_copies_of_captions(lines, reasons)
    captions_copied_with_credit(lines, reasons)
    media_items_on_top(lines, reasons)
    if glued is not None:
        caption_blocks(lines, reasons, glued, lang)


def captions_over_credits(lines: list[str], reasons: list[str | None], lang: str) -> None:
    """A full sentence of ``OVER_CREDIT_WORDS`` words at most right over a credit alone on its line (a credit of
    ``CREDIT_WORDS`` words at most that ends no sentence) is the image's caption, unless it reports speech or goes on
    with the story (``_goes_on``)."""
    head = first_anchor(lines)
    for i in range(1, len(lines)):
        credit = lines[i].strip()
        # (a byline is no photo's credit, "Por Redacción AN / DRM" under a standfirst, nor the desk's initials closing
        # the story: "zc/rm (AFP, Reuters)")
        # (nor a label that is the image's whole caption: "Imagen ilustrativa", "File photo")
        if not (reasons[i] and _credit_alone(credit)) or BYLINE_LEAD.match(credit) or INITIALS.fullmatch(credit) or \
                matches_cue("caption_itself", credit) or matches_cue("staff_credit", credit):  # (a desk: "Noroeste / Redacción")
            continue
        above = lines[i - 1]
        # kept, or above or at the first paragraph dropped by the model: named a caption, it is no standfirst a later step keeps
        # (or dropped by the model as a credit itself, which the story's next paragraph would take back)
        open_to = reasons[i - 1] in (None, "credit") or (i - 1 <= head and reasons[i - 1] not in CUE_REASONS) or \
            reasons[i - 1] == "shape"  # (or dropped by the model for its shape alone, which a later step would take back)
        # (a paragraph as long as an article's over a credit alone is the story going on: "El aseguramiento ocurrió a
        # unas 200 millas náuticas ..." / "Foto: Semar")
        long = len(above.split()) >= CAPTION_PARAGRAPH_WORDS
        # (a tabloid's caption in the story ends with no stop over a labelled credit: "The drugs were hidden" / "Credit: NCA";
        # over the first paragraph, the line is the standfirst)
        ended = is_terminal(above) or (i - 1 > head and _LABEL.match(credit) is not None and _sentence_cased(above))
        if open_to and ended and len(above.split()) <= OVER_CREDIT_WORDS and not is_reporting(above, lang) \
                and not long and not _goes_on(above):
            reasons[i - 1] = "caption"
        elif reasons[i - 1] is None and is_terminal(above) and _caption_under(lines, reasons, i + 1, lang):
            reasons[i + 1] = "caption"  # the credit over its caption, between two paragraphs of the story


def captions_with_bracketed_credits(lines: list[str], reasons: list[str | None], lang: str) -> None:
    """A short sentence closed by its photo's credit in brackets ("Sheinbaum and Landau at the National Palace on
    Thursday. (Presidencia)", "... (Mario Jasso/Cuartoscuro)") is a caption, under the headline and above the story's
    last paragraph (a wire's sign-off closes the last one: "... dijo el fiscal. (EFE)"), unless it reports speech."""
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    for i in kept[1:-1]:
        if len(lines[i].split()) <= BRACKETED_CAPTION_WORDS and BRACKETED_CREDIT.search(lines[i]) and \
                not is_reporting(BRACKETED_CREDIT.sub(".", lines[i]), lang):
            reasons[i] = "caption"


def body_copies_of_captions(lines: list[str], reasons: list[str | None]) -> None:
    """A paragraph that a photo's caption printed it over its credit above ("Two men have been indicted ..." /
    "Jane Roe/Journal" / the headline / "Two men have been indicted ...") is the story's first paragraph: the caption
    copies the story, and the copy with no credit under it is the story's."""
    for i, twins in enumerate(printed_twins(lines)):
        if reasons[i] and twins and is_terminal(lines[i]) and len(lines[i].split()) >= BODY_COPY_WORDS and \
                not _over_credit(lines, i) and all(j < i and _over_credit(lines, j) for j in twins):
            reasons[i] = None


def captions_copied_with_credit(lines: list[str], reasons: list[str | None]) -> None:
    """A short sentence printed again right under itself with its credit added ("Agentes en el puerto, en una imagen de
    archivo." over the same with "/ E. S.") is a photo's caption printed twice: the copy with no credit goes too."""
    for i in range(len(lines) - 1):
        line, copy = lines[i].strip(), lines[i + 1].strip()
        rest = copy[len(line):]
        if reasons[i] is None and reasons[i + 1] and is_terminal(line) and len(line.split()) <= OVER_CREDIT_WORDS and \
                copy.startswith(line) and rest[:1].isspace() and 0 < len(rest.split()) <= COPY_CREDIT_WORDS:
            reasons[i] = "caption"


COPY_CREDIT_WORDS = 6


def media_items_on_top(lines: list[str], reasons: list[str | None]) -> None:
    """A video's or gallery's title and its description under its label atop the page ("Video" / <title> / <one
    sentence>), over the story's own headline and byline further down, are the item's caption, not the story."""
    head = first_anchor(lines)
    for i in range(1, min(head, len(lines) - 1)):
        if not video_title(lines, i, head):
            continue
        reasons[i] = reasons[i] or "caption"
        if is_terminal(lines[i + 1]) and not heads_a_byline(lines, i + 1):
            reasons[i + 1] = reasons[i + 1] or "caption"


def _over_credit(lines: list[str], i: int) -> bool:
    return i + 1 < len(lines) and _credit_alone(lines[i + 1].strip())


def _credit_alone(line: str) -> bool:
    """A credit alone on its line: ``CREDIT_WORDS`` words at most (its words, not the slashes between the
    photographer and the agency: "Carlos Moreno / For The Times", nor its label: "Credit: Ana Ruiz for The Texas
    Tribune") that end no sentence."""
    words = [w for w in _LABEL.sub("", line).split() if any(ch.isalnum() for ch in w)]
    return is_credit(line) and len(words) <= CREDIT_WORDS and not is_terminal(line)


def _caption_under(lines: list[str], reasons: list[str | None], i: int, lang: str) -> bool:
    """The line ``i`` under a credit, with the story's sentence over the credit, is the picture's caption: a short
    sentence (``UNDER_CREDIT_WORDS`` words at most) that reports no speech nor goes on with the story, with the story's
    next paragraph kept under it ("Foto: Especial" / "El laboratorio se ubicaba en una zona de difícil acceso." /
    the story)."""
    return i + 1 < len(lines) and reasons[i] is None and reasons[i + 1] is None and is_terminal(lines[i]) and \
        len(lines[i].split()) <= UNDER_CREDIT_WORDS and not is_reporting(lines[i], lang) and not _goes_on(lines[i]) and \
        is_terminal(lines[i + 1]) and len(lines[i + 1].split()) > len(lines[i].split())


@cache
def _story_openers() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{alternation(read_data('boilerplate.yaml')['story_openers'])})\b", re.I)


def _goes_on(line: str) -> bool:
    """The sentence opens going on with the story above it (``story_openers``: "En el lugar fueron detenidas ...",
    "Meanwhile, ..."): no caption, which describes its image alone."""
    return bool(_story_openers().match(line))


def caption_blocks(lines: list[str], reasons: list[str | None], glued: Sequence[bool], lang: str) -> None:
    """On a page that parts its paragraphs with blank lines, a block of two lines, one of them a caption or
    credit, is a caption block: the other line is the image's description or a second caption line.
    A sentence that reports speech without a credit stays (``_reporting_and_captions`` kept it)."""
    if sum(glued) * GLUED_SHARE > len(lines):
        return
    ends = [i + 1 == len(lines) or not glued[i + 1] for i in range(len(lines))]
    for i in range(2, len(lines)):
        # a block of two lines: [i - 1, i], blank lines around it
        if not glued[i] or glued[i - 1] or not ends[i]:
            continue
        for cap, other in ((i, i - 1), (i - 1, i)):
            if reasons[cap] and (reasons[cap] == "caption" or is_credit(lines[cap])) and not reasons[other] and \
                    not is_reporting(lines[other], lang) and len(lines[other].split()) < CAPTION_WORDS:
                reasons[other] = "caption"


# a credit in brackets after a sentence's stop: "(Presidencia)", "(Mario Jasso/Cuartoscuro)", "(AP Photo/Eduardo Verdugo)"
BRACKETED_CREDIT = re.compile(r"(?<=[.!?])\s*\(([A-ZÁÉÍÓÚ][\w.'’&-]*(?:\s?[ /]\s?[A-ZÁÉÍÓÚ][\w.'’&-]*){0,4})\)\s*$")
BRACKETED_CAPTION_WORDS = 25  # ... closing a caption this short
GLUED_SHARE = 3  # a page with more than a third of its lines set tight has no blank-line paragraphs
BODY_COPY_WORDS = 12  # a story's paragraph that its photo's caption prints again is this long at least
_LABEL = re.compile(r"^\s*\w+\s?:\s")  # a credit's label: "Credit:", "Foto:", "Crédito :"
CREDIT_WORDS = 6  # a credit alone on its line is this short ("Luis Barron/Eyepix/Getty Images", "AP Photo/Eduardo Verdugo")
OVER_CREDIT_WORDS = 30  # ... and the caption over it this short
CAPTION_PARAGRAPH_WORDS = 25
UNDER_CREDIT_WORDS = 15  # a caption under its credit is this short
REPEATED_PARAGRAPH_WORDS = 20
