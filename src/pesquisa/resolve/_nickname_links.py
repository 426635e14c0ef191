"""A person one article names only by a nickname ("a hitman boss known as “Chiquito Malo”") and another article names
with the nickname beside the name ("Juan Pérez Gámez, alias «Chiquito Malo»"): one man. The nickname alone reads as a
name of two parts, so it founds a cluster of its own; this joins that cluster to the only other cluster going by that
nickname, from other documents, on the same side of the law."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Any

from pesquisa.resolve._facts import GroupFacts
from pesquisa.resolve._nicknames import _ARTICLES
from pesquisa.resolve.names import TRADE_MARK, Parts


def spoken(parts: Parts) -> str:
    """A group's folded parts as one string, without ``TRADE_MARK`` nor articles ("chiquito malo", "el jardinero nono"
    -> "jardinero nono", as ``_nicknames.nicknames`` folds a nickname): what a nickname is compared to."""
    return " ".join(p for p in parts if p != TRADE_MARK and p not in _ARTICLES)


def may_be_nickname(parts: Parts) -> bool:
    """True when a group of two parts or more besides articles does not open with a given name ("chiquito malo",
    "el chamaco loco", not "juan perez" nor "el mencho"): a name that can be a nickname alone, the only kind
    ``link_nicknames`` moves (and incremental resolution looks up)."""
    from pesquisa.resolve.names import _given_names

    spoken_parts = spoken(parts).split()
    return len(spoken_parts) >= 2 and spoken_parts[0] not in _given_names()


def nickname_groups(nicks: Iterable[str], indexed: Callable[[Parts], set[Parts]]) -> set[Parts]:
    """The groups of ``indexed`` (a ``NameIndex.supersets``) that are one of ``nicks`` (folded nicknames) alone."""
    out: set[Parts] = set()
    for nick in nicks:
        parts = tuple(nick.split())
        if len(parts) >= 2:
            out |= {g for g in indexed(parts) if spoken(g) == nick}
    return out


def link_nicknames(out: dict[Parts, Parts], merged: dict[Parts, GroupFacts], nicks: dict[Parts, frozenset[str]],
                   apart: Callable[[set[str], set[str]], bool]) -> None:
    """Move every cluster founded by a bare nickname (no other group joined it, it goes by no nickname of its own) into
    the one other cluster going by that nickname, none of whose documents it shares and not ``apart`` in sides of the
    law (``entities.sides_apart``); with no such cluster, or two, it stays (updates ``out`` in place)."""
    joined: dict[Parts, int] = {}
    for founder in out.values():
        joined[founder] = joined.get(founder, 0) + 1
    going: dict[str, set[Parts]] = {}
    for founder, names in nicks.items():
        for nick in names:
            going.setdefault(nick, set()).add(founder)
    moves: dict[Parts, Parts] = {}
    for founder in sorted(joined):
        if joined[founder] != 1 or nicks.get(founder) or not may_be_nickname(founder):
            continue
        hits = {f for f in going.get(spoken(founder), set()) if f != founder
                and not merged[f].docs & merged[founder].docs and not apart(merged[f].sides, merged[founder].sides)}
        if len(hits) == 1:
            moves[founder] = next(iter(hits))
    for parts, founder in out.items():
        if founder in moves:
            out[parts] = moves[founder]


def with_nickname_groups(component: set[Parts], names: Any, load: Callable[[Iterable[Parts]], dict[Parts, GroupFacts]],
                         going_by: Callable[[Collection[str]], set[str]] | None, touched: Iterable[Parts]) -> set[Parts]:
    """``component`` (of a ``NameIndex`` ``names``) grown, as ``link_nicknames`` may join them, by the bare-nickname
    groups its groups go by and by the stored groups (``going_by``: folded nicknames -> groups) that go by a touched
    group's name, with every group connected to those: the part of the store an incremental resolution redoes."""
    from pesquisa.resolve.entities import nicknames_of  # entities imports this module

    seeds = {p for p in touched if may_be_nickname(p)}
    if going_by is not None and seeds:
        found = {tuple(g.split(" ")) for g in going_by(sorted({spoken(p) for p in seeds}))} - component
        component = component | names.component(found)
    done: set[Parts] = set()
    while todo := component - done:
        done |= todo
        nicks = {n for facts in load(todo).values() for n in nicknames_of(facts)}
        extra = nickname_groups(nicks, names.supersets) - component
        component = component | names.component(extra)
    return component
