"""Geometry of the tracker's small charts: one indicator over time, drawn server-side as SVG.

Time runs left to right over every dated point of the indicator. Official series (monthly
sums) are lines on the y axis. Without a series, the evidence figures in their commonest
unit are dots on the y axis. Every other dated evidence item is a mark on a strip under the
plot; each dot and mark links to the span it stands on. Undated evidence is counted beside
the strip, never dropped. Only numbers come out of here; the template writes the elements,
so every label is escaped like any other text (as in ``web.svg``).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

SERIES_COLORS = ("#2563eb", "#dc2626", "#059669", "#7c3aed")
DOT_COLOR, MARK_COLOR = "#b45309", "#475569"


@dataclass(slots=True)
class TrackerChart:
    """A small time chart: plot box, ticks, series lines, value dots, evidence marks, undated count."""

    width: int
    height: int
    box: dict
    strip_y: float
    x_ticks: list[dict]
    y_ticks: list[dict]
    lines: list[dict]
    dots: list[dict]
    marks: list[dict]
    undated: int
    unit: str | None

    @property
    def empty(self) -> bool:
        """True when there is nothing dated to draw."""
        return not (self.lines or self.dots or self.marks)


def year_of(date: str) -> float:
    """A date ("2024", "2024-05", "2024-05-17") as a fractional year, at the middle of the period it names."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return parts[0] + 0.5
    if len(parts) == 2:
        return parts[0] + (parts[1] - 0.5) / 12
    return parts[0] + (parts[1] - 1) / 12 + (parts[2] - 0.5) / 365


def compact(value: float) -> str:
    """A tick label: 1500 -> "1.5k", 2000000 -> "2M", 12.5 -> "12.5"."""
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _commonest_unit(evidence: list[dict]) -> tuple[bool, str | None]:
    """Whether dated figures exist, and the unit most of them share (None for counts)."""
    units = Counter(e.get("unit") for e in evidence if e.get("date") and e.get("value") is not None)
    if not units:
        return False, None
    return True, max(sorted(units, key=str), key=units.__getitem__)


def indicator_chart(indicator: dict, *, link, width: int = 440, height: int = 160) -> TrackerChart:
    """The chart of one indicator of ``TrackerReport.to_dict()``; ``link(evidence)`` gives each mark's URL.

    Steps: pick what goes on the y axis (the series, else the figures of the commonest unit);
    span the x axis over every dated point; scale lines, dots and marks; count the undated.
    """
    evidence, series = indicator["evidence"], indicator.get("series", [])
    has_figures, unit = _commonest_unit(evidence)
    plotted = [] if series else [e for e in evidence if e.get("date") and e.get("value") is not None
                                 and e.get("unit") == unit and has_figures]
    dated = [e for e in evidence if e.get("date")]
    xs = [year_of(p["date"]) for s in series for p in s["points"]] + [year_of(e["date"]) for e in dated]
    box = {"left": 46, "top": 8, "right": width - 10, "bottom": height - 46}
    strip_y = box["bottom"] + 18
    if not xs:
        return TrackerChart(width, height, box, strip_y, [], [], [], [], [], len(evidence), None)
    lo, hi = min(xs), max(xs)
    if hi - lo < 1:
        lo, hi = lo - 0.5, hi + 0.5
    ys = [p["value"] for s in series for p in s["points"]] + [e["value"] for e in plotted]
    top = max([0.0, *ys]) or 1.0
    bottom = min([0.0, *ys])

    def x_at(year: float) -> float:
        return round(box["left"] + (year - lo) / (hi - lo) * (box["right"] - box["left"]), 1)

    def y_at(value: float) -> float:
        return round(box["bottom"] - (value - bottom) / (top - bottom) * (box["bottom"] - box["top"]), 1)

    step = max(1, math.ceil((hi - lo) / 6))
    x_ticks = [{"x": x_at(y), "label": str(y)} for y in range(math.ceil(lo), math.floor(hi) + 1, step)]
    y_ticks = [{"y": y_at(v), "label": compact(v)} for v in sorted({bottom, 0.0, top / 2, top})]
    lines = [{"name": s["name"], "color": SERIES_COLORS[i % len(SERIES_COLORS)],
              "points": " ".join(f"{x_at(year_of(p['date']))},{y_at(p['value'])}" for p in s["points"])}
             for i, s in enumerate(series)]
    dots = [{"x": x_at(year_of(e["date"])), "y": y_at(e["value"]), "href": link(e), "title": _title(e)}
            for e in plotted]
    on_axis = {id(e) for e in plotted}
    marks = [{"x": x_at(year_of(e["date"])), "y": strip_y, "href": link(e), "title": _title(e)}
             for e in dated if id(e) not in on_axis]
    return TrackerChart(width, height, box, strip_y, x_ticks, y_ticks, lines, dots, marks,
                        len(evidence) - len(dated), series[0]["unit"] if series else unit)


def _title(e: dict) -> str:
    """The tooltip of a mark: date, figure, the text as written and where it is."""
    figure = ""
    if e.get("value") is not None:
        figure = f" · {compact(e['value'])}{' ' + e['unit'] if e.get('unit') else ''}"
    return f"{e['date']}{figure} · “{e['text'][:80]}” · {e['source']} [{e['start']}:{e['end']}]"
