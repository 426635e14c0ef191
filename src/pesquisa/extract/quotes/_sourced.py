"""A sentence opened by its source ("De acuerdo con la presidenta, el canciller viajará ...", "According to the
official, X will ...") tells that source's words: the person who is its subject acts within them, no narration's
topic that a later pro-drop "agregó" or "she added" could stand for."""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.nlp import doc_text
from pesquisa.extract.quotes._cues import speech_cues
from pesquisa.lexicon import fold


def within_sourced(tok: Token) -> bool:
    """The token stands after an according phrase (``according`` in speech.yaml) that opens its sentence."""
    opening = fold(doc_text(tok.doc)[tok.sent.start_char:tok.idx]).lstrip(" \t\"“«—-")
    return any(opening.startswith(fold(cue) + " ") for cue in speech_cues().according)
