"""The occasion a subject carries after who speaks ("dijo el mandatario en entrevista con Milenio Televisión").

The parse hangs the circumstance of a statement on its subject: "el fiscal en entrevista", "the minister during an
interview with CBS". The circumstance names no speaker: the outlet of an interview is who listens, never who speaks.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span

# prepositions that open a circumstance the parse hangs on a subject ("el fiscal en entrevista"), no part of who speaks
CIRCUMSTANCE = frozenset({"en", "durante", "tras", "in", "during", "after", "at"})
_ARTICLES = frozenset({"a", "an", "the", "un", "una", "la", "el", "su", "his", "her", "their", "its"})


@cache
def _occasion_nouns() -> frozenset[str]:
    """Folded nouns of where something is said ("entrevista", "conferencia", "interview")."""
    speech = load_lexicon().speech
    return frozenset(fold(w) for w in [*speech["statement_media"], *speech["interview_nouns"], "news conference",
                                        "press conference"])


def subject_words(text: str, subject: Span) -> list[str]:
    """The subject's folded words up to a circumstance ("afirmó el fiscal en entrevista": the fiscal), a plural's
    split "s" left out."""
    words = fold(text[subject.start:subject.end]).split()
    words = words[:-1] if words and words[-1] == "s" else words
    cut = next((i for i, w in enumerate(words) if i and w in CIRCUMSTANCE), len(words))
    return words[:cut]


def before_occasion(resolver: Any, subject: Span) -> Span:
    """``subject`` up to the occasion it names after the speaker ("el mandatario| en entrevista con Milenio
    Televisión", "the minister| in an interview with CBS"), so the outlet is no mention of who speaks; whole when it
    names none, or when the preposition is inside a name ("the U.S. Embassy in Mexico")."""
    text = resolver.text
    for word in re.finditer(r"[^\s,]+", text[subject.start:subject.end]):
        at = subject.start + word.start()
        if not word.start() or fold(word.group()) not in CIRCUMSTANCE or \
                any(m.span.start <= at < m.span.end for m, _e in resolver.mentions):
            continue
        after = fold(text[at + len(word.group()):subject.end]).split()
        after = after[1:] if after[:1] and after[0] in _ARTICLES else after
        if after and after[0] in _occasion_nouns():
            return Span(subject.start, subject.start + len(text[subject.start:at].rstrip(" ,")))
    return subject
