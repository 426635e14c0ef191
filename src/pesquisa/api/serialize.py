"""JSON shapes of the API (and the data the web pages render): rows of ``store.read`` in, dicts out.

Route modules and web pages both build their responses here, so a page and its
``/api`` twin show the same fields. Every fact carries its provenance
(``span_fields``: document id, span in the clean body, span in the raw original).
Builders are pure: they read nothing from the store.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

import networkx as nx

from pesquisa.analyze.disruption import KINGPIN_ATTRIBUTE, STRATEGIES, disrupt
from pesquisa.analyze.graphs import detect_communities, find_brokers, lcc_size
from pesquisa.analyze.kb import person_network, sorted_graph
from pesquisa.errors import NotFoundError
from pesquisa.report.summary import event_page_of, role_timeline_of
from pesquisa.store.read import DocumentFacts, EntityFacts, EventFacts
from pesquisa.store.search import entity_names

UNDATED = "undated"
ACTOR_SPANS = 20  # spans listed per co-occurring actor of an entity; its ego network lists them all
KINGPIN_FALLBACK = "no leader ranks in the knowledge base: highest degree first (the same order as degree)"

# --- facts --------------------------------------------------------------------------------


def span_fields(row) -> dict:
    """Provenance of a fact: document id, span in the clean body, span in the raw original."""
    return {"document_id": row["document_id"], "span": [row["start"], row["end"]],
            "raw_span": [row["raw_start"], row["raw_end"]]}


def mention_dict(row, names: Mapping[str, str]) -> dict:
    """A mention as JSON: surface text, normalized name, resolved entity, how it was found, spans."""
    return {"id": row["id"], "type": row["type"], "text": row["text"], "name": row["name"],
            "entity_id": row["entity_id"], "entity_name": names.get(row["entity_id"]), "method": row["method"],
            **span_fields(row)}


def quote_dict(row, names: Mapping[str, str], doc=None) -> dict:
    """A quote as JSON: text, direct flag, speaker as written and resolved, spans, document metadata."""
    out = {"id": row["id"], "text": row["text"], "direct": bool(row["direct"]), "speaker": row["speaker"],
           "speaker_id": row["speaker_id"], "speaker_name": names.get(row["speaker_id"]), "verb": row["verb"],
           "cue": row["cue"], **span_fields(row),
           "speaker_span": [row["speaker_start"], row["speaker_end"]] if row["speaker_start"] is not None else None}
    if doc is not None:
        out.update(source=doc["source"], published=doc["published"], lang=doc["lang"])
    return out


def quantity_dict(row) -> dict:
    """A quantity as JSON: the text as written and its normalized value, unit, item and kind."""
    return {"id": row["id"], "text": row["text"], "value": row["value"], "value_max": row["value_max"],
            "unit": row["unit"], "item": row["item"], "kind": row["kind"], "qualifier": row["qualifier"],
            "raw_value": row["raw_value"], "raw_unit": row["raw_unit"], "date": row["date"], **span_fields(row)}


def ledger_dict(row) -> dict:
    """A quantity of the ledger: ``quantity_dict`` plus its document's source."""
    return {**quantity_dict(row), "source": row["source"]}


def quantity_totals(groups: dict[str, list[dict]]) -> dict:
    """``read.quantity_totals`` as JSON: by (item, unit, kind), biggest first within a kind and unit, and by
    (month, item, unit, kind), months in order and ``undated`` last; each group lists spans it adds up."""
    def group(g: dict) -> dict:
        return {**g, "total": float(g["total"] or 0)}

    return {
        "by_item": sorted((group(g) for g in groups["by_item"]),
                          key=lambda g: (g["kind"], g["unit"] or "", -g["total"], g["item"] or "")),
        "by_month": sorted(({**group(g), "month": g["month"] or UNDATED} for g in groups["by_month"]),
                           key=lambda g: (g["month"] == UNDATED, g["month"], g["kind"], g["item"] or "")),
    }


