"""The query layer: every read of the knowledge base goes through here.

api, web, report, analyze, cli and the pipeline share these functions, so a query is
written once and a page and its API twin cannot disagree. Results are plain dicts
(one per row) at the SQL edge, gathered in small typed records (``Rows``,
``DocumentFacts``, ``EntityFacts`` ...) where a caller needs several tables at once;
typed stage records (``EntityRef``, ``EventReport``) where a stage consumes them.
Nothing here writes. JSON shapes are ``pesquisa.api.serialize``'s business.

Modules by area: ``documents``, ``entities``, ``events``, ``facts`` (quotes and
quantities), ``lookup`` (ids and names), ``briefs`` (what briefings cite), ``official``
(the official record and sanction matches; imported as a module), ``summary``, ``export``, ``network`` (the
actor network's rows), ``failures`` (what an ingest could not take in), ``relations`` (relations, timeline,
seizure ledger), ``resolution``, ``tracker`` (the facts a framework tracker reads, official series by
month), ``judgements`` (the history of analyst judgements), ``profiles`` (organization and person
profiles, each list a page), ``positions`` (a speaker's quotes with
what dates them). Queries filter on indexed columns (ids,
``document_id``, ``entity_id``, ``speaker_id``, ``event_id``) and read a page's
related rows in one query per table, never one per row.
"""

from pesquisa.store.read._common import Rows, date_upper, within_dates
from pesquisa.store.read.briefs import BriefFacts, brief_facts, cited_documents, quantities_at
from pesquisa.store.read.documents import DocumentFacts, document_facts, document_raw, documents, stored_document_ids
from pesquisa.store.read.entities import (
    EntityFacts,
    entities,
    entity_events,
    entity_facts,
    role_evidence,
    role_groups,
    role_rows,
)
from pesquisa.store.read.events import (
    REPORTS_LISTED,
    EventFacts,
    event,
    event_facts,
    event_ids,
    event_types,
    events,
)
from pesquisa.store.read.export import ExportFacts, actors, export_facts, titles_by_entity
from pesquisa.store.read.facts import quantities, quantity_facets, quantity_totals, quotes, quotes_by_speaker
from pesquisa.store.read.failures import failure_counts, failure_keys, failures
from pesquisa.store.read.judgements import event_options, judgement_history, judgement_row, latest_judgement_id
from pesquisa.store.read.lookup import (
    entity_exists,
    find_entity,
    names_by_id,
    require_entity,
    resolve_id,
    speaker_id_for,
)
from pesquisa.store.read.network import NetworkFacts, network_facts
from pesquisa.store.read.positions import SpeakerFacts, speaker_facts, speaker_topic_page
from pesquisa.store.read.profiles import entity_profile, organization_profile, person_profile
from pesquisa.store.read.relations import (
    event_judgements,
    event_of_report,
    event_report_ids,
    event_timeline,
    nationalities,
    relation_edges,
    relations_of,
    seizure_ledger,
)
from pesquisa.store.read.resolution import (
    component_candidates,
    component_report_rows,
    components_missing,
    entity_refs,
    event_joins,
    event_keys_of,
    event_report_rows,
    event_reports,
    group_facts,
    grouped_refs,
    groups_going_by,
    groups_of_bases,
    indexed_refs,
    judgements,
    person_groups,
    ref_batches,
    refs_by_document,
    report_from_row,
    report_rows_of,
    reports_with_keys,
    resolved_count,
    split_result,
    stored_entity_ids,
    totals,
    unresolved_documents,
)
from pesquisa.store.read.summary import counts, languages, most_quoted, store_version
from pesquisa.store.read.tracker import TrackerRows, seizure_months, tracker_rows, victim_months

__all__ = [
    "REPORTS_LISTED",
    "BriefFacts",
    "DocumentFacts",
    "EntityFacts",
    "EventFacts",
    "ExportFacts",
    "NetworkFacts",
    "Rows",
    "SpeakerFacts",
    "TrackerRows",
    "actors",
    "brief_facts",
    "cited_documents",
    "component_candidates",
    "component_report_rows",
    "components_missing",
    "counts",
    "date_upper",
    "document_facts",
    "document_raw",
    "documents",
    "entities",
    "entity_events",
    "entity_exists",
    "entity_facts",
    "entity_profile",
    "entity_refs",
    "event",
    "event_facts",
    "event_ids",
    "event_joins",
    "event_judgements",
    "event_keys_of",
    "event_of_report",
    "event_options",
    "event_report_ids",
    "event_report_rows",
    "event_reports",
    "event_timeline",
    "event_types",
    "events",
    "export_facts",
    "failure_counts",
    "failure_keys",
    "failures",
    "find_entity",
    "group_facts",
    "grouped_refs",
    "groups_going_by",
    "groups_of_bases",
    "indexed_refs",
    "judgement_history",
    "judgement_row",
    "judgements",
    "languages",
    "latest_judgement_id",
    "most_quoted",
    "names_by_id",
    "nationalities",
    "network_facts",
    "organization_profile",
    "person_groups",
    "person_profile",
    "quantities",
    "quantities_at",
    "quantity_facets",
    "quantity_totals",
    "quotes",
    "quotes_by_speaker",
    "ref_batches",
    "refs_by_document",
    "relation_edges",
    "relations_of",
    "report_from_row",
    "report_rows_of",
    "reports_with_keys",
    "require_entity",
    "resolve_id",
    "resolved_count",
    "role_evidence",
    "role_groups",
    "role_rows",
    "seizure_ledger",
    "seizure_months",
    "speaker_facts",
    "speaker_id_for",
    "speaker_topic_page",
    "split_result",
    "store_version",
    "stored_document_ids",
    "stored_entity_ids",
    "titles_by_entity",
    "totals",
    "tracker_rows",
    "unresolved_documents",
    "victim_months",
    "within_dates",
]
