"""Figures: disruption curves (LCC/LCC_start against nodes removed) and community pictures.

matplotlib is imported inside the functions and used through ``Figure`` objects (no pyplot
state), so importing ``pesquisa.analyze`` stays cheap and plotting works headless. Every
``plot_*`` function writes one PNG or SVG file and returns its path.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from pesquisa.analyze.disruption import DisruptionResult
from pesquisa.analyze.graphs import NetworkStats, to_undirected
from pesquisa.errors import ConfigError

PLOT_SUFFIXES = {".png", ".svg"}
STRATEGY_STYLE = {
    "betweenness": ("tab:red", "o"),
    "degree": ("tab:blue", "s"),
    "katz": ("tab:green", "^"),
    "collective-influence": ("tab:purple", "D"),
    "random": ("tab:gray", "x"),
    "kingpin": ("tab:orange", "v"),
}


def check_plot_path(path: str | Path) -> Path:
    """``path`` as a Path when its suffix is .png or .svg; raises ``ConfigError`` otherwise."""
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise ConfigError(f"{path}: unsupported plot format (use .png or .svg)")
    return path


def draw_disruption(ax: Any, results: Sequence[DisruptionResult], *, title: str | None = None) -> None:
    """Draw one line per result on ``ax``: LCC/LCC_start after 0..k removals (random with a ±1 sd band)."""
    for result in results:
        color, marker = STRATEGY_STYLE.get(result.strategy, ("black", "."))
        xs = list(range(len(result.lcc_after) + 1))
        ys = [1.0, *result.lcc_fraction]
        label = result.strategy if result.runs == 1 else f"{result.strategy} (mean of {result.runs})"
        ax.plot(xs, ys, color=color, marker=marker, markersize=4, linewidth=1.5, label=label)
        if result.lcc_after_sd:
            sd = [0.0, *(s / result.lcc_start for s in result.lcc_after_sd)]
            low, high = [y - s for y, s in zip(ys, sd, strict=False)], [y + s for y, s in zip(ys, sd, strict=False)]
            ax.fill_between(xs, low, high, color=color, alpha=0.15)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("nodes removed")
    ax.set_ylabel("LCC / LCC at start")
    ax.set_ylim(0, 1.05)
    ax.grid(True, alpha=0.3)
    if title:
        ax.set_title(title)
    ax.legend(fontsize=8)


def plot_disruption(results: Sequence[DisruptionResult], path: str | Path, *, title: str | None = None) -> Path:
    """Write a disruption figure for ``results`` (one strategy or several) to ``path``. Writes."""
    from matplotlib.figure import Figure

    path = check_plot_path(path)
    fig = Figure(figsize=(6.4, 4.4), layout="constrained")
    draw_disruption(fig.add_subplot(), results, title=title)
    _save(fig, path)
    return path


def plot_disruption_panels(panels: Sequence[tuple[str, Sequence[DisruptionResult]]], path: str | Path) -> Path:
    """Write several disruption plots side by side, one ``(title, results)`` per panel. Writes."""
    from matplotlib.figure import Figure

    path = check_plot_path(path)
    fig = Figure(figsize=(5.2 * len(panels), 4.4), layout="constrained")
    axes = fig.subplots(1, len(panels), sharey=True, squeeze=False)[0]
    for ax, (title, results) in zip(axes, panels, strict=False):
        draw_disruption(ax, results, title=title)
    _save(fig, path)
    return path


def plot_network(
    G: nx.Graph, stats: NetworkStats, path: str | Path, *, title: str | None = None, seed: int = 0
) -> Path:
    """Write a picture of ``G``: nodes coloured by community, brokers enlarged and labelled. Writes.

    Node size grows with degree; edge width with weight (log-scaled); layout is seeded.
    """
    import math

    from matplotlib import colormaps
    from matplotlib.figure import Figure

    path = check_plot_path(path)
    H = to_undirected(G)
    member = {n: i for i, group in enumerate(stats.communities) for n in group}
    palette = colormaps["tab20"]
    brokers = {b.node for b in stats.brokers}
    pos = component_layout(H, seed=seed)
    fig = Figure(figsize=(8, 7), layout="constrained")
    ax = fig.add_subplot()
    widths = [0.4 + math.log1p(d.get("weight", 1)) * 0.6 for _, _, d in H.edges(data=True)]
    nx.draw_networkx_edges(H, pos, ax=ax, width=widths, edge_color="#999999", alpha=0.6)
    nodes = list(H)
    nx.draw_networkx_nodes(
        H, pos, ax=ax, nodelist=nodes,
        node_color=[palette(member.get(n, 0) % 20) for n in nodes],
        node_size=[(40 + 18 * H.degree(n)) * (2.2 if n in brokers else 1) for n in nodes],
        edgecolors=["black" if n in brokers else "white" for n in nodes],
        linewidths=[2.0 if n in brokers else 0.5 for n in nodes],
    )
    nx.draw_networkx_labels(H, pos, ax=ax, labels={n: str(n) for n in brokers}, font_size=9, font_weight="bold")
    ax.set_axis_off()
    ax.set_title(title or "")
    _save(fig, path)
    return path


def component_layout(G: nx.Graph, *, seed: int = 0) -> dict[Any, tuple[float, float]]:
    """Seeded spring layout of the largest component in the unit square, smaller ones in a row beneath it.

    A single spring layout of a disconnected graph pushes small components to the corners and
    squeezes the main one into a dot (the Montagna phone network has 5 components).
    """
    import math

    components = sorted(nx.connected_components(G), key=len, reverse=True)
    small = len(components) - 1
    pos: dict[Any, tuple[float, float]] = {}
    for index, nodes in enumerate(components):
        sub = G.subgraph(nodes)
        if len(sub) == 1:
            local = {n: (0.0, 0.0) for n in sub}
        else:
            local = nx.spring_layout(sub, seed=seed, k=1.2 / math.sqrt(len(sub)), iterations=200)
        if index == 0:
            pos.update({n: (float(x), float(y)) for n, (x, y) in local.items()})
            continue
        # Smaller components: evenly spaced centres along a row under the main one.
        centre = -1.0 + (2 * index - 1) / small
        size = min(1.0 / small, 0.25)
        pos.update({n: (centre + float(x) * size, -1.3 + float(y) * size) for n, (x, y) in local.items()})
    return pos


def _save(fig: Any, path: Path) -> None:
    """Save ``fig`` without a timestamp, so remaking a figure from the same data gives the same file."""
    metadata = {"Date": None} if path.suffix.lower() == ".svg" else {}
    fig.savefig(path, dpi=120, metadata=metadata)
