"""Remake the network figures in docs/network/ from the shared Montagna and CAVIAR data.

    .venv/bin/python bench/network_figures.py [--shared ../shared] [--out docs/network]

Writes three PNGs: the Montagna meetings disruption curves (every strategy, sequential and
simultaneous, unweighted, 20 removals), and pictures of the Montagna phone-call network and
CAVIAR phase 6 coloured by Louvain community (seed 0) with the brokers enlarged and labelled.
Layouts and random runs are seeded, so the same data gives the same pictures.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pesquisa.analyze import compare_strategies, describe_network, read_graph
from pesquisa.analyze.plot import plot_disruption_panels, plot_network

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Parse the folders, then write each figure and print its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "network")
    args = parser.parse_args()
    data = args.shared / "data" / "criminal-networks"
    args.out.mkdir(parents=True, exist_ok=True)

    meetings = read_graph(data / "montagna" / "Montagna_meetings_edgelist.csv")
    panels = [
        (f"Montagna meetings: {mode}", compare_strategies(meetings, mode=mode, remove=20, runs=50, seed=0))
        for mode in ("sequential", "simultaneous")
    ]
    print(plot_disruption_panels(panels, args.out / "montagna_meetings_disruption.png"))

    phone = read_graph(data / "montagna" / "Montagna_phonecalls_edgelist.csv")
    stats = describe_network(phone, label="Montagna phone calls")
    title = "Montagna phone calls: Louvain communities, top-5 brokers labelled"
    print(plot_network(phone, stats, args.out / "montagna_phonecalls_communities.png", title=title))

    phase6 = read_graph(data / "caviar" / "phase6.csv")
    stats = describe_network(phase6, label="CAVIAR phase 6")
    title = "CAVIAR phase 6: Louvain communities, top-5 brokers labelled"
    print(plot_network(phase6, stats, args.out / "caviar_phase6_communities.png", title=title))


if __name__ == "__main__":
    main()
