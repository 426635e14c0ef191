"""Currencies written as letters glued to a figure: Guatemalan papers' "Q2 mil millones", "Q7,500", Honduran papers'
"L50 millones", Kenyan papers' "Sh600 million", "KSh5 million" (units.yaml, ``glued``). A figure under a thousand is
left out: "Q4 2024" is a quarter, "L3" a label."""

from __future__ import annotations

from functools import cache

from pesquisa.lexicon import read_data

LEAST = 1000  # the smallest sum glued letters are read as a currency in front of


@cache
def _glued() -> tuple[tuple[str, str], ...]:
    """(letters, code), the longest letters first, as written (case counts: "Q", not "q")."""
    pairs = [(form, cur["code"]) for cur in read_data("units.yaml")["currencies"] for form in cur.get("glued") or ()]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def letter_currency(text: str, start: int, value: float) -> tuple[str, int] | None:
    """The currency and the start of the letters glued before the figure starting at ``start`` and worth ``value``,
    or None."""
    if value < LEAST:
        return None
    for form, code in _glued():
        at = start - len(form)
        if at >= 0 and text[at:start] == form and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_/")):
            return code, at  # not "AQ2", "X-Q2000"
    return None
