"""Organization and person profiles (issue 11), each list a page with its total (issue 15).

An organization's members, relations, money, sanctions and seizures, and a person's relations,
are counted and cut by the database: a page reads its rows and the text of each span
(``substr`` of the body), never a whole body, so an organization named in thousands of
documents costs about what a small one does. ``limit=None`` reads every row (the CLI).

Sanctions and seizures are the events whose reports involve the organization: a report
names it (organizer, participant or target), targets one of its members, or sits in a
paragraph of a document that names it (no line break in the body between the report and
a mention of it). Which facts involve which entities is kept per document when it is resolved
(``fact_actors``, ``store.page_tables``), so the test is an index range, not a scan of every
candidate report's document. All functions are read-only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Select, and_, func, or_, select

from pesquisa.errors import NotFoundError
from pesquisa.store import schema as t
from pesquisa.store.read._common import names_of

MEMBERSHIP = ("member_of", "leader_of", "works_for")  # who acts for an organization is listed among its people
REPORTS_SHOWN = 5  # reports listed per sanction or seizure; ``report_count`` gives how many there are


def _span_text(table) -> ColumnElement:
    """The text of a fact's span, cut from its document's body by the database."""
    return func.substr(t.documents.c.body, table.c.start + 1, table.c.end - table.c.start).label("span_text")


def _with_text(table, *where: ColumnElement[bool]) -> Select:
    """Rows of ``table`` matching ``where`` with their document's source and the text of their span."""
    return (select(table, t.documents.c.source, _span_text(table))
            .join(t.documents, t.documents.c.id == table.c.document_id).where(*where))


def _page(conn: Connection, table, where: tuple, order: tuple, limit: int | None,
          offset: int) -> tuple[list[dict], int]:
    """The rows of ``table`` matching ``where`` in ``order`` from ``offset`` (all, or at most ``limit``), each
    with its document's source and span text (``_with_text``), and how many there are. The page's rows are
    picked from the table alone and only they get their text: cutting it for every matching row before the
    sort read a body per row (1,500 bodies for an organization's money at 20,000 documents)."""
    total = conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()
    if not total:  # most lists of most entities are empty
        return [], 0
    shown = select(table.c.id).where(*where).order_by(*order).limit(limit).offset(offset)
    rows = conn.execute(_with_text(table, table.c.id.in_(shown)).order_by(*order)).mappings()
    return [dict(r) for r in rows], total


def _evidence(row: dict) -> dict:
    return {"document_id": row["document_id"], "source": row["source"], "span": [row["start"], row["end"]],
            "text": row["span_text"]}


def _involved(entity_ids: list[str], kind: str, roles: tuple[str, ...]) -> Select:
    """Ids of the facts of ``kind`` (a report type, or money) that involve one of ``entity_ids`` in one of ``roles``."""
    fa = t.fact_actors.c
    return select(fa.fact_id).where(fa.entity_id.in_(entity_ids), fa.kind == kind, fa.role.in_(roles))


def _involving_parts(org_id: str, members: list[str], kind: str) -> list[Select]:
    """The reports of ``kind`` (sanction, seizure) merged into an event that involve the organization, as
    rows (``fact_id``, ``event_id``, ``document_id``, ``start``) of one query per reason (each an index
    range of ``ix_fact_actors_involving``, no sort; a report may come more than once): they name it
    (organizer, participant, target) or share a paragraph with a mention of it; they target one of its members."""
    fa = t.fact_actors.c
    columns = (fa.fact_id, fa.event_id, fa.document_id, fa.start)
    own = select(*columns).where(fa.entity_id == org_id, fa.kind == kind, fa.event_id.is_not(None),
                                 fa.role.in_(("organizer", "participant", "target", "paragraph")))
    if not members:
        return [own]
    return [own, select(*columns).where(fa.entity_id.in_(members), fa.kind == kind, fa.event_id.is_not(None),
                                        fa.role == "target")]


