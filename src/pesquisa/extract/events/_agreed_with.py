"""A deed agreed on beside another: "agreed to create a working group and to meet again in the coming weeks",
"acordaron intercambiar información y reunirse en las próximas semanas". The meeting is planned, not held."""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.events._cues import Cues
from pesquisa.extract.nlp import lemma_of


def infinitive_conj(node: Token, cues: Cues) -> bool:
    """An infinitive joined to another ("agreed to create a group and to meet again") or, as the parser may hang it, to
    the verb of agreeing ("acordaron compartir ... y reunirse"): agreed on with it."""
    head = node.head
    return node.dep_ == "conj" and "Inf" in node.morph.get("VerbForm", []) and (
        "Inf" in head.morph.get("VerbForm", []) or (lemma_of(head) or head.lower_).lower() in cues.commissives)
