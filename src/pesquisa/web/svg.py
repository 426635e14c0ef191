"""Geometry for the inline SVG figures: an ego network (spring layout), a whole network drawn
community by community, a line chart of disruption curves, and horizontal bar charts.

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


def network_figure(ego: nx.Graph, center: str | None, *, width: int = 520, height: int = 400,
                   seed: int = 7) -> NetworkFigure:
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


# Community colours: distinct hues, dark enough for white rings and labels; communities past
# the twelfth share a neutral grey (the list beside the figure still numbers them).
COMMUNITY_COLORS = ("#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#db2777", "#0891b2", "#65a30d",
                    "#9333ea", "#ea580c", "#0d9488", "#4f46e5")
OTHER_COMMUNITY = "#94a3b8"
STRATEGY_STYLES = {  # colour and dash: degree, katz and kingpin often trace the same curve
    "betweenness": ("#dc2626", ""), "degree": ("#2563eb", ""), "katz": ("#7c3aed", "6 3"),
    "collective-influence": ("#059669", "2 3"), "random": ("#64748b", "8 4"), "kingpin": ("#d97706", "1 4"),
}


def community_color(n: int) -> str:
    """Colour of community ``n`` (numbered from 1)."""
    return COMMUNITY_COLORS[n - 1] if 1 <= n <= len(COMMUNITY_COLORS) else OTHER_COMMUNITY


@dataclass(slots=True)
class CommunityFigure:
    """A whole network drawn community by community: one disc per community, its members inside."""

    width: int
    height: int
    cells: list[dict]
    nodes: list[dict]
    edges: list[dict]


def community_figure(G: nx.Graph, communities: list[list[str]], *, brokers: frozenset[str] = frozenset(),
                     width: int = 480, gap: int = 10, seed: int = 7) -> CommunityFigure:
    """Each community laid out in its own disc (seeded spring layout), discs packed in rows, largest first.

    Steps: disc radius grows with the square root of the community's size; discs fill rows
    left to right, each row centred, largest first except that a community linked to the one
    just placed comes next (so links between communities stay short); members are placed
    inside their disc; links inside a community take its colour, links between communities
    are dashed and dark, so brokers show as their ends (and are ringed). Node radius grows
    with degree.
    """
    member = {v: i for i, group in enumerate(communities) for v in group}
    radius = [min(14 * math.sqrt(len(group)) + 10, (width - gap) / 2) for group in communities]
    rows: list[list[int]] = [[]]
    used = 0.0
    for i in _placement_order(G, member, len(communities)):
        r = radius[i]
        if rows[-1] and used + 2 * r + gap > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += 2 * r + gap
    centre: dict[int, tuple[float, float]] = {}
    top = gap / 2
    for row in (r for r in rows if r):
        row_width = sum(2 * radius[i] for i in row) + gap * (len(row) - 1)
        x = (width - row_width) / 2
        tallest = max(radius[i] for i in row)
        for i in row:
            centre[i] = (x + radius[i], top + tallest)
            x += 2 * radius[i] + gap
        top += 2 * tallest + gap
    place: dict[str, tuple[float, float]] = {}
    cells, nodes = [], []
    for i, group in enumerate(communities):
        (cx, cy), r = centre[i], radius[i]
        inner = r - 9
        pos = _disc_layout(G, group, seed=seed)
        for v in group:
            place[v] = (round(cx + pos[v][0] * inner, 1), round(cy + pos[v][1] * inner, 1))
        cells.append({"n": i + 1, "x": round(cx, 1), "y": round(cy, 1), "r": round(r, 1),
                      "color": community_color(i + 1), "size": len(group)})
        for v in group:
            x, y = place[v]
            nodes.append({"id": v, "label": G.nodes[v]["label"], "type": G.nodes[v]["type"], "x": x, "y": y,
                          "r": round(3.5 + min(G.degree(v), 8) * 0.5, 1), "color": community_color(i + 1),
                          "community": i + 1, "broker": v in brokers})
    edges = []
    for a, b, data in G.edges(data=True):
        if a not in place or b not in place:
            continue
        same = member[a] == member[b]
        edges.append({"x1": place[a][0], "y1": place[a][1], "x2": place[b][0], "y2": place[b][1], "between": not same,
                      "color": community_color(member[a] + 1) if same else "#0f172a",
                      "title": f"{G.nodes[a]['label']} — {G.nodes[b]['label']}: {', '.join(data['kinds'])}"})
    edges.sort(key=lambda e: bool(e["between"]))  # links between communities on top
    return CommunityFigure(width, round(top + gap / 2), cells, nodes, edges)


def _disc_layout(G: nx.Graph, group: list[str], *, seed: int) -> dict[str, tuple[float, float]]:
    """Spring layout of ``group`` inside the unit disc, centred on the origin.

    The subgraph is rebuilt in ``group`` order: a networkx subgraph view of a few nodes
    iterates them in set order, which follows the hash seed, and so would the layout.
    """
    if len(group) == 1:
        return {group[0]: (0.0, 0.0)}
    H = nx.Graph()
    H.add_nodes_from(group)
    H.add_edges_from((a, b) for a in group for b in G[a] if b in H and a < b)
    pos = nx.spring_layout(H, seed=seed, center=(0, 0), weight=None)
    # spring_layout scales the largest coordinate to 1, so a corner node could sit at sqrt(2)
    reach = max(math.hypot(x, y) for x, y in pos.values()) or 1.0
    return {v: (float(x) / reach, float(y) / reach) for v, (x, y) in pos.items()}


def _placement_order(G: nx.Graph, member: dict[str, int], count: int) -> list[int]:
    """Communities in drawing order: largest first, then greedily the one most linked to the last placed."""
    links: dict[tuple[int, int], int] = {}
    for a, b in G.edges():
        if a in member and b in member and member[a] != member[b]:
            key = (member[a], member[b])
            links[key] = links.get(key, 0) + 1
            links[key[::-1]] = links.get(key[::-1], 0) + 1
    order: list[int] = []
    left = list(range(count))
    while left:
        last = order[-1] if order else None
        best = max(left, key=lambda i: (links.get((last, i), 0), -i)) if last is not None else left[0]
        order.append(best)
        left.remove(best)
    return order


@dataclass(slots=True)
class LineChart:
    """Lines over a shared x axis: the plot box, axis ticks and one polyline per series."""

    width: int
    height: int
    box: dict
    x_ticks: list[dict]
    y_ticks: list[dict]
    lines: list[dict]


def disruption_chart(results: list[dict], *, width: int = 480, height: int = 260) -> LineChart:
    """LCC / LCC at start against people removed, one line per strategy (a point at 0 removed = 100 %).

    Lines drawn earlier are wider, so a later strategy tracing the same curve shows inside
    an earlier one instead of hiding it.
    """
    box = {"left": 44, "top": 10, "right": width - 12, "bottom": height - 34}
    steps = max((len(r["lcc_fraction"]) for r in results), default=1) or 1

    def x_at(step: int) -> float:
        return round(box["left"] + step / steps * (box["right"] - box["left"]), 1)

    def y_at(fraction: float) -> float:
        return round(box["bottom"] - fraction * (box["bottom"] - box["top"]), 1)

    every = max(1, math.ceil(steps / 10))
    x_ticks = [{"x": x_at(s), "label": str(s)} for s in range(0, steps + 1, every)]
    y_ticks = [{"y": y_at(f), "label": f"{round(f * 100)}%"} for f in (0, 0.25, 0.5, 0.75, 1)]
    lines = []
    for i, r in enumerate(results):
        color, dash = STRATEGY_STYLES.get(r["strategy"], ("#475569", ""))
        points = [(0, 1.0), *enumerate(r["lcc_fraction"], start=1)]
        lines.append({"strategy": r["strategy"], "color": color, "dash": dash,
                      "width": round(2 + (len(results) - 1 - i) * 1.2, 1),
                      "points": " ".join(f"{x_at(s)},{y_at(f)}" for s, f in points),
                      "markers": [{"x": x_at(s), "y": y_at(f),
                                   "title": f"{r['strategy']} · {s} removed (last: {who['name']}): "
                                            f"LCC {round(f * 100)}% of start"}
                                  for (s, f), who in zip(points[1:], r["removed"], strict=False)]})
    return LineChart(width, height, box, x_ticks, y_ticks, lines)
