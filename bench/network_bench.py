"""Time betweenness (and a top-5 sequential disruption) on the shared criminal networks.

    .venv/bin/python bench/network_bench.py [--shared ../shared] [--repeat 5]

Prints CSV: case, nodes, edges, best time in ms, and that time as a ratio to a reference
measured in the same run (betweenness on a seeded random graph, G(n=100, m=250, seed=0), about
the size of the Montagna networks). Ratios compare across machines; milliseconds do not.
"""

from __future__ import annotations

import argparse
import csv
import sys
import timeit
from pathlib import Path

import networkx as nx

from pesquisa.analyze import disrupt, find_phase_files, read_graph, to_undirected

ROOT = Path(__file__).resolve().parents[1]


def best_ms(func, repeat: int) -> float:
    """Best of ``repeat`` timings of one call to ``func``, in milliseconds."""
    return min(timeit.repeat(func, number=1, repeat=repeat)) * 1000


def cases(shared: Path) -> list[tuple[str, nx.Graph]]:
    """(label, undirected graph) for the Montagna networks and every CAVIAR phase."""
    data = shared / "data" / "criminal-networks"
    found = [
        ("montagna_meetings", read_graph(data / "montagna" / "Montagna_meetings_edgelist.csv")),
        ("montagna_phonecalls", read_graph(data / "montagna" / "Montagna_phonecalls_edgelist.csv")),
    ]
    found += [(f"caviar_{p.stem}", to_undirected(read_graph(p))) for p in find_phase_files(data / "caviar")]
    return found


def main() -> None:
    """Measure the reference, then each case, and print one CSV row per measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    reference = nx.gnm_random_graph(100, 250, seed=0)
    ref_ms = best_ms(lambda: nx.betweenness_centrality(reference), args.repeat)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["case", "nodes", "edges", "ms", "ratio"])
    out.writerow(["reference_gnm_100_250_betweenness", 100, 250, f"{ref_ms:.2f}", "1.00"])
    for label, G in cases(args.shared):
        runs = [("betweenness", lambda G=G: nx.betweenness_centrality(G))]
        if label.startswith("montagna"):
            runs += [
                ("betweenness_weighted", lambda G=G: nx.betweenness_centrality(G, weight="weight")),
                ("disrupt_top5_sequential", lambda G=G: disrupt(G, remove=5)),
            ]
        for name, func in runs:
            ms = best_ms(func, args.repeat)
            row = [f"{label}_{name}", G.number_of_nodes(), G.number_of_edges(), f"{ms:.2f}", f"{ms / ref_ms:.2f}"]
            out.writerow(row)


if __name__ == "__main__":
    main()
