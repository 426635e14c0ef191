"""Someone a meeting or call was about, not at: "Rubio met with García Harfuch to discuss the extradition of Ismael
Zambada", "se reunió con el embajador para revisar el caso de Rafael Caro Quintero", "hablaron sobre la extradición de
Ovidio Guzmán". The person is the complement of a noun that a verb of discussing takes for object, or that "about",
"sobre" introduces; the parse tells it from who took part ("met with the head of the DEA" keeps the DEA: no topic).
The verbs and prepositions are ``topic_verbs`` and ``topic_preps`` in ``data/events.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.nlp import lemma_of
from pesquisa.lexicon import read_data
from pesquisa.records import Mention

OBJECTS = frozenset({"dobj", "obj"})


@cache
def _topic_words() -> tuple[frozenset[str], frozenset[str]]:
    data = read_data("events.yaml")
    return frozenset(w.casefold() for w in data["topic_verbs"]), frozenset(w.casefold() for w in data["topic_preps"])


def _noun_of(token: Token) -> Token | None:
    """The noun ``token`` is the "of"/"de" complement of ("the extradition of Zambada", "el caso de Caro"), or None."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        return token.head.head
    if token.dep_ == "nmod" and token.head.pos_ == "NOUN" and \
            any(c.dep_ == "case" and c.lower_ in {"de", "del"} for c in token.children):
        return token.head
    return None


def spoken_of(ctx: DocumentContext, mention: Mention) -> bool:
    """True when ``mention`` names what a gathering was about: the complement of a noun discussed (see the module)."""
    span = ctx.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    noun = _noun_of(span.root) if span is not None and len(span) else None
    if noun is None:
        return False
    verbs, preps = _topic_words()
    return (noun.dep_ in OBJECTS and lemma_of(noun.head).casefold() in verbs) or \
        (noun.dep_ == "pobj" and noun.head.lower_ in preps) or \
        any(c.dep_ == "case" and c.lower_ in preps for c in noun.children)
