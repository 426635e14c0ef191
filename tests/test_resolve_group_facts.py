"""Entities remade from their name groups' stored facts (``resolve._facts``, issue 15).

An increment reads the facts each touched name group keeps in ``resolution_groups.facts`` (names and
how often each is used, forms, key, smallest local id, withheld surname, sides of the law) instead of
every ref of the group, and reads a group's refs only where their entity id changes. Small stores
written by hand: the result must equal a resolution from scratch, facts included.
"""

from __future__ import annotations

from sqlalchemy import insert, select, update

from pesquisa.pipeline import resolve_store
from pesquisa.resolve import EntityRef
from pesquisa.resolve._facts import GroupFacts, facts_of
from pesquisa.resolve.entities import entity_of, make_entity, person_facts
from pesquisa.store import open_store, read
from pesquisa.store import schema as t

DOCS = {
    "d1": [("p1", "person", "Roberto Velasco Álvarez"), ("o1", "organization", "Sinaloa Cartel")],
    "d2": [("p1", "person", "Roberto Velasco Álvarez"), ("p2", "person", "Marcela Figueroa")],
    "d3": [("p1", "person", "Velasco"), ("p4", "person", "Marcela Figueroa"), ("o1", "organization", "Cártel de Sinaloa")],
    "d4": [("p1", "person", "Roberto Velasco Álvarez Ruiz"), ("p2", "person", "Marcela Figueroa")],
}


def _write(engine, doc: str) -> None:
    """Store one document's person and organization mentions, unresolved (as an ingest writes them)."""
    names = DOCS[doc]
    body = ". ".join(name for _, _, name in names) + "."
    rows, at = [], 0
    for n, (local, kind, name) in enumerate(names):
        start = body.index(name, at)
        at = start + len(name)
        rows.append({"id": f"{doc}-m{n}", "document_id": doc, "local_id": local, "type": kind, "text": name,
                     "name": name, "method": "model", "start": start, "end": at, "raw_start": start, "raw_end": at})
    with engine.begin() as conn:
        conn.execute(insert(t.documents).values(id=doc, source=f"{doc}.txt", content_type="text", raw=body, body=body,
                                                offsets=[], removed=[], repairs=[], ingested_at="2026-12-07T00:00:00"))
        conn.execute(insert(t.mentions), rows)


def _state(engine) -> dict:
    """Entities, every mention's entity id, the index refs and the groups with their facts."""
    with engine.connect() as conn:
        return {"entities": sorted(tuple(r) for r in conn.execute(select(t.entities))),
                "mentions": sorted(conn.execute(select(t.mentions.c.id, t.mentions.c.entity_id)).all()),
                "refs": sorted(tuple(r) for r in conn.execute(select(t.resolution_refs))),
                "groups": sorted((r.type, r.grp, r.founder, r.base_id, str(r.facts))
                                 for r in conn.execute(select(t.resolution_groups)))}


def _scratch(tmp_path, docs: list[str]) -> dict:
    engine = open_store(tmp_path / "scratch.sqlite")
    for doc in docs:
        _write(engine, doc)
    resolve_store(engine, full=True)
    return _state(engine)


def _no_refs_read(monkeypatch) -> None:
    def fail(*_args):
        raise AssertionError("the stored refs of a touched group were read")
    monkeypatch.setattr(read, "grouped_refs", fail)


def test_resolve_group_facts_increment_reads_no_stored_ref_and_equals_scratch(tmp_path, monkeypatch):
    engine = open_store(tmp_path / "batches.sqlite")
    for doc in ("d1", "d2"):
        _write(engine, doc)
    resolve_store(engine)
    _write(engine, "d3")  # a surname alone, a known name again, the cartel by its Spanish name: no stored id moves
    _no_refs_read(monkeypatch)
    assert resolve_store(engine)["full"] == 0
    state = _state(engine)
    assert state == _scratch(tmp_path, ["d1", "d2", "d3"])
    people = {name: aliases for _id, kind, name, _key, aliases, _c in state["entities"] if kind == "person"}
    assert people == {"Roberto Velasco Álvarez": ["Velasco"], "Marcela Figueroa": []}


def test_resolve_group_facts_moved_ids_read_the_groups_refs(tmp_path):
    engine = open_store(tmp_path / "batches.sqlite")
    for doc in ("d1", "d2", "d3"):
        _write(engine, doc)
    resolve_store(engine)
    _write(engine, "d4")  # a longer name: the stored "Roberto Velasco Álvarez" refs join it under its id
    assert resolve_store(engine)["full"] == 0
    state = _state(engine)
    assert state == _scratch(tmp_path, ["d1", "d2", "d3", "d4"])
    assert {name for _id, kind, name, *_ in state["entities"] if kind == "person"} == \
        {"Roberto Velasco Álvarez Ruiz", "Marcela Figueroa"}


def test_resolve_group_facts_groups_without_facts_read_their_refs_once(tmp_path):
    engine = open_store(tmp_path / "batches.sqlite")
    for doc in ("d1", "d2"):
        _write(engine, doc)
    resolve_store(engine)
    with engine.begin() as conn:  # groups stored before migration 0012 keep no facts
        conn.execute(update(t.resolution_groups).values(facts=None))
    _write(engine, "d3")
    assert resolve_store(engine)["full"] == 0
    assert _state(engine) == _scratch(tmp_path, ["d1", "d2", "d3"])


def test_resolve_group_facts_entity_of_facts_equals_make_entity_of_refs():
    a = [EntityRef("d1", "p2", "person", "Roberto Velasco", forms=["Roberto Velasco"]),
         EntityRef("d2", "p1", "person", "Roberto Velasco", forms=["Velasco"])]
    b = [EntityRef("d3", "p5", "person", "Roberto Velasco Álvarez", forms=["Roberto Velasco Álvarez"])]
    stored = person_facts(a)
    back = GroupFacts.from_json(stored.to_json(), ["d1", "d2"], [None])
    assert back.to_json() == stored.to_json() and back.docs == {"d1", "d2"}
    entity = entity_of("person", [person_facts(b), back], [*b, *a])
    assert entity == make_entity("person", [*b, *a])
    assert (entity.name, entity.aliases) == ("Roberto Velasco Álvarez", ["Roberto Velasco", "Velasco"])
    assert facts_of(a, set()).add(facts_of(b, set())).first == "p1"
