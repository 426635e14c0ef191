"""Reads for resolution: the in-document entities, the analyst's judgements, the event reports.

The pipeline hands these typed records (``pesquisa.resolve``) to the pure resolvers and writes the result back
with ``store.write.write_resolution``.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Engine, Text, cast, func, or_, select

from pesquisa.resolve import EntityRef, EventReport, Judgement, build_refs
from pesquisa.resolve._facts import GroupFacts
from pesquisa.resolve._separate import opens_apart
from pesquisa.resolve.entities import criminal_key, nicknames_of
from pesquisa.store import schema as t
from pesquisa.store.read._report_columns import report_column, report_rows_query
from pesquisa.store.read._told_words import chunks as _chunks
from pesquisa.store.read._told_words import with_told_words as _with_trade_words


def entity_refs(engine: Engine, documents: Collection[str] | None = None) -> list[EntityRef]:
    """In-document entities of ``documents`` (default: every stored document), as resolution sees them."""
    with engine.connect() as conn:
        return [ref for _docs, refs in ref_batches(conn, documents) for ref in refs]


def ref_batches(conn: Connection, documents: Collection[str] | None = None) -> Iterator[tuple[list[str], list[EntityRef]]]:
    """(documents, their in-document entities) of ``documents`` (default: every stored document), a few hundred
    documents at a time (sorted; refs are per document), so the rows of the whole store are never held at once; a
    name or form repeated across documents is held once, and so is each distinct list of forms or titles (read-only)."""
    m, r = t.mentions.c, t.roles.c
    shared: dict[str, str] = {}
    lists: dict[tuple[str, ...], list[str]] = {}

    def one(text: str) -> str:
        return shared.setdefault(text, text)

    def same(values: list[str]) -> list[str]:
        return lists.setdefault(tuple(values), values)

    if documents is None:
        documents = list(conn.execute(select(t.documents.c.id)).scalars())
    for batch in _chunks(sorted(documents)):
        mention_rows = [(one(a), b, one(c), one(d), one(e)) for a, b, c, d, e in conn.execute(
            select(m.document_id, m.local_id, m.type, m.text, m.name).where(m.document_id.in_(batch))
            .order_by(m.document_id, m.start))]
        title_rows = [(a, b, one(c)) for a, b, c in conn.execute(
            select(r.document_id, r.local_id, r.title).where(r.document_id.in_(batch))
            .order_by(r.document_id, r.start))]
        refs = build_refs(mention_rows, title_rows, _memberships(conn, batch))
        _with_trade_words(conn, refs)
        for ref in refs:
            ref.forms, ref.titles = same(ref.forms), same(ref.titles)
        yield batch, refs


MEMBERSHIP_KINDS = ("leader_of", "member_of")


def _memberships(conn: Connection, documents: list[str]) -> list[tuple[str, str, str]]:
    """(document, person local id, organization local id) of the membership relations of ``documents``."""
    rel = t.relations.c
    return [(a, b, c) for a, b, c in conn.execute(
        select(rel.document_id, rel.subject_local_id, rel.object_local_id)
        .where(rel.document_id.in_(documents), rel.kind.in_(MEMBERSHIP_KINDS), rel.object_local_id.is_not(None))
        .order_by(rel.document_id, rel.start))]


def _with_sides(conn: Connection, refs: list[EntityRef]) -> list[EntityRef]:
    """``refs`` read from the resolution index (which keeps no titles) with their titles and trade marks from the
    document's roles and memberships, so a name re-clustered in an incremental run keeps its side of the law."""
    by_key = {(ref.document_id, ref.local_id): ref for ref in refs if ref.type == "person"}
    if not by_key:
        return refs
    r, rr = t.roles.c, t.resolution_refs.c
    docs = sorted({doc for doc, _ in by_key})
    for batch in _chunks(docs):
        for doc, local, title in conn.execute(select(r.document_id, r.local_id, r.title)
                                              .where(r.document_id.in_(batch)).order_by(r.document_id, r.start)):
            if (doc, local) in by_key:
                by_key[(doc, local)].titles = [*by_key[(doc, local)].titles, title]
        keys = {(doc, local): key for doc, local, key in conn.execute(
            select(rr.document_id, rr.local_id, rr.key).where(rr.document_id.in_(batch), rr.type == "organization"))}
        for doc, person, org in _memberships(conn, batch):
            if (doc, person) in by_key and criminal_key(keys.get((doc, org))):
                by_key[(doc, person)].trade = True
    _with_trade_words(conn, refs)
    return refs


