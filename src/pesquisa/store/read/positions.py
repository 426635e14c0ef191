"""Positions: what a person said, with what dates when it was said (``pesquisa.analyze.positions`` groups it by topic)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, String, case, cast, func, literal, null, select

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


def _about(key: str):
    """True for a quote whose stored ``topics`` (a JSON list of keys) holds ``key``."""
    return cast(t.quotes.c.topics, String).like(f'%"{key}"%')


def speaker_topic_page(engine: Engine, entity_id: str, keys: list[str], *,
                       limit: int) -> tuple[int, dict[str, int], dict[str, list[dict]]] | None:
    """The quotes of ``entity_id`` by topic, counted and cut by the database (read-only).

    Returns the number of quotes, the count per key of ``keys`` (topic keys, ``other``
    included), and for each key with quotes the first ``limit`` quote rows (with source,
    title, published, lang) in position order: the date it was said (else the publication
    date) oldest first, undated last, then source, offset and document id. Needs every quote
    of the speaker stored with its context (``topics`` set): None otherwise.
    """
    q, d = t.quotes.c, t.documents.c
    date = case((q.said_date.is_not(None), q.said_date), else_=d.published)
    with engine.connect() as conn:
        counts = conn.execute(select(func.count(), func.count(q.topics),
                                     *(func.coalesce(func.sum(case((_about(k), 1), else_=0)), 0) for k in keys))
                              .where(q.speaker_id == entity_id)).one()
        total, stored, per_key = counts[0], counts[1], dict(zip(keys, counts[2:], strict=True))
        if stored != total:
            return None
        pages = {}
        for key in (k for k in keys if per_key[k]):
            stmt = (_quote_rows().where(q.speaker_id == entity_id, _about(key))
                    .order_by(case((date.is_(null()), 1), else_=0), func.coalesce(date, literal("")), d.source,
                              q.start, q.document_id).limit(limit))
            pages[key] = [dict(r) for r in conn.execute(stmt).mappings()]
    return total, per_key, pages
