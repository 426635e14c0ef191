"""The person a headline credits with the story's claim ("Hay coordinación con EU contra el tráfico de armas: Rosa
Icela Rodríguez"), for the office-holder description the body then calls them by ("La secretaria de Gobernación
aseguró ...", "El titular de la SSPC informó ...") when the story gives no one that title."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.extract.quotes._marks import inside
from pesquisa.records import Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._titled import Titles

# a headline's claim, a colon, and who makes it, to the line's end
_CREDIT = re.compile(r"[^\n:]{12,}:[ \t]*([^\n:]{3,60}?)[ \t]*$")


def headline_credited(known: Titles, subject: Span) -> Speaker | None:
    """The person the headline names after its claim and a colon, when the story gives them no title (so the office
    the subject describes can be theirs) and the subject comes after the headline; else None."""
    line_end = known.text.find("\n")
    match = _CREDIT.match(known.text, 0, line_end) if line_end > 0 else None
    if match is None or subject.start <= line_end:
        return None
    people = [(m, e) for m, e in known.mentions if e.type == "person" and match.start(1) <= m.span.start and
              m.span.end <= match.end(1) and not inside(m.span.start, known.quotes)]
    if len(people) != 1 or known._titles(people[0][1]):
        return None
    entity = people[0][1]
    return Speaker(entity.name, entity.local_id, subject, "title", person=True)
