"""A line that only speaks to its reader: every sentence a call to action ("Y recuerda que puedes recibir notificaciones
en nuestra app. Descarga la última versión y actívalas.", "We can't wait to welcome you to our festival. Join us in
Austin."). A call to action that opens a short line is found by ``is_cta_lead``; this finds the longer ones of two or
three sentences the model keeps for their length, wherever they stand."""

from __future__ import annotations

import re

from pesquisa.clean._signals import cue_words, has_quote, is_cta
from pesquisa.text import split_sentences

APPEAL_SENTENCES = 3  # a line of more sentences is an article paragraph, whatever its words


def is_reader_appeal(line: str) -> bool:
    """Every sentence of the line (``APPEAL_SENTENCES`` at most) is a call to action, and the line speaks to its reader
    (``reader_words``): not a quoted sentence, not a sentence that only mentions an app's notifications."""
    text, reader_words = line.strip(), cue_words("reader_words")
    # (the reader's words looked for first: the cheapest test, and most lines have none)
    if not text or not any(w.casefold() in reader_words for w in re.findall(r"\w+", text)) or has_quote(text):
        return False
    sentences = [text[span.start:span.end] for span in split_sentences(text)]
    return len(sentences) <= APPEAL_SENTENCES and all(is_cta(s) for s in sentences)