def _events(conn: Connection, org_id: str, members: list[str], kind: str, limit: int | None,
            offset: int) -> tuple[list[dict], int, list[dict]]:
    """A page of the events of ``kind`` involving the organization (in the order of their first report:
    document id, offset), how many there are, and the first ``REPORTS_SHOWN`` involving reports of each.

    The involving reports are read once from the index (fact, event, document, offset: a few
    thousand tuples for the largest organization) and ranked per event here; only the reports
    shown are read with their span's text. (Ranking them with window functions in the database
    took three passes over them, 60 to 140 ms at 20,000 documents.)
    """
    found = {fact: (event, document, start) for query in _involving_parts(org_id, members, kind)
             for fact, event, document, start in conn.execute(query).all()}  # a fact named in two roles counts once
    by_event: dict[str, list[tuple]] = defaultdict(list)
    for fact, (event, document, start) in found.items():
        by_event[event].append((document, start, fact))
    for reports_of in by_event.values():
        reports_of.sort()
    ranked = sorted(by_event, key=lambda event: (*by_event[event][0], event))
    ids = ranked[offset:None if limit is None else offset + limit]
    if not ids:
        return [], len(ranked), []
    shown = {fact: (n, len(by_event[event])) for event in ids
             for n, (_, _, fact) in enumerate(by_event[event][:REPORTS_SHOWN], start=1)}
    r = t.event_reports.c
    rows = conn.execute(select(t.event_reports, t.documents.c.source, _span_text(t.event_reports),
                               t.events.c.date.label("event_date"), t.events.c.status.label("event_status"))
                        .join(t.documents, t.documents.c.id == r.document_id)
                        .join(t.events, t.events.c.id == r.event_id)
                        .where(r.id.in_(sorted(shown))).order_by(r.document_id, r.start)).mappings()
    reports = [{**x, "n": shown[x["id"]][0], "report_count": shown[x["id"]][1]} for x in rows]
    order = {e: i for i, e in enumerate(ids)}
    return sorted(reports, key=lambda x: order[x["event_id"]]), len(ranked), reports


def _by_event(reports: list[dict], names: dict[str, str]) -> list[dict]:
    """Reports grouped into one entry per event (in the order given): actors and amounts of the reports listed,
    each report's evidence, and ``report_count`` (every involving report, listed or not)."""
    out: dict[str, dict] = {}
    for r in reports:
        entry = out.setdefault(r["event_id"], {
            "event_id": r["event_id"], "type": r["type"], "date": r["event_date"] or r["date"],
            "status": r["event_status"] or r["status"], "organizer": None, "participants": [], "targets": [],
            "amounts": [], "reports": [], "report_count": r["report_count"]})
        entry["organizer"] = entry["organizer"] or names.get(r["organizer_id"] or "")
        views = {"participants": [{"id": p, "name": names.get(p, p)} for p in r["participant_ids"]],
                 "targets": [{"id": p, "name": names.get(p, p)} for p in r["target_ids"] or []],
                 "amounts": r["amounts"] or []}
        for key, values in views.items():
            entry[key] += [x for x in values if x not in entry[key]]
        entry["reports"].append({**_evidence(r), "trigger": r["trigger"]})
    return list(out.values())


def organization_profile(engine: Engine, org_id: str, *, limit: int | None = None, offset: int = 0,
                         entity: Any = None) -> dict:
    """An organization's members, factions, relations, money, seizures and sanctions, each with its span.

    Members are those the documents call its members or leaders (and those of its factions);
    sanctions and seizures are the events that involve it (see the module docstring), one
    entry per event with whom they targeted and the first ``REPORTS_SHOWN`` reports' spans;
    money is every money amount told in a paragraph that names it. Each list is cut to
    ``limit`` rows from ``offset`` (every row without a limit); ``counts`` gives each list's
    total. ``entity`` is its row when the caller has read it. Raises ``NotFoundError`` for an unknown id.
    """
    rel, q = t.relations.c, t.quantities.c
    with engine.connect() as conn:
        entity = entity or _entity(conn, org_id)
        if entity is None or entity["type"] != "organization":
            raise NotFoundError(f"{org_id}: no such organization")
        factions = sorted(conn.execute(select(rel.subject_id).distinct().where(
            rel.kind == "faction_of", rel.object_id == org_id, rel.subject_id.is_not(None))).scalars())
        membership = and_(rel.kind.in_(MEMBERSHIP), rel.object_id.in_([org_id, *factions]))
        members = sorted(conn.execute(select(rel.subject_id).distinct()
                                      .where(membership, rel.subject_id.is_not(None))).scalars())
        order = (rel.document_id, rel.start, rel.id)
        member_rows, n_members = _page(conn, t.relations, (membership,), order, limit, offset)
        rel_rows, n_relations = _page(conn, t.relations, (or_(rel.subject_id == org_id, rel.object_id == org_id),),
                                      order, limit, offset)
        money, n_money = _page(conn, t.quantities, (q.kind == "money",
                                                     q.id.in_(_involved([org_id], "money", ("paragraph",)))),
                               (q.document_id, q.start, q.id), limit, offset)
        found = {kind: _events(conn, org_id, members, kind, limit, offset) for kind in ("sanction", "seizure")}
        names = names_of(conn, [*factions, *_ids(member_rows), *_ids(rel_rows),
                                *(p for _, _, reports in found.values() for r in reports for p in _report_ids(r))])
    return {
        "id": org_id, "name": entity["name"],
        "members": [{"id": r["subject_id"], "name": names.get(r["subject_id"] or "", ""), "kind": r["kind"],
                     "of": names.get(r["object_id"] or ""), "cue": r["cue"], **_evidence(r)} for r in member_rows],
        "factions": [{"id": f, "name": names.get(f, f)} for f in factions],
        "relations": [{"kind": r["kind"], "subject": names.get(r["subject_id"] or "", r["subject_id"]),
                       "object": names.get(r["object_id"] or "", r["value"]), "cue": r["cue"], **_evidence(r)}
                      for r in rel_rows],
        "money": [{"value": m["value"], "unit": m["unit"], **_evidence(m)} for m in money],
        "sanctions": _by_event(found["sanction"][0], names),
        "seizures": _by_event(found["seizure"][0], names),
        "counts": {"members": n_members, "relations": n_relations, "money": n_money,
                   "sanctions": found["sanction"][1], "seizures": found["seizure"][1]},
        "limit": limit, "offset": offset,
    }