def unresolved_documents(engine: Engine) -> list[str]:
    """Ids of stored documents whose entities and events are not resolved yet (new or re-ingested)."""
    done = select(t.resolved_documents.c.document_id)
    with engine.connect() as conn:
        return list(conn.execute(select(t.documents.c.id).where(t.documents.c.id.not_in(done))
                                 .order_by(t.documents.c.id)).scalars())


def resolved_count(engine: Engine) -> int:
    """How many documents the resolution index holds."""
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(t.resolved_documents)).scalar_one()


def totals(engine: Engine) -> dict[str, int]:
    """How many entities and events the store holds."""
    with engine.connect() as conn:
        return {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (t.entities, t.events)}


def _ref(row: Any) -> EntityRef:
    return EntityRef(row.document_id, row.local_id, row.type, row.name, row.key, list(row.forms), [], row.entity_id)


@lru_cache(maxsize=65536)
def _forms(raw: str) -> list[str]:
    # the same surface forms recur in thousands of refs: decode each distinct list once (read-only)
    return json.loads(raw)


def indexed_refs(engine: Engine, *, documents: Collection[str] = ()) -> list[EntityRef]:
    """Refs the resolution index holds for ``documents``."""
    c = t.resolution_refs.c
    out: list[EntityRef] = []
    with engine.connect() as conn:
        for batch in _chunks(sorted(documents)):
            out += [_ref(row) for row in conn.execute(select(t.resolution_refs).where(c.document_id.in_(batch)))]
        return _with_sides(conn, out)


def grouped_refs(engine: Engine, kind: str, groups: Collection[str]) -> list[tuple[str, EntityRef]]:
    """Refs the resolution index holds for the name ``groups`` of one ``kind``, each with its group."""
    c = t.resolution_refs.c
    columns = (c.grp, c.document_id, c.local_id, c.name, c.key, cast(c.forms, Text), c.entity_id)
    out: list[tuple[str, EntityRef]] = []
    with engine.connect() as conn:
        for batch in _chunks(sorted(groups)):
            out += [(grp, EntityRef(doc, local, kind, name, key, _forms(forms), [], eid))
                    for grp, doc, local, name, key, forms, eid in conn.execute(
                        select(*columns).where(c.type == kind, c.grp.in_(batch)))]
        _with_sides(conn, [ref for _grp, ref in out])
    return out


def group_facts(engine: Engine, kind: str, groups: Collection[str]) -> dict[str, GroupFacts | None]:
    """Stored facts of the name ``groups`` of one ``kind``, each with the documents (people) and the entity ids of
    its refs in the index; None for a group the store does not hold (no refs); a group stored without facts (before
    migration 0012) is left out."""
    g, c = t.resolution_groups.c, t.resolution_refs.c
    refs = select(c.grp, c.document_id, c.entity_id) if kind == "person" else \
        select(c.grp, c.entity_id).distinct()  # an organization or place is clustered alone: no documents
    out: dict[str, GroupFacts | None] = {}
    with engine.connect() as conn:
        for batch in _chunks(sorted(groups)):
            stored = {grp: json.loads(raw or "null") for grp, raw in conn.execute(
                select(g.grp, cast(g.facts, Text)).where(g.type == kind, g.grp.in_(batch)))}
            out.update({grp: None for grp in batch if grp not in stored})
            docs: dict[str, list[str]] = {grp: [] for grp in stored}
            ids: dict[str, set[str | None]] = {grp: set() for grp in stored}
            for row in conn.execute(refs.where(c.type == kind, c.grp.in_([grp for grp, v in stored.items() if v]))):
                if kind == "person":
                    docs[row[0]].append(row[1])
                ids[row[0]].add(row[-1])
            out.update({grp: GroupFacts.from_json(data, docs[grp], ids[grp]) for grp, data in stored.items() if data})
    return out


