"""Aliases written right after a person's name: '..., alias “El Tarjetas”', '..., a) “La Flaca”', 'aka "La
Güera," 37', '..., de 24 años, alias “El Chapo Chiquito”', '..., a lieutenant known as "El Señorón"'."""

from __future__ import annotations

import re

from pesquisa.records import Mention, Span

# a nickname in quotes after a name, maybe after an alias marker: 'alias', 'a)' and '(a)' of Mexican
# prosecutors' bulletins, 'also known as' of US indictments
_ALIAS_AFTER = re.compile(r"(?:\s*,\s*de\s+\d{1,2}\s+años|\s*,\s*\d{1,2}(?=\s*,)|\s*,\s*(?:a|an|un|una)\s+[a-z]+"
                          r"(?:\s+[a-z]+)?(?=\s+(?:known as|conocid[oa] como|apodad[oa])))?"  # an age, "a lieutenant"
                          r"\s*,?\s*(?:alias|a\.k\.a\.|aka|also known as|known as|apodad[oa]|conocid[oa] como|\(a\)|a\))?\s*"
                          r"[“\"«]([^”\"»]{2,30})[”\"»]")


def alias_mentions(text: str, people: list[Mention]) -> list[Mention]:
    """Nicknames in quotes right after a person's name ('..., alias “El Tarjetas”')."""
    out = []
    for person in people:
        tail = text[person.span.end:person.span.end + 60]
        match = _ALIAS_AFTER.match(tail)
        if match is None:
            continue
        alias = match.group(1).rstrip(",.;")  # 'aka "La Güera," 37': the comma is the sentence's
        if len(alias) >= 2 and alias[:1].isupper():
            start = person.span.end + match.start(1)
            out.append(Mention("person", alias, Span(start, start + len(alias)), alias, alias_of=person.name,
                               source="rule"))
    return out
