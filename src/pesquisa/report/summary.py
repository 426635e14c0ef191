"""Read-only summaries of the knowledge base: counts, most-quoted people, role timelines, event pages.

The queries live in ``pesquisa.store.read``; here their rows become the shapes the
CLI prints and the API and web UI serve. ``role_timeline_of`` and ``event_page_of``
are pure, so a caller that already holds the rows (an entity page) shapes them alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from pesquisa.store import read
from pesquisa.store.read import EventFacts


@dataclass(slots=True)
class Summary:
    """Counts of what the store holds, documents per language, and the most-quoted people."""

    counts: dict[str, int]
    most_quoted: list[tuple[str, str, int]]  # (entity id, name, quotes)
    languages: dict[str, int] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)  # recorded failures by stage
    recent_failures: list[dict] = field(default_factory=list)  # path, location, stage, problem, last_seen

    def to_dict(self) -> dict:
        return {"counts": self.counts, "languages": self.languages,
                "most_quoted": [{"id": i, "name": n, "quotes": c} for i, n, c in self.most_quoted],
                "failures": {"total": sum(self.failures.values()), "by_stage": self.failures,
                             "recent": self.recent_failures}}


def summarize(engine: Engine, *, top: int = 5, failures: int = 10) -> Summary:
    """Documents, people, organizations, quotes, quantities, events; the ``top`` most-quoted people;
    recorded ingest failures by stage and the ``failures`` most recent ones (read-only)."""
    recent = [{k: f[k] for k in ("path", "location", "stage", "problem", "last_seen")}
              for f in read.failures(engine, limit=failures)]
    return Summary(read.counts(engine), read.most_quoted(engine, top=top), read.languages(engine),
                   read.failure_counts(engine), recent)


def role_timeline_of(rows: list[dict], names: dict[str, str]) -> list[dict]:
    """Role rows (with ``source`` and ``evidence``) as a timeline: by asserted date (undated last), then title."""
    out = []
    for r in rows:
        out.append({"title": r["title"], "qualifier": r["qualifier"], "date": r["date"],
                    "organization": names.get(r["organization_id"]), "source": r["source"],
                    "document_id": r["document_id"], "span": [r["start"], r["end"]],
                    "evidence": r["evidence"]})
    return sorted(out, key=lambda r: (r["date"] or "9999", r["title"].lower()))


def role_timeline(engine: Engine, entity_id: str) -> list[dict]:
    """Titles a person held, by the date documents assert them, with sources (read-only)."""
    rows = read.role_rows(engine, entity_id)
    return role_timeline_of(rows, read.names_by_id(engine, (r["organization_id"] for r in rows)))


def event_page_of(facts: EventFacts) -> dict:
    """An event with the reports read of it (sentence, span, participants) and the evidence for those merges;
    ``report_count`` and ``evidence_count`` say how many there are in all."""
    event, names = facts.event, facts.names
    return {
        "id": event["id"], "type": event["type"], "date": event["date"], "place": names.get(event["place_id"]),
        "report_count": facts.report_count, "evidence_count": facts.evidence_count,
        "reports": [{"document_id": r["document_id"], "source": r["source"], "date": r["date"],
                     "trigger": r["trigger"], "span": [r["start"], r["end"]], "sentence": r["sentence"],
                     "participants": [names.get(p, p) for p in r["participant_ids"]],
                     "place": names.get(r["place_id"])} for r in facts.reports],
        "evidence": [{**e, "shared_participants": [names.get(p, p) for p in e["shared_participants"]]}
                     for e in event["evidence"]],
    }


def event_page(engine: Engine, event_id: str) -> dict:
    """``event_page_of`` the event ``event_id`` (old ids followed; read-only). Raises ``NotFoundError``."""
    return event_page_of(read.event(engine, event_id))
