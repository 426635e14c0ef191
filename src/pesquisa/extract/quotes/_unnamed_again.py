"""A description that points back to an unnamed source: "a senior official said ... “...”, the official added", "Un
alto funcionario de la Semar, que pidió no ser identificado, aseguró ... El funcionario explicó que ...": still no one
named, though a person the story names later holds a title the description could fit ("el contralmirante X")."""

from __future__ import annotations

from pesquisa.extract.quotes._antecedents import Antecedents
from pesquisa.lexicon import fold


def points_to_unnamed(known: Antecedents, head: str | None) -> bool:
    """The last speaker is unnamed, told by a noun of unnamed sources (not a document's: "records reviewed by") or by
    the description's own ``head`` noun in its first words, before any clause ("un alto funcionario" for "el
    funcionario")."""
    last = known.last
    if last is None or last.cue != "unnamed" or last.local_id is not None:
        return False
    words = fold(last.name).split()
    return any(w in known.cues.unnamed and w not in known.cues.carriers for w in words) or \
        (head is not None and head in words[:4])
