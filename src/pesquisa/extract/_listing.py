"""People named together as one subject or object of a relation ("X, alias “El Tarjetas”; Y and Z, leaders of",
"led by X and Y", "X y su hijo, Y, operadores de"), read backward from the last of them or forward from the first."""

from __future__ import annotations

import re

from pesquisa.extract._relation_base import Sentence
from pesquisa.records import LocalEntity, Mention

LIST_GAP = re.compile(r"^[\s,;]*(?:alias\s+)?(?:[“\"«][^”\"»]{0,30}[”\"»])?[\s,;]*(?:and|y|e)?\s*"
                      r"(?:(?:his|her|their|su|sus)\s+\w+\s*,?\s*)?$", re.I)


def listed_people(s: Sentence, first: tuple[Mention, LocalEntity], *, forward: bool) -> list[tuple[Mention, LocalEntity]]:
    """``first`` and the people listed beside it ("X, alias “El Tarjetas”; Y and Z", "X and his son, Y")."""
    people = [(m, e) for m, e in s.mentions if e.type == "person"]
    out = [first]
    while True:
        edge = out[-1][0] if forward else out[0][0]
        if forward:
            nxt = next(((m, e) for m, e in people if m.span.start >= edge.span.end), None)
            gap = s.body[edge.span.end:nxt[0].span.start] if nxt else ""
        else:
            prev = [(m, e) for m, e in people if m.span.end <= edge.span.start]
            nxt = prev[-1] if prev else None
            gap = s.body[nxt[0].span.end:edge.span.start] if nxt else ""
        # a list closes with "and" ("X, Y y Z, líderes de"): a bare comma before the last is a phrase put in front ("Con la
        # detención de X, Y quedó como líder de")
        last = not forward and len(out) == 1 and not re.search(r"(?<!\w)(?:and|y|e)(?!\w)|;", gap)
        if nxt is None or len(gap) > 40 or not LIST_GAP.match(gap) or last or any(e.local_id == nxt[1].local_id for _m, e in out):
            return out
        if forward:
            out.append(nxt)
        else:
            out.insert(0, nxt)
