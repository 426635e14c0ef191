"""Entity pages on a large store (issue 15): what the page reads in bounded pieces equals what reading
every row gave (role timeline lines, the mention page), and what no one sees is not read."""

from __future__ import annotations

import gc

from _web_fixtures import scratch_db, web_db  # noqa: F401  (fixtures)
from fastapi.testclient import TestClient
from sqlalchemy import distinct, event, func, insert, select

from pesquisa.api.deps import StoreCache
from pesquisa.report.summary import role_timeline_of
from pesquisa.store import open_store, read
from pesquisa.store import schema as t
from pesquisa.store.read.entities import _mention_page
from pesquisa.web import create_app
from pesquisa.web.pages import role_groups, timeline_groups


def _titled_often(path) -> tuple:
    """The scratch store with every title stored four more times (a person titled in many documents)."""
    engine = open_store(path)
    with engine.begin() as conn:
        rows = [dict(r) for r in conn.execute(select(t.roles).order_by(t.roles.c.id)).mappings()]
        for n in range(4):
            conn.execute(insert(t.roles), [{**r, "id": f"{r['id']}-{n}"} for r in rows])
    return engine, sorted({r["entity_id"] for r in rows if r["entity_id"]})


def test_web_entity_role_lines_from_the_index_equal_grouping_every_title(scratch_db):  # noqa: F811
    engine, people = _titled_often(scratch_db)
    cut = 0
    for person in people:
        roles = read.role_rows(engine, person, evidence=False)
        names = read.names_by_id(engine, (r["organization_id"] for r in roles))
        expected = role_groups(role_timeline_of(roles, names))
        assert timeline_groups(engine, person) == expected
        cut += sum(g["count"] > len(g["sources"]) for g in expected)
    assert people and cut  # lines with more titles than they show were compared
    page = TestClient(create_app(str(scratch_db))).get(f"/entities/{people[0]}").text
    assert "Role timeline" in page and "more</span>" in page  # each line: three sources and how many more


def test_store_entity_mention_page_reads_only_the_documents_it_needs(scratch_db):  # noqa: F811
    engine = open_store(scratch_db)
    with engine.connect() as conn:
        ranked = conn.execute(select(t.mentions.c.entity_id).where(t.mentions.c.entity_id.is_not(None))
                              .group_by(t.mentions.c.entity_id)).scalars().all()
        ed, m = t.entity_documents.c, t.mentions.c
        for ident in ranked:
            order = list(conn.execute(select(ed.document_id).where(ed.entity_id == ident, ed.mentions > 0)
                                      .order_by(ed.sort_date, ed.document_id)).scalars())
            every = [dict(r) for r in conn.execute(select(t.mentions).where(m.entity_id == ident)
                                                   .order_by(m.document_id, m.start)).mappings()]
            every.sort(key=lambda r: order.index(r["document_id"]))
            for limit in (1, 2, 3, 7, 200):
                assert _mention_page(conn, ident, limit) == every[:limit]


def test_web_entity_page_reads_merge_choices_only_for_a_merge_form(web_db, monkeypatch):  # noqa: F811
    def ranking(*args, **kwargs):
        raise AssertionError("the ranking of every entity was read for a page without a merge form")

    client = TestClient(create_app(str(web_db)))  # no token: no merge form
    ident = client.get("/api/entities", params={"limit": 1}).json()["items"][0]["id"]
    monkeypatch.setattr(read, "entities", ranking)
    assert client.get(f"/entities/{ident}").status_code == 200


def test_api_store_cache_keeps_the_network_out_of_the_collector_until_the_store_changes(web_db):  # noqa: F811
    engine = open_store(web_db, create=False)
    cache = StoreCache(engine)
    try:
        cache.value("graph", lambda _: {"a": [1, 2]}, version=("v", 1))
        assert gc.get_freeze_count() > 0
        cache.value("other", lambda _: 1, version=("v", 2))  # the store changed: the old network is collectable
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_web_served_app_builds_the_network_before_the_first_page(web_db, monkeypatch):  # noqa: F811
    import threading

    from pesquisa.web import create_served_app

    monkeypatch.setenv("PESQUISA_DB_URL", str(web_db))
    monkeypatch.delenv("PESQUISA_TOKEN", raising=False)
    app = create_served_app()
    try:
        for thread in threading.enumerate():
            if thread.name == "pesquisa-network":
                thread.join(120)
        assert "graph" in app.state.graph._values  # built with no request asking for it
    finally:
        gc.unfreeze()


class _Statements:
    """Counts (and keeps, with their parameters) the statements an engine runs while the block is open."""

    def __init__(self, engine):
        self.engine, self.count, self.statements = engine, 0, []

    def _seen(self, conn, cursor, statement, parameters, *args) -> None:
        self.count += 1
        self.statements.append((statement, parameters))

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


