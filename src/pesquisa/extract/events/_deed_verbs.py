"""A verb of telling used as a deed: "aseguró este martes un inmueble y detuvo a tres" seized, it told nothing.

Spanish "asegurar" (events.yaml ``told_or_done``) is "to assure" before what is said ("aseguró este
martes que no hubo heridos") and "to seize" before what is taken. Read as a speech verb, the day it
holds was the day of telling, and the events of its clause ("y detuvo a tres personas") lost it to
the dateline's day. With a noun after it and no clause of what was said, it is the deed.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pesquisa.extract.nlp import lemma_of
from pesquisa.lexicon import read_data

# what was said: a clause under the verb ("aseguró que ...", "aseguró: «...»")
_SAID = frozenset({"ccomp", "xcomp", "parataxis", "csubj"})
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})


@cache
def _told_or_done() -> frozenset[str]:
    return frozenset(str(w).lower() for w in read_data("events.yaml")["told_or_done"])


def does_deed(verb: Token) -> bool:
    """True when ``verb``, a verb both of telling and of a deed, is the deed: a noun after it as its object (or as the
    subject the parser hangs after it, "aseguró este martes un inmueble") and no clause of what was said."""
    if lemma_of(verb).lower() not in _told_or_done():
        return False
    children = list(verb.children)
    if any(c.dep_ in _SAID for c in children) or any(c.lower_ == "que" and c.i > verb.i for c in children):
        return False
    return any(c.pos_ in _NOMINAL and (c.dep_ in {"obj", "dobj"} or (c.dep_.startswith("nsubj") and c.i > verb.i))
               for c in children)
