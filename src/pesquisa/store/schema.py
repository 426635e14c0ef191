"""SQLAlchemy Core tables: the knowledge base, in one place.

Every fact table (mentions, roles, quotes, quantities, dates, event_reports, relations) carries
``document_id`` and the ``start``/``end`` character span in the document's clean
``body`` plus ``raw_start``/``raw_end`` in its raw original. A fact without a span
is not stored. Entity and event ids are stable: they are derived from content
(see ``pesquisa.resolve``), so re-ingesting gives the same ids.

The same tables serve SQLite (default) and PostgreSQL; the database is chosen by URL.
Schema changes go through Alembic migrations in ``store/migrations``.
"""

# size: one declaration per stored table, read top to bottom; splitting the tables across
# modules would only hide which columns a migration must create.
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
Index("ix_mentions_entity_document", mentions.c.entity_id, mentions.c.document_id)  # 0007: entity pages

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
Index("ix_roles_lines", roles.c.entity_id, roles.c.date, roles.c.qualifier, roles.c.title,
      roles.c.organization_id)  # 0010: role timeline lines

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
    # what it is about and when it was said (pesquisa.quote_context), set when written; 0008
    Column("topics", JSON),  # topic keys, ["other"] for none
    Column("topic_terms", JSON),  # topic key -> the quote's words that put it there
    Column("said_date", String(10)),  # the date its sentence gives, or null
    Column("said_text", Text),  # that date as written
)
Index("ix_quotes_speaker_document", quotes.c.speaker_id, quotes.c.document_id)  # 0007: entity pages

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
    Column("opening", String(80)),  # the first words of its sentence ("En otro hecho, ...": ``resolve._separate``)
    *_span_columns(),
)

