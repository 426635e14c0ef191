"""A reported sentence the English parse reads as the subject of the verb that closes it: "A man suspected of smuggling
six migrants led deputies on a chase ..., Sheriff X told KVUE on Wednesday." The parse takes "migrants led deputies"
for a reduced relative, so the whole clause is a noun phrase and the name after the comma its apposition. An
apposition in the subject is closed by a comma before the verb ("A man ..., Sheriff X, told"); one that runs up to
the verb with none, after words holding a finite verb, is the verb's own subject, the words before the comma what
was said."""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.records import Span

_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def unclosed_apposition(verb: Token) -> Span | None:
    """The name that really is ``verb``'s subject when the parse made it an apposition of a clause before it (see the
    module docstring), else None."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if doc.lang_ != "en" or subject is None:
        return None
    name = next((t for t in subject.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and t.right_edge.i == verb.i - 1),
                None)  # (of the subject or of a word in it: "SAN MARCOS, Texas — A man ...": a dateline before)
    comma = name.left_edge.i - 1 if name is not None else -1
    if name is None or comma <= subject.left_edge.i or doc[comma].text != "," or \
            not any(t.tag_ in _FINITE for t in doc[subject.left_edge.i:comma]):
        return None
    return Span(name.left_edge.idx, name.idx + len(name.text))
