"""Resolve stage: the same person, organization and event across documents and languages.

Public: ``build_refs``, ``resolve_entities`` and ``resolve_events`` (pure functions over typed
records) and their records ``EntityRef``, ``Judgement``, ``ResolvedEntity``,
``EventReport``, ``EventJudgement``, ``ResolvedEvent``; blocking (``NameIndex``, ``blocking_keys``)
and incremental resolution (``update_entities``, ``event_component`` with the reads they take,
``add_reports``: new event reports joined to the stored events with the result of a resolution from scratch,
``add_reports_in_parts``: the same with every report's evidence component,
``EntityIndex`` and ``EventIndex``, and what they return, ``EntityUpdate`` and ``GroupRow``); the evidence
components events can be resolved by alone (``evidence_components``) and the digest of what
``merge_evidence`` reads of a report (``content_digest``), which the store keeps per report.
"""

from pesquisa.resolve._append import add_reports, add_reports_in_parts
from pesquisa.resolve._parts import content_digest, evidence_components
from pesquisa.resolve.entities import EntityRef, Judgement, ResolvedEntity, build_refs, name_parts, resolve_entities
from pesquisa.resolve.events import (
    EventJudgement,
    EventReport,
    ResolvedEvent,
    blocking_keys,
    merge_evidence,
    resolve_events,
)
from pesquisa.resolve.names import NameIndex
from pesquisa.resolve.update import (
    EntityIndex,
    EntityUpdate,
    EventIndex,
    FullResolutionNeeded,
    GroupRow,
    event_component,
    update_entities,
)

__all__ = ["EntityIndex", "EntityRef", "EntityUpdate", "EventIndex", "EventJudgement", "EventReport",
           "FullResolutionNeeded", "GroupRow", "Judgement", "NameIndex", "ResolvedEntity", "ResolvedEvent",
           "add_reports", "add_reports_in_parts", "blocking_keys", "build_refs", "content_digest", "event_component",
           "evidence_components", "merge_evidence", "name_parts", "resolve_entities",
           "resolve_events", "update_entities"]
