"""Two organizations the news reader took for one: a name of two companies joined by "y" or "and".

"... por administrar Grupo Cinjab y Grupo Impergoza" comes out of extraction as one organization
whose name matches no entry, while each company alone is a listed one. When the whole name
matches nothing, each joint word of ``sanctions.org_joints`` (official.yaml) is tried as the
seam: the first place where the words on both sides each match an entry gives both matches,
so a listed name with a joint word of its own ("ACEROS Y REFACCIONES DEL HUMAYA") still
matches whole, and a name one side of which matches nothing gives nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from pesquisa.resolve.sanctions._names import SanctionIndex
from pesquisa.resolve.sanctions._records import KBEntity, SanctionMatch, settings
from pesquisa.text import fold_chars

MatchOrg = Callable[[KBEntity, SanctionIndex], list[SanctionMatch]]


def coordinated_matches(entity: KBEntity, index: SanctionIndex, match_org: MatchOrg) -> list[SanctionMatch]:
    """The best match of each of two organizations named together in ``entity.name``, or none (pure)."""
    joints = {fold_chars(w).lower() for w in settings()["org_joints"]}
    words = entity.name.split()
    for i, word in enumerate(words[1:-1], start=1):
        if fold_chars(word).lower() not in joints:
            continue
        sides = [" ".join(words[:i]), " ".join(words[i + 1:])]
        found = [match_org(KBEntity(id=entity.id, type="organization", name=side), index) for side in sides]
        if all(found):
            out = [matches[0] for matches in found]
            for match, side in zip(out, sides, strict=True):
                match.entity_name = entity.name
                match.evidence.append(f"'{side}' is one of two organizations named together in '{entity.name}'")
            return out
    return []
