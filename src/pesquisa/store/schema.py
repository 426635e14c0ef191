"""SQLAlchemy Core tables: the knowledge base, in one place.

Every fact table (mentions, roles, quotes, quantities, dates, event_reports) carries
``document_id`` and the ``start``/``end`` character span in the document's clean
``body`` plus ``raw_start``/``raw_end`` in its raw original. A fact without a span
is not stored. Entity and event ids are stable: they are derived from content
(see ``pesquisa.resolve``), so re-ingesting gives the same ids.

The same tables serve SQLite (default) and PostgreSQL; the database is chosen by URL.
Schema changes go through Alembic migrations in ``store/migrations``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _span_columns() -> list[Column]:
    return [
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("raw_start", Integer, nullable=False),
        Column("raw_end", Integer, nullable=False),
    ]


documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),  # content hash of the raw original
    Column("source", String(512), nullable=False),  # file name as ingested
    Column("path", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(10)),  # ISO date
    Column("lang", String(8)),
    Column("content_type", String(16), nullable=False),
    Column("raw", Text, nullable=False),  # the original, untouched
    Column("body", Text, nullable=False),  # the clean text every span points into
    Column("offsets", JSON, nullable=False),  # clean -> raw segments
    Column("removed", JSON, nullable=False),  # boilerplate lines dropped
    Column("repairs", JSON, nullable=False),  # mojibake / slip repairs made
    Column("ingested_at", String(32), nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("type", String(16), nullable=False),  # person | organization | place
    Column("name", Text, nullable=False),  # canonical display name
    Column("key", String(128)),  # lexicon key, when the entity is in the lexicon
    Column("aliases", JSON, nullable=False),  # every surface form seen
    Column("countries", JSON, nullable=False),
)
Index("ix_entities_type_name", entities.c.type, entities.c.name)

mentions = Table(
    "mentions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("entity_id", String(64), index=True),  # resolved entity
    Column("local_id", String(64), nullable=False),  # in-document entity
    Column("type", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("method", String(16), nullable=False),  # model | lexicon | rule
    *_span_columns(),
)

roles = Table(
    "roles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("local_id", String(64), nullable=False),  # the person in its document
    Column("entity_id", String(64), index=True),  # the person, resolved
    Column("title", Text, nullable=False),
    Column("organization_local_id", String(64)),
    Column("organization_id", String(64)),
    Column("qualifier", String(32)),
    Column("date", String(10)),
    *_span_columns(),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("speaker", Text),
    Column("speaker_local_id", String(64)),
    Column("speaker_id", String(64), index=True),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("verb", String(64)),
    Column("cue", String(32)),
    *_span_columns(),
)

quantities = Table(
    "quantities",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String(16)),
    Column("item", Text),
    Column("kind", String(16), nullable=False),
    Column("raw_value", Float),
    Column("raw_unit", String(32)),
    Column("qualifier", String(32)),
    Column("value_max", Float),
    Column("date", String(10)),  # publication date of the document, for ledgers
    *_span_columns(),
)

dates = Table(
    "dates",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("value", String(10)),
    Column("relative", Boolean, nullable=False),
    *_span_columns(),
)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),  # resolved event
    Column("type", String(16), nullable=False),
    Column("date", String(10)),
    Column("place_id", String(64)),
    Column("place", Text),
    Column("evidence", JSON, nullable=False),  # why the reports were merged
)

event_reports = Table(
    "event_reports",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("event_id", String(64), index=True),
    Column("type", String(16), nullable=False),
    Column("trigger", Text, nullable=False),
    Column("date", String(10)),
    Column("place_local_id", String(64)),
    Column("organizer_local_id", String(64)),
    Column("participant_local_ids", JSON, nullable=False),
    Column("place_id", String(64)),
    Column("organizer_id", String(64)),
    Column("participant_ids", JSON, nullable=False),
    *_span_columns(),
)

judgements = Table(
    "judgements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # merge | split
    Column("target", String(64), nullable=False),  # entity id (or mention key for split)
    Column("other", String(64)),
    Column("detail", JSON),
    Column("author", String(64)),
    Column("created_at", String(32), nullable=False),
    Column("deleted_at", String(32)),
)

redirects = Table(
    "redirects",
    metadata,
    Column("old_id", String(64), primary_key=True),  # an id once issued
    Column("new_id", String(64), nullable=False),  # where it points now
)

# The resolution index (migration 0006): what incremental resolution needs to match a new
# document against the store without re-resolving it. Derived data: ``pesquisa.pipeline
# .resolve_store(full=True)`` rebuilds it from the facts above.

resolved_documents = Table(
    "resolved_documents",
    metadata,
    Column("document_id", String(64), primary_key=True),  # its entities and events are resolved
)

resolution_refs = Table(
    "resolution_refs",
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("local_id", String(64), primary_key=True),  # the in-document entity
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),  # the name resolution compares
    Column("key", String(128)),  # lexicon key
    Column("forms", JSON, nullable=False),  # surface forms (aliases of the entity)
    Column("grp", Text, index=True),  # name group: folded name parts, or key / folded name (None: no group)
    Column("entity_id", String(64), index=True),  # the resolved entity it belongs to now
)

resolution_groups = Table(
    "resolution_groups",
    metadata,
    Column("type", String(16), primary_key=True),
    Column("grp", Text, primary_key=True),
    Column("founder", Text, nullable=False, index=True),  # group that founded its cluster (itself for a founder)
    Column("base_id", String(64), nullable=False, index=True),  # cluster id before analyst judgements
)

event_keys = Table(
    "event_keys",
    metadata,
    Column("key", Text, primary_key=True),  # blocking key (resolve.events.blocking_keys)
    Column("report_id", String(64), primary_key=True, index=True),
)

RESOLUTION_TABLES = (resolved_documents, resolution_refs, resolution_groups, event_keys)

ALL_TABLES = (documents, entities, mentions, roles, quotes, quantities, dates, events, event_reports, judgements, redirects)
