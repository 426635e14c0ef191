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


def titled_name_in_clause(verb: Token) -> Span | None:
    """The name closing a clause said when the parse hung a lower-case title and that name on the clause's last noun
    and left the verb with no subject ("The police arrested a gangster near the toll plaza, commissioner of police
    X said"): that name, else None."""
    doc = verb.doc
    if doc.lang_ != "en" or verb.i == 0 or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i == verb.i - 1), None)
    title = next((t for t in clause.subtree if t.dep_ == "appos" and t.right_edge.i == verb.i - 1 and t.is_lower
                  and doc[t.left_edge.i - 1].text == ","), None) if clause is not None else None
    if title is None:
        return None
    first = verb.i - 1
    while first > title.i and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if doc[first].pos_ != "PROPN" or not all(t.is_lower for t in doc[title.left_edge.i:first]):
        return None
    return Span(doc[first].idx, doc[verb.i - 1].idx + len(doc[verb.i - 1].text))
