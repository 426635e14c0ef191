"""What entity resolution reads of a name group's refs, kept per group in the store (issue 15).

The clustering of people (``entities.cluster_full_names``) reads of a group only the documents
its refs come from, whether every name withholds the surname and the sides of the law its titles
tell; an entity (``entities.entity_of``) only how often each name is used, the names and surface
forms, the lexicon key and the smallest local id. ``GroupFacts`` holds exactly that, so an
increment remakes an entity from its groups' stored facts plus the new refs instead of reading
(and re-deriving the titles of) every ref of the groups it touches.

Only what does not grow with the documents is stored (``to_json``): the documents and the entity
ids a group's refs hold now are read from the resolution index with it (two short columns per ref).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pesquisa.resolve._roles import roles_of
from pesquisa.text import WITHHELD

if TYPE_CHECKING:
    from pesquisa.resolve.entities import EntityRef


@dataclass(slots=True)
class GroupFacts:
    """A name group's refs as resolution reads them (see the module docstring)."""

    names: Counter[str] = field(default_factory=Counter)  # name -> refs that use it
    aliases: set[str] = field(default_factory=set)  # names and surface forms
    key: str | None = None  # the lexicon key of its refs (a group holds one key at most)
    first: str = ""  # the smallest local id
    held: bool = True  # every name withholds the surname ("Homero «N»")
    sides: set[str] = field(default_factory=set)  # people: sides of the law their titles tell (``person_facts``)
    docs: set[str] = field(default_factory=set)  # documents of its refs
    ids: set[str | None] = field(default_factory=set)  # entity ids its refs hold in the store now
    roles: set[str] = field(default_factory=set)  # people: the roles their titles or words beside them tell (``_roles``)

    def add(self, other: GroupFacts) -> GroupFacts:
        """These facts with ``other``'s (the refs of both) added; returns self."""
        self.names.update(other.names)
        self.aliases |= other.aliases
        self.key = self.key or other.key
        self.first = min(self.first, other.first) if self.first and other.first else self.first or other.first
        self.held = self.held and other.held
        self.sides |= other.sides
        self.docs |= other.docs
        self.ids |= other.ids
        self.roles |= other.roles
        return self

    def to_json(self) -> dict[str, Any]:
        """What the store keeps (sorted, so equal refs give equal rows): no documents, no ids; and the folded nicknames
        it goes by ("guero loco"), which the store looks up as text where its names are escaped ("G\\u00fcero Loco")."""
        from pesquisa.resolve.entities import nicknames_of  # entities imports this module

        out = {"names": sorted(self.names.items()), "aliases": sorted(self.aliases), "key": self.key,
               "first": self.first, "held": self.held, "sides": sorted(self.sides), "roles": sorted(self.roles)}
        if nicks := nicknames_of(self):
            out["nicknames"] = sorted(nicks)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any], docs: Iterable[str], ids: Iterable[str | None]) -> GroupFacts:
        """Facts read back from the store, with the documents and entity ids of the group's stored refs."""
        return cls(Counter(dict(data["names"])), set(data["aliases"]), data["key"], data["first"], data["held"],
                   set(data["sides"]), set(docs), set(ids), set(data.get("roles", ())))


def facts_of(refs: list[EntityRef], sides: set[str]) -> GroupFacts:
    """The facts of one group's ``refs`` (not empty), whose sides of the law are ``sides``."""
    return GroupFacts(Counter(r.name for r in refs), {f for r in refs for f in (r.name, *r.forms)},
                      next((r.key for r in refs if r.key), None), min(r.local_id for r in refs),
                      all(WITHHELD.search(r.name) for r in refs), sides, {r.document_id for r in refs},
                      {r.resolved_id for r in refs if r.resolved_id},
                      {role for r in refs for role in (*r.roles, *(x for t in r.titles for x in roles_of(t)))})
