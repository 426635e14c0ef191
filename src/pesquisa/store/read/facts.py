"""Quotes and quantities: filtered pages, every row with its document's metadata, and the quantity facets."""

from __future__ import annotations

from sqlalchemy import Engine, Select, distinct, func, select

from pesquisa.store import schema as t
from pesquisa.store.read._common import Rows, names_of, page_of, within_dates
from pesquisa.store.read.lookup import speaker_id_for
from pesquisa.store.search import matching_ids


def quotes(engine: Engine, *, speaker: str | None = None, q: str | None = None, date_from: str | None = None,
           date_to: str | None = None, lang: str | None = None, direct: bool | None = None, limit: int = 50,
           offset: int = 0) -> Rows:
    """A page of quotes with their document's source, date and language, newest documents first (read-only).

    ``speaker`` (an entity id, old id, name or alias) keeps the quotes resolved to that
    entity, echoed as ``resolved["speaker_id"]``; when it names no entity, the quotes whose
    speaker as written contains it (any case). ``q`` matches the words through the search
    index. ``names`` holds the speakers' names.
    """
    stmt = (select(t.quotes, t.documents.c.source, t.documents.c.published, t.documents.c.lang)
            .join(t.documents, t.documents.c.id == t.quotes.c.document_id))
    resolved = {}
    if speaker and speaker.strip():
        ident = speaker_id_for(engine, speaker.strip())
        if ident is None:  # nobody by that name: quotes whose speaker is written so
            stmt = stmt.where(func.lower(t.quotes.c.speaker).contains(speaker.strip().lower(), autoescape=True))
        else:
            stmt = stmt.where(t.quotes.c.speaker_id == ident)
            resolved["speaker_id"] = ident
    if q and q.strip():
        stmt = stmt.where(t.quotes.c.id.in_(matching_ids(engine, q, "quote")))
    stmt = within_dates(stmt, t.documents.c.published, date_from, date_to)
    if lang:
        stmt = stmt.where(t.documents.c.lang == lang)
    if direct is not None:
        stmt = stmt.where(t.quotes.c.direct == direct)
    order = (t.documents.c.published.desc().nulls_last(), t.documents.c.source, t.quotes.c.start)
    with engine.connect() as conn:
        page = page_of(conn, stmt, order, limit, offset)
        page.names = names_of(conn, (r["speaker_id"] for r in page.items))
    page.resolved = resolved
    return page


def quotes_by_speaker(engine: Engine, entity_id: str) -> list[dict]:
    """The quotes ``entity_id`` spoke: text, start, end and the document's source (read-only)."""
    with engine.connect() as conn:
        rows = conn.execute(select(t.quotes.c.text, t.quotes.c.start, t.quotes.c.end, t.documents.c.source)
                            .join(t.documents, t.documents.c.id == t.quotes.c.document_id)
                            .where(t.quotes.c.speaker_id == entity_id)).mappings()
        return [dict(r) for r in rows]


def _quantity_filter(stmt: Select | None = None, *, kind: str | None = None, item: str | None = None,
                     unit: str | None = None, date_from: str | None = None, date_to: str | None = None,
                     document_id: str | None = None) -> Select:
    """``stmt`` (default: the quantities with their document's source) kept to the figures matching the
    filters, which read the quantities table alone; item and unit ignore case."""
    if stmt is None:
        stmt = (select(t.quantities, t.documents.c.source)
                .join(t.documents, t.documents.c.id == t.quantities.c.document_id))
    if kind:
        stmt = stmt.where(t.quantities.c.kind == kind)
    if item:
        stmt = stmt.where(func.lower(t.quantities.c.item) == item.lower())
    if unit == "none":  # counts have no unit
        stmt = stmt.where(t.quantities.c.unit.is_(None))
    elif unit:
        stmt = stmt.where(func.lower(t.quantities.c.unit) == unit.lower())
    stmt = within_dates(stmt, t.quantities.c.date, date_from, date_to)
    if document_id:
        stmt = stmt.where(t.quantities.c.document_id == document_id)
    return stmt


def quantities(engine: Engine, *, limit: int = 50, offset: int = 0, **filters) -> Rows:
    """A page of the ledger, newest first, each figure with its document's source (read-only).

    Filters: ``kind``, ``item``, ``unit`` ("none" for counts), ``date_from``, ``date_to``, ``document_id``.
    """
    order = (t.quantities.c.date.desc().nulls_last(), t.documents.c.source, t.quantities.c.start)
    with engine.connect() as conn:
        return page_of(conn, _quantity_filter(**filters), order, limit, offset)


def quantity_totals(engine: Engine, *, span_limit: int = 20, **filters) -> dict[str, list[dict]]:
    """Sums of the figures matching the filters of ``quantities`` (read-only).

    ``by_item`` groups by (item, unit, kind), ``by_month`` by (month, item, unit, kind), where the
    month is that of the figure's date (None when undated). Each group: ``total`` (of the
    normalized ``value``, the lower bound of a range), ``count``, ``documents`` and ``spans``, its
    first ``span_limit`` figures by document id and offset (id, document id, start, end, text).
    The database groups, sums and cuts, so a ledger of any size costs one pass over its figures.
    """
    q = _quantity_filter(select(t.quantities), **filters).subquery()
    month = func.nullif(func.substr(func.coalesce(q.c.date, ""), 1, 7), "").label("month")
    out = {}
    for name, keys in (("by_item", (q.c.item, q.c.unit, q.c.kind)), ("by_month", (month, q.c.item, q.c.unit, q.c.kind))):
        sums = select(*keys, func.sum(q.c.value).label("total"), func.count().label("count"),
                      func.count(distinct(q.c.document_id)).label("documents")).group_by(*keys)
        rank = func.row_number().over(partition_by=keys, order_by=(q.c.document_id, q.c.start)).label("rank")
        ranked = select(*keys, q.c.id, q.c.document_id, q.c.start, q.c.end, q.c.text, rank).subquery()
        with engine.connect() as conn:
            groups = {tuple(r[:len(keys)]): {**r._mapping, "spans": []} for r in conn.execute(sums)}
            cut = select(ranked).where(ranked.c.rank <= span_limit).order_by(ranked.c.document_id, ranked.c.start)
            for r in conn.execute(cut) if span_limit else ():
                groups[tuple(r[:len(keys)])]["spans"].append(
                    {"quantity_id": r.id, "document_id": r.document_id, "span": [r.start, r.end], "text": r.text})
        out[name] = list(groups.values())
    return out


def quantity_facets(engine: Engine) -> dict[str, list[str]]:
    """The kinds, units and items present, sorted, for filter menus (read-only)."""
    with engine.connect() as conn:
        def distinct(col) -> list[str]:
            return sorted(v for v in conn.execute(select(col).distinct()).scalars() if v)

        return {"kind": distinct(t.quantities.c.kind), "unit": distinct(t.quantities.c.unit),
                "item": distinct(t.quantities.c.item)}
