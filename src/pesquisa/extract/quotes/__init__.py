"""Direct quotes and reported speech, with the speaker resolved.

Direct quotes are the text between quotation marks (curly, straight, «»), an
unclosed mark running to the end of its paragraph. Reported speech is the clause
a speech verb introduces ("said that ...", "afirmó que ...", "X said Mexico ..."),
the sentence before a closing attribution ("..., Velasco explained."), and what
"according to X" / "según X" frames.

Speakers come from the verb's subject, in this order of evidence:
1. a person or organization mention inside the subject;
2. several governments ("the Mexican and U.S. governments") -> a joint statement;
3. an unnamed source ("officials", "a Mexican immigration official") -> no speaker id;
4. a pronoun -> the last person (or, for "they", the last joint/plural) speaker;
5. a description ("the foreign minister", "el funcionario") -> the person whose title
   matches, else the last person speaker;
6. no subject (pro-drop, "adding", a quote standing alone) -> the last speaker.
Hand-written because no open library attributes quotes in Spanish and English
with these cues; textacy's direct-quote triples cover only case 1 in English.

Span finding is in ``_spans``, speaker resolution in ``_speakers``, the lexicon tables in ``speech_cues``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pesquisa.extract.quotes._cues import is_speech_verb
from pesquisa.extract.quotes._spans import (
    according_frames,
    attribution_verb,
    cut_at_next_attribution,
    find_direct_quotes,
    inside,
    quote_phrases,
    reported_content,
    slip_after,
    subject_span,
)
from pesquisa.extract.quotes._speakers import Resolver
from pesquisa.lexicon import fold
from pesquisa.records import LocalEntity, Quote, Span

__all__ = ["extract_quotes", "find_direct_quotes", "is_speech_verb"]


@dataclass(slots=True)
class _Candidate:
    span: Span
    direct: bool
    verb: Token | None
    subject: Span | None  # explicit subject text span, if any
    according: Span | None = None


def extract_quotes(doc: Doc, entities: list[LocalEntity]) -> list[Quote]:
    """Direct and reported quotes of a parsed document, speakers resolved (see module docstring)."""
    text = doc.text
    direct = find_direct_quotes(text)
    candidates: list[_Candidate] = []
    for span in direct:
        verb = attribution_verb(doc, span, direct)
        if verb is None and slip_after(text, span):
            candidates.append(_Candidate(span, True, None, None))
            continue
        candidates.append(_Candidate(span, True, verb, subject_span(verb, direct) if verb is not None else None))
    for sent in doc.sents:
        for tok in sent:
            if inside(tok.idx, direct) or not is_speech_verb(tok):
                continue
            subject = subject_span(tok, direct)
            if subject is not None and fold(text[subject.start:subject.end]) in {"that", "this", "eso", "esto"}:
                continue  # "That said, ..." is no attribution
            content = reported_content(tok, direct)
            if content is None or len(text[content.start:content.end].split()) < 4:
                continue
            content = cut_at_next_attribution(sent, tok, content, direct)
            covered = sum(min(d.end, content.end) - max(d.start, content.start) for d in direct if d.overlaps(content))
            if covered > 0.8 * (content.end - content.start):
                continue
            candidates.append(_Candidate(content, False, tok, subject))
        for content in quote_phrases(sent):
            if len(text[content.start:content.end].split()) >= 4:
                candidates.append(_Candidate(content, False, None, None))
        for content, source in according_frames(sent):
            attributed = any(is_speech_verb(t) and content.start <= t.idx < content.end and subject_span(t, direct)
                             for t in sent)
            if attributed:
                continue  # "X said ..., according to a statement": X already speaks
            if len(text[content.start:content.end].split()) >= 4:
                candidates.append(_Candidate(content, False, None, source, according=source))
    candidates.sort(key=lambda c: (c.span.start, not c.direct))
    resolver = Resolver(text, entities, direct)
    quotes: list[Quote] = []
    for cand in candidates:
        speaker = resolver.resolve(cand.subject, cand.subject.start if cand.subject else cand.span.start)
        resolver.remember(speaker)
        body = text[cand.span.start:cand.span.end].strip(" ,;:")
        start = cand.span.start + text[cand.span.start:cand.span.end].find(body)
        cue = "according" if cand.according else (speaker.cue if speaker else None)
        quotes.append(Quote(
            text=body, span=Span(start, start + len(body)), direct=cand.direct,
            speaker=speaker.name if speaker else None,
            speaker_local_id=speaker.local_id if speaker else None,
            speaker_span=speaker.span if speaker else None,
            verb=cand.verb.text if cand.verb is not None else None, cue=cue))
    return quotes
