"""Text utilities shared by every stage: accent folding that keeps offsets, sentence splitting.

Folding maps each character to exactly one character (lower case, accents stripped), so
a match found in the folded copy is a match at the same offsets in the original: search
highlights and quantity spans point into the text as written. Characters whose folded form
would be longer ("ﬁ") are only lower-cased. ``pesquisa.lexicon.fold`` is the other kind of
folding: a comparison key for names (punctuation dropped, spaces collapsed), not offset-safe.

Sentences are cut by a rule (a line break, or . ! ? before a capital) rather than by spaCy,
because the cleaners and the number reader need them before (or without) a model, and in
milliseconds. Abbreviations that do not end a sentence are data (``abbreviations.yaml`` and
the month abbreviations of ``calendar.yaml``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.records import Span

__all__ = ["WITHHELD", "abbreviations", "fold_chars", "fold_form", "split_sentences"]

# A surname withheld by the Mexican press convention for suspects: "Homero «N»", "José N."
WITHHELD = re.compile(r"«N»|\"N\"|“N”|\bN\.$")


class _FoldTable(dict):
    """str.translate table folding one character to one character, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
        folded = base if len(base) == 1 else ch.lower() if len(ch.lower()) == 1 else ch
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold_chars(text: str) -> str:
    """``text`` lower-cased and accent-stripped, one character for each original character (offsets stay valid)."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def fold_form(form: str) -> str:
    """A word or phrase of a data file folded like the text it is matched against, blanks collapsed to one space."""
    return " ".join(fold_chars(form).split())


# Sentence ends: . ! ? (a closing quote, a Spanish dateline dash ".-") before a blank and a
# capital, digit or opening quote.
SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)]*(?:-(?=\s))?(?=\s+[\"“‘«¿¡(]*[A-ZÁÉÍÓÚÑ0-9])")
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]*[\"”’»)]*-?$")


@cache
def abbreviations() -> frozenset[str]:
    """Lower-case words (no period) after which a period does not end a sentence, English and Spanish."""
    data = read_data("abbreviations.yaml")
    months = {abbr for entry in read_data("calendar.yaml")["months"].values() for abbr in entry["abbr"]}
    return frozenset({*map(str, data["en"]), *map(str, data["es"]), *months})


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``: its lines, cut after . ! ? before a capital; "Jr." and "U.S." end none.

    Spans are trimmed of surrounding blanks; empty ones are dropped.
    """
    skip = abbreviations()
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        for m in SENTENCE_END.finditer(line):
            word = _LAST_WORD.search(line[: m.end()])
            token = (word.group(1) if word else "").rstrip(".").lower()
            if token in skip or len(token) == 1 or "." in token:
                continue
            spans.append(Span(start, pos + m.end()))
            start = pos + m.end()
        spans.append(Span(start, pos + len(line)))
        pos += len(line) + 1
    return [t for t in (_trim(text, s) for s in spans) if t.end > t.start]


def _trim(text: str, span: Span) -> Span:
    """``span`` without the blanks at either end."""
    seg = text[span.start:span.end]
    return Span(span.start + len(seg) - len(seg.lstrip()), span.end - (len(seg) - len(seg.rstrip())))
