"""An unnamed source that asks to stay so, whatever the subject says around it: "Consultado por este medio, un
colaborador cercano del panista, que pidió no ser identificado, aseguró ...", "a close aide to the governor, who asked
not to be named, said": no one, never the person the story is about."""

from __future__ import annotations

import re

from pesquisa.extract.quotes._antecedents import Antecedents, Speaker
from pesquisa.extract.quotes._occasion import unnamed_request
from pesquisa.records import Span

# an indefinite description, then a relative clause set off by a comma
_INDEFINITE_RELATIVE = re.compile(r"(?:^|,\s*)((?:a|an|un|una)\s+[^,]+?)\s*,\s*(?:who|quien|quienes|que)\b([^,]*)", re.I)


def anonymous_source(known: Antecedents, subject: Span) -> Speaker | None:
    """The unnamed source a subject that names no person describes with an indefinite noun and a clause asking
    anonymity ("un colaborador ..., que pidió no ser identificado"), else None."""
    text = known.text[subject.start:subject.end]
    match = _INDEFINITE_RELATIVE.search(text)
    if match is None or not unnamed_request(match.group(2)):
        return None
    if any(e.type == "person" and subject.start <= m.span.start < subject.end for m, e in known.mentions):
        return None
    span = Span(subject.start + match.start(1), subject.start + match.end(2))
    return Speaker(known.text[span.start:span.end], None, span, "unnamed")
