"""A subject the parse glued onto the words of a quote a colon opens ("Reynosa, entre balaceras: “Aquí nadie duerme
tranquilo”": "Reynosa" parsed as the subject of "duerme"): it did not speak nor act, the quote's words have their own."""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.records import Span


def glued_to_quote(text: str, tok: Token, quotes: list[Span]) -> bool:
    """True when ``tok``'s verb lies inside a quote that a colon between ``tok`` and that quote opens."""
    quote = next((q for q in quotes if q.start <= tok.head.idx < q.end), None)
    return quote is not None and tok.idx < quote.start and ":" in text[tok.idx:quote.start]