def test_store_entity_totals_in_one_statement_equal_counting_each(web_db):  # noqa: F811
    engine = open_store(web_db, create=False)
    m, q, ed, fa = t.mentions.c, t.quotes.c, t.entity_documents.c, t.fact_actors.c
    with engine.connect() as conn:
        ids = conn.execute(select(t.entities.c.id).order_by(t.entities.c.id)).scalars().all()
    for ident in ids:
        with _Statements(engine) as run:
            facts = read.entity_facts(engine, ident, limit=5, mention_limit=3, roles=False)
        with engine.connect() as conn:
            events = conn.execute(select(func.count(distinct(fa.event_id))).where(
                fa.entity_id == ident, fa.role.in_(("organizer", "participant", "place")))).scalar_one()
            expected = {name: conn.execute(select(func.count()).select_from(table).where(where)).scalar_one()
                        for name, table, where in (("mentions", t.mentions, m.entity_id == ident),
                                                   ("quotes", t.quotes, q.speaker_id == ident),
                                                   ("documents", t.entity_documents, ed.entity_id == ident))}
        assert facts.counts == {**expected, "events": events}
        assert run.count <= 9  # row, mention documents, mentions, quotes, sources, cited, totals, events, names


def test_store_entity_page_reads_nothing_for_what_it_lacks(web_db):  # noqa: F811
    from pesquisa.store.official import ensure_official_schema

    engine = open_store(web_db, create=False)
    ensure_official_schema(engine)
    with _Statements(engine) as run:
        assert read.role_evidence(engine, []) == {}  # someone with no titles: no bodies asked for
        ensure_official_schema(engine)  # the official tables were seen once for this engine
    assert run.count == 0
    with engine.connect() as conn:
        people = conn.execute(select(t.entities.c.id).where(t.entities.c.type == "person")
                              .order_by(t.entities.c.id)).scalars().all()
    for person in people:
        with _Statements(engine) as run:
            profile = read.entity_profile(engine, person, limit=20)
        assert profile == read.person_profile(engine, person, limit=20)
        # the row once; nationality; each list's total, and its rows only when there are some; names cited
        lists = sum(1 for n in profile["counts"].values() if n)
        assert run.count == 4 + lists + (1 if lists else 0)


def _plan(engine, statement: str, parameters) -> str:
    with engine.connect() as conn:
        return " | ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))


def test_store_entity_totals_read_no_mention_row(web_db):  # noqa: F811
    # a place named in every paragraph of thousands of articles: its total is one entry per document
    engine = open_store(web_db, create=False)
    with engine.connect() as conn:
        ident, named = conn.execute(select(t.mentions.c.entity_id, func.count()).where(t.mentions.c.entity_id.is_not(None))
                                    .group_by(t.mentions.c.entity_id).order_by(func.count().desc())).first()
    with _Statements(engine) as run:
        facts = read.entity_facts(engine, ident, limit=5, mention_limit=3, roles=False)
    assert facts.counts["mentions"] == named > 1
    totals = [(s, p) for s, p in run.statements if "AS documents" in s]
    assert len(totals) == 1 and "FROM mentions" not in totals[0][0]
    assert "ix_mentions" not in _plan(engine, *totals[0])


def test_store_positions_count_topics_from_the_order_index_alone(web_db):  # noqa: F811
    from pesquisa.quote_context import OTHER
    from pesquisa.topics import topics

    engine = open_store(web_db, create=False)
    st = t.speaker_topics.c
    with engine.connect() as conn:
        speakers = conn.execute(select(st.speaker_id).distinct().order_by(st.speaker_id)).scalars().all()
        expected = {s: dict(conn.execute(select(st.topic, func.count(distinct(st.quote_id)))
                                         .where(st.speaker_id == s).group_by(st.topic)).all()) for s in speakers}
    assert speakers
    for speaker in speakers:
        with _Statements(engine) as run:
            found = read.speaker_topic_page(engine, speaker, [*topics(), OTHER], limit=2)
        assert found is not None and {k: n for k, n in found[1].items() if n} == expected[speaker]
        counted = [(s, p) for s, p in run.statements if "GROUP BY speaker_topics.topic" in s]
        assert len(counted) == 1 and "COVERING INDEX" in _plan(engine, *counted[0])


def test_store_entity_list_total_counts_entities_alone(web_db):  # noqa: F811
    engine = open_store(web_db, create=False)
    for kind in (None, "person", "organization", "place"):
        with engine.connect() as conn:
            every = conn.execute(select(t.entities.c.id).where(*([t.entities.c.type == kind] if kind else []))).all()
        with _Statements(engine) as run:
            page = read.entities(engine, type=kind, limit=2)
        assert page.total == len(every) > len(page.items)
        totals = [s for s, _ in run.statements if "count(" in s and "LIMIT" not in s]
        assert len(totals) == 1 and "mentions" not in totals[0] and "quotes" not in totals[0]
