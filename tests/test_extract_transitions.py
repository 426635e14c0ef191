"""The parser and entity recognizer stepped from Python (``extract._transitions``): spaCy's own parses, batch or alone."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, ORTH, POS, SENT_START, TAG

from pesquisa.extract import _transitions
from pesquisa.extract._transitions import TransitionsHeld
from pesquisa.extract.nlp import MODELS

ATTRS = [ORTH, TAG, POS, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]
TEXTS = {
    "en": ["Mexican marines seized 300 kilograms of cocaine off the coast of Oaxaca on Tuesday, the Navy said.",
           "\"We will not stop,\" said Sheriff Mark Lamb of Pinal County.\n\nTwo suspects from Sinaloa were "
           "extradited to Texas, where a federal judge in Houston will hear the case.",
           "",
           "Treasury sanctioned four men tied to the Cartel del Noreste. The Justice Department in Washington "
           "charged them in March with smuggling AR-15 rifles across the border at Laredo."],
    "es": ["La Fiscalía General de la República aseguró 40 armas largas en Reynosa, Tamaulipas.",
           "\"No vamos a negociar con criminales\", dijo el gobernador Samuel García.\n\nLa Guardia Nacional "
           "detuvo a tres hombres en Culiacán el viernes por la noche.",
           "El embajador Ken Salazar se reunió con Omar García Harfuch en la Ciudad de México."],
}


@pytest.fixture(scope="module")
def stock():
    """The stock models, with the sentence boundaries pesquisa's pipelines add (they run before the parser)."""
    from pesquisa.extract import nlp as _registers_components  # noqa: F401

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        models = {lang: spacy.load(name) for lang, name in MODELS.items()}
    for model in models.values():
        model.add_pipe("paragraph_boundaries", before="parser")
    return models


@pytest.mark.parametrize("lang", ["en", "es"])
def test_extract_transitions_parse_as_spacys_own_loop_batch_or_alone(lang, stock, nlp_en, nlp_es):
    ours = {"en": nlp_en, "es": nlp_es}[lang]
    assert isinstance(ours.get_pipe("parser_held"), TransitionsHeld)
    assert isinstance(ours.get_pipe("ner_held"), TransitionsHeld)
    assert "parser" in ours.disabled and "ner" in ours.disabled
    expected = [stock[lang](text) for text in TEXTS[lang]]
    together = list(ours.pipe(TEXTS[lang], batch_size=len(TEXTS[lang])))
    alone = [ours(text) for text in TEXTS[lang]]
    for want, *got in zip(expected, together, alone, strict=True):
        for doc in got:
            assert np.array_equal(doc.to_array(ATTRS), want.to_array(ATTRS)), doc.text
            assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in want.ents]
    assert any(doc.ents for doc in expected)  # the texts do name places and people


def test_extract_transitions_small_groups_give_the_same_parses(stock, nlp_en, monkeypatch):
    monkeypatch.setattr(_transitions, "STEP_TOKENS", 20)  # every doc stepped in a group of its own
    docs = list(nlp_en.pipe(TEXTS["en"], batch_size=4))
    for text, doc in zip(TEXTS["en"], docs, strict=True):
        assert np.array_equal(doc.to_array(ATTRS), stock["en"](text).to_array(ATTRS))


def test_extract_transitions_groups_cut_at_the_token_budget(nlp_en, monkeypatch):
    monkeypatch.setattr(_transitions, "STEP_TOKENS", 30)
    docs = [nlp_en.make_doc(" ".join(["word"] * n)) for n in (10, 15, 40, 5)]
    assert [[len(d) for d in g] for g in _transitions._groups(docs)] == [[10, 15], [40], [5]]
