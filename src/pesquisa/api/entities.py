"""Entities: list by type and name (any alias, any language, accents ignored), one entity with its evidence,
and its ego network. Old ids are followed through redirects."""

from __future__ import annotations

from typing import Annotated

import networkx as nx
from fastapi import APIRouter, Depends, Query
from sqlalchemy import Engine, func, select

from pesquisa.api.deps import get_engine, get_graph
from pesquisa.api.documents import mention_dict, quote_dict
from pesquisa.api.pagination import PageParams, page_params
from pesquisa.errors import NotFoundError
from pesquisa.report.summary import resolve_id, role_timeline
from pesquisa.store import schema as t
from pesquisa.store.search import entity_names, matching_ids

router = APIRouter(prefix="/api/entities", tags=["entities"])
ENTITY_TYPES = ("person", "organization", "place")


def list_entities(engine: Engine, page: PageParams, *, type: str | None = None, q: str | None = None) -> dict:
    """A page of entities with mention and quote counts (read-only).

    Without ``q``: most-mentioned first. With ``q``: entities whose name or any alias
    (the lexicon's English and Spanish names included) has every word, best first.
    """
    mentions = (select(t.mentions.c.entity_id, func.count().label("n")).group_by(t.mentions.c.entity_id)
                .subquery())
    quotes = (select(t.quotes.c.speaker_id, func.count().label("n")).group_by(t.quotes.c.speaker_id).subquery())
    stmt = (select(t.entities, func.coalesce(mentions.c.n, 0).label("mention_count"),
                   func.coalesce(quotes.c.n, 0).label("quote_count"))
            .outerjoin(mentions, mentions.c.entity_id == t.entities.c.id)
            .outerjoin(quotes, quotes.c.speaker_id == t.entities.c.id))
    if type:
        stmt = stmt.where(t.entities.c.type == type)
    with engine.connect() as conn:
        if q and q.strip():
            ids = matching_ids(engine, q, "entity", entity_type=type)
            by_id = {r["id"]: r for r in conn.execute(stmt.where(t.entities.c.id.in_(ids))).mappings()}
            ordered = [by_id[i] for i in ids if i in by_id]
            return page.envelope([entity_summary(r) for r in page.slice(ordered)], len(ordered))
        total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
        rows = conn.execute(stmt.order_by(func.coalesce(mentions.c.n, 0).desc(), t.entities.c.name)
                            .limit(page.limit).offset(page.offset)).mappings().all()
    return page.envelope([entity_summary(r) for r in rows], total)


def entity_summary(row) -> dict:
    """An entity as listed."""
    return {"id": row["id"], "type": row["type"], "name": row["name"], "key": row["key"],
            "aliases": row["aliases"], "countries": row["countries"],
            "mention_count": row["mention_count"], "quote_count": row["quote_count"]}


def entity_detail(engine: Engine, ident: str, graph: nx.Graph, *, mention_limit: int = 200) -> dict:
    """One entity with everything that backs it, each fact with document id and span (read-only).

    Steps: follow redirects; read names; mentions (first ``mention_limit``, oldest
    documents first); quotes spoken; role timeline; co-occurring actors from the
    network; events it took part in; the documents all this comes from.
    Raises ``NotFoundError`` for an unknown id.
    """
    current = resolve_id(engine, ident)
    with engine.connect() as conn:
        row = conn.execute(select(t.entities).where(t.entities.c.id == current)).mappings().first()
        if row is None:
            raise NotFoundError(f"{ident}: no such entity")
        names = dict(conn.execute(select(t.entities.c.id, t.entities.c.name)).all())
        docs = {r["id"]: r for r in conn.execute(select(t.documents.c.id, t.documents.c.source, t.documents.c.title,
                                                        t.documents.c.published, t.documents.c.lang)).mappings()}
        mentions = conn.execute(select(t.mentions).where(t.mentions.c.entity_id == current)
                                .order_by(t.mentions.c.document_id, t.mentions.c.start)).mappings().all()
        quotes = conn.execute(select(t.quotes).where(t.quotes.c.speaker_id == current)
                              .order_by(t.quotes.c.document_id, t.quotes.c.start)).mappings().all()
    mentions = sorted(mentions, key=lambda m: (docs[m["document_id"]]["published"] or "9999", m["document_id"]))
    used = {m["document_id"] for m in mentions} | {q["document_id"] for q in quotes}
    return {
        "id": current, "requested_id": ident if ident != current else None,
        "type": row["type"], "name": row["name"], "key": row["key"], "aliases": row["aliases"],
        "names": entity_names(dict(row)), "countries": row["countries"],
        "mention_count": len(mentions),
        "mentions": [{**mention_dict(m, names), "source": docs[m["document_id"]]["source"]}
                     for m in mentions[:mention_limit]],
        "quotes": [quote_dict(q, names, docs[q["document_id"]]) for q in quotes],
        "roles": role_timeline(engine, current),
        "actors": neighbours(graph, current),
        "events": entity_events(engine, current),
        "documents": sorted(({"id": d, "source": docs[d]["source"], "title": docs[d]["title"],
                              "published": docs[d]["published"], "lang": docs[d]["lang"]} for d in used),
                            key=lambda d: (d["published"] or "9999", d["source"])),
    }


