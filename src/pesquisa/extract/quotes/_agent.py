"""The one who speaks through a passive speech verb: "AFP was told by a security official", "fue informado por
el vocero". The verb's grammatical subject is the one told (the agency, the reporter), its agent the speaker."""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.quotes._passive import acted_upon
from pesquisa.records import Span


def passive_agent(verb: Token) -> Span | None:
    """Span of the agent of a passive speech verb ("by a security official who asked not to be named"), or None."""
    if not acted_upon(verb):
        return None
    for child in verb.children:
        head = child if child.dep_ == "obl:agent" else next((c for c in child.children if c.dep_ == "pobj"), None) \
            if child.dep_ == "agent" else None
        if head is None:
            continue
        first = next((t for t in head.subtree if t.dep_ != "case"), head)  # ("por el vocero": past "por")
        last = head.right_edge
        while last.is_punct and last.i > head.i:
            last = verb.doc[last.i - 1]
        return Span(first.idx, last.idx + len(last.text))
    return None
