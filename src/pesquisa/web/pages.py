"""Web pages: the same reads and JSON shapes as the API, rendered as HTML.

Each page reads through ``pesquisa.store.read`` (the query layer), shapes the rows
with ``pesquisa.api.serialize`` (the builders the API answers with) and hands the
result to a template, so a page and its API twin cannot disagree.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated
from urllib.parse import urlencode

import networkx as nx
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine

from pesquisa.analyze.kb import ego_network, sorted_graph
from pesquisa.api import serialize
from pesquisa.api.deps import EDGE_KINDS, Mode, cached, get_engine, get_graph, get_network
from pesquisa.api.entities import ENTITY_TYPES
from pesquisa.api.events import REPORTS_PAGE
from pesquisa.api.pagination import DateFrom, DateTo, PageParams
from pesquisa.api.quantities import totals_value
from pesquisa.api.search import summary_value
from pesquisa.report.summary import role_timeline_of
from pesquisa.store import read
from pesquisa.store.search import search
from pesquisa.web.highlight import document_marks, render_marked
from pesquisa.web.panels import entity_panels, event_panels
from pesquisa.web.svg import (
    STRATEGY_STYLES,
    bar_chart,
    community_color,
    community_figure,
    disruption_chart,
    network_figure,
)
from pesquisa.web.templating import render

router = APIRouter(include_in_schema=False)

Engine_ = Annotated[Engine, Depends(get_engine)]
Offset = Annotated[int, Query(ge=0)]
Text = Annotated[str | None, Query(max_length=200)]
PROFILE_SHOWN = 20  # members, relations, money, sanctions and seizures listed; the profile JSON pages through the rest
PAGE_LIST = 100  # quotes, events and sources an entity page lists; the JSON link pages through the rest
MENTIONS_SHOWN = 60  # mentions an entity page lists


@router.get("/", response_class=HTMLResponse)
def home_page(request: Request, engine: Engine_, q: Text = None, offset: Offset = 0) -> HTMLResponse:
    """Search box; with ``q``, hits in entities, quotes and documents; without, what the store holds."""
    page = PageParams(25, offset)
    results = recent = None
    if q and q.strip():
        found = search(engine, q, limit=page.limit, offset=page.offset)
        results = page.envelope([h.to_dict() for h in found.hits], found.total, q=q, counts=found.counts,
                                query=found.query.to_dict())
    else:
        recent = _documents(engine, PageParams(8, 0))
    return render(request, "home.html", q=q or "", results=results, summary=cached(request, *summary_value(8)),
                  recent=recent)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, engine: Engine_, lang: Text = None, date_from: DateFrom = None,
                   date_to: DateTo = None, q: Text = None, offset: Offset = 0) -> HTMLResponse:
    """Documents, newest first, with filters."""
    page = PageParams(50, offset)
    result = _documents(engine, page, lang=lang, date_from=date_from, date_to=date_to, q=q)
    return render(request, "documents.html", result=result,
                  filters={"lang": lang or "", "date_from": date_from or "", "date_to": date_to or "", "q": q or ""})


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, engine: Engine_,
                  span: Annotated[str | None, Query(pattern=r"^\d+-\d+$")] = None) -> HTMLResponse:
    """The clean text with mentions, quotes and quantities highlighted and linked; ``span`` marks one passage."""
    doc = serialize.document_detail(read.document_facts(engine, doc_id))
    focus = None
    if span:
        start, end = span.split("-")
        focus = (int(start), int(end))
    body = render_marked(doc["body"], document_marks(doc, focus=focus))
    entities: dict[str, dict] = {}
    for m in doc["mentions"]:
        if m["entity_id"]:
            entry = entities.setdefault(m["entity_id"], {"id": m["entity_id"], "name": m["entity_name"] or m["name"],
                                                         "type": m["type"], "count": 0, "first": m["id"]})
            entry["count"] += 1
    return render(request, "document.html", doc=doc, body=body, focus=focus,
                  entities=sorted(entities.values(), key=lambda e: (ENTITY_TYPES.index(e["type"]), -e["count"],
                                                                      e["name"])))


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, engine: Engine_,
                  type: Annotated[str | None, Query(pattern="^(person|organization|place)?$")] = None,
                  q: Text = None, offset: Offset = 0) -> HTMLResponse:
    """People, organizations and places, most-mentioned first, or matching a name in any language."""
    page = PageParams(50, offset)
    rows = read.entities(engine, type=type or None, q=q, limit=page.limit, offset=page.offset)
    result = page.envelope([serialize.entity_summary(r) for r in rows.items], rows.total)
    return render(request, "entities.html", result=result, type=type or "", q=q or "",
                  types=ENTITY_TYPES)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str, engine: Engine_,
                graph: Annotated[nx.Graph, Depends(get_graph)]) -> Response:
    """Names, role timeline, quotes, events, co-occurring actors (with a network figure) and sources."""
    current = read.resolve_id(engine, entity_id)
    if current != entity_id:
        return RedirectResponse(f"/entities/{current}", status_code=302)
    facts = read.entity_facts(engine, current, limit=PAGE_LIST, mention_limit=MENTIONS_SHOWN, roles=False)
    entity = serialize.entity_detail(facts, graph, requested=entity_id, mention_limit=MENTIONS_SHOWN,
                                     limit=PAGE_LIST)
    figure = cached(request, ("figure", current), lambda _: network_figure(
        ego_network(graph, current, max_nodes=16), current))  # the layout is a third of a small page's time
    groups = timeline_groups(engine, current)
    excerpts = read.role_evidence(engine, [(g["document_id"], *g["span"]) for g in groups])
    for group in groups:
        group["evidence"] = excerpts[(group["document_id"], *group["span"])]
    return render(request, "entity.html", entity=entity, figure=figure, role_groups=groups,
                  sanctions=_sanctions(engine, entity["id"]),
                  profile=read.entity_profile(engine, entity["id"], limit=PROFILE_SHOWN),
                  profile_shown=PROFILE_SHOWN, **entity_panels(request, engine, entity))


def timeline_groups(engine: Engine, entity_id: str, shown: int = 3) -> list[dict]:
    """``role_groups`` of the person's role timeline, grouped and cut by the database (``read.role_groups``)
    where it can: each line's first ``shown`` sources in the order the titles were stored, lines by
    date (undated last), title and that order."""
    rows = read.role_groups(engine, entity_id, shown=shown)
    if rows is None:
        roles = read.role_rows(engine, entity_id, evidence=False)
        return role_groups(role_timeline_of(roles, read.names_by_id(engine, (r["organization_id"] for r in roles))),
                           shown)
    names = read.names_by_id(engine, (r["organization_id"] for r in rows))
    lines: dict[tuple, dict] = {}
    for row in sorted(rows, key=lambda r: r["first"]):  # lines of one organization name are one line
        organization = names.get(row["organization_id"])
        line = lines.setdefault((row["date"], row["qualifier"], row["title"], organization),
                                {"first": row["first"], "count": 0, "sources": []})
        line["count"] += row["count"]
        line["sources"] += [{"title": row["title"], "qualifier": row["qualifier"], "date": row["date"],
                             "organization": organization, "source": s["source"], "document_id": s["document_id"],
                             "span": [s["start"], s["end"]], "evidence": None, "pos": s["pos"]}
                            for s in row["sources"]]
    groups = []
    for line in sorted(lines.values(), key=lambda g: (g["sources"][0]["date"] or "9999",
                                                      g["sources"][0]["title"].lower(), g["first"])):
        sources = [{k: v for k, v in s.items() if k != "pos"}
                   for s in sorted(line["sources"], key=lambda s: s["pos"])[:shown]]
        groups.append({**sources[0], "sources": sources, "count": line["count"]})
    return groups


def role_groups(roles: list[dict], shown: int = 3) -> list[dict]:
    """The role timeline with one line per role (date, qualifier, title, organization): its first
    ``evidence``, its first ``shown`` sources and how many there are (``count``)."""
    groups: dict[tuple, dict] = {}
    for r in roles:
        key = (r["date"], r["qualifier"], r["title"], r["organization"])
        group = groups.setdefault(key, {**r, "sources": [], "count": 0})
        group["count"] += 1
        if len(group["sources"]) < shown:
            group["sources"].append(r)
    return list(groups.values())


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, engine: Engine_, speaker: Text = None, q: Text = None, date_from: DateFrom = None,
                date_to: DateTo = None, lang: Text = None, offset: Offset = 0) -> HTMLResponse:
    """Quotes by speaker, topic, date and language."""
    page = PageParams(50, offset)
    rows = read.quotes(engine, speaker=speaker, q=q, date_from=date_from, date_to=date_to, lang=lang,
                       limit=page.limit, offset=page.offset)
    result = page.envelope([serialize.quote_dict(r, rows.names, r) for r in rows.items], rows.total, **rows.resolved)
    return render(request, "quotes.html", result=result,
                  filters={"speaker": speaker or "", "q": q or "", "date_from": date_from or "",
                           "date_to": date_to or "", "lang": lang or ""})


@router.get("/quantities", response_class=HTMLResponse)
def quantities_page(request: Request, engine: Engine_, kind: Text = None, item: Text = None, unit: Text = None,
                    date_from: DateFrom = None, date_to: DateTo = None,
                    group: Annotated[str, Query(pattern="^(item|month|kind)$")] = "item",
                    offset: Offset = 0) -> HTMLResponse:
    """The ledger of figures and a bar chart of totals (one unit at a time) by item, month or kind."""
    filters = {"kind": kind or None, "item": item or None, "unit": unit or None, "date_from": date_from,
               "date_to": date_to}
    page = PageParams(100, offset)
    found = read.quantities(engine, **filters, limit=page.limit, offset=page.offset)
    ledger = page.envelope([serialize.ledger_dict(r) for r in found.items], found.total)
    totals = cached(request, *totals_value(0, filters))
    chart_unit = unit or _commonest_unit(totals["by_item"])
    rows = chart_rows(totals, group, chart_unit)
    return render(request, "quantities.html", ledger=ledger, totals=totals, facets=read.quantity_facets(engine),
                  filters={k: v or "" for k, v in filters.items()}, group=group, chart_unit=chart_unit,
                  chart=bar_chart(rows[:20]), chart_rows=len(rows),
                  verdicts=_verdicts(engine, [n["id"] for n in ledger["items"]]))


def _sanctions(engine: Engine, entity_id: str) -> list[dict]:
    """The entity's sanction matches with their list entries (issue 12), [] for a store without the tables."""
    from pesquisa.analyze.sanctions import entity_sanctions
    from pesquisa.store.official import ensure_official_schema

    ensure_official_schema(engine)
    return entity_sanctions(engine, entity_id)


