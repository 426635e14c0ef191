"""An article set out in parts, which the model reads as a block of teasers once its long paragraphs are over: an
interview's questions and answers ("¿Hay coordinación con Texas?" / "Sí. Nos reunimos cada mes ..."), and numbered
sections ("1. Arms trafficking moves up the agenda" / its paragraph / "2. Fentanyl precursors" / ...), and a factbox's
heads in capitals ("SINALOA CARTEL" / its paragraph / "GULF CARTEL" / ...), and a live page's entries (their age
or time "3 hr ago" / the entry's head / "From CNN's Ana Ruiz" / its paragraphs, ``live_heads``). Each part is
short, so the last ones fall below the page's last long paragraph and read as its tail; they are the article's as
long as the pattern goes on, when the model kept one part of it at least (a list of teasers is never kept whole)."""

from __future__ import annotations

import re

from pesquisa.clean._signals import is_credit, is_cta, is_headline_like, is_label, is_terminal

_REPORTER = re.compile(r"^\s*(?:from|by|por|de)\s+\S", re.I)  # the line naming an entry's reporter
_NUMBERED_HEAD = re.compile(r"^(\d{1,2})[.)]\s+\S")
TURNS = 3  # an interview holds this many questions with their answers at least
SECTIONS = 3  # ... and numbered sections this many
HEAD_WORDS = 14  # a section's numbered head is this short
QUESTION_WORDS = 30  # ... and a question
PART_LINES = 3  # a part's paragraphs after its head or question
LIVE_ENTRIES = 2  # a live page holds this many entries with heads at least
STAMP_WORDS = 6  # ... each under its stamp this short ("Updated 10:42 a.m. ET")


def parted_lines(lines: list[str], reasons: list[str | None]) -> set[int]:
    """Indexes of the lines of an interview's questions and answers and of numbered sections, when the model kept
    a part of them: the heads, and up to ``PART_LINES`` sentences under each (none a call to action or credit)."""
    heads = [i for i, line in enumerate(lines) if _question(line) and i + 1 < len(lines) and _sentence(lines[i + 1])]
    numbered = _numbered_heads(lines)
    capitals = [i for i, line in enumerate(lines) if _capital_head(line) and i + 1 < len(lines) and _sentence(lines[i + 1])]
    out: set[int] = set()
    for found, least in ((heads, TURNS), (numbered, SECTIONS), (capitals, SECTIONS)):
        parts = {i: _part(lines, i) for i in found}
        # heads in capitals right under kept article text ("Here is what we know about them:") are its parts too
        under_text = found is capitals and bool(found) and found[0] > 0 and reasons[found[0] - 1] is None
        if len(found) >= least and (under_text or any(reasons[i] is None and all(reasons[k] is None for k in part)
                                                      for i, part in parts.items())):
            out |= {k for head, part in parts.items() for k in (head, *part)}
    return out | live_heads(lines)


def live_heads(lines: list[str]) -> set[int]:
    """The heads of a live page's entries, ``LIVE_ENTRIES`` at least: a head that ends no sentence under the entry's
    stamp (a label with a figure: "3 hr ago", "10:42 a.m. ET", "hace 2 horas") and over its sentences, maybe past the
    line that names its reporter ("From CNN's Ana Ruiz", "Por Ana Ruiz"). Its sentences are the story's anyway."""
    heads = []
    for i in range(1, len(lines) - 1):
        stamp, head = lines[i - 1].strip(), lines[i].strip()
        if not (len(stamp.split()) <= STAMP_WORDS and any(ch.isdigit() for ch in stamp) and is_label(stamp)):
            continue
        if not is_headline_like(head) or is_terminal(head) or is_cta(head) or is_credit(head) or is_label(head) or \
                len(head.split()) > HEAD_WORDS:
            continue
        under = i + 2 if i + 2 < len(lines) and _REPORTER.match(lines[i + 1]) and not is_terminal(lines[i + 1]) else i + 1
        if under < len(lines) and _sentence(lines[under]):
            heads.append(i)
    return set(heads) if len(heads) >= LIVE_ENTRIES else set()


def _question(line: str) -> bool:
    text = line.strip()
    return text.endswith("?") and len(text.split()) <= QUESTION_WORDS and not is_cta(text)


def _capital_head(line: str) -> bool:
    """A short head in capitals that ends no sentence ("JALISCO NEW GENERATION CARTEL (CJNG)")."""
    text = line.strip()
    return text.isupper() and len(text.split()) <= HEAD_WORDS and not is_terminal(text) and not is_cta(text)


def _sentence(line: str) -> bool:
    return is_terminal(line) and not line.rstrip().endswith("?") and not is_cta(line) and not is_credit(line)


def _part(lines: list[str], head: int) -> list[int]:
    """The sentences right under a head or question, up to ``PART_LINES``."""
    part = []
    for k in range(head + 1, min(head + 1 + PART_LINES, len(lines))):
        if not _sentence(lines[k]) or _NUMBERED_HEAD.match(lines[k]):
            break
        part.append(k)
    return part


def _numbered_heads(lines: list[str]) -> list[int]:
    """The heads of numbered sections counting up from 1 ("1. ...", "2) ..."), each with a sentence under it."""
    heads, expected = [], 1
    for i, line in enumerate(lines):
        match = _NUMBERED_HEAD.match(line)
        if match and int(match.group(1)) == expected and len(line.split()) <= HEAD_WORDS and \
                i + 1 < len(lines) and _sentence(lines[i + 1]):
            heads.append(i)
            expected += 1
    return heads
