"""SQLAlchemy Core tables: the knowledge base, in one place.

Every fact table (mentions, roles, quotes, quantities, dates, event_reports, relations) carries
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
    Column("method", String(16), nullable=False),  # model | title | lexicon | rule (records.Mention.source)
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
    Column("status", String(16)),  # happened | planned (every report told it in the future)
    Column("country", String(8)),  # where it happened, ISO 3166 alpha-2 lower case
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
    Column("status", String(16)),  # happened | planned ("will meet")
    Column("country", String(8)),  # where, from the place or the hosting organization
    Column("target_local_ids", JSON),  # the arrested, sanctioned, extradited, attacked
    Column("target_ids", JSON),
    # quantities the report concerns: [{"quantity_id", "item", "value", "unit", "kind"}]
    Column("amounts", JSON),
    *_span_columns(),
)

relations = Table(
    "relations",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    # member_of | leader_of | faction_of | sanctioned_by | designated_by | charged_by | arrested_by |
    # extradited_by | laundered_for | financed_by | met | called | national_of
    Column("kind", String(32), nullable=False),
    Column("subject_local_id", String(64), nullable=False),
    Column("subject_id", String(64), index=True),  # resolved
    Column("object_local_id", String(64)),
    Column("object_id", String(64), index=True),
    Column("value", String(64)),  # a country code, for national_of
    Column("cue", Text, nullable=False),  # the words that state it
    Column("date", String(10)),  # publication date of the document
    *_span_columns(),
)

judgements = Table(
    "judgements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # merge | split | merge-event | split-event
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

# What could not be taken in (issue 16): one row per file, line, entry or record and stage,
# kept across runs (first_seen stays, last_seen moves) until the same input is stored.
failures = Table(
    "failures",
    metadata,
    Column("id", String(64), primary_key=True),  # make_id("fal", path, location, stage)
    Column("path", Text, nullable=False),  # the file as given (printable)
    Column("location", String(256), nullable=False),  # "line 3", "entry 2", "#4", "" for the whole file
    Column("stage", String(16), nullable=False),  # read | clean | extract | store | timeout
    Column("problem", Text, nullable=False),  # one line, for the person who owns the file
    Column("detail", Text),  # traceback when the cause was a bug, for --debug and bug reports
    Column("first_seen", String(32), nullable=False),
    Column("last_seen", String(32), nullable=False),
)
Index("ix_failures_path", failures.c.path, failures.c.location)

# Tables 0001 creates (from this module, so a new store has them all); later migrations add
# their own to stores made before them (0003: relations, idempotent; 0005: failures).
ALL_TABLES = (documents, entities, mentions, roles, quotes, quantities, dates, events, event_reports, relations,
              judgements, redirects)
