"""Prominent people named by their nickname alone ('El Chapo's cartel', 'hijo de Joaquín “el Chapo”'), with the
article Spanish contracts into a preposition ("un operador del Mayo", "la extradición al Chapo") and with the owner's
surname after it, unquoted ("de El Mayo Zambada", "del Mayo Zambada"): the person, never a body or a place."""

from __future__ import annotations

import re
from functools import cache

from pesquisa._required import matches_in
from pesquisa.extract.entities._names import names_data, nickname_owner
from pesquisa.lexicon import fold
from pesquisa.records import Mention, Span

_NEXT_NAME = re.compile(r"[ \t]+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)")


@cache
def _nickname_pattern() -> re.Pattern[str]:
    """A nickname of names.yaml's ``nicknames`` with its article, or after "del"/"al" that hold the article ("el")."""
    forms = []
    for nick in sorted(names_data().nicknames, key=len, reverse=True):
        article, _, rest = nick.partition(" ")
        if article.lower() in {"el", "la"} and rest:
            contracted = r"|(?<=\bdel[ \xa0])|(?<=\bal[ \xa0])" if article.lower() == "el" else ""
            forms.append(rf"(?:(?:{article}|{article.lower()})\s+{contracted}){re.escape(rest)}")
        else:
            forms.append(re.escape(nick))
    return re.compile(r"(?<![\w])(?:" + "|".join(forms) + r")(?![\w])")


def known_nicknames(text: str, taken: list[Span]) -> list[Mention]:
    """Prominent people named by their nickname alone, the owner's surname right after it within the mention."""
    out = []
    for match in matches_in(_nickname_pattern(), text):
        full = nickname_owner(match.group(0))
        if not full:
            continue
        end = match.end()
        after = _NEXT_NAME.match(text, end)
        if after and fold(after.group(1)) not in fold(full).split():
            continue  # "El Chapo Isidro" is another man's nickname; "El Chapo Guzmán" is still Guzmán
        if after:
            end = after.end()  # "El Mayo Zambada": one mention of him
        span = Span(match.start(), end)
        if not any(span.overlaps(t) for t in taken):
            out.append(Mention("person", text[span.start:end], span, full, source="rule"))
    return out



def surnamed_nickname_owner(name: str) -> str | None:
    """Full name of the prominent person ``name`` calls by a nickname, alone or before one of the owner's surnames
    ("El Mayo", "Mayo Zambada", "El Chapo Guzmán"), or None."""
    owner = nickname_owner(name)
    head, _, last = name.rpartition(" ")
    if owner is None and head:
        owner = nickname_owner(head)
        return owner if owner and fold(last) in fold(owner).split() else None
    return owner
