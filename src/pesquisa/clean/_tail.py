"""Notes of the page's tail the model keeps: a short line below a block of dropped lines, a reader poll's
answers, the page's name signing its last line; and the headlines of other stories under a reading path's
header set inside the article."""

from __future__ import annotations

import re

from pesquisa.clean._continuations import CUE_REASONS
from pesquisa.clean._page_context import anchor_lines, first_anchor
from pesquisa.clean._signals import (
    ends_open,
    is_anchor,
    is_body_paragraph,
    is_headline_like,
    is_reading_path,
    is_source_note,
    is_terminal,
    is_topics_header,
    matches_cue,
)
from pesquisa.clean._tail_start import TEASER_WORDS, last_story, points_back


def drop_under_headers(lines: list[str], reasons: list[str | None]) -> None:
    """The lines under a reading path's header (other stories' headlines) and under a note's header (the page's
    closing note)."""
    drop_teasers_under_headers(lines, reasons)
    drop_notes_under_their_header(lines, reasons)


def drop_teasers_under_headers(lines: list[str], reasons: list[str | None]) -> None:
    """Below the top of the body, a reading path's header alone on its line ("Más información", "Related
    stories") heads other stories: the headlines right under it (up to ``HEADER_TEASERS``: lines that end no
    sentence, ``TEASER_WORDS`` words or more) are teasers, also where the model kept one between two
    paragraphs."""
    for i in range(first_anchor(lines) + 1, len(lines)):
        if not (reasons[i] and is_reading_path(lines[i]) and len(lines[i].split()) <= HEADER_WORDS):
            continue
        for k in range(i + 1, min(i + 1 + HEADER_TEASERS, len(lines))):
            if not (is_headline_like(lines[k]) and not is_terminal(lines[k]) and len(lines[k].split()) >= TEASER_WORDS):
                break
            reasons[k] = reasons[k] or "teaser"


def drop_notes_under_their_header(lines: list[str], reasons: list[str | None]) -> None:
    """Below the top of the body, a note's header that went ("Disclaimer", "Aviso legal", "About this story") heads
    the page's closing note: the lines under it (up to ``NOTE_LINES``, of ``NOTE_LINE_WORDS`` words at most) are
    the note, however long and well formed ("This document was prepared by ...")."""
    for i in range(first_anchor(lines) + 1, len(lines)):
        if reasons[i] and matches_cue("note_header", lines[i]):
            for k in range(i + 1, min(i + 1 + NOTE_LINES, len(lines))):
                if len(lines[k].split()) > NOTE_LINE_WORDS:
                    break
                reasons[k] = "note"  # a cue's verdict, whatever the model said: no article text going on
            return


def drop_notes_below_the_tail(lines: list[str], reasons: list[str | None], lang: str) -> None:
    """A short line below the article's last long paragraph, after a block of ``TAIL_BLOCK`` lines or more
    that all went, is a note of the page's tail (an author's bio, "X has reported from Mexico since
    2013."), not the article: the article does not resume after its credits and topic lists, unless the line's
    speaker points back to the story ("La dependencia indicó que ...", ``points_back``) or a long sentence of the story
    follows the line (``_resumes``)."""
    last = anchor_lines(lines)[-1] if lines else 0
    run = 0
    for i in range(last + 1, len(lines)):
        if reasons[i] is not None:
            # (a release's end mark, "-oOo-", ends the release at once: the site's footer links follow it)
            run += TAIL_BLOCK if END_MARK.match(lines[i]) else 1
            continue
        if run >= TAIL_BLOCK and len(lines[i].split()) < NOTE_WORDS and not is_anchor(lines[i]) and \
                not (points_back(lines[i], lang) and last_story(lines, i)) and not _resumes(lines, reasons, i):
            reasons[i] = "tail"
            continue
        run = 0
    # a desk's signature in capitals below the body ("JUSTICIA", "REDACCIÓN"): one word alone on its line
    for i in range(last + 1, len(lines)):
        if reasons[i] is None and DESK.fullmatch(lines[i].strip()):
            reasons[i] = "label"
    # a topic list under its header below the body ("Etiquetas" / "Extradición" / "Tijuana", "In:" / "Sinaloa Cartel"):
    # every short line that ends no sentence is a topic, however few went above it
    header = next((i for i in range(last + 1, len(lines)) if is_topics_header(lines[i])), None)
    if header is not None:  # the header too, however short the model judged it ("In:")
        reasons[header] = reasons[header] or "tail"
    for i in range(header + 1 if header is not None else len(lines), len(lines)):
        if is_terminal(lines[i]) or len(lines[i].split()) > TOPIC_WORDS:
            break
        reasons[i] = reasons[i] or "tail"
    # a reader poll closing the page: a question that went ("¿Te gustó la nota?", "Was this article helpful?") and
    # only its answers after it ("Sí", "No", "Yes")
    for i in range(last + 1, len(lines)):
        if reasons[i] and lines[i].rstrip().endswith("?") and \
                all(len(line.split()) <= POLL_ANSWER_WORDS and not is_terminal(line) for line in lines[i + 1:]):
            for k in range(i + 1, len(lines)):
                reasons[k] = "call to action"
            break
    # the last line kept, a name of one to four capitalized words below the body ("Mexico News Daily", a rule's
    # alt text "Línea"), signs the page (a text cut off mid-sentence, "Guzman is se", is no name)
    end = max((i for i, reason in enumerate(reasons) if reason is None), default=-1)
    # "Elliso": a text cut off, the file ends (not a topic list's header left alone: "Etiquetas")
    cut_off = end == len(lines) - 1 and len(lines[end].split()) == 1 and not is_topics_header(lines[end])
    # ... and so does the outlet's tagline closing the page under a note that went ("Periodismo con perspectiva de
    # derechos humanos" under "X forma parte de la Red ..."): a short last line that ends no sentence
    tagline = end == len(lines) - 1 and reasons[end - 1] is not None and not is_terminal(lines[end]) and \
        len(lines[end].split()) <= TAGLINE_WORDS and not ends_open(lines[end])
    # (not a subhead over the story's last sentence, which the model let go: "What Happens Next" / "CBP is expected to ...")
    subhead = end + 1 < len(lines) and reasons[end + 1] not in CUE_REASONS and is_body_paragraph(lines[end + 1])
    if end > last and not cut_off and (SIGNATURE.fullmatch(lines[end]) or tagline) and not is_source_note(lines[end]) and \
            not subhead:
        reasons[end] = "label"
    # ... and so do an editor's initials closing a Mexican portal's story ("ASG", "lmg") under a finished sentence
    before = max((i for i in range(end) if reasons[i] is None), default=-1)
    if end > last and before >= 0 and INITIALS.fullmatch(lines[end].strip()) and is_terminal(lines[before]):
        reasons[end] = "label"