def refs_by_document(engine: Engine, documents: Collection[str]) -> dict[str, dict[str, str | None]]:
    """Resolved entity id of every in-document entity of ``documents``: document -> local id -> entity id."""
    c = t.resolution_refs.c
    out: dict[str, dict[str, str | None]] = {}
    with engine.connect() as conn:
        for batch in _chunks(sorted(documents)):
            for doc, local, eid in conn.execute(select(c.document_id, c.local_id, c.entity_id).where(c.document_id.in_(batch))):
                out.setdefault(doc, {})[local] = eid
    return out


def person_groups(engine: Engine) -> dict[str, tuple[str, str]]:
    """Every person name group of the index: group -> (founder group, cluster id before judgements)."""
    c = t.resolution_groups.c
    with engine.connect() as conn:
        return {g: (f, b) for g, f, b in conn.execute(select(c.grp, c.founder, c.base_id).where(c.type == "person"))}


def groups_going_by(engine: Engine, nicks: Collection[str]) -> set[str]:
    """Person groups whose stored facts go by one of the folded ``nicks`` ("chiquito malo"): the rows whose facts hold
    the nickname's longest word, read back and checked (``resolve.entities.nicknames_of``)."""
    g, wanted = t.resolution_groups.c, set(nicks)
    words = sorted({max(n.split(), key=len) for n in wanted if n.strip()})
    out: set[str] = set()
    if not words:
        return out
    text = func.lower(cast(g.facts, Text))
    with engine.connect() as conn:  # one read of the table for all the words
        for batch in _chunks(words):
            query = select(g.grp, cast(g.facts, Text)).where(g.type == "person", or_(*(text.like(f"%{w}%") for w in batch)))
            for grp, raw in conn.execute(query):
                data = json.loads(raw or "null")
                if data and nicknames_of(GroupFacts.from_json(data, (), ())) & wanted:
                    out.add(grp)
    return out


def groups_of_bases(engine: Engine, base_ids: Collection[str]) -> list[tuple[str, str, str]]:
    """(type, group, base id) of the index groups whose cluster had one of ``base_ids``."""
    c = t.resolution_groups.c
    out: list[tuple[str, str, str]] = []
    with engine.connect() as conn:
        for batch in _chunks(sorted(base_ids)):
            out += [(k, g, b) for k, g, b in conn.execute(select(c.type, c.grp, c.base_id).where(c.base_id.in_(batch)))]
    return out


def stored_entity_ids(engine: Engine, ids: Collection[str]) -> set[str]:
    """Which of ``ids`` are stored entities."""
    out: set[str] = set()
    with engine.connect() as conn:
        for batch in _chunks(sorted(ids)):
            out |= set(conn.execute(select(t.entities.c.id).where(t.entities.c.id.in_(batch))).scalars())
    return out


def judgements(engine: Engine) -> list[Judgement]:
    """The analyst's standing judgements (merge/split), in the order they were made."""
    with engine.connect() as conn:
        rows = conn.execute(select(t.judgements).where(t.judgements.c.deleted_at.is_(None))
                            .order_by(t.judgements.c.id)).mappings().all()
    return [Judgement(r["kind"], r["target"], r["other"]) for r in rows]


_RESOLVED_COLUMNS = ("id", "document_id", "event_id", "type", "date", "place_id", "organizer_id", "participant_ids", "published",
                     "status", "country", "target_ids", "amounts", "start", "opening")


