"""A direct quote set inside a sentence as the object of its verb, with no verb of speech around it.

"la Embajada de Estados Unidos agradeció en un comunicado “la colaboración de las autoridades mexicanas”", "the
Embassy welcomed “a new era of cooperation”": the words are the sentence's subject's, as "X said “...”" would make
them; without this the quote has no verb and goes to whoever spoke last.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pesquisa.extract.quotes._cues import is_speech_verb
from pesquisa.extract.quotes._marks import inside
from pesquisa.records import Span

_ARGUMENTS = frozenset({"obj", "dobj", "ccomp", "xcomp", "obl", "attr", "oprd"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def embedding_verb(doc: Doc, span: Span, quotes: list[Span]) -> Token | None:
    """The verb whose object the quote at ``span`` is, when that verb has a subject of its own before the quote,
    outside any quote ("la Embajada agradeció “...”"); None for a quote that stands alone or leads its sentence."""
    words = doc.char_span(span.start, span.end, alignment_mode="contract")
    if words is None or not len(words):
        return None
    roots = [t for t in words if not (span.start <= t.head.idx < span.end)]
    if len(roots) != 1:
        return None
    verb = roots[0].head
    if roots[0].dep_ not in _ARGUMENTS or verb.pos_ != "VERB" or verb.idx >= span.start or \
            inside(verb.idx, quotes) or verb.sent.start != words[0].sent.start:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return verb if subject is not None and subject.idx < span.start and not inside(subject.idx, quotes) else None


_CLAUSE_OPENING = re.compile(r"\s(?:que|that)\s*:?\s*[\"“«‘']?$", re.IGNORECASE)


def opens_the_quote(text: str, verb: Token, quote: Span) -> bool:
    """The speech verb before ``quote`` takes it as its clause ('Un agente le dijo a la familia que “...”, recuerda
    ella'): the quote opens right after "que"/"that" closing the verb's few words, so a verb after it only frames the
    telling."""
    between = text[verb.idx:quote.start]
    return verb.idx < quote.start and len(between) <= 80 and not re.search(r"[.!?;\n]", between) and \
        bool(_CLAUSE_OPENING.search(between))


def opens_a_later_quote(text: str, verb: Token, quotes: list[Span]) -> bool:
    """The speech verb introduces a quote after it ('la Presidenta se limitó a decir: “...”', 'dijo que “...”'), so an
    earlier quote of its sentence is not its ('quien escribió que EU “debe actuar ...”, la Presidenta se limitó a
    decir: “...”': the first is the senator's)."""
    return any(verb.idx < q.start and (opens_the_quote(text, verb, q) or
                                       re.fullmatch(r"\w+\s*:\s*[\"“«‘']?", text[verb.idx:q.start]) is not None)
               for q in quotes)


def relaying_verb(verb: Token, quote: Span) -> Token:
    """The speech verb that reports ``verb``'s telling, when ``verb`` opens the quote after it inside the clause an
    earlier speech verb with a subject reports ('She said an investigator once told her, “Señora, go home”': she
    relays the investigator's words and is their speaker); else ``verb``."""
    head = verb.head
    if verb.idx < quote.start and verb.dep_ in {"ccomp", "conj"} and head.i < verb.i and head is not verb and \
            is_speech_verb(head) and is_speech_verb(verb) and any(c.dep_ in _SUBJECTS for c in head.children) and \
            verb.sent.start == head.sent.start:
        return head
    return verb


def own_sentence_verb(doc: Doc, span: Span, quotes: list[Span], verb: Token | None) -> Token | None:
    """The verb of the quote's own sentence whose object it is ("Mexico's president called it “a new stage ...”"),
    over a verb of speech in a later sentence (". The ambassador described it as “...”"), which is another
    quote's; else ``verb``."""
    if verb is None or verb.idx < span.end or verb.sent.start_char <= span.start:
        return verb
    words = doc.char_span(span.start, span.end, alignment_mode="contract")
    heads = {t.head for t in words or [] if not t.is_punct and not (span.start <= t.head.idx < span.end)}
    own = heads.pop() if len(heads) == 1 else None
    if own is None or own.pos_ != "VERB" or own.idx >= span.start or own.sent.start_char > span.start or \
            inside(own.idx, quotes):
        return verb
    subject = next((c for c in own.children if c.dep_ in _SUBJECTS), None)
    return own if subject is not None and subject.idx < span.start and not inside(subject.idx, quotes) else verb