def _resumes(lines: list[str], reasons: list[str | None], i: int) -> bool:
    """The article goes on below line ``i``: a kept full sentence of ``NOTE_WORDS`` words or more follows before any
    other line goes (the block above was a list of other stories set inside the article, "Recommended Stories" / "list
    1 of 4" / <headline> / "end of list", not its tail), and no other story's headline follows it."""
    for k in range(i + 1, len(lines)):
        if reasons[k] is not None:
            return False
        if is_terminal(lines[k]) and len(lines[k].split()) >= NOTE_WORDS:
            # (the note of the story's sources under it is no other story: "Source: Al Jazeera and news agencies")
            return last_story(lines[:k + 1] + [line for line in lines[k + 1:] if not is_source_note(line)], k)
    return False


DESK = re.compile(r"[A-ZÁÉÍÓÚÑ]{3,20}")
SIGNATURE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w&'’.-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w&'’.-]*|de|del|la|of|the)){0,3}")
# "ASG", "lmg", and the writer's and editor's together: "AN / NR", "JCR/emc", with the agencies drawn on: "zc/rm (AFP, dpa)",
# or an Indian wire's desk codes after its name: "PTI SKC RHL"
INITIALS = re.compile(r"(?:[A-ZÁÉÍÓÚÑ]{2,5}(?:\s[A-ZÁÉÍÓÚÑ]{2,5}){0,3}|[a-záéíóúñ]{2,5})"
                      r"(?:\s*/\s*(?:[A-ZÁÉÍÓÚÑ]{2,5}|[a-záéíóúñ]{2,5}))?"
                      r"(?:\s*\([A-Z][^()]{1,40}\))?")
HEADER_WORDS = 5  # a reading path's header alone ("Te puede interesar", "More from the border")
HEADER_TEASERS = 3  # headlines under it
TOPIC_WORDS = 5  # a topic under its header is this short ("Crimen organizado", "Cártel de Sinaloa")
TAGLINE_WORDS = 8  # an outlet's closing tagline is this short
POLL_ANSWER_WORDS = 2  # a poll's answers ("Sí", "No", "Not really")
# a release's end mark: "---o0o---", "-oOo-", "–000–", "---ooOoo---"
END_MARK = re.compile(r"^\W*[oO0]{2,6}\W*$|^\W+[oO0]\W+$")  # "oOo", "---000---", "-0-"
TAIL_BLOCK = 4  # this many lines in a row dropped below the body: the page's tail has begun
NOTE_WORDS = 20  # a line shorter than this below the tail is a note of the tail
NOTE_LINES, NOTE_LINE_WORDS = 3, 80  # a closing note under its header: this many lines at most, each this short
