"""Incremental resolution: match new documents against the store through an index.

Resolving the whole store after every ingest grows with the store; a daily batch must
cost what it adds. The clustering rules (``resolve.entities``, ``resolve.events``) are
greedy and order-dependent, so "join the best match" would drift from a resolution made
from scratch. Instead this module finds the smallest part of the store whose result
can change and re-runs the same rules on that part alone:

- **people**: the connected component of the new names in the ``NameIndex`` neighbour
  graph (subset, superset, similar spelling); one-word names whose word appears in it;
  and every cluster such a name leaves or joins;
- **organizations and places**: the groups (lexicon key or folded name) of the new refs;
- **judgements**: the clusters a merge or split names, replayed on that part only;
- **events**: the reports of new documents and those whose participants' ids changed,
  with every report connected to them through shared blocking keys
  (``events.blocking_keys``), before and after the change.

Each part is a union of whole components, so its result equals a resolution from
scratch (tests compare both on random batch splits). A group's entity is remade from the
facts the store keeps per group (``resolve._facts``) plus the new refs; a group's stored
refs are read only where their entity id changes, a document is re-ingested or a
judgement stands. Reads come in through the
callables of ``EntityIndex`` (the store's query layer), so the functions stay pure.
When a recomputed id would collide with an id outside the part, ``FullResolutionNeeded``
tells the caller to resolve from scratch instead of guessing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

from pesquisa.resolve._assigned import Assigned
from pesquisa.resolve._facts import GroupFacts, facts_of
from pesquisa.resolve._nickname_links import with_nickname_groups
from pesquisa.resolve.entities import (
    EntityRef,
    Judgement,
    ResolvedEntity,
    apply_judgements,
    cluster_full_names,
    entity_of,
    group_key,
    make_entity,
    person_facts,
    single_name_hits,
)
from pesquisa.resolve.events import EventReport, blocking_keys
from pesquisa.resolve.names import NameIndex, Parts, name_length


class FullResolutionNeeded(Exception):
    """A recomputed id collides with one outside the recomputed part: resolve the store from scratch."""


@dataclass(slots=True)
class GroupRow:
    """One name group of the index: the group that founded its cluster and the cluster's id before judgements."""

    type: str
    grp: str
    founder: str
    base_id: str
    facts: dict | None = None  # ``GroupFacts.to_json`` of its refs


@dataclass(slots=True)
class EntityIndex:
    """What incremental entity resolution reads from the store (all read-only)."""

    people: dict[str, tuple[str, str]]  # person group -> (founder group, base id)
    refs_of_groups: Callable[[str, Collection[str]], list[tuple[str, EntityRef]]]  # stored (group, ref) of one type
    groups_of_bases: Callable[[Collection[str]], list[tuple[str, str, str]]]  # (type, group, base id) with these base ids
    stored_ids: Callable[[Collection[str]], set[str]]  # which of these entity ids are stored
    # stored facts of groups of one type with their refs' documents and ids; None for a group the store does not hold,
    # a group stored without facts left out (its refs are read); this field None: every group's refs are read
    facts_of_groups: Callable[[str, Collection[str]], dict[str, GroupFacts | None]] | None = None
    # person groups whose stored facts go by one of these folded nicknames ("chiquito malo"); None: none looked up
    going_by: Callable[[Collection[str]], set[str]] | None = None


@dataclass(slots=True)
class EntityUpdate:
    """What changes in the store: entities to write and remove, refs with a new id, index rows."""

    entities: list[ResolvedEntity] = field(default_factory=list)
    removed: set[str] = field(default_factory=set)
    assigned: Assigned = field(default_factory=Assigned)  # (ref, its entity id now)
    groups: list[GroupRow] = field(default_factory=list)
    dropped_groups: list[tuple[str, str]] = field(default_factory=list)


def _parts(grp: str) -> Parts:
    return tuple(grp.split(" "))


def _grp(parts: Parts) -> str:
    return " ".join(parts)


