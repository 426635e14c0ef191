"""Read and write network files: weighted edge lists, adjacency matrices, GEXF and GraphML.

Readers keep node identity as found in the file: ``"18"`` becomes the int ``18`` (so JSON
shows ``18``), anything else stays a string. Nodes are added in order of first appearance,
because the published Montagna figures break centrality ties by that order (see
``analyze.disruption``).

Formats read:

- edge list, CSV or TSV, delimiter sniffed (comma, tab, semicolon, or runs of spaces), with or
  without a header; columns ``a b [weight]``. A pair seen twice keeps the *later* weight, as
  ``nx.Graph.add_edge`` does in the Montagna authors' loader (meetings ``25 12 3`` on line 56,
  then ``12 25 2`` on line 58, gives weight 2).
- adjacency matrix, quoted CSV whose first header cell is ``players`` (the CAVIAR phase files);
  cells are directed counts, read into an ``nx.DiGraph`` (use ``graphs.to_undirected`` for
  components).
- ``.gexf`` and ``.graphml`` through networkx.

Every reader raises ``InputError(path, problem)`` for a file it cannot read; none writes.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import networkx as nx

from pesquisa.errors import InputError

MATRIX_CORNER = "players"
HEADER_NAMES = {"source", "target", "from", "to", "weight", "node", "node_a", "node_b", "u", "v", "src", "dst"}
GRAPH_SUFFIXES = {".csv", ".tsv", ".txt", ".gexf", ".graphml"}
PHASE_RE = re.compile(r"phase[_-]?(\d+)", re.IGNORECASE)


def parse_node_id(text: str) -> int | str:
    """The node id as an int when ``text`` is a plain integer (``"18"``, not ``"018"``), else the stripped text."""
    text = text.strip()
    if re.fullmatch(r"-?(0|[1-9]\d*)", text):
        return int(text)
    return text


def parse_weight(text: str) -> int | float | None:
    """The number in ``text`` (int when integral in the file), or None when it is not a number."""
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return None


def read_graph(path: str | Path) -> nx.Graph:
    """Read a network file of any supported format, choosing by suffix, then by content.

    Raises ``InputError`` when the file is missing, empty or malformed. Read-only.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".gexf":
            return nx.read_gexf(path)
        if suffix == ".graphml":
            return nx.read_graphml(path)
    except FileNotFoundError as err:
        raise InputError(str(path), "file not found") from err
    except Exception as err:  # the XML readers raise many unrelated types on bad input
        raise InputError(str(path), f"cannot parse {suffix[1:]}: {err}") from err
    rows = _read_rows(path)
    if rows and rows[0] and rows[0][0].strip().lower() == MATRIX_CORNER:
        return _matrix_from_rows(path, rows)
    return _edges_from_rows(path, rows)


def read_edge_list(path: str | Path) -> nx.Graph:
    """Undirected weighted graph from a CSV/TSV edge list ``a b [weight]`` (weight 1 when absent)."""
    path = Path(path)
    return _edges_from_rows(path, _read_rows(path))


def read_adjacency_matrix(path: str | Path) -> nx.DiGraph:
    """Directed weighted graph from a ``players`` adjacency matrix; every listed player is a node."""
    path = Path(path)
    return _matrix_from_rows(path, _read_rows(path))


def phase_number(path: str | Path) -> int | None:
    """The N in a ``phaseN`` file name, or None."""
    match = PHASE_RE.search(Path(path).stem)
    return int(match.group(1)) if match else None


def find_phase_files(folder: str | Path) -> list[Path]:
    """Network files in ``folder``: its ``phaseN`` files in phase order, or else all of them by name."""
    folder = Path(folder)
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in GRAPH_SUFFIXES]
    phases = [p for p in files if phase_number(p) is not None]
    if phases:
        return sorted(phases, key=lambda p: phase_number(p) or 0)
    return sorted(files)