def _ids(rows: Iterable[dict]) -> list[Any]:
    return [i for r in rows for i in (r["subject_id"], r["object_id"])]


def _report_ids(r: dict) -> list[Any]:
    return [r["organizer_id"], *r["participant_ids"], *(r["target_ids"] or [])]


def person_profile(engine: Engine, person_id: str, *, limit: int | None = None, offset: int = 0,
                   entity: Any = None) -> dict:
    """A person's relations (membership, sanctions, arrests, contacts) and nationality, each with its span.

    ``relations`` and ``nationality_evidence`` are cut to ``limit`` rows from ``offset``
    (every row without a limit), in document order; ``counts`` gives their totals and
    ``nationality`` lists every country stated. ``entity`` is its row when the caller has read it.
    Raises ``NotFoundError`` for an unknown id.
    """
    rel = t.relations.c
    either = or_(rel.subject_id == person_id, rel.object_id == person_id)
    order = (rel.document_id, rel.start, rel.id)
    with engine.connect() as conn:
        entity = entity or _entity(conn, person_id)
        if entity is None or entity["type"] != "person":
            raise NotFoundError(f"{person_id}: no such person")
        nationality = sorted(conn.execute(select(rel.value).distinct().where(
            either, rel.kind == "national_of", rel.value.is_not(None), rel.value != "")).scalars())
        rows, n_relations = _page(conn, t.relations, (either, rel.kind != "national_of"),
                                  order, limit, offset)
        national, n_national = _page(conn, t.relations, (either, rel.kind == "national_of"),
                                     order, limit, offset)
        names = names_of(conn, _ids([*rows, *national]))

    def view(r: dict) -> dict:
        outgoing = r["subject_id"] == person_id
        other = r["object_id"] if outgoing else r["subject_id"]
        return {"kind": r["kind"], "direction": "out" if outgoing else "in", "other_id": other,
                "other": names.get(other or "", r["value"]), "value": r["value"], "cue": r["cue"],
                "date": r["date"], **_evidence(r)}

    return {"id": person_id, "name": entity["name"], "nationality": nationality,
            "relations": [view(r) for r in rows], "nationality_evidence": [view(r) for r in national],
            "counts": {"relations": n_relations, "nationality_evidence": n_national},
            "limit": limit, "offset": offset}


def entity_profile(engine: Engine, entity_id: str, *, limit: int | None = None, offset: int = 0) -> dict | None:
    """``person_profile`` or ``organization_profile`` of ``entity_id`` by its type; None for a place or an
    unknown id (read-only)."""
    with engine.connect() as conn:
        entity = _entity(conn, entity_id)
    kind = entity and entity["type"]
    if kind == "person":
        return person_profile(engine, entity_id, limit=limit, offset=offset, entity=entity)
    if kind == "organization":
        return organization_profile(engine, entity_id, limit=limit, offset=offset, entity=entity)
    return None


def _entity(conn: Connection, entity_id: str) -> Any:
    """The entity's row, or None."""
    return conn.execute(select(t.entities).where(t.entities.c.id == entity_id)).mappings().first()
