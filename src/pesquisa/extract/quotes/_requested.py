"""Whose words a request carries: "El Departamento de Estado solicitó la extradición de X. ... Según el requerimiento
estadounidense, X habría ...": the body or person the story said asked for it (``request_documents`` in
speech.yaml), not whoever spoke last."""

from __future__ import annotations

from functools import cache

from pesquisa.extract.nlp import lemma_of
from pesquisa.extract.quotes._antecedents import Antecedents, Speaker
from pesquisa.lexicon import fold, read_data
from pesquisa.records import Span


@cache
def _requests() -> tuple[frozenset[str], frozenset[str]]:
    """(folded document nouns, verb lemmas) of a request."""
    table = read_data("speech.yaml")["request_documents"]
    return frozenset(fold(w) for w in table["nouns"]), frozenset(table["verbs"])


def requester(known: Antecedents, subject: Span) -> Speaker | None:
    """The person or body named as the subject of the last verb of asking before ``subject`` when the subject is a
    request ("the request", "la solicitud de extradición"), else None."""
    nouns, verbs = _requests()
    if not set(fold(known.text[subject.start:subject.end]).split()) & nouns:
        return None
    best = None
    for tok in known.doc:
        if tok.idx >= subject.start:
            break
        if not tok.dep_.startswith("nsubj") or tok.head.pos_ != "VERB" or lemma_of(tok.head) not in verbs:
            continue
        whole = Span(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
        hit = next(((m, e) for m, e in known.mentions if whole.start <= m.span.start and m.span.end <= whole.end), None)
        if hit is not None:
            best = known._entity_speaker(hit[1], hit[0].span, "subject")
        else:  # "Mexico asked the United States to extradite X": a country, through its government
            best = known._country(whole) or best
    return best
