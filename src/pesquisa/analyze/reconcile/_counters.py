"""Who counted a crime figure, when its sentence names a counter: SESNSP (or official figures), or another counter
whose tally is no SESNSP series ("Organizaciones civiles como ... estimaron 35,000 asesinatos", "el INEGI reportó
33,241 homicidios con base en actas de defunción"). Words are data (``crime_counters`` of official.yaml). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pesquisa.analyze.reconcile._cues import settings
from pesquisa.text import fold_chars, fold_form

OFFICIAL, OTHER = "official", "other"


@cache
def _counters() -> tuple[tuple[dict[str, str], re.Pattern], tuple[dict[str, str], re.Pattern]]:
    """(acronyms as written, their pattern), (other forms folded, their pattern): each form -> official | other."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for side, forms in settings()["crime_counters"].items():
        for form in forms:
            if form.isupper() and " " not in form.rstrip("s"):
                exact[form] = side
            else:
                folded[fold_form(form)] = side
    return (exact, _pattern(exact)), (folded, _pattern(folded))


def _pattern(forms: dict[str, str]) -> re.Pattern:
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def counters_in(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, side, as written) of every counter ``text`` names, in text order."""
    hits = []
    for (forms, pattern), source in zip(_counters(), (text, fold_chars(text)), strict=True):
        for m in pattern.finditer(source):
            side = forms[m.group(0)] if source is text else forms[" ".join(m.group(0).split())]
            hits.append((m.start(), m.end(), side, text[m.start():m.end()]))
    return sorted(hits)


def other_counter(body: str, sentence: tuple[int, int], span: tuple[int, int], figures: Sequence[int] = ()) -> str | None:
    """The counter of the figure at ``span``, as written, when it is not SESNSP; None when its sentence names none,
    or SESNSP decides. The counter named nearest before the figure in its sentence; else the first after it with no
    other figure (``figures``: where the document's figures start) between them; else the sentence's last one, its
    closing attribution ("..., more than the 29,900 an NGO reported, SESNSP said")."""
    lo, hi = sentence
    hits = counters_in(body[lo:hi])
    before = [h for h in hits if lo + h[1] <= span[0]]
    after = [h for h in hits if lo + h[0] >= span[1]]
    free = [h for h in after if not any(span[1] <= f < lo + h[0] for f in figures)]
    chosen = before[-1] if before else (free[0] if free else (after[-1] if after else None))
    return chosen[3] if chosen and chosen[2] == OTHER else None


def another_source(body: str, sentence: tuple[int, int], span: tuple[int, int], figures: Sequence[int] = ()) -> str:
    """Why a crime figure (a count or a change) gets no SESNSP figure when another counter gave it, else ""."""
    counter = other_counter(body, sentence, span, figures)
    return f"counted by {counter}, not SESNSP: another source's figure" if counter else ""