class _Refs:
    """Refs by group, loaded once each: stored refs minus those of re-resolved documents, plus the new refs."""

    def __init__(self, index: EntityIndex, new_refs: list[EntityRef], redo: set[str]) -> None:
        self.index = index
        self.redo = redo
        self.new: dict[tuple[str, str], list[EntityRef]] = defaultdict(list)
        for ref in new_refs:
            grp = group_key(ref)
            if grp:
                self.new[(ref.type, grp)].append(ref)
        self.loaded: dict[tuple[str, str], list[EntityRef]] = {}

    def of(self, kind: str, groups: Iterable[str]) -> dict[str, list[EntityRef]]:
        groups = list(dict.fromkeys(groups))
        need = [g for g in groups if (kind, g) not in self.loaded]
        if need:
            found: dict[str, list[EntityRef]] = defaultdict(list)
            for grp, ref in self.index.refs_of_groups(kind, need):
                if ref.document_id not in self.redo:
                    found[grp].append(ref)
            for g in need:
                self.loaded[(kind, g)] = found.get(g, []) + self.new.get((kind, g), [])
        return {g: self.loaded[(kind, g)] for g in groups}


class _Facts:
    """Facts (``GroupFacts``) by group, made once each: with ``stored``, a group's stored facts plus its new refs'
    (its stored refs are read only where their entity id changes); else, or for a group without stored facts,
    made from its refs (``_Refs``)."""

    def __init__(self, index: EntityIndex, refs: _Refs, *, stored: bool) -> None:
        self.index, self.refs, self.stored = index, refs, stored
        self.loaded: dict[tuple[str, str], GroupFacts | None] = {}
        self.whole: set[tuple[str, str]] = set()  # groups made from all their refs

    def of(self, kind: str, groups: Iterable[str]) -> dict[str, GroupFacts | None]:
        groups = list(dict.fromkeys(groups))
        need = [g for g in groups if (kind, g) not in self.loaded]
        if need:
            found = self.index.facts_of_groups(kind, need) if self.stored and self.index.facts_of_groups else {}
            from_refs = self.refs.of(kind, [g for g in need if g not in found])
            for g in need:
                if g in found:
                    facts = found[g]
                    if new := self.refs.new.get((kind, g)):
                        extra = _made(kind, new)
                        extra.ids = set()  # new refs hold no id yet
                        facts = facts.add(extra) if facts else extra
                else:
                    facts = _made(kind, from_refs[g]) if from_refs[g] else None
                    self.whole.add((kind, g))
                self.loaded[(kind, g)] = facts
        return {g: self.loaded[(kind, g)] for g in groups}

    def members(self, kind: str, groups: list[str], entity_id: str) -> list[EntityRef]:
        """The refs of ``groups`` an entity ``entity_id`` must carry: all of a group made from its refs or whose stored
        refs hold another id (read now), else only its new refs."""
        out: list[EntityRef] = []
        for g in groups:
            facts = self.loaded[(kind, g)]
            if (kind, g) in self.whole or (facts is not None and facts.ids - {entity_id}):
                out += self.refs.of(kind, [g])[g]
            else:
                out += self.refs.new.get((kind, g), [])
        return out


def _made(kind: str, refs: list[EntityRef]) -> GroupFacts:
    return person_facts(refs) if kind == "person" else facts_of(refs, set())


def _people_clusters(touched: set[str], index: EntityIndex,
                     facts: _Facts) -> tuple[dict[str, list[str]], dict[str, str], set[str]]:
    """Person clusters that may change: founder -> member groups (founding order), every group's founder, dropped groups.

    Steps: 1. the ``NameIndex`` component of the touched full names; 2. cluster it
    (``cluster_full_names``); 3. re-attach the one-word names whose word appears in it
    or that were touched; 4. collect every cluster a group left or joined.
    """
    people = index.people
    names = NameIndex(_parts(g) for g in people)
    for g in touched:
        names.add(_parts(g))
    component = names.component(_parts(g) for g in touched)
    # "Chiquito Malo" alone and "Juan Pérez, alias Chiquito Malo" share no part: joined through the nickname
    component = with_nickname_groups(component, names, lambda ps: _facts_by_parts(facts, ps), index.going_by,
                                     (_parts(g) for g in touched))
    loaded = facts.of("person", (_grp(p) for p in component))
    live = {p: found for p in component if (found := loaded[_grp(p)])}
    founder: dict[str, str] = {_grp(p): _grp(f) for p, f in cluster_full_names(live).items()}
    new_founders = {_parts(f) for f in founder.values()}
    words = {w for p in component for w in p if (w,) in names} | {g for g in touched if " " not in g}
    singles = facts.of("person", sorted(words))
    for word, group in sorted(singles.items()):
        if group is None:
            continue
        outside = {f for f in names.with_part(word)
                   if len(f) >= 2 and f not in component and people.get(_grp(f), ("",))[0] == _grp(f)}
        hits = single_name_hits(word, group.held, outside | {f for f in new_founders if word in f})
        founder[word] = _grp(next(iter(hits))) if len(hits) == 1 else word
    recomputed = {_grp(p) for p in component} | words
    dropped = {g for g in recomputed if g not in founder and g in people}
    affected = {people[g][0] for g in recomputed if g in people} | set(founder.values())
    by_founder: dict[str, list[str]] = defaultdict(list)
    for g, (f, _base) in people.items():
        if g not in recomputed and f in affected:
            by_founder[f].append(g)
    for g, f in founder.items():
        by_founder[f].append(g)
    order = sorted(affected, key=lambda f: (len(_parts(f)) == 1, -name_length(_parts(f)), _parts(f)))
    clusters = {f: sorted(by_founder[f], key=lambda g: (-name_length(_parts(g)), _parts(g))) for f in order
                if by_founder.get(f)}
    founders = {g: f for f, groups in clusters.items() for g in groups}
    return clusters, founders, dropped