# --- documents ----------------------------------------------------------------------------


def document_summary(row) -> dict:
    """A document as listed: metadata and links, no text."""
    return {"id": row["id"], "source": row["source"], "title": row["title"], "url": row["url"],
            "lang": row["lang"], "published": row["published"], "length": row["length"],
            "raw_url": f"/api/documents/{row['id']}/raw"}


def document_detail(facts: DocumentFacts) -> dict:
    """One document: metadata, clean body and every fact stored for it, each with its span."""
    row, names = facts.document, facts.names
    return {
        **document_summary(row), "body": row["body"], "content_type": row["content_type"],
        "repairs": row["repairs"], "removed": row["removed"],
        "mentions": [mention_dict(m, names) for m in facts.mentions],
        "quotes": [quote_dict(q, names, row) for q in facts.quotes],
        "quantities": [quantity_dict(q) for q in facts.quantities],
    }


# --- entities -----------------------------------------------------------------------------


def entity_summary(row) -> dict:
    """An entity as listed, with its mention and quote counts."""
    return {"id": row["id"], "type": row["type"], "name": row["name"], "key": row["key"],
            "aliases": row["aliases"], "countries": row["countries"],
            "mention_count": row["mention_count"], "quote_count": row["quote_count"]}


def entity_detail(facts: EntityFacts, graph: nx.Graph, *, requested: str, mention_limit: int = 200,
                  limit: int = 200) -> dict:
    """One entity with everything that backs it, each fact with document id and span.

    ``requested`` is the id asked for (an old id shows as ``requested_id``); mentions are
    cut to ``mention_limit``, and quotes, events, co-occurring actors (from ``graph``, each with
    its first ``ACTOR_SPANS`` spans; ``weight`` counts them all) and documents to ``limit``; the
    ``*_count`` fields are the totals before the cut.
    """
    row, docs, names = facts.entity, facts.documents, facts.names
    ident = row["id"]
    counts = facts.counts
    actors, actor_count = neighbours(graph, ident, limit=limit)
    events = sorted(({"id": e["id"], "type": e["type"], "date": e["date"], "place": names.get(e["place_id"])}
                     for e in facts.events), key=lambda e: (e["date"] or "9999", e["type"], e["id"]))
    return {
        "id": ident, "requested_id": requested if requested != ident else None,
        "type": row["type"], "name": row["name"], "key": row["key"], "aliases": row["aliases"],
        "names": entity_names(row), "countries": row["countries"],
        "mention_count": counts["mentions"], "quote_count": counts["quotes"],
        "document_count": counts["documents"], "event_count": counts.get("events", len(events)), "actor_count": actor_count,
        "mentions": [{**mention_dict(m, names), "source": docs[m["document_id"]]["source"]}
                     for m in facts.mentions[:mention_limit]],
        "quotes": [quote_dict(q, names, docs[q["document_id"]]) for q in facts.quotes[:limit]],
        "roles": role_timeline_of(facts.roles, names),
        "actors": actors,
        "events": events[:limit],
        "documents": [{"id": d, "source": docs[d]["source"], "title": docs[d]["title"],
                       "published": docs[d]["published"], "lang": docs[d]["lang"]} for d in facts.sources[:limit]],
    }


def spans_of(data: dict) -> list[dict]:
    """The spans behind a network edge as JSON: document id, source, ``span`` [start, end], kind."""
    return [{"document_id": s["document_id"], "source": s["source"], "span": [s["start"], s["end"]],
             "kind": s["kind"]} for s in data["spans"]]