def _verdicts(engine: Engine, quantity_ids: list[str]) -> dict[str, dict]:
    """Reconciliation of the ledger's figures that state an official aggregate, by quantity id (issue 12)."""
    from pesquisa.analyze.reconcile import reconcile_quantities
    from pesquisa.store.official import ensure_official_schema

    ensure_official_schema(engine)
    return {qid: claim.to_dict() for qid, claim in reconcile_quantities(engine, quantity_ids).items()}


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, engine: Engine_, type: Text = None, participant: Text = None,
                date_from: DateFrom = None, date_to: DateTo = None, offset: Offset = 0) -> HTMLResponse:
    """Events with participants, place, date, how many reports back each and the first one's sentence."""
    page = PageParams(25, offset)
    rows = read.events(engine, type=type or None, participant=participant, date_from=date_from, date_to=date_to,
                       limit=page.limit, offset=page.offset, reports_limit=1)
    result = page.envelope([serialize.event_detail(f) for f in rows.items], rows.total, **rows.resolved)
    return render(request, "events.html", result=result, types=read.event_types(engine),
                  filters={"type": type or "", "participant": participant or "", "date_from": date_from or "",
                           "date_to": date_to or ""})


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page_html(request: Request, event_id: str, engine: Engine_, reports_offset: Offset = 0) -> Response:
    """An event: its reports (sentence, document, span) and the evidence for those merges, ``REPORTS_PAGE`` at a time."""
    facts = read.event(engine, event_id, reports_limit=REPORTS_PAGE, reports_offset=reports_offset)
    event = serialize.event_detail(facts)
    if event["id"] != event_id:
        return RedirectResponse(f"/events/{event['id']}", status_code=302)
    reports = {"total": event["report_count"], "offset": reports_offset, "limit": REPORTS_PAGE}
    return render(request, "event.html", event=event, reports=reports, **event_panels(request, engine, event))


