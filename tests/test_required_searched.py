"""Cue look-ups that skip patterns and phrases a text cannot match give the answers of the full searches."""

import re

import pytest

from pesquisa._required import searched
from pesquisa.extract.events._cues import load_cues
from pesquisa.extract.nlp import load_pipeline
from pesquisa.extract.quotes._cues import cues_in_text, speech_cues

TEXTS = [
    "The two leaders met on Tuesday, accompanied by their foreign ministers, and agreed to hold talks again.",
    "Durante el operativo, los elementos detuvieron a tres personas, identificadas como integrantes de la célula.",
    "ACCORDING TO THE STATEMENT, THE OPERATION CONTINUED. La presidenta estuvo acompañada por el canciller.",
    "Según informó la Fiscalía, el detenido fue identificado como jefe de plaza; así lo precisó el vocero.",
    "Acceſſing the records, officials ſaid the raid was part of a wider operation, the ſpokesman told reporters.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_searched_answers_as_every_pattern_searched(text):
    cues = load_cues()
    for patterns in (cues.attendance, cues.references, cues.identification, cues.sequels, cues.companions):
        assert searched(patterns, text) == any(p.search(text) for p in patterns)
        assert searched(patterns, text.upper()) == any(p.search(text.upper()) for p in patterns)


@pytest.mark.parametrize("text", TEXTS)
def test_cue_phrases_found_as_a_case_blind_search_finds_them(text):
    cues = speech_cues()
    for lang in ("en", "es"):
        for variant in (text, text.upper(), text.lower()):
            doc = load_pipeline(lang).make_doc(variant)
            for phrases in (cues.phrases, cues.according, cues.opinion_frames):
                assert cues_in_text(doc, phrases) == tuple(p for p in phrases if re.search(re.escape(p), variant, re.I))