relations = Table(
    "relations",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    # member_of | leader_of | faction_of | sanctioned_by | designated_by | charged_by | arrested_by |
    # extradited_by | works_for | paid_by | laundered_for | financed_by | linked_to | allied_with | rival_of | met | called |
    # relative_of | owner_of | national_of
    Column("kind", String(32), nullable=False),
    Column("subject_local_id", String(64), nullable=False),
    Column("subject_id", String(64), index=True),  # resolved
    Column("object_local_id", String(64)),
    Column("object_id", String(64), index=True),
    Column("value", String(64)),  # a country code, for national_of; the kin word, for relative_of
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
# their own to stores made before them (0003: relations, idempotent; 0004: the official
# record, OFFICIAL_TABLES; 0005: failures; 0006: the resolution index, RESOLUTION_TABLES; 0007: two
# indexes for entity pages).
ALL_TABLES = (documents, entities, mentions, roles, quotes, quantities, dates, events, event_reports, relations,
              judgements, redirects)

# --- The official record (issue 12): series, sanctions lists, and what the analyst decided about them. ---
# Every official row keeps the file and line it was read from; ids hash the natural key, so a
# re-import (or a later release repeating a month) replaces rows instead of adding them.

official_seizures = Table(
    "official_seizures",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("dataset", String(32), nullable=False),  # cbp-nationwide | cbp-amo
    Column("fiscal_year", Integer, nullable=False),
    Column("month", String(7), nullable=False),  # calendar month YYYY-MM
    Column("component", String(16), nullable=False),  # OFO | USBP | AMO
    Column("region", String(64), nullable=False),
    Column("land_filter", String(32), nullable=False),
    Column("area", Text, nullable=False),  # area of responsibility or AMO branch
    Column("drug", String(64), nullable=False),  # CBP's drug type as written
    Column("item", String(64), nullable=False),  # the item key news quantities use
    Column("events", Integer, nullable=False),
    Column("pounds", Float, nullable=False),
    Column("kg", Float, nullable=False),
    Column("year_to_date", Boolean, nullable=False),
    Column("source_file", String(255), nullable=False),
    Column("source_line", Integer, nullable=False),
)
Index("ix_official_seizures_series", official_seizures.c.dataset, official_seizures.c.item, official_seizures.c.month)

official_victims = Table(
    "official_victims",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("dataset", String(32), nullable=False),  # sesnsp-victims
    Column("month", String(7), nullable=False),
    Column("state", String(64), nullable=False),  # a state, or "Nacional"
    Column("crime", String(128), nullable=False),
    Column("total", Integer, nullable=False),
    Column("source_file", String(255), nullable=False),
    Column("source_line", Integer, nullable=False),
)
Index("ix_official_victims_series", official_victims.c.crime, official_victims.c.state, official_victims.c.month)

official_datasets = Table(
    "official_datasets",
    metadata,
    Column("dataset", String(32), primary_key=True),
    Column("first_month", String(7)),  # the months the series really covers
    Column("last_month", String(7)),
    Column("rows", Integer, nullable=False),
    Column("files", JSON, nullable=False),  # file names imported into it
    Column("imported_at", String(32), nullable=False),
)

sanction_entries = Table(
    "sanction_entries",
    metadata,
    Column("id", String(64), primary_key=True),  # make_id("sdn", list, uid)
    Column("list", String(32), nullable=False),  # us-ofac-sdn
    Column("uid", String(32), nullable=False),  # the list's own id (OFAC ent_num)
    Column("name", Text, nullable=False),  # primary name as the list writes it
    Column("kind", String(16), nullable=False),  # person | organization | vessel | aircraft
    Column("programs", JSON, nullable=False),
    Column("title", Text),
    Column("birth_dates", JSON, nullable=False),
    Column("birth_places", JSON, nullable=False),
    Column("nationalities", JSON, nullable=False),
    Column("citizenships", JSON, nullable=False),
    Column("gender", String(16)),
    Column("vessel", JSON, nullable=False),
    Column("remarks", Text),
    Column("source_file", String(255), nullable=False),
    Column("source_line", Integer, nullable=False),
    Column("seen_at", String(32), nullable=False),  # the import that last listed it
    Column("retired_at", String(32)),  # set when a later import of the list no longer has it (delisted)
)
Index("ix_sanction_entries_list_uid", sanction_entries.c.list, sanction_entries.c.uid, unique=True)

sanction_names = Table(
    "sanction_names",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("entry_id", String(64), nullable=False, index=True),
    Column("kind", String(8), nullable=False),  # primary | aka | fka | nka | dba
    Column("name", Text, nullable=False),
)

sanction_identifiers = Table(
    "sanction_identifiers",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("entry_id", String(64), nullable=False, index=True),
    Column("label", String(128), nullable=False),
    Column("scheme", String(128), nullable=False),  # curp | rfc | passport | ... (official.yaml)
    Column("value", String(128), nullable=False),
    Column("country", String(64)),
)

sanction_links = Table(
    "sanction_links",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("entry_id", String(64), nullable=False, index=True),
    Column("target_name", Text, nullable=False),  # as the remarks write it ("Linked To: ...")
    Column("target_entry_id", String(64)),  # the entry of that name on the same list, when there is one
)

sanction_matches = Table(
    "sanction_matches",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("entity_id", String(64), nullable=False, index=True),
    Column("entry_id", String(64), nullable=False, index=True),
    Column("list", String(32), nullable=False),
    Column("list_id", String(32), nullable=False),
    Column("score", Float, nullable=False),
    Column("evidence", JSON, nullable=False),  # reasons, each one line
    Column("status", String(16), nullable=False),  # suggested | confirmed
    Column("matched_at", String(32), nullable=False),
    Column("mentions", JSON),  # a listed name read in the text, no entity behind it: [{document_id, start, end, text}]
)

sanction_judgements = Table(
    "sanction_judgements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("decision", String(8), nullable=False),  # confirm | reject
    Column("entity_id", String(64), nullable=False),
    Column("list", String(32), nullable=False),
    Column("list_id", String(32), nullable=False),
    Column("author", String(64)),
    Column("created_at", String(32), nullable=False),
    Column("deleted_at", String(32)),
)

OFFICIAL_TABLES = (official_seizures, official_victims, official_datasets, sanction_entries, sanction_names,
                   sanction_identifiers, sanction_links, sanction_matches, sanction_judgements)

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
    # what resolution reads of the group's refs (``resolve._facts.GroupFacts.to_json``; migration 0012, issue 15):
    # an increment remakes the group's entity from it instead of reading every ref (None: read the refs)
    Column("facts", JSON),
)

