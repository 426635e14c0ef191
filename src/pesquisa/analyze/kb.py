"""Actor networks built from the knowledge base, every edge backed by source spans.

Edges (undirected; ``kind`` says why two nodes are linked, several kinds may join):
- ``met``: two people took part in one meeting, call or visit (event participation);
- ``co_mention``: two people named in the same sentence;
- ``quoted_about``: a speaker quoted on someone the quote names;
- ``role``: a person holds a title in an organization.
Each edge keeps its weight (number of supporting spans), the dates of the documents
and the spans themselves (document id, source, start, end), so an analyst can read
the sentence behind every link. Filters: date range, language, event types.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx
from sqlalchemy import Engine

from pesquisa.store import read

MEETING_TYPES = ("meeting", "call", "visit")


@dataclass(slots=True)
class NetworkFilter:
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    event_types: tuple[str, ...] = MEETING_TYPES
    kinds: tuple[str, ...] = ("met", "co_mention", "quoted_about", "role")

    def keeps(self, doc: dict) -> bool:
        date = doc["published"] or ""
        if self.lang and doc["lang"] != self.lang:
            return False
        if self.date_from and date and date < self.date_from:
            return False
        return not (self.date_to and date and date > self.date_to)


def build_kb_graph(engine: Engine, flt: NetworkFilter | None = None) -> nx.Graph:
    """The person-person and person-organization network of the stored documents (read-only)."""
    flt = flt or NetworkFilter()
    facts = read.network_facts(engine)
    docs, entities = facts.documents, facts.entities
    kept = {d for d, doc in docs.items() if flt.keeps(doc)}
    edges: dict[tuple[str, str], dict] = defaultdict(lambda: {"kinds": set(), "spans": [], "dates": set(), "seen": set()})

    def link(a: str | None, b: str | None, kind: str, doc_id: str, start: int, end: int) -> None:
        if not a or not b or a == b or a not in entities or b not in entities or kind not in flt.kinds:
            return
        edge = edges[(a, b) if a < b else (b, a)]
        edge["kinds"].add(kind)
        if (seen := (doc_id, start, end, kind)) not in edge["seen"]:  # a set: a look-up in the list was quadratic (#15)
            edge["seen"].add(seen)
            edge["spans"].append({"document_id": doc_id, "source": docs[doc_id]["source"], "start": start, "end": end,
                                  "kind": kind})
        if docs[doc_id]["published"]:
            edge["dates"].add(docs[doc_id]["published"])

    people_at: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for doc_id, eid, start, end in facts.mentions:
        if doc_id in kept and eid in entities and entities[eid]["type"] == "person":
            people_at[doc_id].append((start, end, eid))
    for r in facts.reports:
        if r["document_id"] not in kept or r["type"] not in flt.event_types:
            continue
        people = [p for p in r["participant_ids"] if p in entities and entities[p]["type"] == "person"]
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                link(a, b, "met", r["document_id"], r["start"], r["end"])
    for doc_id, found in people_at.items():
        body = facts.bodies[doc_id]
        bounds = _sentence_bounds(body)
        by_sentence: dict[int, set[str]] = defaultdict(set)
        for start, _end, eid in found:
            by_sentence[_index(bounds, start)].add(eid)
        for idx, group in by_sentence.items():
            people = sorted(group)
            s, e = bounds[idx]
            for i, a in enumerate(people):
                for b in people[i + 1:]:
                    link(a, b, "co_mention", doc_id, s, e)
    for doc_id, speaker, start, end in facts.quotes:
        if doc_id not in kept or not speaker:
            continue
        for m_start, _m_end, eid in people_at.get(doc_id, []):
            if start <= m_start < end:
                link(speaker, eid, "quoted_about", doc_id, start, end)
    for doc_id, person, org, _title, start, end in facts.roles:
        if doc_id in kept:
            link(person, org, "role", doc_id, start, end)
    G = nx.Graph()
    for eid in sorted({n for pair in edges for n in pair}):  # a fixed order: communities and ties never vary
        G.add_node(eid, label=entities[eid]["name"], type=entities[eid]["type"])
    for (a, b), data in sorted(edges.items()):
        G.add_edge(a, b, weight=len(data["spans"]), kinds=sorted(data["kinds"]), dates=sorted(data["dates"]),
                   spans=data["spans"])
    return G


def _sentence_bounds(body: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation; cheap and good enough for co-mention windows."""
    import re

    bounds, start = [], 0
    for match in re.finditer(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚ“\"¿¡])|\n\n", body):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(body)))
    return bounds


def _index(bounds: list[tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(bounds):
        if s <= pos < e or pos < s:
            return i
    return len(bounds) - 1


def sorted_graph(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` with nodes and edges in id order (the same order whatever the hash seed).

    Also for subgraph views: a view of a few nodes iterates them in set (hash) order.
    """
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes(data=True)))
    H.add_edges_from(sorted((*sorted((a, b)), d) for a, b, d in G.edges(data=True)))
    return H


def person_network(G: nx.Graph) -> nx.Graph:
    """The people of ``G`` and the links between them (organizations left out), in id order."""
    return sorted_graph(G.subgraph([n for n, d in G.nodes(data=True) if d["type"] == "person"]))


def ego_network(graph: nx.Graph, ident: str, *, radius: int = 1, max_nodes: int = 30) -> nx.Graph:
    """The part of the network within ``radius`` links of ``ident``, keeping its strongest links, in id order.

    ``ego_graph`` iterates nodes in set (hash) order, so edges would come out with their ends
    swapped and ties kept differently from one process to the next: sorting makes the same
    store give the same ego network (and the same figure) after every restart.
    """
    if ident not in graph:
        return nx.Graph()
    ego = sorted_graph(nx.ego_graph(graph, ident, radius=radius))
    if ego.number_of_nodes() > max_nodes:
        strength = {n: ego[ident][n]["weight"] if ego.has_edge(ident, n) else 0 for n in ego if n != ident}
        keep = sorted(strength, key=lambda n: (-strength[n], graph.nodes[n]["label"], n))[:max_nodes - 1]
        ego = sorted_graph(ego.subgraph([ident, *keep]))
    return ego
