"""Sentence starts read once per ``Doc`` (``nlp.sentence_starts``) and the verbs of calling found from token arrays."""

from __future__ import annotations

from pesquisa.extract.nlp import parse, sentence_starts
from pesquisa.extract.quotes._calling import calling_verbs

TEXT = ("Soldiers seized 200 rifles in Sonora on Friday.\n\n \n\nThe Defense Ministry said the weapons came from "
        "Arizona. Two men were arrested at the scene.\n\nThe embassy praised the raid, calling it \u201canother "
        "example of our partnership.\u201d")


def test_extract_nlp_sentence_starts_are_those_of_the_docs_sentences():
    doc = parse(TEXT, "en")
    assert sentence_starts(doc) == [s.start_char for s in doc.sents]
    nonblank = sentence_starts(doc, blank=False)
    assert nonblank == [s.start_char for s in doc.sents if s.text.strip()]
    assert len(nonblank) < len(sentence_starts(doc))  # the line of white space is a sentence of its own
    assert TEXT[nonblank[1]:].startswith("The Defense Ministry")
    sentence_starts(doc).append(-1)  # a caller's list is its own
    assert sentence_starts(doc) == [s.start_char for s in doc.sents]


def test_extract_calling_verbs_found_from_the_token_arrays():
    en = parse(TEXT, "en")
    assert [en[i].text for i in calling_verbs(en)] == ["calling"]
    es = parse("El canciller criticó la medida y la llamó \u00abuna traición\u00bb. Luego llamó a la policía.", "es")
    assert [es[i].text for i in calling_verbs(es)] == ["llamó"]
    assert not calling_verbs(parse("Officials called for calm in Culiacán.", "en"))
