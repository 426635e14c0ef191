"""Run resolution over everything stored and write the resolved ids back.

Resolution is global and deterministic: after every ingest it runs over all
stored documents, so the ids depend only on which documents are stored, never on
the order or batches they came in. Ids that stop existing (a new document gave a
person a fuller name) are kept as redirects to their new id.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import Engine, select, update

from pesquisa.lexicon import load_lexicon
from pesquisa.resolve import EntityRef, EventReport, Judgement, name_parts, resolve_entities, resolve_events
from pesquisa.store import schema as t
from pesquisa.store.write import replace_rows


def load_refs(engine: Engine) -> list[EntityRef]:
    """In-document entities from the stored mentions and roles (read-only)."""
    refs: dict[tuple[str, str], EntityRef] = {}
    forms: dict[tuple[str, str], Counter] = defaultdict(Counter)
    with engine.connect() as conn:
        rows = conn.execute(select(t.mentions.c.document_id, t.mentions.c.local_id, t.mentions.c.type,
                                   t.mentions.c.text, t.mentions.c.name, t.mentions.c.method)
                            .order_by(t.mentions.c.document_id, t.mentions.c.start)).all()
        titles = conn.execute(select(t.roles.c.document_id, t.roles.c.local_id, t.roles.c.title)).all()
    for doc_id, local_id, kind, text, name, _method in rows:
        forms[(doc_id, local_id)][name] += 1
        ref = refs.setdefault((doc_id, local_id), EntityRef(doc_id, local_id, kind, name))
        if text not in ref.forms:
            ref.forms.append(text)
    lex = load_lexicon()
    for key, ref in refs.items():
        names = forms[key]
        if ref.type == "person":
            ref.name = sorted(names, key=lambda n: (-len(name_parts(n)), -names[n], n))[0]
        else:
            ref.key = next((k for k in ((lex.org_key(n) or lex.context_key(n)) if ref.type == "organization"
                                        else lex.place_key(n) for n in sorted(names)) if k), None)
            ref.name = sorted(names, key=lambda n: (-names[n], n))[0]
    for doc_id, local_id, title in titles:
        if (doc_id, local_id) in refs:
            refs[(doc_id, local_id)].titles.append(title)
    return sorted(refs.values(), key=lambda r: (r.document_id, r.local_id))


def load_judgements(engine: Engine) -> list[Judgement]:
    with engine.connect() as conn:
        rows = conn.execute(select(t.judgements).where(t.judgements.c.deleted_at.is_(None))
                            .order_by(t.judgements.c.id)).mappings().all()
    return [Judgement(r["kind"], r["target"], r["other"]) for r in rows]


def resolve_store(engine: Engine) -> dict[str, int]:
    """Resolve every stored entity and event; writes ids into the fact tables. Returns counts."""
    refs = load_refs(engine)
    resolved = resolve_entities(refs, load_judgements(engine))
    local_to_id = {(m.document_id, m.local_id): e.id for e in resolved for m in e.members}
    with engine.connect() as conn:
        old_ids = set(conn.execute(select(t.entities.c.id)).scalars())
        old_mentions = dict(conn.execute(select(t.mentions.c.id, t.mentions.c.entity_id)).all())
        mention_rows = conn.execute(select(t.mentions.c.id, t.mentions.c.document_id, t.mentions.c.local_id)).all()
        role_rows = conn.execute(select(t.roles.c.id, t.roles.c.document_id, t.roles.c.local_id,
                                        t.roles.c.organization_local_id)).all()
        quote_rows = conn.execute(select(t.quotes.c.id, t.quotes.c.document_id, t.quotes.c.speaker_local_id)).all()
        report_rows = conn.execute(select(t.event_reports)).mappings().all()
        existing_redirects = dict(conn.execute(select(t.redirects.c.old_id, t.redirects.c.new_id)).all())

    def rid(doc_id: str, local: str | None) -> str | None:
        return local_to_id.get((doc_id, local)) if local else None

    reports = []
    report_updates = {}
    for r in report_rows:
        participants = sorted({p for p in (rid(r["document_id"], x) for x in r["participant_local_ids"]) if p})
        report = EventReport(r["id"], r["document_id"], r["type"], r["date"], rid(r["document_id"], r["place_local_id"]),
                             rid(r["document_id"], r["organizer_local_id"]), participants)
        reports.append(report)
    events = resolve_events(reports)
    report_event = {rep.id: ev.id for ev in events for rep in ev.reports}
    for report in reports:
        report_updates[report.id] = {"participant_ids": report.participant_ids, "place_id": report.place_id,
                                     "organizer_id": report.organizer_id, "event_id": report_event[report.id]}
    new_ids = {e.id for e in resolved}
    moved: dict[str, Counter] = defaultdict(Counter)
    for mid, doc_id, local in mention_rows:
        old = old_mentions.get(mid)
        new = rid(doc_id, local)
        if old and old not in new_ids and new:
            moved[old][new] += 1
    redirects = {old: new for old, new in existing_redirects.items()}
    for old in old_ids - new_ids:
        if moved.get(old):
            redirects[old] = moved[old].most_common(1)[0][0]
    for old, new in list(redirects.items()):
        while new in redirects and redirects[new] != new and new not in new_ids:
            new = redirects[new]
        redirects[old] = new
    redirects = {o: n for o, n in redirects.items() if o not in new_ids and o != n}

    with engine.begin() as conn:
        conn.execute(t.entities.delete())
        if resolved:
            conn.execute(t.entities.insert(), [e.to_row() for e in resolved])
        for mid, doc_id, local in mention_rows:
            conn.execute(update(t.mentions).where(t.mentions.c.id == mid).values(entity_id=rid(doc_id, local)))
        for role_id, doc_id, local, org_local in role_rows:
            conn.execute(update(t.roles).where(t.roles.c.id == role_id).values(
                entity_id=rid(doc_id, local), organization_id=rid(doc_id, org_local)))
        for qid, doc_id, local in quote_rows:
            conn.execute(update(t.quotes).where(t.quotes.c.id == qid).values(speaker_id=rid(doc_id, local)))
        for rep_id, values in report_updates.items():
            conn.execute(update(t.event_reports).where(t.event_reports.c.id == rep_id).values(**values))
    replace_rows(engine, t.events, [{"id": ev.id, "type": ev.type, "date": ev.date, "place_id": ev.place_id,
                                     "place": None, "evidence": ev.evidence} for ev in events])
    replace_rows(engine, t.redirects, [{"old_id": o, "new_id": n} for o, n in sorted(redirects.items())])
    return {"entities": len(resolved), "events": len(events), "redirects": len(redirects)}
