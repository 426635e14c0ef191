"""The entity page tables (``entity_documents``, ``fact_actors``, ``speaker_topics``; issue 15) hold what the facts say.

Each table is compared with the same rows worked out directly from the stored facts, the
way entity pages used to per request (a line break between two offsets means two
paragraphs): on the session knowledge base, after documents arrive in batches, after a
merge and a split, and after a document is written again. (That incremental resolution
leaves them equal to a resolution from scratch is ``test_resolve_incremental``'s business.)
"""

from __future__ import annotations

from collections import Counter

from _store_helpers import head_revision
from sqlalchemy import select
from test_resolve_incremental import _copy

from pesquisa.pipeline import record_judgement, resolve_store
from pesquisa.store import open_store
from pesquisa.store import schema as t
from pesquisa.store.write import write_extraction

PARAGRAPH_KINDS = ("sanction", "seizure")


def _stored(engine) -> tuple[set, ...]:
    """The rows of each table, as sets of tuples."""
    with engine.connect() as conn:
        return tuple({tuple(r) for r in conn.execute(select(table))} for table in t.PAGE_TABLES)


def _from_facts(engine) -> tuple[set, ...]:
    """The rows both tables should hold, from the facts: a direct reading of what they mean."""
    d, m, q, r, n = t.documents.c, t.mentions.c, t.quotes.c, t.event_reports.c, t.quantities.c
    with engine.connect() as conn:
        docs = {row.id: row for row in conn.execute(select(d.id, d.published, d.source, d.body))}
        mentions = conn.execute(select(m.document_id, m.entity_id, m.start).where(m.entity_id.is_not(None))).all()
        speakers = conn.execute(select(q.document_id, q.speaker_id).where(q.speaker_id.is_not(None))).all()
        reports = conn.execute(select(r.id, r.document_id, r.type, r.event_id, r.organizer_id, r.participant_ids,
                                      r.target_ids, r.place_id, r.start)).all()
        money = conn.execute(select(n.id, n.document_id, n.start).where(n.kind == "money")).all()
        quotes = conn.execute(select(q.id, q.document_id, q.speaker_id, q.topics, q.said_date, q.start)
                              .where(q.speaker_id.is_not(None))).all()
    count = Counter((doc, ent) for doc, ent, _ in mentions)
    documents = {(ent, doc, docs[doc].published or "9999", docs[doc].source, count[(doc, ent)])
                 for doc, ent in {*count, *((doc, ent) for doc, ent in speakers)}}
    actors = set()
    for rep in reports:
        named = [("organizer", rep.organizer_id), ("place", rep.place_id),
                 *(("participant", p) for p in rep.participant_ids or []), *(("target", p) for p in rep.target_ids or [])]
        actors |= {(ent, rep.id, role, rep.type, rep.event_id, rep.document_id, rep.start) for role, ent in named if ent}
    facts = [(rep.id, rep.document_id, rep.start, rep.type, rep.event_id) for rep in reports if rep.type in PARAGRAPH_KINDS]
    for fact, doc, start, kind, event in [*facts, *((f, doc, s, "money", None) for f, doc, s in money)]:
        body = docs[doc].body
        actors |= {(ent, fact, "paragraph", kind, event, doc, start) for mdoc, ent, mstart in mentions
                   if mdoc == doc and "\n" not in body[min(start, mstart):max(start, mstart)]}
    topics = set()
    for quote in quotes:
        said = quote.said_date if quote.said_date is not None else docs[quote.document_id].published
        topics |= {(quote.speaker_id, quote.id, topic, quote.document_id, int(said is None), said or "",
                    docs[quote.document_id].source, quote.start) for topic in quote.topics}
    return documents, actors, topics


def test_store_page_tables_hold_what_the_facts_say(kb):
    documents, actors, topics = _stored(kb)
    assert (documents, actors, topics) == _from_facts(kb)
    assert {row[2] for row in topics} >= {"other", "kingpins"}
    roles = Counter(row[2] for row in actors)
    assert roles["participant"] and roles["organizer"] and roles["paragraph"]  # the session corpus has each


def test_store_page_tables_follow_batches_and_judgements(kb, tmp_path):
    with kb.connect() as conn:
        every = sorted(conn.execute(select(t.documents.c.id)).scalars())
    engine = open_store(tmp_path / "pages.sqlite")
    _copy(kb, engine, every[::3])
    resolve_store(engine)
    assert _stored(engine) == _from_facts(engine)
    _copy(kb, engine, [doc for doc in every if doc not in every[::3]])
    assert resolve_store(engine)["full"] == 0
    assert _stored(engine) == _from_facts(engine) == _stored(kb)
    with engine.connect() as conn:
        people = conn.execute(select(t.entities.c.id).where(t.entities.c.type == "person")
                              .order_by(t.entities.c.id)).scalars().all()
    merged = record_judgement(engine, "merge", people[0], people[1])
    assert _stored(engine) == _from_facts(engine)
    assert merged in {row[0] for row in _stored(engine)[0]}
    assert not {people[0], people[1]} - {merged} & {row[0] for row in _stored(engine)[0]}
    record_judgement(engine, "split", people[2], None)
    assert _stored(engine) == _from_facts(engine)


def test_store_page_tables_of_a_document_written_again_wait_for_its_resolution(tmp_path, extract):
    engine = open_store(tmp_path / "again.sqlite")
    extraction = extract("news/002_f6318a2d4ec23030.txt")
    write_extraction(engine, extraction)
    resolve_store(engine)
    rows = _stored(engine)
    assert rows[0] and rows == _from_facts(engine)
    write_extraction(engine, extraction)  # the same document again (``ingest --force``): its facts lose their ids
    assert _stored(engine) == _from_facts(engine) == (set(), set(), set())
    resolve_store(engine)
    assert _stored(engine) == rows


def test_store_page_tables_migration_0009_fills_them_for_a_0008_store(kb, tmp_path):
    import sqlite3

    path = tmp_path / "old.sqlite"
    with sqlite3.connect(kb.url.database) as source, sqlite3.connect(path) as copy:
        source.backup(copy)  # the session store as it is, its write-ahead log included
    with sqlite3.connect(path) as conn:  # a store of revision 0008: resolved, without the page tables
        for table in t.PAGE_TABLES:
            conn.execute(f"DROP TABLE {table.name}")
        conn.execute("UPDATE alembic_version SET version_num = '0008'")
    engine = open_store(path)
    assert _stored(engine) == _from_facts(engine) == _stored(kb)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