def _facts_by_parts(facts: _Facts, groups: Iterable[Parts]) -> dict[Parts, GroupFacts]:
    return {_parts(g): found for g, found in facts.of("person", (_grp(p) for p in groups)).items() if found}


def _make_all(kind: str, clusters: dict[str, list[str]], facts: _Facts, *, full: bool,
              index: EntityIndex) -> tuple[list[ResolvedEntity], dict[str, str]]:
    """Entities of the given clusters (founder -> groups) in order, and each group's base id.

    Two clusters with one canonical name keep apart with a second id, as a resolution
    from scratch does; a collision with a cluster outside the recomputed part raises
    ``FullResolutionNeeded`` unless this is the resolution from scratch.
    """
    loaded = facts.of(kind, (g for groups in clusters.values() for g in groups))
    made: dict[str, ResolvedEntity] = {}
    base: dict[str, str] = {}
    for groups in clusters.values():
        of_groups = [f for g in groups if (f := loaded[g])]
        entity = entity_of(kind, of_groups, [])
        if entity.id in made:
            if not full:
                raise FullResolutionNeeded(entity.id)
            entity = entity_of(kind, of_groups, [], forced_id=_forced_id(kind, entity, of_groups))
        entity.members = sorted(facts.members(kind, groups, entity.id), key=lambda m: (m.document_id, m.local_id))
        made[entity.id] = entity
        for g in groups:
            base[g] = entity.id
    if not full:
        recomputed = {(kind, g) for groups in clusters.values() for g in groups}
        if any((k, g) not in recomputed for k, g, _base in index.groups_of_bases(list(made))):
            raise FullResolutionNeeded(kind)
    return list(made.values()), base


def _forced_id(kind: str, entity: ResolvedEntity, groups: list[GroupFacts]) -> str:
    from pesquisa.lexicon import fold
    from pesquisa.records import make_id
    from pesquisa.resolve.entities import ID_PREFIX

    return make_id(ID_PREFIX[kind], fold(entity.name), min(f.first for f in groups))


