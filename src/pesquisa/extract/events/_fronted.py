"""A date or place fronted before the first of coordinated deeds is of them all.

"El pasado 26 de agosto, elementos navales aseguraron 1,100 kilos de metanfetamina y detuvieron a dos personas", "On
Tuesday police seized 20 kilograms of cocaine and arrested two men": the date opens the clause before its first verb
and hangs from it, but the verbs coordinated under that one share it, where a date after a verb is that verb's alone
("arrested him on Saturday and extradited him on Sunday"). The parser may hang the second verb from a noun of the
first's ("detuvieron" a conjunct of "kilogramos"): the first verb is still above it.

A date fronted before a clause dates the deed a participle tells of its object, a thing.

"En marzo, la misma estructura perdió 2,4 toneladas de cocaína incautadas por la Marina", "In March, the network lost
2.4 tonnes of cocaine seized by the navy": the month opens the sentence and hangs from its verb, and the seizure is told
only by the participle on the verb's object, a load, not someone. The month is the seizure's; a participle describing
someone ("the men arrested in 2023") keeps its own past, and a date after the verb is the main clause's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pesquisa.extract.events._announced_deed import verb_between
from pesquisa.records import Span


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


_OBJECTS = frozenset({"obj", "dobj"})
_NOUN_LINKS = frozenset({"nmod", "pobj", "prep", "case"})


def _thing(noun: Token) -> bool:
    """``noun`` names no one: no Spanish personal "a", no proper name."""
    return noun.pos_ == "NOUN" and not any(c.dep_ == "case" and c.lower_ == "a" for c in noun.children)


def _object_of(participle: Token, verb: Token) -> bool:
    """``participle`` describes, through nouns that are things, the direct object of ``verb``."""
    if participle.dep_ not in {"amod", "acl"} or "Part" not in participle.morph.get("VerbForm", []):
        return False
    node = participle.head
    while node.i != verb.i:
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i or not (node.pos_ == "ADP" or _thing(node)):
            return False
        if node.head.i == verb.i:
            return node.dep_ in _OBJECTS
        if node.dep_ not in _NOUN_LINKS:
            return False
        node = node.head
    return False


def fronted_over_thing(doc: Doc, trigger: Span, date: Span) -> bool:
    """True when ``date`` opens its sentence before the verb it hangs from, and ``trigger`` is a participle on that
    verb's object, a thing: the fronted date is the deed's."""
    inner = doc.char_span(date.start, date.end, alignment_mode="expand")
    event = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if inner is None or event is None or not len(inner) or not len(event):
        return False
    verb = next((t for t in inner.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or not inner.root.i < verb.i or inner.start - inner.sent.start > 2:
        return False
    return _object_of(event.root, verb)


def described_apart(doc: Doc, trigger: Span, date: Span) -> bool:
    """``verb_between``, save a date fronted over a participle on a thing (``fronted_over_thing``)."""
    return verb_between(doc, trigger, date) and not fronted_over_thing(doc, trigger, date)
