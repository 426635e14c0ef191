"""Resolve stage: the same person, organization and event across documents and languages.

Public: ``build_refs``, ``resolve_entities`` and ``resolve_events`` (pure functions over typed
records) and their records ``EntityRef``, ``Judgement``, ``ResolvedEntity``,
``EventReport``, ``EventJudgement``, ``ResolvedEvent``.
"""

from pesquisa.resolve.entities import EntityRef, Judgement, ResolvedEntity, build_refs, name_parts, resolve_entities
from pesquisa.resolve.events import EventJudgement, EventReport, ResolvedEvent, merge_evidence, resolve_events

__all__ = ["EntityRef", "EventJudgement", "EventReport", "Judgement", "ResolvedEntity", "ResolvedEvent", "build_refs",
           "merge_evidence", "name_parts", "resolve_entities", "resolve_events"]
