"""A state body and the one it belongs to act as one in the news: the army and the defense ministry it is part of
(a wire's "Mexico's army seized ..." and Sedena's own release, "La Secretaría de la Defensa Nacional informa ..."), OFAC
and the Treasury, the Border Patrol and CBP. Two reports naming a body and its parent name one actor; two bodies of one
parent (the DEA and the FBI) do not, nor do a cartel and its faction (no state body). Parents come from
``data/organizations.yaml`` (``parent``); ids are those entity resolution gives a listed organization.
"""

from __future__ import annotations

from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.records import make_id

# the kinds of organization that act in an operation or host a gathering
STATE_KINDS = {"ministry", "agency", "military", "police", "prosecutor", "court"}


@cache
def _parents() -> dict[str, str]:
    """Entity id of each listed state body -> the entity id of the body it belongs to."""
    entries = read_data("organizations.yaml")
    kinds = {e["key"]: e.get("kind") for e in entries}
    return {make_id("org", e["key"]): make_id("org", e["parent"]) for e in entries
            if e.get("parent") and kinds.get(e["key"]) in STATE_KINDS and kinds.get(e["parent"]) in STATE_KINDS}


def parent_body(org_id: str) -> str | None:
    """The id of the state body ``org_id`` belongs to, or None."""
    return _parents().get(org_id)


def bodies_agree(a: str | None, b: str | None) -> bool:
    """True for one body, or a body and the one it belongs to (the army and Sedena)."""
    return bool(a and b and (a == b or parent_body(a) == b or parent_body(b) == a))


def with_parents(ids: set[str]) -> set[str]:
    """``ids`` and the bodies they belong to (blocking keys: a body meets its parent's reports)."""
    return ids | {p for x in ids if (p := parent_body(x))}
