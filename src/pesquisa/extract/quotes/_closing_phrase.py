"""A speech phrase that closes the sentence it attributes, its speaker after it (Mexican regional press: "Tres hombres
fueron detenidos ..., dio a conocer la Mesa de Coordinación para la Construcción de la Paz."): the words before the
comma are what the one named after the phrase made known. A phrase with "que" after it ("dio a conocer la Fiscalía
que ...") reports its own clause (``_spans.quote_phrases``)."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from pesquisa.extract.quotes._cues import cues_in_text, speech_cues, text_of
from pesquisa.extract.quotes._pointed_back import phrase_at
from pesquisa.records import Span


def closing_phrase_reports(sent: SpacySpan, quotes: list[Span]) -> list[tuple[Span, Token, Span | None]]:
    """(words reported, the phrase's first word, who made them known) for a sentence that a speech phrase right after
    a comma closes with a name or a determiner's phrase; an empty list otherwise."""
    doc = sent.doc
    if not cues_in_text(doc, speech_cues().phrases):
        return []  # the document holds no speech phrase: no word of it opens one
    text = text_of(doc)
    commas = _after_commas(doc)
    for i in commas[bisect_left(commas, sent.start + 4):bisect_left(commas, sent.end)]:
        tok = doc[i]
        if (phrase := phrase_at(tok)) is None:
            continue
        after = [t for t in sent if t.idx >= tok.idx + len(phrase) and not (t.is_punct and t.i == sent.end - 1)]
        before = doc[sent.start:tok.i - 1]
        own_clause = phrase.split()[-1].lower() in {"que", "that"} or any(t.lower_ in {"que", "that"} for t in after)
        if not after or after[0].pos_ not in {"DET", "PROPN"} or own_clause or \
                not any(t.pos_ in {"VERB", "AUX"} for t in before):
            # "..., dio a conocer la Fiscalía que ...", "..., the director, X, noted that the ...": its own clause
            # (the phrase's own "that" opens it); no clause before the comma
            return []
        words = Span(sent.start_char, doc[tok.i - 1].idx)
        if any(q.overlaps(words) for q in quotes) or not text[words.start:words.end].strip():
            return []
        return [(words, tok, Span(after[0].idx, after[-1].idx + len(after[-1].text)))]
    return []


def _after_commas(doc: Doc) -> list[int]:
    """The indices of the words right after a comma, in order (kept per document: every sentence asks)."""
    found = doc.user_data.get("pesquisa.after_commas")
    if found is None:
        found = [t.i + 1 for t in doc if t.text == ","]
        doc.user_data["pesquisa.after_commas"] = found
    return found
