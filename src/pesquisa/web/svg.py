"""Geometry for the inline SVG figures: an ego network (spring layout) and horizontal bar charts.

Only numbers are computed here; the templates write the SVG elements, so every
label goes through autoescape like any other text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx

NODE_COLORS = {"person": "#2563eb", "organization": "#b45309", "place": "#15803d"}
KIND_COLORS = {"met": "#7c3aed", "role": "#b45309", "quoted_about": "#0e7490", "co_mention": "#94a3b8"}


@dataclass(slots=True)
class NetworkFigure:
    """Positions of nodes and edges of an ego network in a ``width`` x ``height`` box."""

    width: int
    height: int
    nodes: list[dict]
    edges: list[dict]


def network_figure(ego: nx.Graph, center: str, *, width: int = 640, height: int = 420, seed: int = 7) -> NetworkFigure:
    """Spring layout of ``ego`` (seeded, so the same store draws the same picture), center highlighted."""
    if ego.number_of_nodes() == 0:
        return NetworkFigure(width, height, [], [])
    pos = nx.spring_layout(ego, seed=seed, weight="weight", k=1.6 / math.sqrt(max(ego.number_of_nodes(), 1)))
    margin_x, margin_y = 90, 30
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0

    def place(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return (round(margin_x + (x - min(xs)) / span_x * (width - 2 * margin_x), 1),
                round(margin_y + (y - min(ys)) / span_y * (height - 2 * margin_y), 1))

    strength = dict(ego.degree(weight="weight"))
    nodes = []
    for node, data in ego.nodes(data=True):
        x, y = place(node)
        nodes.append({"id": node, "label": data["label"], "type": data["type"], "x": x, "y": y,
                      "r": 12 if node == center else round(5 + min(strength[node], 12) * 0.5, 1),
                      "color": NODE_COLORS.get(data["type"], "#475569"), "center": node == center})
    edges = []
    for a, b, data in ego.edges(data=True):
        (x1, y1), (x2, y2) = place(a), place(b)
        kind = next((k for k in ("met", "role", "quoted_about", "co_mention") if k in data["kinds"]), "co_mention")
        edges.append({"source": a, "target": b, "x1": x1, "y1": y1, "x2": x2, "y2": y2,
                      "width": round(1 + min(data["weight"], 8) * 0.5, 1), "color": KIND_COLORS[kind],
                      "title": f"{ego.nodes[a]['label']} — {ego.nodes[b]['label']}: {', '.join(data['kinds'])} "
                               f"({data['weight']} span{'s' if data['weight'] != 1 else ''})"})
    return NetworkFigure(width, height, sorted(nodes, key=lambda n: n["center"]), edges)


@dataclass(slots=True)
class BarChart:
    """Horizontal bars: one row per label, lengths scaled to the largest value."""

    width: int
    height: int
    label_width: int
    bars: list[dict]


def bar_chart(rows: list[tuple[str, float]], *, width: int = 640, row_height: int = 26,
              label_width: int = 190) -> BarChart:
    """Bars for ``(label, value)`` rows in the order given; values below zero count as zero."""
    top = max((v for _, v in rows), default=0) or 1.0
    room = width - label_width - 90  # space left for the value after the bar
    bars = []
    for i, (label, value) in enumerate(rows):
        length = max(value, 0) / top * room
        bars.append({"label": label, "value": value, "x": label_width, "y": i * row_height + 4,
                     "w": round(max(length, 1.5), 1), "h": row_height - 8,
                     "text_y": i * row_height + row_height / 2 + 4})
    return BarChart(width, max(len(rows), 1) * row_height + 8, label_width, bars)
