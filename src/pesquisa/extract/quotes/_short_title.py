"""An office's head named by a short form of its title: "El secretario de Seguridad federal, X, ..." then "El titular
de la SSPC detalló ..." (the SSPC's head is the "secretario de Seguridad y Protección Ciudadana"): X holds the title's
head word and its first word of substance, and no one else in the story does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pesquisa.lexicon import fold
from pesquisa.records import LocalEntity

if TYPE_CHECKING:
    from pesquisa.extract.quotes._titled import Titles

_LINKS = frozenset({"de", "del", "la", "las", "el", "los", "y", "e", "of", "the", "and"})


def short_title_holder(known: Titles, title: str, at: int) -> LocalEntity | None:
    """The one person named before ``at`` whose title holds the head word of ``title`` ("secretario" or its
    feminine) and its first word after it that is no link ("seguridad"); None when no one or several do."""
    words = fold(title).split()
    key = next((w for w in words[1:] if w not in _LINKS), None)
    if key is None:
        return None
    heads = {words[0], words[0][:-1] + "a" if words[0].endswith("o") else words[0] + "a"}
    before = {e.local_id for m, e in known.mentions if e.type == "person" and m.span.start < at}
    fits = [e for e in known.entities if e.local_id in before and any(
        heads & set(held) and key in held for held in (fold(t).split() for t in known._titles(e)))]
    return fits[0] if len(fits) == 1 else None
