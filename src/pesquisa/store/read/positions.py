"""Positions: what a person said, with what dates when it was said (``pesquisa.analyze.positions`` groups it by topic)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from pesquisa.store import schema as t


@dataclass(slots=True)
class SpeakerFacts:
    """A speaker's quotes (with their document's source, title, date, language) and what their documents hold to date them."""

    quotes: list[dict]  # quote rows plus source, title, published, lang
    dates: list[dict]  # date mentions of those documents: document_id, start, end, text, value
    bodies: dict[str, str]  # document id -> clean body, for sentence bounds


def _quote_rows():
    """Quote rows with their document's source, title, publication date and language."""
    d = t.documents.c
    return select(t.quotes, d.source, d.title, d.published, d.lang).join(t.documents, d.id == t.quotes.c.document_id)


def speaker_facts(engine: Engine, entity_id: str) -> SpeakerFacts:
    """The quotes ``entity_id`` (a current id) spoke, and the date mentions and bodies of the documents whose
    quotes were stored without their context (``topics`` empty: a store written before migration 0008) (read-only).

    Three queries whatever the number of quotes: quotes with documents, dates, bodies.
    """
    with engine.connect() as conn:
        quotes = [dict(r) for r in conn.execute(_quote_rows().where(t.quotes.c.speaker_id == entity_id)
                                                .order_by(t.quotes.c.document_id, t.quotes.c.start)).mappings()]
        docs = sorted({q["document_id"] for q in quotes if q["topics"] is None})
        dates = [dict(r) for r in conn.execute(
            select(t.dates.c.document_id, t.dates.c.start, t.dates.c.end, t.dates.c.text, t.dates.c.value)
            .where(t.dates.c.document_id.in_(docs), t.dates.c.value.is_not(None))
            .order_by(t.dates.c.document_id, t.dates.c.start)).mappings()] if docs else []
        bodies = dict(conn.execute(select(t.documents.c.id, t.documents.c.body)
                                   .where(t.documents.c.id.in_(docs))).all()) if docs else {}
    return SpeakerFacts(quotes, dates, bodies)


def speaker_topic_page(engine: Engine, entity_id: str, keys: list[str], *,
                       limit: int) -> tuple[int, dict[str, int], dict[str, list[dict]]] | None:
    """The quotes of ``entity_id`` by topic, counted and cut by the database (read-only).

    Returns the number of quotes, the count per key of ``keys`` (topic keys, ``other``
    included), and for each key with quotes the first ``limit`` quote rows (with source,
    title, published, lang) in position order: the date it was said (else the publication
    date) oldest first, undated last, then source, offset and document id. Needs every quote
    of the speaker stored with its context (``topics`` set): None otherwise. Counts and order
    come from ``speaker_topics`` (kept by each resolution), so only the quotes listed are read.
    """
    q, st = t.quotes.c, t.speaker_topics.c
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(t.quotes).where(q.speaker_id == entity_id)).scalar_one()
        # a quote is one row per topic (the table's key), so the rows are counted from the order index alone
        per_topic: dict[str, int] = dict(conn.execute(select(st.topic, func.count())
                                      .where(st.speaker_id == entity_id).group_by(st.topic)).all())
        if per_topic.get(""):
            return None
        per_key = {k: per_topic.get(k, 0) for k in keys}
        pages = {}
        for key in (k for k in keys if per_key[k]):
            ids = list(conn.execute(select(st.quote_id).where(st.speaker_id == entity_id, st.topic == key)
                                    .order_by(st.undated, st.sort_date, st.source, st.start, st.document_id)
                                    .limit(limit)).scalars())
            rank = {quote: i for i, quote in enumerate(ids)}
            rows = conn.execute(_quote_rows().where(q.id.in_(ids))).mappings()
            pages[key] = sorted((dict(r) for r in rows), key=lambda r: rank[r["id"]])
    return total, per_key, pages
