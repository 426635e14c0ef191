"""A date or place fronted before the first of coordinated deeds is of them all.

"El pasado 26 de agosto, elementos navales aseguraron 1,100 kilos de metanfetamina y detuvieron a dos personas", "On
Tuesday police seized 20 kilograms of cocaine and arrested two men": the date opens the clause before its first verb
and hangs from it, but the verbs coordinated under that one share it, where a date after a verb is that verb's alone
("arrested him on Saturday and extradited him on Sunday"). The parser may hang the second verb from a noun of the
first's ("detuvieron" a conjunct of "kilogramos"): the first verb is still above it.
"""

from __future__ import annotations

from spacy.tokens import Token


def fronted_shared(inner: Token, event: Token, other: Token) -> bool:
    """True when ``inner`` (a date's or place's root) stands before the verb ``other`` and hangs from it through no
    other verb, and ``event`` (a trigger's root after it) is a conjunct coordinated under ``other``."""
    if event.dep_ != "conj" or not inner.i < other.i < event.i or other not in event.ancestors:
        return False
    node = inner.head
    while node.i != other.i:
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i or node.i > other.i:
            return False
        node = node.head
    return True
