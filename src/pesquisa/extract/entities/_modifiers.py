"""A single English adjective the model tags as a facility before the noun it modifies ("a former |Olympic|
snowboarder"): a word describing a person or a thing, no place the text names. An adjective it tags as a region
keeps its reading ("the |Caribbean| coast"), and so does a place the lexicon knows."""

from __future__ import annotations

from spacy.tokens import Doc

from pesquisa.extract.entities._names import is_known_place
from pesquisa.extract.nlp import tokens_from
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention


def _adjective_before_noun(doc: Doc, m: Mention) -> bool:
    """``m`` is one token the parse tags an adjective (JJ) and the model a facility, right before a lower-case word, and
    no known place."""
    toks = [doc[i] for i in tokens_from(doc, m.span.start, m.span.end)]
    if len(toks) != 1 or toks[0].tag_ != "JJ" or toks[0].ent_type_ != "FAC" or toks[0].i + 1 >= len(doc):
        return False
    after = doc[toks[0].i + 1]
    return after.is_alpha and after.is_lower and not is_known_place(m.name) and load_lexicon().place_key(m.name) is None


def without_adjective_places(doc: Doc, model: list[Mention]) -> list[Mention]:
    """The model's mentions without places that are an adjective before its noun (module docstring)."""
    return [m for m in model if not (m.type == "place" and m.source == "model" and _adjective_before_noun(doc, m))]
