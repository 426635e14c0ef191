"""What a sentence that points back reports, where ``_fronted.said_before`` does not reach: Mexican press closes a
paragraph of facts with "Así lo dio a conocer X" (a speech phrase, no verb of speech alone), or opens the next one
with "Así lo informó X" / "Lo anterior fue dado a conocer por X, en conferencia de prensa" (a passive whose agent
spoke). The words reported are the sentence before: in the paragraph, or the last one of the paragraph before when the
pointer opens its own, that paragraph being no headline and holding no quote or speech verb of its own."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from pesquisa.extract.quotes._cues import is_speech_verb, sentence_of, text_of
from pesquisa.extract.quotes._pointed_back import POINTER_HEAD, opens_phrase, phrase_at
from pesquisa.extract.quotes._subjects import subject_span
from pesquisa.records import Span

_ACTIVE = re.compile(rf"\s*{POINTER_HEAD}lo\s+", re.I)
_PASSIVE = re.compile(r"\s*lo\s+anterior\s+(?:fue|ha\s+sido)\s+", re.I)
# a passive speech phrase ("dado a conocer"), whose participle is no speech verb alone
_PASSIVE_PHRASE = re.compile(r"dad[oa]\s+a\s+conocer\b", re.I)


def pointed_reports(sent: SpacySpan, quotes: list[Span]) -> list[tuple[Span, Token, Span | None]]:
    """(words reported, verb, who said them) for ``sent`` when it points back at the sentence before (see the module
    docstring); an empty list otherwise, and for "Así lo informó X" within a paragraph (``said_before`` has it)."""
    text = text_of(sent.doc)
    head = text[sent.start_char:sent.end_char]
    active, passive = _ACTIVE.match(head), _PASSIVE.match(head)
    if (active is None and passive is None) or sent.start == 0:
        return []
    pointer = active or passive
    verb = next((t for t in sent if t.idx >= sent.start_char + pointer.end() and t.pos_ in {"VERB", "AUX"}), None)  # type: ignore[union-attr]
    if verb is None or not (is_speech_verb(verb) or opens_phrase(verb) or _PASSIVE_PHRASE.match(text, verb.idx)):
        return []
    k = sent.start - 1
    while k > 0 and sent.doc[k].is_space:
        k -= 1
    previous = sentence_of(sent.doc[k])
    words = Span(previous.start_char, sent.doc[k].idx + len(sent.doc[k].text))
    across = "\n\n" in text[words.start:sent.start_char]
    if across and not _pointer_opens_paragraph(text, sent, words):
        return []
    if not across and is_speech_verb(verb) and active is not None:
        return []  # "... . Así lo informó X." in one paragraph: ``said_before``
    if any(q.overlaps(words) for q in quotes) or any(is_speech_verb(t) for t in previous):
        return []  # a quote or a statement of its own
    who = _agent(verb) if passive is not None else subject_span(verb, quotes) or _named_after_phrase(verb)
    return [(words, verb, who)]


def _pointer_opens_paragraph(text: str, sent: SpacySpan, previous: Span) -> bool:
    """``sent`` opens its paragraph and the sentence at ``previous`` ends the one before, which is not the document's
    first (its headline)."""
    gap = text[previous.end:sent.start_char]
    return gap.count("\n\n") == 1 and not gap.strip() and bool(text[:previous.start].strip())


def _agent(verb: Token) -> Span | None:
    """The agent of a passive ("fue dado a conocer por el fiscal X, en conferencia"): the noun phrase "por" leads."""
    for tok in verb.children:
        if any(c.lower_ == "por" and c.dep_ == "case" for c in tok.children):
            words = [t for t in tok.subtree if t.i > next(c.i for c in tok.children if c.lower_ == "por")]
            return Span(words[0].idx, words[-1].idx + len(words[-1].text)) if words else None
    return None


def _named_after_phrase(verb: Token) -> Span | None:
    """Who a speech phrase names after it when the parse took it for the object ("Así lo dio a conocer la
    dependencia en un comunicado"): the first noun phrase hung on the phrase's verb past the phrase's words."""
    end = verb.idx + len(phrase_at(verb) or verb.text)
    noun = next((c for c in verb.children if c.idx >= end and c.pos_ in {"NOUN", "PROPN"} and c.dep_ in {"obj", "nsubj"}),
                None)
    return Span(noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)) if noun is not None else None
