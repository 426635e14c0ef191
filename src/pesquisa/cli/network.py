"""`pesquisa network`: measure and disrupt criminal networks read from files.

Commands parse options, call one ``pesquisa.analyze`` function and print text or ``--json``.
Known errors print ``Error: <file or option>: <problem>`` and exit 1. Missing input files are
checked here rather than with typer's ``exists=True``, so they follow that rule too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from pesquisa.errors import InputError, PesquisaError

if TYPE_CHECKING:  # the analysis imports networkx (about 0.4 s): only the network commands import it, when they run
    from pesquisa.analyze.disruption import DisruptionResult
    from pesquisa.analyze.graphs import NetworkStats
    from pesquisa.analyze.phases import PhaseReport

app = typer.Typer(
    help="Measure and disrupt criminal networks read from files.", no_args_is_help=True, add_completion=False
)

class Strategy(str, Enum):
    """Node-removal strategy (the names in ``analyze.disruption.STRATEGIES``)."""

    betweenness = "betweenness"
    degree = "degree"
    katz = "katz"
    collective_influence = "collective-influence"
    random = "random"
    kingpin = "kingpin"


class Mode(str, Enum):
    """Re-rank after every removal, or rank once and remove the top nodes together."""

    sequential = "sequential"
    simultaneous = "simultaneous"


FLAT_RE = re.compile(r"([\[{])\s*\n\s*([^\[\]{}]*?)\s*\n\s*([\]}])")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON instead of text.")


@contextmanager
def known_errors() -> Iterator[None]:
    """Turn ``PesquisaError`` into ``Error: <message>`` on stderr and exit code 1."""
    try:
        yield
    except PesquisaError as err:
        typer.echo(f"Error: {err}", err=True)
        raise typer.Exit(1) from None


def check_input(path: Path) -> Path:
    """``path`` when it exists; raises ``InputError`` otherwise."""
    if not path.exists():
        raise InputError(str(path), "file not found")
    return path


@app.command("stats")
def stats_cli(
    files: list[Path] = typer.Argument(
        ..., metavar="FILE...", help="Network file, several phase files, or a folder of them."
    ),
    top: int = typer.Option(5, "--top", min=1, help="How many top nodes and brokers to list."),
    weighted: bool = typer.Option(False, "--weighted", help="Use weights as tie strength (distance 1/weight)."),
    seed: int = typer.Option(0, "--seed", help="Seed for Louvain communities."),
    json_out: bool = JSON_OPTION,
) -> None:
    """Size, components, top nodes, communities, brokers and bridges; per phase for a folder or several files."""
    from pesquisa.analyze.graphs import describe_network
    from pesquisa.analyze.io import read_graph
    from pesquisa.analyze.phases import describe_phases

    with known_errors():
        paths = _expand_phase_paths([check_input(p) for p in files])
        options: dict[str, Any] = dict(top=top, weighted=weighted, seed=seed)
        if len(paths) == 1 and not files[0].is_dir():
            stats = describe_network(read_graph(paths[0]), label=paths[0].name, **options)
            typer.echo(_dumps(stats.to_dict()) if json_out else _format_stats(stats))
            return
        report = describe_phases([(p.stem, read_graph(p)) for p in paths], **options)
        typer.echo(_dumps(report.to_dict()) if json_out else _format_phases(report))


@app.command("disrupt")
def disrupt_cli(
    edges_file: Path = typer.Argument(
        ..., dir_okay=False, help="Network file (edge list, adjacency matrix, GEXF, GraphML)."
    ),
    strategy: Strategy = typer.Option(Strategy.betweenness, "--strategy", help="Which nodes go first."),
    mode: Mode = typer.Option(Mode.sequential, "--mode", help="Re-rank after each removal, or rank once."),
    remove: int = typer.Option(5, "--remove", min=1, help="How many nodes to remove."),
    weighted: bool = typer.Option(
        False, "--weighted", help="Pass edge weights to the centrality (betweenness reads them as distances)."
    ),
    seed: int = typer.Option(0, "--seed", help="Seed for the random strategy."),
    runs: int = typer.Option(20, "--runs", min=1, help="Random orders averaged by the random strategy."),
    block_size: int = typer.Option(
        None, "--block-size", min=1, help="Simultaneous mode: re-rank after this many removals (default: never)."
    ),
    plot: Path = typer.Option(
        None, "--plot", dir_okay=False, help="Write LCC/LCC_start against nodes removed to a .png or .svg."
    ),
    compare: bool = typer.Option(False, "--compare", help="Run every strategy and report them side by side."),
    json_out: bool = JSON_OPTION,
) -> None:
    """Remove the most central nodes and report the largest connected component after each removal."""
    from pesquisa.analyze.disruption import compare_strategies, disrupt
    from pesquisa.analyze.io import read_graph
    from pesquisa.analyze.plot import check_plot_path, plot_disruption

    with known_errors():
        if plot is not None:
            check_plot_path(plot)
        G = read_graph(check_input(edges_file))
        options: dict[str, Any] = dict(
            mode=mode.value, remove=remove, weighted=weighted, seed=seed, runs=runs, block_size=block_size
        )
        results = compare_strategies(G, **options) if compare else [disrupt(G, strategy=strategy.value, **options)]
        if plot is not None:
            plot_disruption(results, plot, title=_plot_title(edges_file, results[0]))
        if json_out:
            payload = _compare_dict(results) if compare else results[0].to_dict()
            if plot is not None:
                payload["plot"] = str(plot)
            typer.echo(_dumps(payload))
        else:
            typer.echo(_format_disruption(edges_file.name, results))
            if plot is not None:
                typer.echo(f"wrote {plot}")


def _expand_phase_paths(paths: list[Path]) -> list[Path]:
    """Input files in reading order: a folder's network files, or the given files in phase order."""
    from pesquisa.analyze.io import find_phase_files, phase_number

    if len(paths) == 1 and paths[0].is_dir():
        found = find_phase_files(paths[0])
        if not found:
            raise InputError(str(paths[0]), "no network files (.csv, .tsv, .txt, .gexf, .graphml)")
        return found
    for path in paths:
        if path.is_dir():
            raise InputError(str(path), "is a directory (give one folder alone, or files)")
    if len(paths) > 1 and all(phase_number(p) is not None for p in paths):
        return sorted(paths, key=lambda p: phase_number(p) or 0)
    return paths


