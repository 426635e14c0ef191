"""A quote whose attribution comes right after it as a sentence that points back at it: "“No vamos a permitir ...”.
Así lo afirmó el gobernador ...", "That's what Sheriff X said Monday" and, as Mexican TV and radio sites open a
story, the quote alone in the first paragraph and "Así lo dio a conocer X, durante ..." in the next one. "Así lo" /
"Lo anterior lo" / "That's what" make the words before the verb's object, so its subject spoke them; a speech phrase
("dio a conocer", "hizo saber") counts as a verb there. Only the sentence right after the quote, and a paragraph
after only when the quote is its paragraph whole."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pesquisa.extract.quotes._cues import cues_in_text, is_speech_verb, sentence_of, speech_cues, text_of
from pesquisa.records import Span

# the words that point back at what was just said, before the verb ("Así lo", "Lo anterior lo", "Así también lo"),
# less the pronoun ("lo"), shared with ``_pointer_reports``
POINTER_HEAD = r"(?:así|asi|lo\s+anterior)\s+(?:(?:también|tambien|ya)\s+)?"
_POINTER = re.compile(rf"{POINTER_HEAD}(?:lo\s+|los\s+|las\s+)?|"
                      r"(?:that|this)(?:['’]s|\s+is|\s+was)\s+what\s+", re.I)  # (English: "That's what X said")
# what may close a quote before the next sentence: its mark, a period, spaces, one paragraph break
_CLOSING = re.compile(r"[”\"»’'″›.\s]*")
_OPENING = " \t\n“\"«‘"


def pointing_back_verb(doc: Doc, quote: Span) -> Token | None:
    """The verb of the sentence after ``quote`` that opens by pointing back at it ("Así lo afirmó X"), or the first
    word of its speech phrase ("Así lo dio a conocer X"); None when no such sentence follows, or it stands in the
    next paragraph and the quote did not fill its own."""
    text = text_of(doc)
    after = _CLOSING.match(text, quote.end).end()  # type: ignore[union-attr]
    between = text[quote.end:after]
    if between.count("\n\n") > 1:
        return None
    if "\n\n" in between:
        para_start = text.rfind("\n\n", 0, quote.start)
        if text[para_start + 2 if para_start != -1 else 0:quote.start].strip(_OPENING):
            return None  # narration before the quote in its paragraph: its own attribution, if any, is there
    pointer = _POINTER.match(text, after)
    opening = doc.char_span(after, after + 1, alignment_mode="expand") if pointer is not None else None
    if pointer is None or opening is None or opening[0].idx != after:
        return None
    sent = sentence_of(opening[0])
    for tok in (t for t in sent if t.idx >= pointer.end()):
        if (tok.pos_ in {"VERB", "AUX"} and not tok.text[:1].isupper()) or is_speech_verb(tok):  # (not a name: "Raymundo")
            return tok if is_speech_verb(tok) or opens_phrase(tok) else None
    return None


def opens_phrase(tok: Token) -> bool:
    """``tok`` is the first word of a speech phrase ("dio" of "dio a conocer")."""
    return phrase_at(tok) is not None


def phrase_at(tok: Token) -> str | None:
    """The speech phrase (speech.yaml ``phrases``) that ``tok`` opens, as written in the text; else None."""
    rest = text_of(tok.doc)[tok.idx:tok.idx + 40]
    return next((rest[:len(p)] for p in cues_in_text(tok.doc, speech_cues().phrases) if rest.lower().startswith(p.lower())),
                None)
