"""Entities of a resolution from scratch made from group facts, without holding every ref (issue 15).

A resolution from scratch without judgements reads the store's refs a few hundred documents at a
time into the facts of their name groups (``add_facts``: ``GroupFacts`` add up, so the facts of a
group read in batches equal those of all its refs), clusters the groups from the facts alone
(``scratch_entities``: the clustering and the entity read nothing else) and returns the entities
without members and each group's entity id; the caller then reads the refs again batch by batch and
gives each the id of its group (``ScratchIds``). The result equals ``update_entities(..., full=True)``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pesquisa.resolve._assigned import Assigned
from pesquisa.resolve._facts import GroupFacts
from pesquisa.resolve.entities import EntityRef, group_key
from pesquisa.resolve.update import EntityIndex, EntityUpdate, GroupRow, _Facts, _json, _made, _make_all, _people_clusters

Facts = dict[tuple[str, str], GroupFacts]  # (type, group) -> the facts of its refs


def add_facts(facts: Facts, refs: Iterable[EntityRef]) -> None:
    """Add the facts of ``refs`` (a batch of whole documents, in the store's order) to ``facts`` by group."""
    groups: dict[tuple[str, str], list[EntityRef]] = defaultdict(list)
    for ref in refs:
        if grp := group_key(ref):
            groups[(ref.type, grp)].append(ref)
    for (kind, grp), members in groups.items():
        made = _made(kind, members)
        if kind != "person":
            made.docs = set()  # only the clustering of people reads a group's documents
        if (kind, grp) in facts:
            facts[(kind, grp)].add(made)
        else:
            facts[(kind, grp)] = made


class _Known(_Facts):
    """The facts of every group, made beforehand: no group's refs are read or carried."""

    def __init__(self, facts: Facts) -> None:
        self.loaded = dict(facts)
        self.whole = set()

    def of(self, kind: str, groups: Iterable[str]) -> dict[str, GroupFacts | None]:
        return {g: self.loaded.get((kind, g)) for g in dict.fromkeys(groups)}

    def members(self, kind: str, groups: list[str], entity_id: str) -> list[EntityRef]:
        return []


def scratch_entities(facts: Facts) -> EntityUpdate:
    """The entities (without members) and the groups of a resolution from scratch without judgements, from the facts
    of every group (``update_entities`` with ``full``, its refs' ids left to ``ScratchIds``); takes ``facts`` over."""
    index = EntityIndex(people={}, refs_of_groups=lambda kind, groups: [], groups_of_bases=lambda ids: [],
                        stored_ids=lambda ids: set())
    known = _Known(facts)
    facts.clear()
    update = EntityUpdate()
    for kind in ("person", "organization", "place"):
        touched = sorted(g for k, g in known.loaded if k == kind)
        if kind == "person":
            clusters, founders, _dropped = _people_clusters(set(touched), index, known)
        else:
            clusters = {g: [g] for g in touched}
            founders = {g: g for g in clusters}
        made, base = _make_all(kind, clusters, known, full=True, index=index)
        update.entities.extend(made)
        update.groups.extend(GroupRow(kind, g, founders[g], base[g], _json(known.loaded[(kind, g)])) for g in sorted(base))
    final_ids = {e.id for e in update.entities}
    update.removed = {i for f in known.loaded.values() if f for i in f.ids if i} - final_ids
    update.entities.sort(key=lambda e: e.id)
    return update


class ScratchIds:
    """Each ref's entity id after ``scratch_entities``: its group's (None for a ref without a group)."""

    def __init__(self, update: EntityUpdate) -> None:
        self.ids = {(row.type, row.grp): row.base_id for row in update.groups}

    def assigned(self, refs: Iterable[EntityRef]) -> Assigned:
        """(ref, its entity id now) for each of ``refs``."""
        out = Assigned()
        for ref in refs:
            grp = group_key(ref)
            out.append((ref, self.ids.get((ref.type, grp)) if grp else None))
        return out
