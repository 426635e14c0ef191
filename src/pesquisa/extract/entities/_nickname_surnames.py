"""A prominent person's nickname in quotes and their surname after it ('gunmen loyal to "El Mayo" Zambada', 'los hijos
de «El Chapo» Guzmán'): the surname is the nickname's owner's, not another person of that surname the article names
(his son "Ismael Zambada Sicairos")."""

from __future__ import annotations

import re

from pesquisa.extract.entities._names import nickname_owner
from pesquisa.lexicon import fold
from pesquisa.records import Mention, Span

# a closing quote, then a capitalized word (the surname)
_QUOTED_SURNAME = re.compile(r"[\"”»’'][ \xa0]+([A-ZÁÉÍÓÚÑ][\wáéíóúñü-]+)(?![\w])")


def nickname_surnames(text: str, nicknames: list[Mention], taken: list[Span]) -> list[Mention]:
    """The surname after each known nickname of ``nicknames`` (names.yaml ``nicknames``) that closes its quotes, where
    the surname is one of the owner's: a mention of the owner, outside ``taken``."""
    out = []
    for m in nicknames:
        owner = nickname_owner(m.text)
        after = _QUOTED_SURNAME.match(text, m.span.end)
        if owner is None or owner != m.name or after is None or fold(after.group(1)) not in fold(owner).split():
            continue
        span = Span(after.start(1), after.end(1))
        if not any(span.overlaps(t) for t in taken):
            out.append(Mention("person", after.group(1), span, owner, source="rule"))
    return out