def neighbours(graph: nx.Graph, ident: str, *, limit: int = 200,
               spans: int = ACTOR_SPANS) -> tuple[list[dict], int]:
    """The first ``limit`` actors linked to ``ident`` in the network (strongest link first, with edge kinds,
    dates and the first ``spans`` spans: ``weight`` counts them all), and how many actors there are.

    Only the listed actors are shaped, so an actor linked to thousands costs what its page shows.
    """
    if ident not in graph:
        return [], 0
    linked = graph[ident]
    ranked = sorted(linked, key=lambda other: (-linked[other]["weight"], graph.nodes[other]["label"]))
    out = []
    for other in ranked[:limit]:
        node, data = graph.nodes[other], linked[other]
        out.append({"id": other, "name": node["label"], "type": node["type"], "weight": data["weight"],
                    "kinds": data["kinds"], "dates": data["dates"],
                    "spans": spans_of({"spans": data["spans"][:spans]})})
    return out, len(linked)


def network_dict(ego: nx.Graph, ident: str) -> dict:
    """An ego network as JSON: nodes, and edges with kinds, weights, dates and spans."""
    return {
        "center": ident,
        "nodes": [{"id": n, "name": d["label"], "type": d["type"]} for n, d in sorted(ego.nodes(data=True))],
        "edges": [{"source": a, "target": b, "weight": d["weight"], "kinds": d["kinds"], "dates": d["dates"],
                   "spans": spans_of(d)} for a, b, d in sorted(ego.edges(data=True))],
    }


# --- events -------------------------------------------------------------------------------


def event_detail(facts: EventFacts) -> dict:
    """An event page (the reports read, sentences, merge evidence, how many of each in all) plus its place id
    and every participant of every report (id and name)."""
    participants = sorted(({"id": i, "name": facts.names[i]} for i in facts.participant_ids if i in facts.names),
                          key=lambda p: p["name"])
    return {**event_page_of(facts), "place_id": facts.event["place_id"], "participants": participants}


# --- the actor network --------------------------------------------------------------------


def actor(G: nx.Graph, node: Hashable) -> dict:
    """A node as JSON: id, name, type."""
    return {"id": node, "name": G.nodes[node]["label"], "type": G.nodes[node]["type"]}


def network_summary(G: nx.Graph, *, seed: int = 0, top: int = 10) -> dict:
    """Size, Louvain communities (numbered from 1, largest first) and the top ``top`` brokers of ``G``.

    Steps: 1. communities with ``seed`` (unweighted, as ``analyze.describe_network``);
    2. betweenness; 3. brokers: actors linked into a community other than their own.
    Members are listed most-linked first.
    """
    communities = detect_communities(G, seed=seed) if len(G) else []
    member = {n: i + 1 for i, group in enumerate(communities) for n in group}
    brokers = find_brokers(G, communities, nx.betweenness_centrality(G)) if len(G) else []
    modularity = nx.community.modularity(G, communities) if G.number_of_edges() else None
    types = [d["type"] for _, d in G.nodes(data=True)]
    return {
        "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
        "people": types.count("person"), "organizations": types.count("organization"),
        "components": nx.number_connected_components(G) if len(G) else 0, "lcc": lcc_size(G),
        "seed": seed, "modularity": None if modularity is None else round(modularity, 4),
        "communities": [community_summary(G, i + 1, group, member) for i, group in enumerate(communities)],
        "brokers": [{**actor(G, b.node), "betweenness": round(b.betweenness, 4), "community": b.community + 1,
                     "communities": b.communities,
                     "links_to": sorted({member[m] for m in G[b.node]} - {b.community + 1})}
                    for b in brokers[:top]],
    }


def community_summary(G: nx.Graph, n: int, group: Sequence[Hashable], member: Mapping[Hashable, int]) -> dict:
    """One community as listed: number, size, links inside and out, members most-linked first."""
    inside = G.subgraph(group)
    outside = sum(1 for a in group for b in G[a] if member[b] != n)
    return {"n": n, "size": len(group), "edges": inside.number_of_edges(), "edges_out": outside,
            "members": [{**actor(G, v), "degree": G.degree(v)}
                        for v in sorted(group, key=lambda v: (-G.degree(v), G.nodes[v]["label"]))]}