Network = Annotated[nx.Graph, Depends(get_network)]
NETWORK_FILTERS = ("lang", "date_from", "date_to", "kind")


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, graph: Network, mode: Mode = "sequential",
                 remove: Annotated[int, Query(ge=1, le=20)] = 5) -> HTMLResponse:
    """Communities with their members, a figure of the whole network, brokers, and the disruption comparison.

    ``remove`` is cut to the number of people, so a narrow filter still draws a chart.
    """
    summary = serialize.network_summary(graph, top=10)
    disruption = None
    if summary["people"]:
        disruption = serialize.disruption_comparison(graph, mode=mode, remove=min(remove, summary["people"]))
    figure = community_figure(graph, [[m["id"] for m in c["members"]] for c in summary["communities"]],
                              brokers=frozenset(b["id"] for b in summary["brokers"]))
    return render(request, "network.html", summary=summary, figure=figure, disruption=disruption,
                  chart=disruption_chart(disruption["results"]) if disruption else None,
                  styles=STRATEGY_STYLES, color=community_color, filters=_network_filters(request),
                  filter_query=_network_query(request), kinds=EDGE_KINDS, mode=mode, remove=remove)


@router.get("/network/communities/{n}", response_class=HTMLResponse)
def community_page(request: Request, n: int, graph: Network) -> HTMLResponse:
    """One community: its figure, its members, and every link with the spans behind it."""
    community = serialize.community_detail(graph, n)
    figure = network_figure(sorted_graph(graph.subgraph(m["id"] for m in community["nodes"])), None, height=320)
    return render(request, "network_community.html", community=community, figure=figure,
                  color=community_color(n), filter_query=_network_query(request))


