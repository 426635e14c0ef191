"""The actor network kept on disk beside a SQLite store, one file per store version (issue 15).

Each ``pesquisa serve`` worker built the whole network as it started: a minute for a store of
20,000 documents, twice (one per worker) on two cores, and again at every restart, taking CPU from
every request meanwhile. Now it is one of the values ``api.store_file`` keeps beside the store
(``<store>.network.json``, locked by ``<store>.network.lock``): the first process to need it builds and
writes it, the others (and a restart on an unchanged store) read it, a fraction of a second; after an
ingest the version differs and the next reader builds it again.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from sqlalchemy import Engine

from pesquisa.analyze.kb import build_kb_graph
from pesquisa.api.store_file import kept, kept_path

FORMAT = 2  # bumped when the file's layout or the network's meaning changes (2: the value under "value")


def network_path(engine: Engine) -> Path | None:
    """Where the network of the store behind ``engine`` is kept, or None for a store that is no SQLite file."""
    return kept_path(engine, "network")


def stored_graph(engine: Engine) -> nx.Graph:
    """The unfiltered actor network of the store, read from its file when that holds the current version,
    else built (``build_kb_graph``) and written there (``store_file.kept``)."""
    return kept(engine, "network", lambda e: build_kb_graph(e), form=FORMAT, dump=graph_to_dict, load=graph_from_dict)


def graph_to_dict(graph: nx.Graph) -> dict:
    """Nodes and edges of ``graph`` with their data, in the graph's own order."""
    return {"nodes": [[n, d] for n, d in graph.nodes(data=True)],
            "edges": [[a, b, d] for a, b, d in graph.edges(data=True)]}


def graph_from_dict(data: dict) -> nx.Graph:
    """The graph ``graph_to_dict`` wrote: nodes, then edges, added in the order written (so neighbours
    iterate as in the graph ``build_kb_graph`` made, and so do ties in every measure)."""
    graph = nx.Graph()
    graph.add_nodes_from((n, d) for n, d in data["nodes"])
    graph.add_edges_from((a, b, d) for a, b, d in data["edges"])
    return graph
