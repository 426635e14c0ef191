"""Currencies written as one capital letter glued to a figure: Guatemalan papers' "Q2 mil millones", "Q7,500",
Honduran papers' "L50 millones" (units.yaml, ``letter``). A figure under a thousand is left out: "Q4 2024" is a
quarter, "L3" a label."""

from __future__ import annotations

from functools import cache

from pesquisa.lexicon import read_data

LEAST = 1000  # the smallest sum a glued letter is read as a currency in front of


@cache
def _letters() -> dict[str, str]:
    return {cur["letter"]: cur["code"] for cur in read_data("units.yaml")["currencies"] if cur.get("letter")}


def letter_currency(text: str, start: int, value: float) -> str | None:
    """The currency of the capital letter glued before the figure starting at ``start`` and worth ``value``, or None."""
    if start < 1 or value < LEAST:
        return None
    if start > 1 and (text[start - 2].isalnum() or text[start - 2] in "-_/"):
        return None  # "AQ2", "X-Q2000"
    return _letters().get(text[start - 1])
