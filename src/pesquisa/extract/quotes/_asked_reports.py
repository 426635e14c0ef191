"""What a reporter's question says someone else said ("—Presidenta, el senador X dijo ayer que CLAIM. ¿Qué le
responde?", "QUESTION: Senator X said on Sunday that CLAIM. Is that true?"): the question is no one's words, but
the claim it reports is the named one's, as a clause reported in the narration would be."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.extract.quotes._cues import is_negated, sentence_of, speech_verbs, text_of
from pesquisa.extract.quotes._spans import reported_content
from pesquisa.extract.quotes._subjects import subject_span
from pesquisa.records import Span

_MIN_WORDS = 4


def asked_reports(doc: Doc, question: Span, quotes: list[Span]) -> list[tuple[Span, Token, Span]]:
    """(claim, verb, subject) for each statement the question at ``question`` reports of a third party named by a
    proper name ("el senador Ted Cruz dijo que", "Senator Cruz said"); none for "usted dijo", "you said", "se dijo"."""
    others = [q for q in quotes if q != question]
    text = text_of(doc)
    out = []
    for i in sorted(speech_verbs(doc)):
        verb = doc[i]
        if not question.start <= verb.idx < question.end or is_negated(verb):
            continue
        subject = subject_span(verb, others)
        if subject is None or not question.start <= subject.start or not _named(doc, subject):
            continue
        content = reported_content(verb, others)
        if content is None or not question.start <= content.start < question.end:
            continue
        end = min(content.end, question.end, sentence_of(verb).end_char)
        asks = text.find("¿", content.start, end)  # "dijo que CLAIM, ¿qué le responde?"
        words = text[content.start:end if asks == -1 else asks].rstrip(" ,;—")
        if "?" not in words and len(words.split()) >= _MIN_WORDS:  # not "Did X say that ...?"
            out.append((Span(content.start, content.start + len(words)), verb, subject))
    return out


def _named(doc: Doc, subject: Span) -> bool:
    """The subject holds a proper name (a person or body the question names), not a pronoun or "usted"."""
    span = doc.char_span(subject.start, subject.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" for t in span)


def named_within(speaker: Speaker | None, subject: Span | None) -> Speaker | None:
    """``speaker`` when the subject of a question's claim names them ("el senador Ted Cruz dijo"); None when it only
    describes someone ("Mexico's president said ..."), whom the resolver would take for whoever spoke last."""
    named = speaker is not None and subject is not None and speaker.span is not None and subject.contains(speaker.span)
    return speaker if named else None
