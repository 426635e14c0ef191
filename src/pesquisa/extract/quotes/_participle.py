"""A Spanish sentence opened by a participle clause that runs up to its verb: "Cuestionado sobre el Cártel del
Noreste, evitó dar detalles", "Interrogada sobre las declaraciones del embajador X, respondió que ...". The parse
takes the clause for the verb's subject; the subject is dropped, and no one the clause names is it."""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.nlp import opens_participle_clause


def participle_clause_only(verb: Token, subject: Token) -> bool:
    """The parse's ``subject`` of ``verb`` is only a participle clause that runs up to it, its one comma right
    before the verb."""
    first = subject.left_edge
    commas = [t for t in verb.doc[first.i:verb.i] if t.text == ","]
    return opens_participle_clause(first) and len(commas) == 1 and commas[0].i + 1 == verb.i
