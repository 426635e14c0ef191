"""Entities: a page of them with mention and quote counts, one with the facts that back it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    ScalarSelect,
    Select,
    String,
    Table,
    case,
    cast,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
)

from pesquisa.errors import NotFoundError
from pesquisa.store import schema as t
from pesquisa.store.read._common import Rows, names_of
from pesquisa.store.search import matching_ids


@dataclass(slots=True)
class EntityFacts:
    """One entity (its row) and what backs it, each list cut to a page, with the totals before the cut."""

    entity: dict
    mentions: list[dict]  # oldest documents first (undated last), then by document id and offset
    quotes: list[dict]  # by document id, then offset
    roles: list[dict]  # role rows with the document's ``source`` and the ``evidence`` around the title
    events: list[dict]  # events taken part in, organized or hosted: id, type, date, place_id (by date, undated last)
    documents: dict[str, dict]  # id -> id, source, title, published, lang: the page of sources and every cited one
    sources: list[str]  # the page of documents that mention or quote it: oldest first (undated last), then source
    names: dict[str, str]  # entity id -> name, for every entity the facts cite
    counts: dict[str, int] = field(default_factory=dict)  # mentions, quotes, documents, events: totals before the cut


def _counted():
    """Entities with their mention and quote counts, and the mention-count column to sort by."""
    mentions = (select(t.mentions.c.entity_id, func.count().label("n")).group_by(t.mentions.c.entity_id)
                .subquery())
    quotes = (select(t.quotes.c.speaker_id, func.count().label("n")).group_by(t.quotes.c.speaker_id).subquery())
    stmt = (select(t.entities, func.coalesce(mentions.c.n, 0).label("mention_count"),
                   func.coalesce(quotes.c.n, 0).label("quote_count"))
            .outerjoin(mentions, mentions.c.entity_id == t.entities.c.id)
            .outerjoin(quotes, quotes.c.speaker_id == t.entities.c.id))
    return stmt, func.coalesce(mentions.c.n, 0)


def entities(engine: Engine, *, type: str | None = None, q: str | None = None, limit: int = 50,
             offset: int = 0) -> Rows:
    """A page of entities with ``mention_count`` and ``quote_count`` (read-only).

    Without ``q``: most-mentioned first. With ``q``: entities whose name or any alias
    (the lexicon's English and Spanish names included) has every word, best first.
    """
    stmt, mention_count = _counted()
    of_type = [t.entities.c.type == type] if type else []
    stmt = stmt.where(*of_type)
    with engine.connect() as conn:
        if q and q.strip():
            ids = matching_ids(engine, q, "entity", entity_type=type)
            by_id = {r["id"]: dict(r) for r in conn.execute(stmt.where(t.entities.c.id.in_(ids))).mappings()}
            ordered = [by_id[i] for i in ids if i in by_id]
            return Rows(ordered[offset:offset + limit], len(ordered))
        # one row per entity whatever its counts: the total counts entities alone, not every mention and quote
        total = conn.execute(select(func.count()).select_from(t.entities).where(*of_type)).scalar_one()
        rows = conn.execute(stmt.order_by(mention_count.desc(), t.entities.c.name).limit(limit).offset(offset))
        return Rows([dict(r) for r in rows.mappings()], total)


def entity_facts(engine: Engine, ident: str, *, limit: int = 200, role_evidence: bool = True,
                 mention_limit: int | None = None, roles: bool = True) -> EntityFacts:
    """The entity ``ident`` (a current id) with what backs it, each list cut to ``limit`` (mentions to
    ``mention_limit`` when given) (read-only).

    Steps: the entity row; the first mentions, quotes, source documents and events, and how
    many there are (the database sorts and cuts, so a place named in every document costs
    what any entity does); the titles it held (without their ``evidence`` when ``role_evidence``
    is false: see ``role_rows``; none when ``roles`` is false: a page reads ``role_groups``);
    the documents and entity names all these cite. Raises ``NotFoundError`` for an unknown id.
    """
    q, d, ed = t.quotes.c, t.documents.c, t.entity_documents.c
    with engine.connect() as conn:
        row = conn.execute(select(t.entities).where(t.entities.c.id == ident)).mappings().first()
        if row is None:
            raise NotFoundError(f"{ident}: no such entity")
        mentions = _mention_page(conn, ident, limit if mention_limit is None else mention_limit)
        quotes = [dict(r) for r in conn.execute(select(t.quotes).where(q.speaker_id == ident)
                                                .order_by(q.document_id, q.start).limit(limit)).mappings()]
        fields = (d.id, d.source, d.title, d.published, d.lang)
        page = [dict(r) for r in conn.execute(
            select(*fields).join(t.entity_documents, ed.document_id == d.id).where(ed.entity_id == ident)
            .order_by(ed.sort_date, ed.source, ed.document_id).limit(limit)).mappings()]
        docs = {r["id"]: r for r in page}
        cited = sorted({x["document_id"] for x in (*mentions, *quotes)} - docs.keys())
        if cited:  # most pages' mentions and quotes lie in their page of sources
            docs |= {r["id"]: dict(r) for r in conn.execute(select(*fields).where(d.id.in_(cited))).mappings()}
        counts = dict(conn.execute(select(  # the four totals in one statement
            _mention_total(ident).label("mentions"),
            _count(t.quotes, q.speaker_id == ident).label("quotes"),
            _count(t.entity_documents, ed.entity_id == ident).label("documents"),
            _count(t.events, t.events.c.id.in_(_event_ids(ident))).label("events"))).mappings().one())
        events = _event_page(conn, ident, limit)
    role_list = role_rows(engine, ident, evidence=role_evidence) if roles else []
    with engine.connect() as conn:
        names = names_of(conn, [ident, *(r["organization_id"] for r in role_list), *(e["place_id"] for e in events)])
    return EntityFacts(dict(row), mentions, quotes, role_list, events, docs, [r["id"] for r in page], names, counts)


def _mention_page(conn: Connection, ident: str, limit: int) -> list[dict]:
    """The first ``limit`` mentions of ``ident``: oldest documents first (undated last), then document id and offset.

    They lie in the first documents that mention it (``entity_documents``, in that order, each
    with its count of mentions) up to the one that brings the count to ``limit``, so only
    those documents' mentions are read, whatever the entity's total: a place named ten times
    per document reads ten documents, not a hundred.
    """
    ed, m = t.entity_documents.c, t.mentions.c
    order, total = [], 0
    for doc, count in conn.execute(select(ed.document_id, ed.mentions).where(ed.entity_id == ident, ed.mentions > 0)
                                   .order_by(ed.sort_date, ed.document_id).limit(limit)):
        if total >= limit:
            break
        order.append(doc)
        total += count
    rank = {doc: i for i, doc in enumerate(order)}
    rows = [dict(r) for r in conn.execute(select(t.mentions).where(m.entity_id == ident, m.document_id.in_(order))
                                          .order_by(m.document_id, m.start)).mappings()]
    return sorted(rows, key=lambda r: rank[r["document_id"]])[:limit]


def _mention_total(ident: str) -> ScalarSelect:
    """How many mentions ``ident`` has, as a column of an outer select: the sum of its per-document counts
    (``entity_documents``, kept with the mentions' resolved ids), one index entry per document it is named
    in instead of one per mention (a place named 58,000 times in 13,000 of 20,000 documents)."""
    ed = t.entity_documents.c
    return select(func.coalesce(func.sum(ed.mentions), 0)).where(ed.entity_id == ident).scalar_subquery()


def _count(table: Table, where: ColumnElement[bool]) -> ScalarSelect:
    """How many rows of ``table`` match ``where``, as a column of an outer select."""
    return select(func.count()).select_from(table).where(where).scalar_subquery()


def _like_escape(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def role_rows(engine: Engine, entity_id: str, *, evidence: bool = True) -> list[dict]:
    """Every title the person ``entity_id`` holds in a document, with the document's ``source`` and the
    ``evidence``: the body from 60 characters before the title to 60 after, in one line (read-only).

    Rows come in the order they were stored (SQLite; unordered elsewhere). The database cuts the
    excerpt, so a person titled in thousands of documents reads no whole body.
    With ``evidence=False`` no body is read at all and ``evidence`` is None (``role_evidence`` gives it
    for the rows a page shows): a body lies past the raw original in its row, so each excerpt costs
    pages of reading.
    """
    r = t.roles.c
    first = case((r.start > 60, r.start - 60), else_=0)
    excerpt = func.substr(t.documents.c.body, first + 1, r.end + 60 - first) if evidence else null()
    with engine.connect() as conn:
        stored: list[ColumnElement] = [literal_column("roles.rowid")] if engine.dialect.name == "sqlite" else []
        rows = conn.execute(
            select(t.roles, t.documents.c.source, excerpt.label("evidence"))
            .join(t.documents, t.documents.c.id == r.document_id)
            .where(r.entity_id == entity_id).order_by(*stored)).mappings()
        return [{**row, "evidence": row["evidence"].replace("\n", " ") if evidence else None} for row in rows]


def role_groups(engine: Engine, entity_id: str, *, shown: int = 3) -> list[dict] | None:
    """The titles the person ``entity_id`` holds, one row per line of a role timeline (date, qualifier,
    title, organization id): ``count`` rows, the first ``shown`` of them in the order they were
    stored (``sources``: document id, ``source``, start, end, ``pos``: the place in that order) and
    the place of the line's first (``first``) (read-only).

    The database groups and cuts, so a person titled in thousands of documents reads a row per
    line and source shown. None where the store keeps no row order to cite (not SQLite): the
    caller groups ``role_rows`` itself.
    """
    if engine.dialect.name != "sqlite":
        return None
    r = t.roles.c
    pos: ColumnElement = literal_column("roles.rowid")  # the order rows were stored in
    line = (r.date, r.qualifier, r.title, r.organization_id)  # ix_roles_lines: each line's rows in stored order
    fields = (r.document_id, t.documents.c.source, r.start, r.end, pos.label("pos"))
    groups = []
    with engine.connect() as conn:
        lines = conn.execute(select(*line, func.count().label("count"), func.min(pos).label("first"))
                             .where(r.entity_id == entity_id).group_by(*line)).mappings().all()
        for found in lines:
            same = [column.is_not_distinct_from(found[column.name]) for column in line]
            first = select(pos).where(r.entity_id == entity_id, *same).order_by(pos).limit(shown)
            sources = conn.execute(select(*fields).join(t.documents, t.documents.c.id == r.document_id)
                                   .where(pos.in_(first)).order_by(pos)).mappings()
            groups.append({**found, "sources": [dict(x) for x in sources]})
    return groups


def role_evidence(engine: Engine, spans: Iterable[tuple[str, int, int]]) -> dict[tuple[str, int, int], str]:
    """The ``evidence`` of ``role_rows`` for each title span (document id, start, end), from those documents'
    bodies only (read-only)."""
    wanted = set(spans)
    if not wanted:  # a page of someone with no titles (most pages)
        return {}
    with engine.connect() as conn:
        bodies = dict(conn.execute(select(t.documents.c.id, t.documents.c.body)
                                   .where(t.documents.c.id.in_(sorted({doc for doc, _, _ in wanted})))).all())
    return {(doc, start, end): bodies[doc][start - 60 if start > 60 else 0:end + 60].replace("\n", " ")
            for doc, start, end in wanted}


def _event_ids(ident: str) -> Select:
    """Ids of the events ``ident`` took part in, organized or hosted: those of the reports that name it
    (``fact_actors``)."""
    fa = t.fact_actors.c
    return select(fa.event_id).where(fa.entity_id == ident, fa.role.in_(("organizer", "participant", "place")),
                                     fa.event_id.is_not(None))


def _event_page(conn: Connection, ident: str, limit: int) -> list[dict]:
    """The first ``limit`` events of ``_event_ids`` (by date, undated last, then type and id)."""
    e = t.events.c
    rows = conn.execute(select(e.id, e.type, e.date, e.place_id).where(e.id.in_(_event_ids(ident)))
                        .order_by(func.coalesce(e.date, literal("9999")), e.type, e.id).limit(limit)).mappings()
    return [dict(r) for r in rows]


def entity_events(engine: Engine, ident: str) -> list[dict]:
    """Events (id, type, date, place_id) the entity took part in, organized or hosted (read-only, unordered).

    Participants are a JSON list per report: the database picks the reports whose list holds
    the id as text (``LIKE``, in SQLite and PostgreSQL alike), and the lists of those are read
    to be sure. Decoding every report's list took a third of a second at 5,000 documents.
    """
    r = t.event_reports.c
    named = cast(r.participant_ids, String).like(f'%"{_like_escape(ident)}"%', escape="\\")
    # Every participant, organizer and place of a report is an entity its document mentions, so
    # the index on mentions picks the documents to look in.
    mentioned = select(t.mentions.c.document_id).where(t.mentions.c.entity_id == ident)
    with engine.connect() as conn:
        reports = conn.execute(select(r.event_id, r.participant_ids, r.organizer_id, r.place_id)
                               .where(r.document_id.in_(mentioned),
                                      or_(named, r.organizer_id == ident, r.place_id == ident))).all()
        ids = {r.event_id for r in reports
               if r.event_id and (ident in (r.participant_ids or []) or ident in (r.organizer_id, r.place_id))}
        rows = conn.execute(select(t.events.c.id, t.events.c.type, t.events.c.date, t.events.c.place_id)
                            .where(t.events.c.id.in_(sorted(ids)))).mappings()
        return [dict(r) for r in rows]
