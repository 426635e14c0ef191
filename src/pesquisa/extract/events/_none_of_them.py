"""An occasion counted as none: "En ninguno de los operativos se reportaron personas detenidas", "In neither raid were
any arrests made", "en ninguna de las acciones se detuvo a nadie" tell that nothing happened in any of them.

The negation is no adverb of the verb but the word a place or occasion phrase hangs on ("en ninguno de ...", "in
none of ...") or its determiner ("in neither operation", "en ningún cateo"); that phrase, led by a preposition of
where or when (events.yaml ``negated_occasions``), negates the verb it modifies. "detenido sin ninguna resistencia"
is no such phrase ("sin" is not one of those prepositions), and "arrested in a raid with no warrant" keeps its arrest
(the negation is not the phrase's head nor its determiner)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pesquisa.lexicon import read_data

_PHRASE_EDGES = frozenset({"obl", "prep", "nmod"})


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("events.yaml")["negated_occasions"])


def _case_word(noun: Token) -> str | None:
    """The preposition leading ``noun``'s phrase: its Spanish "case" child or the English "prep" it is the object of."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.lower_
    return next((c.lower_ for c in noun.children if c.dep_ == "case"), None)


def _phrase_noun(child: Token) -> Token:
    """The noun of a verb's phrase ``child``: itself (Spanish "obl") or the object of an English "prep"."""
    if child.dep_ == "prep":
        return next((c for c in child.children if c.dep_ == "pobj"), child)
    return child


def none_of_occasions(verb: Token, negations: frozenset[str]) -> bool:
    """True when a phrase of where or when hung on ``verb`` is counted as none ("en ninguno de los operativos", "in
    neither operation")."""
    for child in verb.children:
        if child.dep_ not in _PHRASE_EDGES:
            continue
        noun = _phrase_noun(child)
        if _case_word(noun) not in _prepositions():
            continue
        if noun.lower_ in negations or any(c.dep_ == "det" and c.lower_ in negations for c in noun.children):
            return True
    return False