def write_graph(G: nx.Graph, path: str | Path) -> Path:
    """Write ``G`` to ``path`` as GEXF, GraphML, CSV or TSV (by suffix) and return the path.

    Attributes are written from a copy: ``None`` values are dropped and values GEXF/GraphML
    cannot hold (lists, dicts) become strings, so the caller's graph stays as it was.
    CSV/TSV hold ``source,target,weight`` only. Raises ``InputError`` for another suffix. Writes.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in {".csv", ".tsv"}:
        delimiter = "," if suffix == ".csv" else "\t"
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh, delimiter=delimiter)
            writer.writerow(["source", "target", "weight"])
            for u, v, data in G.edges(data=True):
                writer.writerow([u, v, data.get("weight", 1)])
        return path
    if suffix not in {".gexf", ".graphml"}:
        raise InputError(str(path), "unsupported graph format (use .gexf, .graphml, .csv or .tsv)")
    H = _writable_copy(G)
    if suffix == ".gexf":
        nx.write_gexf(H, path)
    else:
        nx.write_graphml(H, path)
    return path


def _writable_copy(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose graph, node and edge attributes are all str, int, float or bool."""
    H = G.copy()
    for attrs in [H.graph, *(d for _, d in H.nodes(data=True)), *(d for _, _, d in H.edges(data=True))]:
        for key, value in list(attrs.items()):
            if value is None:
                del attrs[key]
            elif not isinstance(value, (str, int, float, bool)):
                attrs[key] = str(value)
    return H


def _read_rows(path: Path) -> list[list[str]]:
    """Non-blank rows of a delimited text file, delimiter sniffed; runs of spaces count as one."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as err:
        raise InputError(str(path), "file not found") from err
    except IsADirectoryError as err:
        raise InputError(str(path), "is a directory") from err
    except UnicodeDecodeError as err:
        raise InputError(str(path), "not UTF-8 text") from err
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(str(path), "empty file")
    sample = "\n".join(lines[:20])
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        return [line.split() for line in lines]
    return [row for row in csv.reader(lines, dialect) if any(cell.strip() for cell in row)]


def _is_header(row: list[str]) -> bool:
    """True when ``row`` names columns: a known column name, or a non-numeric weight cell."""
    if any(cell.strip().lower() in HEADER_NAMES for cell in row):
        return True
    return len(row) >= 3 and parse_weight(row[2]) is None


def _edges_from_rows(path: Path, rows: list[list[str]]) -> nx.Graph:
    """Undirected graph from edge-list rows (the first may be a header)."""
    G = nx.Graph()
    start = 1 if rows and _is_header(rows[0]) else 0
    for number, row in enumerate(rows[start:], start=start + 1):
        if len(row) < 2:
            raise InputError(str(path), f"line {number}: expected 'a b [weight]', got {' '.join(row).strip()!r}")
        weight: int | float | None = 1
        if len(row) >= 3 and row[2].strip():
            weight = parse_weight(row[2])
            if weight is None:
                raise InputError(str(path), f"line {number}: weight {row[2].strip()!r} is not a number")
        G.add_edge(parse_node_id(row[0]), parse_node_id(row[1]), weight=weight)
    if G.number_of_edges() == 0:
        raise InputError(str(path), "no edges found")
    return G


def _matrix_from_rows(path: Path, rows: list[list[str]]) -> nx.DiGraph:
    """Directed graph from adjacency-matrix rows: header ``players, id...``, then ``id, count...``."""
    header = [parse_node_id(cell) for cell in rows[0][1:]]
    G = nx.DiGraph()
    G.add_nodes_from(header)
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header) + 1:
            raise InputError(str(path), f"line {number}: expected {len(header) + 1} cells, got {len(row)}")
        source = parse_node_id(row[0])
        if source not in G:
            raise InputError(str(path), f"line {number}: player {source!r} is not in the header")
        for target, cell in zip(header, row[1:], strict=False):
            weight = parse_weight(cell) if cell.strip() else 0
            if weight is None:
                raise InputError(str(path), f"line {number}: cell {cell.strip()!r} is not a number")
            if weight:
                G.add_edge(source, target, weight=weight)
    return G
