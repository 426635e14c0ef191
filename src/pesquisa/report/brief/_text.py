"""Words and figures of a briefing: the fixed phrases (``data/brief.yaml``), how figures and dates are written and read.

A briefing writes dates as ISO (``2024-03-12``, ``2024-03``, ``2024``) and figures as the
sources write them, so a check can read the figures of an item back: ``figures_of`` takes
every number of a text except ISO dates and years (1900-2099, written without a separator).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pesquisa.lexicon import read_data

LANGS = ("en", "es")
# ISO dates and bare years: "2024-03-12", "2024-03", "2024" (a figure of 2,024 is written with its comma)
_DATE = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?:-[01]\d(?:-[0-3]\d)?)?(?![\d.,]?\d)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@cache
def settings() -> dict[str, Any]:
    """The parsed ``data/brief.yaml``: phrases, section headings, event types, relation labels, cues, limits."""
    return read_data("brief.yaml")


def phrase(key: str, lang: str, **values: str) -> str:
    """The fixed phrase ``key`` in ``lang`` (English where Spanish is missing), ``{x}`` filled from ``values``."""
    entry = settings()["phrases"][key]
    return (entry.get(lang) or entry["en"]).format(**values)


def heading(key: str, lang: str) -> str:
    """The heading of section ``key`` in ``lang``."""
    entry = settings()["sections"][key]
    return entry.get(lang) or entry["en"]


def event_label(kind: str, lang: str) -> str:
    """The name of an event type in ``lang`` ("Meeting", "Reunión"); the type itself when unknown."""
    entry = settings()["event_types"].get(kind)
    return (entry.get(lang) or entry["en"]) if entry else kind


def relation_label(kind: str, direction: str, lang: str) -> str:
    """How a relation reads from one end ("leader of" out, "led by" in); the kind itself when unknown."""
    entry = settings()["relations"].get(kind)
    if not entry:
        return kind.replace("_", " ")
    return (entry.get(lang) or entry["en"])[direction]


def limit(name: str) -> int:
    """A per-section limit of ``data/brief.yaml``."""
    return int(settings()["limits"][name])


def figures_of(text: str) -> list[str]:
    """The numbers written in ``text`` ("1,200", "9.2"), ISO dates and years left out, in text order."""
    return [m.group(0) for m in _NUMBER.finditer(_DATE.sub(" ", text))]


def format_figure(value: float) -> str:
    """A computed figure as briefings write it: thousands with commas, at most two decimals ("2,540", "6,715.5")."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def clip(text: str, size: int) -> str:
    """``text`` on one line, cut at a word boundary before ``size`` characters with "…" (never inside a number)."""
    flat = " ".join(text.split())
    if len(flat) <= size:
        return flat
    cut = flat[:size]
    space = cut.rfind(" ")
    return (cut[:space] if space > size // 2 else cut).rstrip(" ,;:") + "…"


def quoted(text: str, lang: str) -> str:
    """``text`` in the quotation marks of ``lang`` (“…” in English, «…» in Spanish); as it is when it opens with one."""
    if text[:1] in ("“", '"', "«"):
        return text
    return f"«{text}»" if lang == "es" else f"“{text}”"


def paragraph_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the paragraph(s) (lines of the clean body) holding ``body[start:end]``."""
    left = body.rfind("\n", 0, start) + 1
    right = body.find("\n", max(end, start))
    return left, len(body) if right < 0 else right