event_keys = Table(
    "event_keys",
    metadata,
    Column("key", Text, primary_key=True),  # blocking key (resolve.events.blocking_keys)
    Column("report_id", String(64), primary_key=True, index=True),
)

RESOLUTION_TABLES = (resolved_documents, resolution_refs, resolution_groups, event_keys)

# Migration 0011 (issue 15): the evidence component of each resolved event report
# (``resolve._parts.evidence_components``), so an ingest reads only the components its reports
# touch, and the content digest of the report, so one report per content stands for its copies.
# Written with every resolution; cleared with it.
event_components = Table(
    "event_components",
    metadata,
    Column("report_id", String(64), primary_key=True),
    Column("component", String(64), nullable=False, index=True),  # an id of the component (a report id)
    Column("content", String(16), nullable=False),  # ``resolve.content_digest`` of the report
)

# What entity pages read instead of scanning every fact of an entity (migration 0009, issue 15):
# derived from the facts of each document and their resolved ids, written with the resolution
# for the documents whose ids changed (``store.page_tables``), so a page is a few index ranges.

entity_documents = Table(
    "entity_documents",
    metadata,
    Column("entity_id", String(64), primary_key=True),
    Column("document_id", String(64), primary_key=True, index=True),  # mentions or quotes the entity
    Column("sort_date", String(10), nullable=False),  # the document's publication date, "9999" when undated
    Column("source", String(512), nullable=False),
    Column("mentions", Integer, nullable=False),  # how many times it mentions the entity (0: quotes it only)
)
Index("ix_entity_documents_order", entity_documents.c.entity_id, entity_documents.c.sort_date,
      entity_documents.c.source, entity_documents.c.document_id)  # sources, oldest first
Index("ix_entity_documents_mentions", entity_documents.c.entity_id, entity_documents.c.sort_date,
      entity_documents.c.document_id, entity_documents.c.mentions)  # mentions, oldest documents first

fact_actors = Table(
    "fact_actors",
    metadata,
    Column("entity_id", String(64), primary_key=True),
    Column("fact_id", String(64), primary_key=True),  # an event report, or a money quantity
    # organizer | participant | target | place (the report names it), or paragraph (a mention of
    # the entity shares the fact's paragraph: sanction and seizure reports, money quantities)
    Column("role", String(16), primary_key=True),
    Column("kind", String(16), nullable=False),  # the report's type, or "money"
    Column("event_id", String(64)),  # the report's event
    Column("document_id", String(64), nullable=False, index=True),
    Column("start", Integer, nullable=False),  # the fact's span start
)
# an organization's sanctions, seizures, money (covering: counted and paged from the index alone)
Index("ix_fact_actors_involving", fact_actors.c.entity_id, fact_actors.c.kind, fact_actors.c.role,
      fact_actors.c.event_id, fact_actors.c.document_id, fact_actors.c.start, fact_actors.c.fact_id)
Index("ix_fact_actors_entity_event", fact_actors.c.entity_id, fact_actors.c.role, fact_actors.c.event_id)  # events

speaker_topics = Table(
    "speaker_topics",
    metadata,
    Column("speaker_id", String(64), primary_key=True),
    Column("quote_id", String(64), primary_key=True),
    Column("topic", String(32), primary_key=True),  # a key of the quote's ``topics``; "" for a quote stored without
    Column("document_id", String(64), nullable=False, index=True),
    # its position order: undated last, then the date it was said (else the publication date), source, offset
    Column("undated", Integer, nullable=False),
    Column("sort_date", String(10), nullable=False),
    Column("source", String(512), nullable=False),
    Column("start", Integer, nullable=False),
)
Index("ix_speaker_topics_order", speaker_topics.c.speaker_id, speaker_topics.c.topic, speaker_topics.c.undated,
      speaker_topics.c.sort_date, speaker_topics.c.source, speaker_topics.c.start, speaker_topics.c.document_id)

PAGE_TABLES = (entity_documents, fact_actors, speaker_topics)
