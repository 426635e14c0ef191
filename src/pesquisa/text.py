"""Text utilities shared by every stage: folding that keeps offsets, sentence splitting.

Folding maps one character to one character (lower case, accents stripped), so an offset
found in the folded copy of a text is an offset in the original. Sentence splitting is a
rule over punctuation and lines: it needs no model, so cleaning and the readers can use it.
"""

from __future__ import annotations

import re
import unicodedata

from pesquisa.records import Span


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
    """``text`` lower-cased and accent-stripped, one character for each original character."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def fold_form(form: str) -> str:
    """A data-file form folded like the text it is matched against."""
    return " ".join(fold_chars(form).split())


# Sentence ends: . ! ? (a closing quote, a Spanish dateline dash ".-") before a blank and a
# capital, digit or opening quote.
SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)]*(?:-(?=\s))?(?=\s+[\"“‘«¿¡(]*[A-ZÁÉÍÓÚÑ0-9])")
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "gov", "sen", "rep", "lt", "col", "capt", "no",
    "vs", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "lic", "ing", "sra", "srta", "dra", "gral", "mtro", "dip", "núm", "num",
}


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``: its lines, cut after . ! ? before a capital; "Jr." and "U.S." end none."""
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        for m in SENTENCE_END.finditer(line):
            word = re.search(r"([\w.]+)[.!?…]*[\"”’»)]*-?$", line[: m.end()])
            token = (word.group(1) if word else "").rstrip(".").lower()
            if token in ABBREVIATIONS or len(token) == 1 or "." in token:
                continue
            spans.append(Span(start, pos + m.end()))
            start = pos + m.end()
        spans.append(Span(start, pos + len(line)))
        pos += len(line) + 1
    return [t for t in (_trim(text, s) for s in spans) if t.end > t.start]


def _trim(text: str, span: Span) -> Span:
    seg = text[span.start:span.end]
    return Span(span.start + len(seg) - len(seg.lstrip()), span.end - (len(seg) - len(seg.rstrip())))
