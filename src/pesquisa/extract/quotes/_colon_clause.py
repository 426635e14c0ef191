"""A direct quote a colon introduces after a clause about a person, with no verb of speech: "Carlos, a lime grower
who lost his orchard, was briefer: “...”", "A Treasury official I spoke with put it bluntly: “...”", "The agents had
a saying: “...”". The clause's subject speaks when it is someone (a name, a title, a person noun, an unnamed source);
a clause about a thing ("The figure is stark: “...”") names no one, and the quote keeps the last speaker.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Tokens

from pesquisa.extract.nlp import doc_text
from pesquisa.extract.quotes._cues import speech_cues
from pesquisa.extract.quotes._kin import gendered_noun
from pesquisa.extract.quotes._marks import inside
from pesquisa.extract.quotes._passive import acted_upon
from pesquisa.extract.quotes._subjects import subject_span
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span

_SUBORDINATE = {"relcl", "acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp"}


def colon_clause_subject(doc: Doc, span: Span, quotes: list[Span]) -> Span | None:
    """The subject of the main clause that ends with a colon right before the quote at ``span`` when it is a
    person or someone unnamed, else None."""
    colon = colon_before(doc, span)
    if colon is None:
        return None
    sent = colon[0].sent
    verbs = [t for t in doc[sent.start:colon[0].i] if (t.dep_ not in _SUBORDINATE or t.head.i > colon[0].i)
             and not inside(t.idx, quotes) and any(c.dep_ == "nsubj" and c.i < colon[0].i for c in t.children)]
    # (a clause the parse hung on the quote's verb after the colon is the main one: 'X put it bluntly: "Both need")
    root = sent.root
    if not verbs and root.pos_ == "NOUN" and root.i < colon[0].i and _someone(root):
        return Span(root.left_edge.idx, root.idx + len(root.text))  # a parse of no clause: "A Treasury official I spoke
        # with put it bluntly:", the verb taken for a preposition's object
    if not verbs or acted_upon(verbs[-1]):
        return None  # ("Su hijo fue levantado:": someone acted upon says nothing)
    subject = next(c for c in verbs[-1].children if c.dep_ == "nsubj")
    if not _someone(subject):
        return None
    return subject_span(verbs[-1], quotes)


def colon_before(doc: Doc, span: Span) -> Tokens | None:
    """The colon (its tokens) that ends the sentence right before the quote at ``span`` on its line, else
    None."""
    text = doc_text(doc)
    lead_end = len(text[:span.start].rstrip(" \t“\"«'‘"))
    if not text[:lead_end].endswith(":") or "\n" in text[lead_end:span.start]:
        return None
    return doc.char_span(lead_end - 1, lead_end, alignment_mode="expand")


def _someone(head: Token) -> bool:
    """The subject's head is a person: a name, a pronoun, a title, a person noun or an unnamed source's noun."""
    folded = fold(head.text)
    if head.pos_ == "PROPN" or (head.pos_ == "PRON" and folded in speech_cues().singular):
        return True
    return head.pos_ == "NOUN" and (folded in _heads() or folded in speech_cues().unnamed or gendered_noun(folded))


@cache
def _heads() -> frozenset[str]:
    """Folded title heads of every language ("official", "fiscal", "agent")."""
    return frozenset(fold(h) for h in load_lexicon().title_heads())


def before_colon_clause(doc: Doc, span: Span, quotes: list[Span], verb: Token | None) -> bool:
    """The ``verb`` found for the quote at ``span`` lies in a sentence before the one a colon ends right before the
    quote, whose subject is someone ("X said ... . Mike Vigil, a former DEA official, put it bluntly: “...”"): that
    clause's subject speaks, not the earlier verb's."""
    colon = colon_before(doc, span) if verb is not None else None
    if verb is None or colon is None or verb.i >= colon[0].sent.start:
        return False
    return colon_clause_subject(doc, span, quotes) is not None