def update_entities(new_refs: list[EntityRef], stale_refs: list[EntityRef], judgements: list[Judgement],
                    index: EntityIndex, *, full: bool = False) -> EntityUpdate:
    """Resolve the refs of new (or re-ingested) documents into the store's entities (pure; reads via ``index``).

    ``stale_refs`` are what the index held for re-ingested documents. Steps: 1. the
    groups the new and stale refs touch; 2. people: recompute their components;
    organizations and places: their groups; 3. judgements replayed on the recomputed
    clusters plus those a judgement names; 4. compare with the stored ids and return
    only what changed. Raises ``FullResolutionNeeded`` on an id collision outside the part.
    """
    redo = {r.document_id for r in new_refs} | {r.document_id for r in stale_refs}
    refs = _Refs(index, new_refs, redo)
    touched: dict[str, set[str]] = defaultdict(set)
    for ref in [*new_refs, *stale_refs]:
        grp = group_key(ref)
        if grp:
            touched[ref.type].add(grp)
    # the stored facts stand for the stored refs unless a re-ingested document takes refs away or a judgement
    # regroups refs (both read every ref of the groups, as a resolution from scratch does)
    facts = _Facts(index, refs, stored=not full and not stale_refs and not judgements)
    update = EntityUpdate()
    bases: list[ResolvedEntity] = []
    for kind in ("person", "organization", "place"):
        if kind == "person":
            clusters, founders, dropped = _people_clusters(touched[kind], index, facts)
        else:
            loaded = facts.of(kind, sorted(touched[kind]))
            clusters = {g: [g] for g in sorted(touched[kind]) if loaded[g]}
            founders = {g: g for g in clusters}
            dropped = {g for g in touched[kind] if not loaded[g]}
        made, base = _make_all(kind, clusters, facts, full=full, index=index)
        bases.extend(made)
        of_groups = facts.of(kind, sorted(base))
        update.groups.extend(GroupRow(kind, g, founders[g], base[g], _json(of_groups[g])) for g in sorted(base))
        update.dropped_groups.extend((kind, g) for g in sorted(dropped))
    recomputed = len(bases)
    if judgements:
        bases += _judged_outside(judgements, bases, update, index, refs)
    # the ids the refs of the recomputed groups hold now (every ref of a group is in its facts), of the clusters a
    # judgement names and of the re-ingested documents' refs
    old = {i for f in facts.loaded.values() if f for i in f.ids if i}
    old |= {r.resolved_id for r in [*(m for e in bases[recomputed:] for m in e.members), *stale_refs] if r.resolved_id}
    final = apply_judgements(bases, judgements, taken=None if full else _outside(index, old)) if judgements else bases
    final_ids = {e.id for e in final}
    if not full and index.stored_ids(sorted(final_ids - old)):
        raise FullResolutionNeeded("entity id in use outside the recomputed part")
    update.entities = sorted(final, key=lambda e: e.id)
    update.removed = old - final_ids
    seen: set[tuple[str, str]] = set()
    for entity in final:
        for ref in entity.members:
            seen.add((ref.document_id, ref.local_id))
            if ref.document_id in redo or ref.resolved_id != entity.id:
                update.assigned.append((ref, entity.id))
    update.assigned.extend((ref, None) for ref in new_refs if (ref.document_id, ref.local_id) not in seen)
    return update


def _judged_outside(judgements: list[Judgement], bases: list[ResolvedEntity], update: EntityUpdate, index: EntityIndex,
                    refs: _Refs) -> list[ResolvedEntity]:
    """The stored clusters a judgement names that this update left alone, remade from their refs to replay it."""
    ids = {e.id for e in bases}
    named = {i for j in judgements for i in (j.target, j.other) if i} - ids
    outside: dict[tuple[str, str], list[str]] = defaultdict(list)  # (type, base id) -> its groups
    again = {(row.type, row.grp) for row in update.groups} | set(update.dropped_groups)
    for kind, grp, base_id in index.groups_of_bases(sorted(named)):
        if (kind, grp) not in again:  # a stored cluster left alone by this update
            outside[(kind, base_id)].append(grp)
    out: list[ResolvedEntity] = []
    for (kind, base_id), groups in sorted(outside.items()):
        members = [r for found in refs.of(kind, groups).values() for r in found]
        if members and base_id not in ids:
            out.append(make_entity(kind, members, forced_id=base_id))
            ids.add(base_id)
    return out


def _json(facts: GroupFacts | None) -> dict | None:
    return facts.to_json() if facts else None


def _outside(index: EntityIndex, inside: set[str]) -> Callable[[str], bool]:
    def taken(ident: str) -> bool:
        return ident not in inside and bool(index.stored_ids([ident]))
    return taken


@dataclass(slots=True)
class EventIndex:
    """What incremental event resolution reads from the store (read-only)."""

    keys_of: Callable[[Collection[str]], dict[str, set[str]]]  # report id -> its stored blocking keys
    reports_with: Callable[[Collection[str]], dict[str, set[str]]]  # blocking key -> report ids stored with it


def event_component(changed: list[EventReport], index: EventIndex) -> set[str]:
    """Ids of every report connected to a changed report by a blocking key, before or after the change."""
    new_keys = {r.id: blocking_keys(r) for r in changed}
    with_key: dict[str, set[str]] = defaultdict(set)
    for rid, keys in new_keys.items():
        for key in keys:
            with_key[key].add(rid)
    seen_reports = set(new_keys)
    seen_keys: set[str] = set()
    todo_reports = list(new_keys)
    while todo_reports:
        stored = index.keys_of(todo_reports)
        keys = set()
        for rid in todo_reports:
            keys |= stored.get(rid, set()) | new_keys.get(rid, set())
        keys -= seen_keys
        seen_keys |= keys
        found = index.reports_with(sorted(keys))
        todo_reports = []
        for key in keys:
            for rid in found.get(key, set()) | with_key.get(key, set()):
                if rid not in seen_reports:
                    seen_reports.add(rid)
                    todo_reports.append(rid)
    return seen_reports
