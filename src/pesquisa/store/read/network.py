"""The rows the actor network is built from (``analyze.kb``): who is named, met, quoted and titled where."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select

from pesquisa.store import schema as t


@dataclass(slots=True)
class NetworkFacts:
    """Documents, entities and the resolved facts that link entities, each with its span."""

    documents: dict[str, dict]  # id -> id, source, published, lang
    bodies: dict[str, str]  # document id -> clean body (co-mention windows are its sentences)
    entities: dict[str, dict]
    mentions: list[tuple[str, str | None, int, int]]  # document id, entity id, start, end
    reports: list[dict]  # event reports: document_id, type, participant_ids, start, end
    quotes: list[tuple[str, str | None, int, int]]  # document id, speaker id, start, end
    roles: list[tuple[str, str | None, str | None, str, int, int]]  # document, person, organization, title, start, end


def network_facts(engine: Engine) -> NetworkFacts:
    """Every row ``analyze.build_kb_graph`` reads, in one connection (read-only)."""
    with engine.connect() as conn:
        docs = {r["id"]: dict(r) for r in conn.execute(
            select(t.documents.c.id, t.documents.c.source, t.documents.c.published, t.documents.c.lang)).mappings()}
        return NetworkFacts(
            documents=docs,
            bodies={r.id: r.body for r in conn.execute(select(t.documents.c.id, t.documents.c.body))},
            entities={r["id"]: dict(r) for r in conn.execute(select(t.entities)).mappings()},
            mentions=[tuple(r) for r in conn.execute(select(t.mentions.c.document_id, t.mentions.c.entity_id,
                                                            t.mentions.c.start, t.mentions.c.end))],
            # only the columns the network reads: decoding every JSON column of every report took a third of the build
            reports=[dict(r) for r in conn.execute(select(
                t.event_reports.c.document_id, t.event_reports.c.type, t.event_reports.c.participant_ids,
                t.event_reports.c.start, t.event_reports.c.end)).mappings()],
            quotes=[tuple(r) for r in conn.execute(select(t.quotes.c.document_id, t.quotes.c.speaker_id,
                                                          t.quotes.c.start, t.quotes.c.end))],
            roles=[tuple(r) for r in conn.execute(select(t.roles.c.document_id, t.roles.c.entity_id,
                                                         t.roles.c.organization_id, t.roles.c.title, t.roles.c.start,
                                                         t.roles.c.end))],
        )
