"""Extract stage: a clean document in, people, organizations, places, roles, quotes,
quantities, dates, events and relations out, each with its span (see ``pipeline`` for the order).
"""

from pesquisa.extract.dates import extract_dates
from pesquisa.extract.entities import extract_entities
from pesquisa.extract.events import extract_events
from pesquisa.extract.nlp import load_pipeline, parse_batch
from pesquisa.extract.pipeline import document_lang, extract_document
from pesquisa.extract.quantities import extract_quantities
from pesquisa.extract.quotes import extract_quotes
from pesquisa.extract.relations import extract_relations
from pesquisa.extract.titles import extract_roles

__all__ = ["document_lang", "extract_dates", "extract_document", "extract_entities", "extract_events", "extract_quantities",
           "extract_quotes", "extract_relations", "extract_roles", "load_pipeline", "parse_batch"]