def _dumps(payload: Any) -> str:
    """Indented JSON, innermost lists and objects on one line; node ids keep their type (ints stay ints)."""
    text = json.dumps(payload, indent=2, ensure_ascii=False)
    return FLAT_RE.sub(lambda m: m.group(1) + re.sub(r",\s*\n\s*", ", ", m.group(2)) + m.group(3), text)


def _compare_dict(results: list[DisruptionResult]) -> dict[str, Any]:
    """One JSON object for a ``--compare`` run: the shared graph figures, then each strategy's result."""
    first = results[0]
    return {
        "nodes": first.nodes,
        "edges": first.edges,
        "lcc_start": first.lcc_start,
        "mode": first.mode,
        "weighted": first.weighted,
        "results": [r.to_dict() for r in results],
    }


def _plot_title(path: Path, result: DisruptionResult) -> str:
    """Figure title: file, mode and weighting."""
    return f"{path.stem}: {result.mode}, {'weighted' if result.weighted else 'unweighted'}"


def _ids(nodes: list[Any], limit: int = 8) -> str:
    """Up to ``limit`` node ids, comma-separated, with a count of the rest."""
    text = ", ".join(str(n) for n in nodes[:limit])
    return text + (f" (+{len(nodes) - limit} more)" if len(nodes) > limit else "")


def _format_stats(stats: NetworkStats) -> str:
    """Text report for one network."""
    arcs = f" ({stats.arcs} directed)" if stats.arcs is not None else ""
    lines = [
        f"{stats.label}: {stats.nodes} nodes, {stats.edges} edges{arcs}, {_plural(stats.components, 'component')}, "
        f"LCC {stats.lcc}, density {stats.density:.4f}"
    ]
    for name, ranked in stats.top.items():
        lines.append(f"  top {name + ':':<13}" + ", ".join(f"{r.node} ({r.score:.3f})" for r in ranked))
    sizes = ", ".join(str(len(c)) for c in stats.communities)
    modularity = f", modularity {stats.modularity:.3f}" if stats.modularity is not None else ""
    lines.append(f"  communities:     {len(stats.communities)} (sizes {sizes}{modularity})")
    brokers = [f"{b.node} (betweenness {b.betweenness:.3f}, {b.communities} communities)" for b in stats.brokers]
    lines.append("  brokers:         " + (", ".join(brokers) or "none"))
    lines.append("  bridges:         " + (_ids([f"{u}-{v}" for u, v in stats.bridges], 10) or "none"))
    return "\n".join(lines)


def _format_phases(report: PhaseReport) -> str:
    """Text report for a sequence of phases: one line each, then what changed between them."""
    lines = []
    for stats in report.phases:
        brokers = ", ".join(f"{b.node} ({b.betweenness:.3f})" for b in stats.brokers) or "none"
        lines.append(
            f"{stats.label}: {stats.nodes} nodes, {stats.edges} edges, LCC {stats.lcc}, "
            f"density {stats.density:.4f}, {len(stats.communities)} communities; brokers: {brokers}"
        )
    if report.changes:
        lines.append("changes:")
    for change in report.changes:
        broker = f"{change.top_broker_before} -> {change.top_broker_after}"
        lines.append(
            f"  {change.before} -> {change.after}: +{len(change.joined)} joined, -{len(change.left)} left, "
            f"edges {change.edges_before} -> {change.edges_after}, "
            f"density {change.density_before:.4f} -> {change.density_after:.4f}, "
            f"top broker {broker}{' (changed)' if change.broker_changed else ''}"
        )
    return "\n".join(lines)


def _format_disruption(name: str, results: list[DisruptionResult]) -> str:
    """Text report: the graph, then per strategy the removed nodes and LCC after each step."""
    first = results[0]
    weighting = "weighted" if first.weighted else "unweighted"
    lines = [f"{name}: {first.nodes} nodes, {first.edges} edges, LCC {first.lcc_start} ({first.mode}, {weighting})"]
    if len(results) > 1:
        lines.append(f"{'strategy':<22}{'LCC after':>10}{'LCC/start':>11}  removed")
        for r in results:
            removed = "random" if r.strategy == "random" else ", ".join(str(n) for n in r.removed)
            lines.append(f"{r.strategy:<22}{_num(r.lcc_after[-1]):>10}{r.lcc_fraction[-1]:>11.4f}  {removed}")
        return "\n".join(lines)
    r = first
    note = f", mean of {r.runs} runs (seed {r.seed}); removed ids are run 1" if r.strategy == "random" else ""
    lines.append(f"strategy {r.strategy}{note}")
    lines.append(f"{'step':>4}  {'removed':>8}  {'LCC':>7}  {'LCC/start':>9}")
    for step, (node, size, frac) in enumerate(zip(r.removed, r.lcc_after, r.lcc_fraction, strict=False), start=1):
        lines.append(f"{step:>4}  {node!s:>8}  {_num(size):>7}  {frac:>9.4f}")
    return "\n".join(lines)


def _num(value: float) -> str:
    """An LCC size: integers plain, averages with one decimal."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _plural(count: int, noun: str) -> str:
    """``1 component``, ``5 components``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
