"""The spaCy pipelines as extraction runs them: the same annotations as the stock models, cheaper."""

from __future__ import annotations

import warnings

import numpy as np
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.tokens import Doc

from pesquisa.extract._ruler import CompiledAttributeRuler
from pesquisa.extract.nlp import MODELS, lemma_of

ATTRS = [ORTH, TAG, POS, MORPH, DEP, HEAD, LEMMA]
RULES = [  # later rules win; tests on tags and dependencies as they were before the ruler
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["nothing", "something"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": {"IN": ["aux"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": {"REGEX": "^na?$"}}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": "is"}]], "attrs": {"POS": "VERB", "TAG": "VBZ"}, "index": 1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
]


def _hand_doc(nlp) -> Doc:
    words = ["there", "is", "nothing", "gon", "na", "stop", "it", "\n\n", "He", "will", "go", "NN"]
    return Doc(nlp.vocab, words=words, spaces=[True] * 7 + [False] + [True] * 4,
               tags=["EX", "VBZ", "NN", "VBG", "TO", "VB", "PRP", "_SP", "PRP", "MD", "VB", "NN"],
               deps=["expl", "ROOT", "nsubj", "aux", "aux", "xcomp", "dobj", "dep", "nsubj", "aux", "conj", "dobj"],
               heads=[1, 1, 1, 5, 5, 1, 5, 6, 10, 10, 1, 10])


def test_extract_nlp_compiled_ruler_sets_what_the_stock_ruler_sets():
    nlp = spacy.blank("en")
    stock = nlp.add_pipe("attribute_ruler")
    stock.add_patterns(RULES)
    compiled = CompiledAttributeRuler(stock)
    assert compiled.rules is not None
    expected, got = stock(_hand_doc(nlp)), compiled(_hand_doc(nlp))
    assert np.array_equal(expected.to_array(ATTRS), got.to_array(ATTRS))
    assert [t.pos_ for t in got] == ["", "VERB", "PRON", "AUX", "AUX", "", "", "SPACE", "", "AUX", "", "NOUN"]
    assert got[4].lemma_ == "to" and str(got[2].morph) == "Number=Sing"


def test_extract_nlp_compiled_ruler_leaves_an_operator_to_the_stock_ruler():
    nlp = spacy.blank("en")
    stock = nlp.add_pipe("attribute_ruler")
    stock.add_patterns([{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    compiled = CompiledAttributeRuler(stock)
    assert compiled.rules is None
    assert [t.pos_ for t in compiled(_hand_doc(nlp))][2] == "NOUN"


TEXTS = {
    "en": "I ain't gonna do it, y'all. Let's go!  There is a cat and there were dogs.\n\nHe said that it was "
          "what I did. But he gets it; she got them. Nobody did, and whether they'd come is unclear. Those that left.",
    "es": "Él dijo que no lo hizo.  Los que vinieron\n\nse fueron. ¿Qué pasó? Afirmó que habían detenido a tres.",
}


def test_extract_nlp_pipelines_annotate_as_the_stock_models(nlp_en, nlp_es):
    for lang, ours in (("en", nlp_en), ("es", nlp_es)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stock = spacy.load(MODELS[lang])
        stock.add_pipe("paragraph_boundaries", before="parser")
        expected, got = stock(TEXTS[lang]), ours(TEXTS[lang])
        assert [lemma_of(t) for t in got] == [t.lemma_ for t in expected]
        assert np.array_equal(expected.to_array(ATTRS), got.to_array(ATTRS)), lang
        assert "lemmatizer" not in ours.pipe_names and "attribute_ruler" not in ours.pipe_names


def test_extract_nlp_parse_batch_gives_each_text_its_own_parse():
    from spacy.attrs import ENT_IOB, ENT_TYPE, SENT_START

    from pesquisa.extract.nlp import CHUNK_CHARS, parse, parse_batch

    texts = ["Marcelo Ebrard met Antony Blinken in Washington on Thursday.\n\nThe ministry said so.",
             "Navy boats patrol the coast. " * (CHUNK_CHARS // 29 + 5),  # long: left to parse, alone
             "Agents seized 40 rifles bound for Sonora, officials said."]
    attrs = [*ATTRS, ENT_IOB, ENT_TYPE, SENT_START]
    batch = parse_batch(texts, "en")
    assert batch[1] is None
    for text, doc in [(texts[0], batch[0]), (texts[2], batch[2])]:
        alone = parse(text, "en")
        assert doc is not None and doc.text == text
        assert np.array_equal(doc.to_array(attrs), alone.to_array(attrs))
        assert doc.user_data == alone.user_data  # the deferred-lemma mark (lemma_of)
    assert parse_batch([], "es") == []


def test_nlp_a_romance_language_is_read_by_the_spanish_pipeline():
    from pesquisa.extract.nlp import load_pipeline, model_language

    assert [model_language(x) for x in ("en", "es", "pt", "fr", "de", "zh")] == ["en", "es", "es", "es", "en", "en"]
    assert load_pipeline("pt").lang == "es"