def _documents(engine: Engine, page: PageParams, **filters) -> dict:
    """A page of documents as the API lists them (read-only)."""
    rows = read.documents(engine, **filters, limit=page.limit, offset=page.offset)
    return page.envelope([serialize.document_summary(r) for r in rows.items], rows.total)


def _network_filters(request: Request) -> dict:
    """The network filters of this request, as the form shows them."""
    params = request.query_params
    return {"lang": params.get("lang", ""), "date_from": params.get("date_from", ""),
            "date_to": params.get("date_to", ""), "kinds": params.getlist("kind")}


def _network_query(request: Request) -> str:
    """``?lang=…&kind=…`` for links between network pages, so community numbers keep their meaning."""
    pairs = [(k, v) for k, v in request.query_params.multi_items() if k in NETWORK_FILTERS and v]
    return "?" + urlencode(pairs) if pairs else ""


def _commonest_unit(by_item: list[dict]) -> str | None:
    """The unit most figures use (kg for a seizure ledger), None when all are counts."""
    counts: dict[str, int] = defaultdict(int)
    for group in by_item:
        if group["unit"]:
            counts[group["unit"]] += group["count"]
    return max(sorted(counts), key=counts.__getitem__) if counts else None


def chart_rows(totals: dict, group: str, unit: str | None) -> list[tuple[str, float]]:
    """``(label, total)`` rows for the chart: totals in ``unit`` by item, kind or month (months in order)."""
    sums: dict[str, float] = defaultdict(float)
    source = totals["by_month"] if group == "month" else totals["by_item"]
    for g in source:
        if g["unit"] != unit:
            continue
        label = g["month"] if group == "month" else g["kind"] if group == "kind" else (g["item"] or "(no item)")
        sums[label] += g["total"]
    if group == "month":
        return sorted(sums.items(), key=lambda kv: (kv[0] == serialize.UNDATED, kv[0]))
    return sorted(sums.items(), key=lambda kv: (-kv[1], kv[0]))
