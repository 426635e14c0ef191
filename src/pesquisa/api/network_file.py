"""The actor network kept on disk beside a SQLite store, one file per store version (issue 15).

Each ``pesquisa serve`` worker built the whole network as it started: a minute for a store of
20,000 documents, twice (one per worker) on two cores, and again at every restart, taking CPU from
every request meanwhile. Now the first process to need it takes a lock file beside the store
(``<store>.network.lock``, an exclusive ``flock``), builds the network and writes it as JSON to
``<store>.network.json`` with the store's version (``read.store_version``); a process that finds a
file of the current version reads it instead (a fraction of a second), and one that waited on the
lock finds the file the other has just written. After an ingest the version differs and the next
reader builds it again. The file is JSON, not pickle: reading it runs no code.

Stores that are not SQLite files, and folders where the lock or the file cannot be written, fall
back to building in memory, as before.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import tempfile
from pathlib import Path

import networkx as nx
from sqlalchemy import Engine

from pesquisa.analyze.kb import build_kb_graph
from pesquisa.store import read

log = logging.getLogger(__name__)
FORMAT = 1  # bumped when the file's layout or the network's meaning changes


def network_path(engine: Engine) -> Path | None:
    """Where the network of the store behind ``engine`` is kept, or None for a store that is no SQLite file."""
    version = read.store_version(engine)
    if version[0] != "file":
        return None
    return Path(f"{engine.url.database}.network.json")


def stored_graph(engine: Engine) -> nx.Graph:
    """The unfiltered actor network of the store, read from its file when that holds the current version,
    else built (``build_kb_graph``) and written there; writes only that file and its lock file.

    Steps: 1. take the lock beside the store (another process building it is waited for); 2. read the
    store's version and the file, and answer the file's network if the versions match; 3. else build it and,
    unless the store changed meanwhile, write it to a temporary file and rename that over the old one.
    """
    path = network_path(engine)
    if path is None:
        return build_kb_graph(engine)
    try:
        lock = open(path.with_suffix(".lock"), "a")  # held across the build
    except OSError as err:
        log.info("%s: cannot lock the network file (%s); building in memory", path, err)
        return build_kb_graph(engine)
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        version = _jsonable(read.store_version(engine))
        graph = _read(path, version)
        if graph is None:
            graph = build_kb_graph(engine)
            if _jsonable(read.store_version(engine)) == version:  # not when the store changed during the build
                _write(path, version, graph)
        return graph


def _jsonable(version: tuple) -> list:
    """The store's ``version`` as it reads back from JSON (tuples become lists), with an empty write-ahead log
    counted as none: each process that opens the store when no other has it open makes a new empty log (a new
    modification time), which would make every restart build the network again."""
    kind, db, wal = version
    return json.loads(json.dumps([kind, db, wal if wal and wal[1] else None]))


def _read(path: Path, version) -> nx.Graph | None:
    """The network in ``path`` when the file is of this format and store ``version``, else None."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    if data.get("format") != FORMAT or data.get("version") != version:
        return None
    return graph_from_dict(data)


def _write(path: Path, version, graph: nx.Graph) -> None:
    """Write ``graph`` of store ``version`` to ``path`` atomically (nothing is written when the folder refuses)."""
    data = {"format": FORMAT, "version": version, **graph_to_dict(graph)}
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        os.chmod(tmp, 0o644)  # readable like the store (mkstemp makes it private)
        os.replace(tmp, path)
    except OSError as err:
        log.info("%s: cannot write the network file (%s)", path, err)


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
