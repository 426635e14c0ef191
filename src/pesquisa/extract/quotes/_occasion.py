"""The occasion a subject carries after who speaks ("dijo el mandatario en entrevista con Milenio Televisión").

The parse hangs the circumstance of a statement on its subject: "el fiscal en entrevista", "the minister during an
interview with CBS". The circumstance names no speaker: the outlet of an interview is who listens, never who speaks.
Nor does a relative clause that tells what a description did ("dijo el legislador, quien exigió que los militares
...": the lawmaker), unless it is the request to stay unnamed that makes them a source.
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


# a definite description of a few words, then a relative clause set off by a comma ("el legislador, quien exigió ...")
_RELATIVE = re.compile(r"^((?:the|el|la)\s+[^\s,]+(?:\s+[^\s,]+){0,2})\s*,\s*(?:who|quien|quienes|que|which)\b(.*)$", re.I | re.S)


def before_relative(resolver: Any, subject: Span) -> Span:
    """``subject`` up to the relative clause set off after a definite description ("el legislador|, quien exigió que
    ..."), so its words (the plurals, the people it names) do not make the description someone else; whole when
    the clause asks to stay unnamed ("el funcionario, quien pidió el anonimato") or names no description."""
    match = _RELATIVE.match(resolver.text[subject.start:subject.end])
    if match is None or unnamed_request(match.group(2)):
        return subject
    return Span(subject.start, subject.start + len(match.group(1)))


def unnamed_request(clause: str) -> bool:
    """The clause asks that a name be withheld or speaks on conditions ("pidió el anonimato", "asked not to be named")."""
    spec = load_lexicon().speech["anonymity"]
    cues = {fold(w) for w in [*spec["requests"], *spec["names"], *spec["terms"]]}
    words = re.findall(r"\w+", fold(clause))
    return any(w in cues or w.startswith(("anonim", "anonym", "identif", "named", "nombrad")) for w in words)


def relative_named(resolver: Any, subject: Span, at: int) -> Any:
    """The speaker with an id the subject stands for without the relative clause after its description
    (``before_relative``), else None: the subject is then read whole, clause and all."""
    cut = before_relative(resolver, subject)
    named = resolver.resolve(cut, at) if cut != subject else None
    return named if named is not None and named.local_id is not None else None


def segments(text: str, subject: Span) -> list[Span]:
    """The comma-separated parts of a subject, blanks trimmed."""
    out, start = [], subject.start
    for part in text[subject.start:subject.end].split(","):
        lead = len(part) - len(part.lstrip())
        out.append(Span(start + lead, start + len(part.rstrip())))
        start += len(part) + 1
    return [p for p in out if p.end > p.start]
