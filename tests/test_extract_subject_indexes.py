"""The subjects of a parse read from its token arrays are the tokens a walk over every token finds."""

import pytest

from pesquisa.extract.nlp import load_pipeline, subject_indexes

SENTENCES = [
    ("en", "The suspect was arrested by federal agents on Monday. Prosecutors said he had smuggled fentanyl, and "
           "the judge ordered him held without bail."),
    ("es", "El detenido fue trasladado al penal del Altiplano. La Fiscalía informó que los agentes aseguraron armas y "
           "el vocero dijo que la investigación continúa."),
]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_subject_indexes_are_the_tokens_labelled_nsubj(lang, text):
    doc = load_pipeline(lang)(text)
    walked = [t.i for t in doc if t.dep_.startswith("nsubj")]
    assert walked  # (the sentences have subjects, active and passive)
    assert subject_indexes(doc) == walked
    assert subject_indexes(doc) is subject_indexes(doc)  # read once per parse