def event_report_rows(engine: Engine, *, ids: Collection[str] = (), documents: Collection[str] = (),
                      resolved: bool = False) -> list[dict]:
    """Stored event report rows (local and resolved ids, the article's day), by id or document; ``resolved``: what
    ``report_from_row`` reads without local ids, and the event id."""
    c = t.event_reports.c
    query: Any = select(*(report_column(name) for name in _RESOLVED_COLUMNS)) if resolved else report_rows_query()
    out: list[dict] = []
    with engine.connect() as conn:
        for batch in _chunks(sorted(ids)):
            out += [dict(r) for r in conn.execute(query.where(c.id.in_(batch))).mappings()]
        out += report_rows_of(conn, documents)
    return sorted(out, key=lambda r: r["id"])


def report_rows_of(conn: Connection, documents: Collection[str]) -> list[dict]:
    """The stored event report rows of ``documents`` (``event_report_rows``), read on ``conn``, by id."""
    return sorted((dict(r) for batch in _chunks(sorted(documents))
                   for r in conn.execute(report_rows_query().where(t.event_reports.c.document_id.in_(batch))).mappings()),
                  key=lambda r: r["id"])


def split_result(engine: Engine, target: str) -> str:
    """The entity ids a split of ``target`` left, comma-separated (read-only)."""
    with engine.connect() as conn:
        ids = conn.execute(select(t.entities.c.id).where(t.entities.c.id != target)).scalars().all()
    return ", ".join(i for i in ids if i.startswith(target[:4]))[:200] or target


def report_from_row(row: dict, local_to_id: dict[str, str | None] | None = None) -> EventReport:
    """An event report from its stored row: ids as stored, or mapped from local ids through ``local_to_id``."""
    extra = {"status": row["status"] or "happened", "country": row["country"], "amounts": list(row["amounts"] or []),
             "published": row.get("published"), "start": row.get("start"), "apart": opens_apart(row.get("opening"))}
    if local_to_id is None:
        return EventReport(row["id"], row["document_id"], row["type"], row["date"], row["place_id"], row["organizer_id"],
                           list(row["participant_ids"]), target_ids=list(row["target_ids"] or []), **extra)

    def rid(local: str | None) -> str | None:
        return local_to_id.get(local) if local else None

    participants = sorted({p for p in (rid(x) for x in row["participant_local_ids"]) if p})
    targets = sorted({p for p in (rid(x) for x in row["target_local_ids"] or []) if p})
    return EventReport(row["id"], row["document_id"], row["type"], row["date"], rid(row["place_local_id"]),
                       rid(row["organizer_local_id"]), participants, target_ids=targets, **extra)


def event_reports(engine: Engine, ids: Collection[str]) -> list[EventReport]:
    """The stored event reports ``ids`` with their resolved place, organizer and participants."""
    r = t.event_reports.c
    out: list[dict] = []
    with engine.connect() as conn:
        for batch in _chunks(sorted(ids)):
            out += _plain_rows(conn, _resolved_query().where(r.id.in_(batch)), _RESOLVED_COLUMNS)
    return [report_from_row(row) for row in sorted(out, key=lambda row: row["id"])]


def event_joins(engine: Engine, event_ids: Collection[str]) -> list[tuple[str, str]]:
    """The report pairs of the evidence of stored events (the joins that made them)."""
    out: list[tuple[str, str]] = []
    with engine.connect() as conn:
        for batch in _chunks(sorted(event_ids)):
            # decoded here, not by the column type (a third of the time on the evidence of large events)
            for (evidence,) in conn.execute(select(cast(t.events.c.evidence, Text)).where(t.events.c.id.in_(batch))):
                out += [(e["reports"][0], e["reports"][1]) for e in json.loads(evidence or "[]") or []]
    return out


def event_keys_of(engine: Engine, report_ids: Collection[str]) -> dict[str, set[str]]:
    """Stored blocking keys of each report: report id -> keys."""
    return _key_index(engine, t.event_keys.c.report_id, report_ids, by_report=True)


