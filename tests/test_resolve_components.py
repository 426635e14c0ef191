"""Event components kept in the store (migration 0011, issue 15): written with every resolution, read by an
ingest instead of every report sharing a blocking key, and a resolution from scratch run one component at a
time. Each result is compared with a resolution of everything at once (events, evidence, components).

Stores are made of copies of the session knowledge base's extracted facts under new document ids (no
spaCy), so the copies of one story fall in one component, as in an archive of syndicated wire copy.
"""

from __future__ import annotations

import sqlite3

import pytest
from _store_helpers import head_revision
from sqlalchemy import insert, select
from test_resolve_incremental import UNRESOLVED, _state

from pesquisa.pipeline import _events, resolve_store
from pesquisa.store import open_store, read
from pesquisa.store import schema as t
from pesquisa.store.write import FACT_TABLES

FACTS = (t.documents, *(table for table in FACT_TABLES if table is not t.relations))


def _copy_as(source, target, copy: int, documents: list[str] | None = None) -> None:
    """Store copy number ``copy`` of the extracted facts of ``documents`` (default: all) under new ids, unresolved."""
    with source.connect() as src, target.begin() as dst:
        for table in FACTS:
            key = table.c.id if table is t.documents else table.c.document_id
            query = select(table) if documents is None else select(table).where(key.in_(documents))
            rows = [dict(r) for r in src.execute(query).mappings()]
            for row in rows:
                row.update({k: v for k, v in UNRESOLVED.items() if k in row})
                row["id"] = f"{row['id']}-{copy}"
                if table is t.documents:
                    row["source"] = f"{row['source']}-{copy}"
                else:
                    row["document_id"] = f"{row['document_id']}-{copy}"
            if rows:
                dst.execute(insert(table), rows)


def _events_and_components(engine) -> dict:
    """Every event with its reports and evidence, and every report's component and content digest."""
    with engine.connect() as conn:
        events = sorted((r.id, r.type, r.date, r.place_id, r.status, r.country, repr(r.evidence))
                        for r in conn.execute(select(t.events)))
        components = sorted(tuple(r) for r in conn.execute(select(t.event_components)))
        keys = sorted(tuple(r) for r in conn.execute(select(t.event_keys)))
    return {"events": events, "components": components, "keys": keys}


@pytest.fixture(scope="module")
def copies(kb, tmp_path_factory) -> dict:
    """Three copies of the knowledge base resolved from scratch in one go, as one part (the reference)."""
    engine = open_store(tmp_path_factory.mktemp("copies") / "scratch.sqlite")
    for copy in range(3):
        _copy_as(kb, engine, copy)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_events, "PART_REPORTS", 10**9)
        resolve_store(engine, full=True)
    with kb.connect() as conn:
        documents = sorted(conn.execute(select(t.documents.c.id)).scalars())
    return {"documents": documents, "state": _state(engine), "events": _events_and_components(engine)}


def test_resolve_components_scratch_in_parts_equals_one_part(kb, copies, tmp_path, monkeypatch):
    sizes: list[int] = []
    resolve = _events.resolve_events
    monkeypatch.setattr(_events, "resolve_events", lambda reports, j: sizes.append(len(reports)) or resolve(reports, j))
    monkeypatch.setattr(_events, "PART_REPORTS", 50)  # written in many small parts
    engine = open_store(tmp_path / "parts.sqlite")
    for copy in range(3):
        _copy_as(kb, engine, copy)
    assert resolve_store(engine, full=True)["full"] == 1
    assert _state(engine) == copies["state"] and _events_and_components(engine) == copies["events"]
    with engine.connect() as conn:
        reports = conn.execute(select(t.event_reports.c.id)).all()
    assert len(sizes) > 1 and sum(sizes) == len(reports) and max(sizes) < len(reports)  # one component at a time


def test_resolve_components_an_ingest_reads_only_the_touched_components(kb, copies, tmp_path, monkeypatch):
    engine = open_store(tmp_path / "grown.sqlite")
    for copy in range(2):
        _copy_as(kb, engine, copy)
    resolve_store(engine)
    read_rows: list[int] = []
    rows_of = read.component_report_rows
    monkeypatch.setattr(read, "component_report_rows", lambda e, c: read_rows.append(len(r := rows_of(e, c))) or r)
    monkeypatch.setattr(read, "reports_with_keys", lambda *a: pytest.fail("the blocking-key component was read"))
    half = copies["documents"][::2]
    _copy_as(kb, engine, 2, half)
    assert resolve_store(engine)["full"] == 0
    _copy_as(kb, engine, 2, [d for d in copies["documents"] if d not in half])
    assert resolve_store(engine)["full"] == 0
    assert _state(engine) == copies["state"] and _events_and_components(engine) == copies["events"]
    with engine.connect() as conn:
        stored = len(conn.execute(select(t.event_reports.c.id)).all())
    assert read_rows and max(read_rows) < stored * 2 // 3  # never the two stored copies whole