def neighbours(graph: nx.Graph, ident: str) -> list[dict]:
    """Actors linked to ``ident`` in the network: strongest link first, with edge kinds, dates and spans."""
    if ident not in graph:
        return []
    out = []
    for other, data in graph[ident].items():
        node = graph.nodes[other]
        out.append({"id": other, "name": node["label"], "type": node["type"], "weight": data["weight"],
                    "kinds": data["kinds"], "dates": data["dates"],
                    "spans": [{"document_id": s["document_id"], "source": s["source"], "span": [s["start"], s["end"]],
                               "kind": s["kind"]} for s in data["spans"]]})
    return sorted(out, key=lambda a: (-a["weight"], a["name"]))


def entity_events(engine: Engine, ident: str) -> list[dict]:
    """Events the entity took part in, organized or hosted (read-only), oldest first."""
    with engine.connect() as conn:
        reports = conn.execute(select(t.event_reports.c.event_id, t.event_reports.c.participant_ids,
                                      t.event_reports.c.organizer_id, t.event_reports.c.place_id)).all()
        ids = {r.event_id for r in reports
               if r.event_id and (ident in (r.participant_ids or []) or ident in (r.organizer_id, r.place_id))}
        rows = conn.execute(select(t.events.c.id, t.events.c.type, t.events.c.date, t.events.c.place_id)
                            .where(t.events.c.id.in_(ids))).mappings().all()
        names = dict(conn.execute(select(t.entities.c.id, t.entities.c.name)).all())
    return sorted(({"id": r["id"], "type": r["type"], "date": r["date"], "place": names.get(r["place_id"])}
                   for r in rows), key=lambda e: (e["date"] or "9999", e["type"], e["id"]))


def ego_network(graph: nx.Graph, ident: str, *, radius: int = 1, max_nodes: int = 30) -> nx.Graph:
    """The part of the network within ``radius`` links of ``ident``, keeping its strongest links."""
    if ident not in graph:
        ego = nx.Graph()
        return ego
    ego = nx.ego_graph(graph, ident, radius=radius)
    if ego.number_of_nodes() > max_nodes:
        strength = {n: ego[ident][n]["weight"] if ego.has_edge(ident, n) else 0 for n in ego if n != ident}
        keep = sorted(strength, key=lambda n: (-strength[n], graph.nodes[n]["label"]))[:max_nodes - 1]
        ego = ego.subgraph([ident, *keep]).copy()
    return ego


def network_dict(ego: nx.Graph, ident: str) -> dict:
    """An ego network as JSON: nodes, and edges with kinds, weights, dates and spans."""
    return {
        "center": ident,
        "nodes": [{"id": n, "name": d["label"], "type": d["type"]} for n, d in sorted(ego.nodes(data=True))],
        "edges": [{"source": a, "target": b, "weight": d["weight"], "kinds": d["kinds"], "dates": d["dates"],
                   "spans": [{"document_id": s["document_id"], "source": s["source"], "span": [s["start"], s["end"]],
                              "kind": s["kind"]} for s in d["spans"]]}
                  for a, b, d in sorted(ego.edges(data=True))],
    }


def require_entity(engine: Engine, ident: str) -> str:
    """The current id of ``ident``; raises ``NotFoundError`` when no such entity exists."""
    current = resolve_id(engine, ident)
    with engine.connect() as conn:
        if conn.execute(select(t.entities.c.id).where(t.entities.c.id == current)).scalar() is None:
            raise NotFoundError(f"{ident}: no such entity")
    return current


@router.get("", summary="List entities")
def entities_endpoint(page: Annotated[PageParams, Depends(page_params)],
                      engine: Annotated[Engine, Depends(get_engine)],
                      type: Annotated[str | None, Query(pattern="^(person|organization|place)$")] = None,
                      q: Annotated[str | None, Query(description="Name or alias, any language, accents ignored.")] = None
                      ) -> dict:
    """People, organizations and places, by type and name."""
    return list_entities(engine, page, type=type, q=q)


@router.get("/{entity_id}", summary="One entity")
def entity_endpoint(entity_id: str, engine: Annotated[Engine, Depends(get_engine)],
                    graph: Annotated[nx.Graph, Depends(get_graph)],
                    mention_limit: Annotated[int, Query(ge=0, le=5000)] = 200) -> dict:
    """Names, mentions, quotes, role timeline, co-occurring actors and events, each with its spans."""
    return entity_detail(engine, entity_id, graph, mention_limit=mention_limit)


@router.get("/{entity_id}/network", summary="Ego network")
def network_endpoint(entity_id: str, engine: Annotated[Engine, Depends(get_engine)],
                     graph: Annotated[nx.Graph, Depends(get_graph)],
                     radius: Annotated[int, Query(ge=1, le=2)] = 1,
                     max_nodes: Annotated[int, Query(ge=2, le=200)] = 30) -> dict:
    """The actors around an entity and the links between them (kinds, weights, spans)."""
    current = require_entity(engine, entity_id)
    return network_dict(ego_network(graph, current, radius=radius, max_nodes=max_nodes), current)
