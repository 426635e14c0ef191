"""Who condemns an attack takes no part in it.

"Michoacan Governor Alfredo Ramirez Bedolla condemned the ambush", "la presidenta lamentó el ataque": the subject of a
verb of reaction (``reactions`` in events.yaml) whose object holds the trigger judges the attack from outside, and is
neither its attacker nor its victim. Only attacks: the official who speaks of a seizure, an arrest or a transfer is
one of its people in the gold's reading (the minister who presents the seized drugs, the attorney general who thanks
Mexico for a transfer), and a meeting may be welcomed by who held it.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from pesquisa.extract.events._charged import charged_crime
from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.nlp import lemma_of
from pesquisa.lexicon import read_data
from pesquisa.records import Span

REACTED_TO = frozenset({"attack"})
OTHER_CLAUSES = frozenset({"conj", "parataxis", "advcl", "ccomp"})  # a reaction's next clause tells no side of the attack


@cache
def _reaction_lemmas() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("events.yaml")["reactions"])


def _reaction_verb(token: Token) -> Token | None:
    """The verb of reaction whose object's subtree holds ``token`` (the trigger), or None."""
    node = token
    while node.head.i != node.i:
        head = node.head
        if head.pos_ in {"VERB", "AUX"}:
            words = {lemma_of(head).casefold(), head.lower_}
            return head if words & _reaction_lemmas() and node.dep_ not in {"nsubj", "nsubjpass", "nsubj:pass"} else None
        node = head
    return None


def _tokens(ctx: DocumentContext, span: Span, trigger: Span, kind: str) -> tuple[TokenSpan, TokenSpan] | None:
    """The trigger's and the mention's spaCy spans, for an event kind that is reacted to; else None."""
    if kind not in REACTED_TO:
        return None
    own = ctx.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    mention = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    if own is None or mention is None or not len(own) or not len(mention):
        return None
    return own, mention


def reacts_to(ctx: DocumentContext, span: Span, trigger: Span, kind: str) -> bool:
    """True when the mention at ``span`` is the subject of a verb of reaction to the event of ``trigger``."""
    tokens = _tokens(ctx, span, trigger, kind)
    if tokens is None:
        return False
    own, mention = tokens
    verb = _reaction_verb(own.root)
    if verb is None:
        return False
    at = mention.root.i
    if not verb.left_edge.i <= at <= verb.right_edge.i:  # "troops were deployed after the governor condemned the attack"
        return True
    # the one who reacts, and what the sentence goes on to tell in a clause of its own ("condemned the attack and said
    # army and National Guard troops had been sent to the area"); not whom it blames ("blamed the CJNG for the attack")
    held = own.root.i  # the clause that holds the attack is the attack's ("lamentó que sicarios atacaran a policías")
    apart = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"} or (
        c.dep_ in OTHER_CLAUSES and not c.left_edge.i <= held <= c.right_edge.i)]
    return any(s.left_edge.i <= at <= s.right_edge.i for s in apart)


CLAUSAL = frozenset({"acl", "relcl", "ccomp", "advcl", "csubj", "parataxis"})
NOMINAL = frozenset({"flat", "flat:name", "appos", "compound", "conj", "nmod", "cc"})


def _told_clause(token: Token) -> Token | None:
    """The head of the clause ``token`` is told in when that clause hangs under another's words (a clausal edge, or
    a participle: "personas secuestradas"), else None."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in CLAUSAL or (node.dep_ == "amod" and "Part" in node.morph.get("VerbForm", [])):
            return node
        node = node.head
    return None


def over_attack(ctx: DocumentContext, span: Span, trigger: Span, kind: str) -> bool:
    """True when the mention at ``span`` is the subject or a circumstance of the words an attack's clause hangs under,
    outside that clause: who told it or acted after it ("two soldiers were killed when drones hit their position,
    the Defense Department said", "la FGR, en coordinación con la Semar, rescató a cinco personas que habían sido
    privadas de la libertad"). Meant for state bodies and officials the attack's own words set on neither side."""
    tokens = _tokens(ctx, span, trigger, kind)
    if tokens is None:
        return False
    own, mention = tokens
    if charged_crime(ctx, own, mention):  # "cumplimentaron una orden ... por su probable participación en el secuestro"
        return True
    clause = _told_clause(own.root)
    node = mention.root
    if clause is None or clause.left_edge.i <= node.i <= clause.right_edge.i:
        return False
    while node.dep_ in NOMINAL and node.head.i != node.i:
        node = node.head
    return (node.dep_.startswith("nsubj") or node.dep_ == "obl") and any(a.i == node.head.i for a in clause.ancestors)
