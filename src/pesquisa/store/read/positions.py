"""Positions: what a person said, with what dates when it was said (``pesquisa.analyze.positions`` groups it by topic)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select

from pesquisa.store import schema as t


@dataclass(slots=True)
class SpeakerFacts:
    """A speaker's quotes (with their document's source, title, date, language) and what their documents hold to date them."""

    quotes: list[dict]  # quote rows plus source, title, published, lang
    dates: list[dict]  # date mentions of those documents: document_id, start, end, text, value
    bodies: dict[str, str]  # document id -> clean body, for sentence bounds


def speaker_facts(engine: Engine, entity_id: str) -> SpeakerFacts:
    """The quotes ``entity_id`` (a current id) spoke, and the date mentions and bodies of their documents (read-only).

    Three queries whatever the number of quotes: quotes with documents, dates, bodies.
    """
    with engine.connect() as conn:
        quotes = [dict(r) for r in conn.execute(
            select(t.quotes, t.documents.c.source, t.documents.c.title, t.documents.c.published, t.documents.c.lang)
            .join(t.documents, t.documents.c.id == t.quotes.c.document_id)
            .where(t.quotes.c.speaker_id == entity_id)
            .order_by(t.quotes.c.document_id, t.quotes.c.start)).mappings()]
        docs = sorted({q["document_id"] for q in quotes})
        dates = [dict(r) for r in conn.execute(
            select(t.dates.c.document_id, t.dates.c.start, t.dates.c.end, t.dates.c.text, t.dates.c.value)
            .where(t.dates.c.document_id.in_(docs), t.dates.c.value.is_not(None))
            .order_by(t.dates.c.document_id, t.dates.c.start)).mappings()]
        bodies = dict(conn.execute(select(t.documents.c.id, t.documents.c.body).where(t.documents.c.id.in_(docs))).all())
    return SpeakerFacts(quotes, dates, bodies)
