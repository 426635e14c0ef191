"""The actor network kept beside the store: built once per store version for every worker, read back equal,
built again after an ingest (issue 15: each of the two workers built it, a minute each, at every start)."""

from __future__ import annotations

import pytest
from _web_fixtures import copy_sqlite

from pesquisa.analyze.kb import build_kb_graph
from pesquisa.api import network_file, store_file
from pesquisa.api.deps import GraphCache
from pesquisa.store import open_store


@pytest.fixture
def counted(monkeypatch) -> list[int]:
    """The number of networks built from the store (the list grows by one per build)."""
    builds: list[int] = []

    def build(engine):
        builds.append(1)
        return build_kb_graph(engine)

    monkeypatch.setattr(network_file, "build_kb_graph", build)
    return builds


def adjacency(graph) -> list:
    """Nodes with their data, each with its neighbours and edge data, in the graph's own iteration order."""
    return [(n, d, list(graph.adj[n].items())) for n, d in graph.nodes(data=True)]


def test_network_file_built_once_per_store_version_for_every_worker(web_db, tmp_path, counted):
    db = copy_sqlite(web_db, tmp_path / "kb.sqlite")
    first, second = GraphCache(open_store(db, create=False)), GraphCache(open_store(db, create=False))
    built = first.get()
    assert counted == [1] and (tmp_path / "kb.sqlite.network.json").exists()
    read_back = second.get()  # the other worker: reads the file, builds nothing
    assert counted == [1]
    assert adjacency(read_back) == adjacency(built) == adjacency(build_kb_graph(first.engine))
    assert built.number_of_nodes() > 20 and "Marcelo Ebrard" in {d["label"] for _n, d in built.nodes(data=True)}
    first.engine.dispose()
    second.engine.dispose()  # a restart: the store closed by all, opened again (a new, empty write-ahead log)
    assert adjacency(GraphCache(open_store(db, create=False)).get()) == adjacency(built) and counted == [1]


def test_network_file_built_again_after_an_ingest(web_db, tmp_path, counted):
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import ingest_documents

    db = copy_sqlite(web_db, tmp_path / "kb.sqlite")
    engine = open_store(db, create=False)
    before = GraphCache(engine).get()
    article = tmp_path / "new.txt"
    article.write_text("Talks in Washington\n\nMarcelo Ebrard met Zacarías Bentolila, the governor, in Washington "
                       "on Monday. Ebrard and Bentolila spoke for an hour.\n", encoding="utf-8")
    assert ingest_documents(engine, iter_documents([article])).added == ["new.txt"]
    after = GraphCache(open_store(db, create=False)).get()
    assert counted == [1, 1]  # the store's version changed: the file was stale
    assert "Zacarías Bentolila" in {d["label"] for _n, d in after.nodes(data=True)}
    assert "Zacarías Bentolila" not in {d["label"] for _n, d in before.nodes(data=True)}
    assert counted == [1, 1] and adjacency(GraphCache(open_store(db, create=False)).get()) == adjacency(after)


def test_network_file_not_written_where_the_folder_refuses(web_db, tmp_path, counted, monkeypatch):
    db = copy_sqlite(web_db, tmp_path / "kb.sqlite")
    monkeypatch.setattr(store_file.tempfile, "mkstemp", lambda **kw: (_ for _ in ()).throw(PermissionError("no")))
    graph = GraphCache(open_store(db, create=False)).get()
    assert graph.number_of_nodes() > 20 and counted == [1]
    assert not (tmp_path / "kb.sqlite.network.json").exists()
