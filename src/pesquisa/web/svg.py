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


LABEL_CHARS = 26  # labels are cut here (the template truncates to the same length)
CHAR_WIDTH, ROW_HEIGHT = 8.2, 36  # rough size of a 15 px label, and of a node with its label


def network_figure(ego: nx.Graph, center: str, *, width: int = 520, height: int = 400, seed: int = 7) -> NetworkFigure:
    """Spring layout of ``ego`` (seeded, so the same store draws the same picture), center highlighted.

    Steps: spring layout (unweighted: weighted attraction packs a clique of colleagues into
    one knot; line width still shows the weight); scale into the box; push apart nodes whose
    labels would overlap; keep every label inside the box, growing its height if needed.
    """
    if ego.number_of_nodes() == 0:
        return NetworkFigure(width, height, [], [])
    n = ego.number_of_nodes()
    pos = nx.spring_layout(ego, seed=seed, weight=None, k=3.0 / math.sqrt(max(n, 1)), iterations=200)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    names = list(pos)
    half = {v: min(len(ego.nodes[v]["label"]), LABEL_CHARS) * CHAR_WIDTH / 2 + 4 for v in names}
    point = {v: [half[v] + (pos[v][0] - min(xs)) / span_x * (width - 2 * half[v]),
                 ROW_HEIGHT + (pos[v][1] - min(ys)) / span_y * (height - 1.5 * ROW_HEIGHT)] for v in names}
    _separate_labels(point, half)
    top = min(p[1] for p in point.values()) - ROW_HEIGHT
    height = max(height, round(max(p[1] for p in point.values()) - top + 14))
    place = {v: (round(p[0], 1), round(p[1] - top, 1)) for v, p in point.items()}
    strength = dict(ego.degree(weight="weight"))
    nodes = []
    for node, data in ego.nodes(data=True):
        x, y = place[node]
        nodes.append({"id": node, "label": data["label"], "type": data["type"], "x": x, "y": y,
                      "r": 12 if node == center else round(5 + min(strength[node], 12) * 0.5, 1),
                      "color": NODE_COLORS.get(data["type"], "#475569"), "center": node == center})
    edges = []
    for a, b, data in ego.edges(data=True):
        (x1, y1), (x2, y2) = place[a], place[b]
        kind = next((k for k in ("met", "role", "quoted_about", "co_mention") if k in data["kinds"]), "co_mention")
        edges.append({"source": a, "target": b, "x1": x1, "y1": y1, "x2": x2, "y2": y2,
                      "width": round(1 + min(data["weight"], 8) * 0.5, 1), "color": KIND_COLORS[kind],
                      "title": f"{ego.nodes[a]['label']} — {ego.nodes[b]['label']}: {', '.join(data['kinds'])} "
                               f"({data['weight']} span{'s' if data['weight'] != 1 else ''})"})
    return NetworkFigure(width, height, sorted(nodes, key=lambda n: n["center"]), edges)


def _separate_labels(point: dict[str, list[float]], half: dict[str, float], *, rounds: int = 200) -> None:
    """Move nodes apart vertically until no two labels (``half`` width each side, one row high) overlap."""
    names = sorted(point, key=lambda v: (point[v][1], v))
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                (xa, ya), (xb, yb) = point[a], point[b]
                overlap_x = half[a] + half[b] - abs(xa - xb)
                overlap_y = ROW_HEIGHT - abs(ya - yb)
                if overlap_x > 0 and overlap_y > 0:
                    step = overlap_y / 2 + 0.5
                    sign = 1 if (yb, b) >= (ya, a) else -1
                    point[a][1] -= sign * step
                    point[b][1] += sign * step
                    moved = True
        if not moved:
            return


@dataclass(slots=True)
class BarChart:
    """Horizontal bars: one row per label, lengths in percent of the largest value."""

    bars: list[dict]


def bar_chart(rows: list[tuple[str, float]]) -> BarChart:
    """Bars for ``(label, value)`` rows in the order given; values below zero count as zero.

    Each bar is a 100 x 10 SVG stretched to its table cell, so labels and values stay
    HTML text at the reader's font size on a phone as on a desktop.
    """
    top = max((v for _, v in rows), default=0) or 1.0
    return BarChart([{"label": label, "value": value, "pct": round(max(max(value, 0) / top * 100, 0.8), 2)}
                     for label, value in rows])
