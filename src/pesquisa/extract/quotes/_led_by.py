"""A subject that names the one in charge of it after a comma: "La defensa de X, a cargo del abogado Y, aseguró",
"X's legal team, led by attorney Y, said". Y speaks for it, never X, whose case it is; a body keeps its own words
("La Fiscalía, a cargo de Y, informó": the Fiscalía) (speech.yaml ``led_by``).
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.quotes._antecedents import Antecedents, Speaker
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Span


@cache
def _led_by() -> re.Pattern[str]:
    """A comma and a phrase of putting someone in charge ("a cargo del", "led by")."""
    words = "|".join(re.escape(w) for w in sorted(load_lexicon().speech.get("led_by", []), key=len, reverse=True))
    return re.compile(rf",\s*(?:{words})\s", re.I)


def led_by(known: Antecedents, subject: Span) -> Speaker | None:
    """The person a subject puts in charge of it after a comma ("..., a cargo del abogado Y,"), within it or right
    after it where the parse cut the subject at the comma, when its head is no organization's name; else None."""
    text = known.text
    match = _led_by().search(text, subject.start, min(len(text), subject.end + 40))
    if match is None or match.start() > len(text[:subject.end].rstrip()):
        return None
    head = known._head_token(subject)
    if head is None or any(e.type != "person" and m.span.start <= head.idx < m.span.end for m, e in known.mentions):
        return None
    close = re.search(r"[,.;:\n]", text[match.end():])
    stop = match.end() + close.start() if close is not None else len(text)
    leader = next(((m, e) for m, e in known.mentions if e.type == "person" and match.end() <= m.span.start < stop), None)
    return known._entity_speaker(leader[1], leader[0].span, "subject") if leader else None