def community_detail(G: nx.Graph, n: int, *, seed: int = 0) -> dict:
    """Community ``n`` (1 = largest) of ``G``: its actors and the links among them, each with its spans.

    Edges come strongest first, each with kinds, weight, dates and spans (document id, source,
    ``span`` [start, end], kind), as in ``/api/entities/{id}/network``. Links to actors in other
    communities are listed apart in ``links_out``. Raises ``NotFoundError`` when there is no
    community ``n``.
    """
    communities = detect_communities(G, seed=seed) if len(G) else []
    if not 1 <= n <= len(communities):
        raise NotFoundError(f"community {n}: no such community (the network has {len(communities)})")
    member = {v: i + 1 for i, group in enumerate(communities) for v in group}
    group = communities[n - 1]
    summary = community_summary(G, n, group, member)
    inside = list(sorted_graph(G.subgraph(group)).edges(data=True))
    outside = [(a, b, G[a][b]) for a in group for b in G[a] if member[b] != n]
    return {"n": n, "size": len(group), "seed": seed, "communities": len(communities),
            "nodes": summary["members"],
            "edges": [edge_dict(G, a, b, d) for a, b, d in _strongest_first(G, inside)],
            "links_out": [{**edge_dict(G, a, b, d), "community": member[b]}
                          for a, b, d in _strongest_first(G, outside)]}


def edge_dict(G: nx.Graph, a: str, b: str, data: dict) -> dict:
    """An edge as JSON: both ends with names, kinds, weight, dates and the spans behind it."""
    return {"source": a, "target": b, "source_name": G.nodes[a]["label"], "target_name": G.nodes[b]["label"],
            "kinds": data["kinds"], "weight": data["weight"], "dates": data["dates"], "spans": spans_of(data)}


def _strongest_first(G: nx.Graph, edges: list[tuple[Any, Any, Any]]) -> list[tuple[Any, Any, Any]]:
    """Edges by weight (highest first), then by the names at both ends."""
    return sorted(edges, key=lambda e: (-e[2]["weight"], G.nodes[e[0]]["label"], G.nodes[e[1]]["label"]))


def disruption_comparison(G: nx.Graph, *, strategies: tuple[str, ...] = STRATEGIES, mode: str = "sequential",
                          remove: int = 5, weighted: bool = False, seed: int = 0, runs: int = 20) -> dict:
    """``analyze.disrupt`` under each of ``strategies`` on the person network of ``G``.

    Every result has the actors removed in order (ids and names), ``lcc_start``, ``lcc_after``
    (one value per removal) and ``lcc_fraction``. ``random`` averages ``runs`` seeded orders and
    lists the first. ``kingpin`` follows ``leader_rank`` where nodes carry one; the knowledge base
    sets none, so it falls back to degree, and its ``note`` says so. Raises ``ConfigError`` when
    ``remove`` exceeds the people in the network.
    """
    people = person_network(G)
    ranked = any(KINGPIN_ATTRIBUTE in d for _, d in people.nodes(data=True))
    results = []
    for strategy in dict.fromkeys(strategies):
        r = disrupt(people, strategy=strategy, mode=mode, remove=remove, weighted=weighted, seed=seed, runs=runs)
        out: dict[str, Any] = {"strategy": strategy, "removed": [actor(people, v) for v in r.removed],
                               "lcc_start": r.lcc_start, "lcc_after": r.lcc_after,
                               "lcc_fraction": [round(x, 4) for x in r.lcc_fraction], "note": None}
        if strategy == "random":
            out.update(runs=r.runs, seed=r.seed, lcc_after_sd=r.lcc_after_sd,
                       note=f"mean over {r.runs} random orders (seed {r.seed}); the first order is listed")
        elif strategy == "kingpin" and not ranked:
            out["note"] = KINGPIN_FALLBACK
        results.append(out)
    return {"network": "person", "nodes": people.number_of_nodes(), "edges": people.number_of_edges(),
            "lcc_start": lcc_size(people), "mode": mode, "remove": remove, "weighted": weighted,
            "results": results}
