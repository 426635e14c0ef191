"""The extract stage: one clean document in, every fact with its span out.

Components, in order, with what each reads and sets:
- nlp (spaCy): body -> tokens, sentences, model entities (in chunks when long)
- entities: doc -> LocalEntity/Mention
- titles: entities -> Role (and entity.titles, read by quote attribution)
- quotes: doc, entities, titles -> Quote
- quantities: body, sentences -> Quantity
- dates: body, published -> DateMention
- events: doc, entities, dates -> Event
"""

from __future__ import annotations

from pesquisa.extract.dates import extract_dates
from pesquisa.extract.entities import extract_entities
from pesquisa.extract.events import extract_events
from pesquisa.extract.nlp import parse
from pesquisa.extract.quantities import extract_quantities
from pesquisa.extract.quotes import extract_quotes
from pesquisa.extract.titles import extract_roles
from pesquisa.records import CleanDocument, Extraction, Span


def extract_document(document: CleanDocument) -> Extraction:
    """All facts of ``document`` (pure: reads nothing but the document and the shipped models)."""
    lang = document.lang if document.lang in {"en", "es"} else "en"
    doc = parse(document.body, lang)
    sentences = [Span(s.start_char, s.end_char) for s in doc.sents]
    entities = extract_entities(doc, document.id)
    roles = extract_roles(document.body, entities, published=document.published)
    quotes = extract_quotes(doc, entities)
    quantities = extract_quantities(document.body, lang=lang, sentences=sentences)
    dates = extract_dates(document.body, published=document.published, sentences=sentences)
    events = extract_events(doc, entities, dates, published=document.published)
    return Extraction(document, entities, roles, quotes, quantities, dates, events)