def reports_with_keys(engine: Engine, keys: Collection[str]) -> dict[str, set[str]]:
    """Stored reports of each blocking key: key -> report ids."""
    return _key_index(engine, t.event_keys.c.key, keys, by_report=False)


def _key_index(engine: Engine, column: Any, values: Collection[str], *, by_report: bool) -> dict[str, set[str]]:
    """The event_keys rows whose ``column`` is one of ``values``, grouped by report (or by key)."""
    c = t.event_keys.c
    out: dict[str, set[str]] = {}
    with engine.connect() as conn:
        for batch in _chunks(sorted(values)):
            for key, rid in conn.execute(select(c.key, c.report_id).where(column.in_(batch))):
                head, item = (rid, key) if by_report else (key, rid)
                out.setdefault(head, set()).add(item)
    return out


def components_missing(engine: Engine) -> bool:
    """True when the store holds events but no event components (resolved before migration 0011)."""
    with engine.connect() as conn:
        if conn.execute(select(t.events.c.id).limit(1)).first() is None:
            return False
        return conn.execute(select(t.event_components.c.report_id).limit(1)).first() is None


def component_candidates(engine: Engine, keys: Collection[str]) -> dict[str, dict[tuple[str, str], str]] | None:
    """The stored reports with each blocking key, one per evidence component and content: key -> (component,
    content digest) -> its smallest report id. None when a keyed report is gone or has no component."""
    k, r, c = t.event_keys.c, t.event_reports.c, t.event_components.c
    query = (select(k.key, c.component, c.content, func.min(k.report_id), func.count() - func.count(r.id))
             .select_from(t.event_keys.outerjoin(t.event_reports, r.id == k.report_id)
                          .outerjoin(t.event_components, c.report_id == k.report_id))
             .group_by(k.key, c.component, c.content))
    out: dict[str, dict[tuple[str, str], str]] = {}
    with engine.connect() as conn:
        for batch in _chunks(sorted(keys)):
            for key, component, content, first, gone in conn.execute(query.where(k.key.in_(batch))):
                if component is None or gone:
                    return None
                out.setdefault(key, {})[(component, content)] = first
    return out


@lru_cache(maxsize=65536)
def _decoded(raw: str | None) -> Any:
    # participant and target lists and amounts recur across the reports of one story: decode each once (read-only)
    return None if raw is None else json.loads(raw)


_DECODED = ("participant_ids", "target_ids", "amounts")


def _resolved_query() -> Any:
    """The columns ``report_from_row`` reads without local ids, and the event id, lists and amounts as text."""
    r = t.event_reports.c
    return select(*(cast(r[name], Text).label(name) if name in _DECODED else report_column(name) for name in _RESOLVED_COLUMNS))


def _plain_rows(conn: Any, query: Any, names: Sequence[str]) -> list[dict]:
    """The rows of ``query`` (columns ``names``) as dicts, lists and amounts decoded once per distinct value (shared
    between rows: read-only); from plain rows, a third cheaper than row mappings."""
    at = [names.index(name) for name in _DECODED]
    out: list[dict] = []
    for row in conn.execute(query):
        values = list(row)
        for i in at:
            values[i] = _decoded(values[i])
        out.append(dict(zip(names, values, strict=True)))
    return out


def component_report_rows(engine: Engine, components: Collection[str]) -> list[dict]:
    """The stored reports of evidence ``components`` (as ``event_report_rows`` with ``resolved``, lists and amounts
    shared between rows: read-only), each with its ``component``, by id."""
    c, r = t.event_components.c, t.event_reports.c
    query = _resolved_query().add_columns(c.component).select_from(
        t.event_reports.join(t.event_components, c.report_id == r.id))
    out: list[dict] = []
    with engine.connect() as conn:
        for batch in _chunks(sorted(components)):
            out += _plain_rows(conn, query.where(c.component.in_(batch)), (*_RESOLVED_COLUMNS, "component"))
    return sorted(out, key=lambda row: row["id"])
