"""Runs of figures: a release's total told with no period after a total of the paragraph before that had one
("OFO officers seized 152,120 pounds of methamphetamine in fiscal year 2025. Border Patrol agents seized 17,999
pounds of meth, an 82% increase."); and the words that only tell when a period named before ended ("el año fiscal
pasado, que terminó en septiembre"); and a period that opens the next figure of a run ("en enero hubo 145 víctimas y en
febrero, 155"). Read-only.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.analyze._period_forms import period_patterns
from pesquisa.analyze.periods import Period
from pesquisa.analyze.reconcile._cues import settings
from pesquisa.analyze.reconcile._scope import ClaimDocument, paragraph_bounds
from pesquisa.text import fold_chars


@cache
def _one_load_pattern() -> re.Pattern:
    words = sorted((fold_chars(w) for w in settings()["one_load_words"]), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def tells_one_load(text: str) -> bool:
    """True when ``text`` tells of one load or one day ("hidden in a tractor-trailer", "On Aug. 5"), not a total."""
    folded = fold_chars(text)
    return _one_load_pattern().search(folded) is not None or any(
        form == "day" and pattern.search(folded) for form, pattern in period_patterns())


def run_period(doc: ClaimDocument, sentence: tuple[int, int]) -> Period | None:
    """The period of the claim before, for a sentence that names none: when that claim was told in the sentence's
    paragraph or the one before, and the sentence tells no single load or day; else None."""
    if doc.last_period is None or doc.last_sentence < 0 or doc.last_sentence > sentence[0]:
        return None
    lo = paragraph_bounds(doc.body, sentence[0])[0]
    before = paragraph_bounds(doc.body, max(0, lo - 2))[0] if lo else lo
    if paragraph_bounds(doc.body, doc.last_sentence)[0] not in (lo, before):
        return None
    return None if tells_one_load(doc.body[sentence[0]:sentence[1]]) else doc.last_period


@cache
def _period_end_pattern() -> re.Pattern:
    words = sorted((" ".join(fold_chars(w).split()) for w in settings()["period_end_words"]), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{body})(?:\s+(?:en|el|in|on))?\s*$")  # "que terminó (en) |en septiembre|"


def without_period_ends(periods: list[Period], sentence: str) -> list[Period]:
    """``periods`` (offsets in ``sentence``) less those that only say when another period of the sentence ended
    ("Durante el año fiscal pasado, que terminó en septiembre, ...", "in fiscal 2024, which ended in September")."""
    ends = [p for p in periods if _period_end_pattern().search(fold_chars(sentence[max(0, p.begin - 40):p.begin]))]
    return [p for p in periods if p not in ends] if len(ends) < len(periods) else periods


@cache
def _next_figure_pattern() -> re.Pattern:
    words = sorted((fold_chars(w) for w in settings()["run_joints"]), key=len, reverse=True)
    return re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in words) + r")\s*,?\s*$")


def opens_next_figure(gap: str) -> bool:
    """True when the words between a figure and a period after it end with a joint ("145 víctimas de homicidio doloso
    y | en febrero, 155", "and, in March, 300"): the period is the next figure's, not this one's."""
    return _next_figure_pattern().search(fold_chars(gap)) is not None
