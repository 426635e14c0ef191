"""Read-only summaries of the knowledge base: counts, most-quoted people, entity and event pages."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select

from pesquisa.errors import NotFoundError
from pesquisa.lexicon import fold
from pesquisa.store import read
from pesquisa.store import schema as t


@dataclass(slots=True)
class Summary:
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
    """Documents, people, organizations, quotes, quantities, events; the most-quoted people;
    recorded ingest failures by stage and the ``failures`` most recent ones (read-only)."""
    with engine.connect() as conn:
        def count(stmt) -> int:
            return conn.execute(stmt).scalar_one()

        counts = {
            "documents": count(select(func.count()).select_from(t.documents)),
            "people": count(select(func.count()).select_from(t.entities).where(t.entities.c.type == "person")),
            "organizations": count(select(func.count()).select_from(t.entities)
                                   .where(t.entities.c.type == "organization")),
            "places": count(select(func.count()).select_from(t.entities).where(t.entities.c.type == "place")),
            "quotes": count(select(func.count()).select_from(t.quotes)),
            "quantities": count(select(func.count()).select_from(t.quantities)),
            "events": count(select(func.count()).select_from(t.events)),
        }
        languages: dict[str, int] = dict(conn.execute(select(t.documents.c.lang, func.count())
                                                      .group_by(t.documents.c.lang)).all())
        rows = conn.execute(
            select(t.entities.c.id, t.entities.c.name, func.count(t.quotes.c.id).label("n"))
            .join(t.quotes, t.quotes.c.speaker_id == t.entities.c.id)
            .where(t.entities.c.type == "person")
            .group_by(t.entities.c.id, t.entities.c.name)
            .order_by(func.count(t.quotes.c.id).desc(), t.entities.c.name).limit(top)).all()
    recent = [{k: f[k] for k in ("path", "location", "stage", "problem", "last_seen")}
              for f in read.failures(engine, limit=failures)]
    return Summary(counts, [(r[0], r[1], r[2]) for r in rows], languages, read.failure_counts(engine), recent)


def resolve_id(engine: Engine, ident: str) -> str:
    """The current id of ``ident``, following redirects (read-only)."""
    with engine.connect() as conn:
        seen = set()
        while ident not in seen:
            seen.add(ident)
            new = conn.execute(select(t.redirects.c.new_id).where(t.redirects.c.old_id == ident)).scalar()
            if not new:
                break
            ident = new
    return ident


def find_entity(engine: Engine, query: str, *, type: str | None = None) -> dict:
    """The entity whose id, name or alias is ``query`` (accent- and case-insensitive)."""
    ident = resolve_id(engine, query)
    with engine.connect() as conn:
        stmt = select(t.entities)
        if type:
            stmt = stmt.where(t.entities.c.type == type)
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
    for row in rows:
        if row["id"] == ident:
            return row
    key = fold(query)
    exact = [r for r in rows if fold(r["name"]) == key or key in {fold(a) for a in r["aliases"]}]
    if exact:
        return exact[0]
    partial = [r for r in rows if key and key in fold(r["name"])]
    if len(partial) >= 1:
        return sorted(partial, key=lambda r: len(r["name"]))[0]
    raise NotFoundError(f"{query}: no such {type or 'entity'}")


def role_timeline(engine: Engine, entity_id: str) -> list[dict]:
    """Titles a person held, by the date documents assert them, with sources (read-only)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(t.roles, t.documents.c.source, t.documents.c.body)
            .join(t.documents, t.documents.c.id == t.roles.c.document_id)
            .where(t.roles.c.entity_id == entity_id)).mappings().all()
        orgs = dict(conn.execute(select(t.entities.c.id, t.entities.c.name)).all())
    out = []
    for r in rows:
        out.append({"title": r["title"], "qualifier": r["qualifier"], "date": r["date"],
                    "organization": orgs.get(r["organization_id"]), "source": r["source"],
                    "document_id": r["document_id"], "span": [r["start"], r["end"]],
                    "evidence": r["body"][max(0, r["start"] - 60):r["end"] + 60].replace("\n", " ")})
    return sorted(out, key=lambda r: (r["date"] or "9999", r["title"].lower()))


def event_page(engine: Engine, event_id: str) -> dict:
    """An event with every report merged into it and the evidence for each merge (read-only)."""
    event_id = resolve_id(engine, event_id)
    with engine.connect() as conn:
        event = conn.execute(select(t.events).where(t.events.c.id == event_id)).mappings().first()
        if event is None:
            raise NotFoundError(f"{event_id}: no such event")
        reports = conn.execute(
            select(t.event_reports, t.documents.c.source, t.documents.c.body)
            .join(t.documents, t.documents.c.id == t.event_reports.c.document_id)
            .where(t.event_reports.c.event_id == event_id).order_by(t.documents.c.source)).mappings().all()
        names = dict(conn.execute(select(t.entities.c.id, t.entities.c.name)).all())
    return {
        "id": event["id"], "type": event["type"], "date": event["date"], "place": names.get(event["place_id"]),
        "reports": [{"document_id": r["document_id"], "source": r["source"], "date": r["date"],
                     "trigger": r["trigger"], "span": [r["start"], r["end"]],
                     "sentence": r["body"][r["start"]:r["end"]],
                     "participants": [names.get(p, p) for p in r["participant_ids"]],
                     "place": names.get(r["place_id"])} for r in reports],
        "evidence": [{**e, "shared_participants": [names.get(p, p) for p in e["shared_participants"]]}
                     for e in event["evidence"]],
    }
