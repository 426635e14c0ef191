"""A resolution from scratch made from group facts read in batches (``resolve._scratch``, issue 15).

From scratch, the refs are read a few hundred documents at a time into their groups' facts, the
entities made from the facts, and each ref then given its group's id batch by batch: the result must
equal ``update_entities`` with ``full`` over every ref at once, whatever the batches.
"""

from __future__ import annotations

from pesquisa.resolve import EntityIndex, EntityRef, update_entities
from pesquisa.resolve._scratch import ScratchIds, add_facts, scratch_entities

REFS = [
    EntityRef("d1", "p1", "person", "Roberto Velasco Álvarez", titles=["jefe de plaza"]),
    EntityRef("d1", "o1", "organization", "Sinaloa Cartel", key="sinaloa_cartel"),
    EntityRef("d1", "x1", "person", "él"),
    EntityRef("d2", "p1", "person", "Roberto Velasco Álvarez"),
    EntityRef("d2", "p2", "person", "Marcela Figueroa", titles=["alcaldesa"]),
    EntityRef("d2", "l1", "place", "Culiacán", forms=["Culiacán, Sinaloa"]),
    EntityRef("d3", "p1", "person", "Velasco"),
    EntityRef("d3", "p4", "person", "Marcela Figueroa"),
    EntityRef("d3", "o1", "organization", "Cártel de Sinaloa", key="sinaloa_cartel"),
    EntityRef("d4", "p1", "person", "Roberto Velasco Álvarez Ruiz", trade=True),
    EntityRef("d4", "p2", "person", "Marcela Figueroa"),
    EntityRef("d4", "l1", "place", "Culiacán"),
    EntityRef("d5", "p1", "person", "Figueroa"),
    EntityRef("d5", "p2", "person", "Homero «N»"),
]


def _index() -> EntityIndex:
    return EntityIndex(people={}, refs_of_groups=lambda kind, groups: [], groups_of_bases=lambda ids: [],
                       stored_ids=lambda ids: set())


def _by_batches(size: int) -> tuple[list, list, list]:
    """Entities, groups and (ref, id) pairs of the batched path, ``size`` documents a batch."""
    docs = sorted({r.document_id for r in REFS})
    batches = [[r for r in REFS if r.document_id in docs[i:i + size]] for i in range(0, len(docs), size)]
    facts: dict = {}
    for refs in batches:
        add_facts(facts, refs)
    update = scratch_entities(facts)
    ids = ScratchIds(update)
    pairs = [(r.document_id, r.local_id, eid) for refs in batches for r, eid in ids.assigned(refs)]
    entities = [(e.id, e.type, e.name, e.key, e.aliases) for e in update.entities]
    return entities, sorted((g.type, g.grp, g.founder, g.base_id, repr(g.facts)) for g in update.groups), sorted(pairs)


def test_resolve_scratch_batches_equal_every_ref_at_once():
    whole = update_entities(list(REFS), [], [], _index(), full=True)
    entities = [(e.id, e.type, e.name, e.key, e.aliases) for e in whole.entities]
    groups = sorted((g.type, g.grp, g.founder, g.base_id, repr(g.facts)) for g in whole.groups)
    pairs = sorted((r.document_id, r.local_id, eid) for r, eid in whole.assigned)
    assert len(pairs) == len(REFS)
    for size in (1, 2, 5):
        assert _by_batches(size) == (entities, groups, pairs)


def test_resolve_scratch_group_facts_add_up():
    facts: dict = {}
    add_facts(facts, REFS[:6])
    add_facts(facts, REFS[6:])
    whole: dict = {}
    add_facts(whole, REFS)
    assert {k: f.to_json() for k, f in facts.items()} == {k: f.to_json() for k, f in whole.items()}
    assert facts[("person", "marcela figueroa")].docs == {"d2", "d3", "d4"}
    assert facts[("person", "roberto velasco alvarez")].sides == whole[("person", "roberto velasco alvarez")].sides


def test_resolve_scratch_runs_without_spacy():
    """Resolution imports no spaCy (a process that only resolves starts at half the memory), and its copy of the
    criminal kinds stays the extractor's."""
    import subprocess
    import sys

    code = "import sys, pesquisa.pipeline, pesquisa.store; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
    from pesquisa.extract._criminal_named import CRIMINAL_KINDS
    from pesquisa.resolve.entities import CRIMINAL_KINDS as RESOLVED
    assert RESOLVED == CRIMINAL_KINDS
