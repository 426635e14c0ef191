"""A quote carried over a paragraph break: its paragraph ends inside it and the next one opens with the mark that
continues it ("«Llegaron de noche ...\n\n»Caminamos dos días ...», relató la mujer"; English: a new opening mark and
no closing one). The verb after the last part attributes every part."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pesquisa.extract.quotes._cues import text_of
from pesquisa.extract.quotes._pointed_back import pointing_back_verb
from pesquisa.extract.quotes._spans import attribution_verb
from pesquisa.records import Span

# what may stand between the parts of one quote: the paragraph break and the marks around it
_BETWEEN = " \t\n«»“”\""


def carried_verb(doc: Doc, quote: Span, quotes: list[Span]) -> Token | None:
    """The verb that attributes the part of the quote the next paragraphs carry on, when only a paragraph break
    and marks stand between them; None when the quote is not carried or no later part has a verb."""
    text = text_of(doc)
    later = sorted((q for q in quotes if q.start >= quote.end), key=lambda q: q.start)
    current = quote
    for part in later:
        between = text[current.end:part.start]
        if "\n\n" not in between or between.strip(_BETWEEN) or between.count("\n\n") > 1:
            return None
        verb = attribution_verb(doc, part, quotes) or pointing_back_verb(doc, part)  # ("“...\n\n“...”.\n\nAsí lo dijo X")
        if verb is not None:
            return verb
        current = part
    return None
