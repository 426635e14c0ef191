"""Someone the narration turns to as the giver of a testimony ("Jurors heard testimony from a former cartel pilot who
flew loads to Sinaloa. He testified that ...", "El jurado escuchó el testimonio de un expiloto del cártel. Declaró
que ..."): the one a pronoun or a dropped subject right after takes up, as a subject acting would be, rather than
whoever was quoted before (speech.yaml ``testimony.nouns``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pesquisa.extract.quotes._passive import acted_upon
from pesquisa.lexicon import fold, read_data

_FROM = frozenset({"from", "by", "of"})  # "testimony from a former pilot"
_DE = frozenset({"de", "del"})  # "el testimonio de un expiloto"


@cache
def _nouns() -> frozenset[str]:
    """The folded nouns of a testimony (speech.yaml ``testimony.nouns``)."""
    return frozenset(fold(n) for n in read_data("speech.yaml")["testimony"].get("nouns", []))


def testimony_giver(tok: Token) -> bool:
    """True when the noun ``tok`` completes a noun of testimony after "from", "by", "of" or "de" ("testimony from a
    former cartel pilot", "el testimonio de un expiloto")."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in _FROM:
        noun = tok.head.head
    elif tok.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in _DE for c in tok.children):
        noun = tok.head
    else:
        return False
    return noun.pos_ == "NOUN" and fold(noun.text) in _nouns()


def own_end(tok: Token) -> int | None:
    """Where the giver's own words end before a clause about them ("a former cartel pilot| who flew ..."), else None."""
    clause = next((c for c in tok.children if c.dep_ in {"relcl", "acl"} and c.i > tok.i), None)
    if clause is None or clause.left_edge.i == 0:
        return None
    before = tok.doc[clause.left_edge.i - 1]
    return before.idx + len(before.text)


def main_subject(tok: Token) -> bool:
    """True when the noun ``tok`` is the subject of an active main verb ("The mayor ... denied any ties")."""
    head = tok.head
    return tok.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"} and head.dep_ in {"ROOT", "conj"} and not acted_upon(head)