def test_resolve_components_migration_0011_then_an_ingest_resolves_from_scratch_once(kb, copies, tmp_path):
    path = tmp_path / "old.sqlite"
    engine = open_store(path)
    for copy in range(2):
        _copy_as(kb, engine, copy)
    resolve_store(engine)
    engine.dispose()
    with sqlite3.connect(path) as conn:  # a store of revision 0010: resolved, without event components
        conn.execute("DROP TABLE event_components")
        conn.execute("UPDATE alembic_version SET version_num = '0010'")
    engine = open_store(path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
        assert conn.execute(select(t.event_components)).first() is None
    assert read.components_missing(engine)
    _copy_as(kb, engine, 2)
    assert resolve_store(engine)["full"] == 1  # the components are filled by one resolution from scratch
    assert not read.components_missing(engine)
    assert _state(engine) == copies["state"] and _events_and_components(engine) == copies["events"]
    _copy_as(kb, engine, 3, copies["documents"][:3])
    assert resolve_store(engine)["full"] == 0  # and later ingests are incremental


def _scratch_of(kb, path, copies: int, judgements: list[dict] = ()) -> dict:
    engine = open_store(path)
    for copy in range(copies):
        _copy_as(kb, engine, copy)
    if judgements:
        with engine.begin() as conn:
            conn.execute(insert(t.judgements), judgements)
    resolve_store(engine, full=True)
    return {"state": _state(engine), "events": _events_and_components(engine)}


def test_resolve_components_kept_through_event_judgements_and_a_document_written_again(kb, copies, tmp_path):
    from sqlalchemy import delete

    from pesquisa.pipeline import record_event_judgement
    from pesquisa.store import page_tables

    engine = open_store(tmp_path / "judged.sqlite")
    _copy_as(kb, engine, 0)
    resolve_store(engine)
    with engine.connect() as conn:
        meetings = conn.execute(select(t.events.c.id).where(t.events.c.type == "meeting")
                                .order_by(t.events.c.id)).scalars().all()
    record_event_judgement(engine, "merge-event", meetings[0], meetings[-1])
    _copy_as(kb, engine, 1)
    assert resolve_store(engine)["full"] == 0  # with a judgement: the blocking-key component, from scratch
    with engine.connect() as conn:
        judgements = [{k: v for k, v in dict(r).items() if k != "id"} for r in conn.execute(select(t.judgements)).mappings()]
    assert _events_and_components(engine) == _scratch_of(kb, tmp_path / "j.sqlite", 2, judgements)["events"]

    engine = open_store(tmp_path / "again.sqlite")
    for copy in range(2):
        _copy_as(kb, engine, copy)
    resolve_store(engine)
    again = f"{copies['documents'][0]}-1"
    with engine.begin() as conn:  # the document written again, as ``write_extraction`` does
        for table in reversed(FACTS):
            conn.execute(delete(table).where((table.c.id if table is t.documents else table.c.document_id) == again))
        page_tables.forget(conn, [again])
        conn.execute(delete(t.resolved_documents).where(t.resolved_documents.c.document_id == again))
    _copy_as(kb, engine, 1, [copies["documents"][0]])
    assert resolve_store(engine)["full"] == 0
    _copy_as(kb, engine, 2)
    assert resolve_store(engine)["full"] == 0
    assert _state(engine) == copies["state"] and _events_and_components(engine) == copies["events"]


def test_resolve_components_reports_held_once_resolve_as_read():
    """Issue 15: the reports a resolution from scratch holds share their lists (and their amounts, less the quantity
    ids resolution never reads) between copies, and resolve to the same events as the reports as read."""
    from pesquisa.pipeline import _held_once
    from pesquisa.resolve import EventReport, resolve_events

    def copy(n: int) -> EventReport:
        amounts = [{"quantity_id": f"qty-{n}", "item": "cocaine", "value": 800.0, "unit": "kg", "kind": "seizure"}]
        return EventReport(f"rep-{n}", f"doc-{n}", "seizure", "2025-03-01", "plc-lc", "org-semar",
                           ["org-semar", "per-ana"], country="mx", amounts=amounts)

    read_ = [copy(n) for n in range(4)]
    shared: dict = {}
    held = [_held_once(copy(n), shared) for n in range(4)]
    assert held[0].participant_ids is held[3].participant_ids and held[0].amounts is held[3].amounts
    assert held[0].amounts == [{"item": "cocaine", "value": 800.0, "unit": "kg", "kind": "seizure"}]
    assert [(e.id, [r.id for r in e.reports], e.evidence) for e in resolve_events(held)] == \
        [(e.id, [r.id for r in e.reports], e.evidence) for e in resolve_events(read_)]
