"""Shared helpers of the quote tests: run entities, roles and quotes on a parsed text; who said a quote."""

from __future__ import annotations

from pesquisa.extract.entities import extract_entities
from pesquisa.extract.quotes import extract_quotes
from pesquisa.extract.titles import extract_roles


def entities_and_quotes(nlp, text):
    """The in-document entities and quotes of ``text`` parsed with ``nlp``."""
    doc = nlp(text)
    ents = extract_entities(doc, "d")
    extract_roles(text, ents, published=None)
    return ents, extract_quotes(doc, ents)


def quotes_of(nlp, text):
    return entities_and_quotes(nlp, text)[1]


def said(quotes, start: str):
    """(speaker, has an id) of the quote that starts with ``start``."""
    quote = next(q for q in quotes if q.text.startswith(start))
    return quote.speaker, quote.speaker_local_id is not None
