"""Shortcuts taken for speed (speed23) give the answers of the walks they replace, on hand-written sentences."""

from __future__ import annotations

import pytest

from pesquisa._required import holds
from pesquisa.extract._criminal_named import criminal_before, criminal_mentions
from pesquisa.extract.nlp import doc_text, parse, parse_batch
from pesquisa.extract.quotes._closing_phrase import closing_phrase_reports
from pesquisa.extract.quotes._cues import sentence_of, text_of
from pesquisa.extract.quotes._pointed_back import phrase_at
from pesquisa.records import LocalEntity, Mention, Span

TEXTS = {
    "es": ["Tres hombres fueron detenidos en la colonia Centro con armas largas, dio a conocer la Secretaría de "
           "Seguridad Pública. El operativo, que duró seis horas, terminó sin heridos, informó la Fiscalía del Estado.",
           "Los agentes aseguraron dos vehículos, cuatro fusiles y droga. Nadie fue detenido, según el reporte.",
           "El detenido, alias El Güero, quedó a disposición del juez, dio a conocer la Fiscalía que investiga."],
    "en": ["Two men were arrested at the border crossing on Monday, officials said. The truck, a white van, held 40 "
           "kilograms of methamphetamine, the sheriff's office said in a statement.",
           "Agents seized rifles, ammunition and cash. No one was hurt."],
}


def _walked(sent, quotes):
    """The walk ``closing_phrase_reports`` replaced: every word of the sentence, a phrase tried after each comma."""
    doc = sent.doc
    for tok in sent:
        phrase = phrase_at(tok) if tok.i > sent.start + 3 and doc[tok.i - 1].text == "," else None
        if phrase is None:
            continue
        after = [t for t in sent if t.idx >= tok.idx + len(phrase) and not (t.is_punct and t.i == sent.end - 1)]
        before = doc[sent.start:tok.i - 1]
        if not after or after[0].pos_ not in {"DET", "PROPN"} or any(t.lower_ in {"que", "that"} for t in after) or \
                not any(t.pos_ in {"VERB", "AUX"} for t in before):
            return []
        words = Span(sent.start_char, doc[tok.i - 1].idx)
        if any(q.overlaps(words) for q in quotes) or not text_of(doc)[words.start:words.end].strip():
            return []
        return [(words, tok, Span(after[0].idx, after[-1].idx + len(after[-1].text)))]
    return []


@pytest.mark.parametrize("lang", ["es", "en"])
def test_closing_phrases_read_only_after_commas_as_the_whole_walk_reads_them(lang):
    found = 0
    for text in TEXTS[lang]:
        doc = parse(text, lang)
        for sent in doc.sents:
            assert closing_phrase_reports(sent, []) == _walked(sent, [])
            found += bool(closing_phrase_reports(sent, []))
    assert found == (1 if lang == "es" else 0)  # "dio a conocer la Secretaría" (not "... la Fiscalía que")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_sentence_of_is_the_token_sentence_and_kept(lang):
    for text in TEXTS[lang]:
        doc = parse(text, lang)
        for tok in doc:
            assert sentence_of(tok) == tok.sent
        assert sentence_of(doc[-1]) is sentence_of(doc[-1])


def test_parse_batch_keeps_each_text_as_the_doc_text():
    texts = TEXTS["es"]
    for text, doc in zip(texts, parse_batch(texts, "es"), strict=True):
        assert doc is not None and doc_text(doc) == text == doc.text


@pytest.mark.parametrize("text", ["el cartel y la plaza", "EL CARTEL", "nada aquí", "", "plaza del cartel"])
def test_holds_answers_as_every_set_searched(text):
    for sets in [(("cartel",), ("plaza", "zona")), (("cártel", "cartel"),), (("x",), ("cartel",)), ()]:
        assert holds(sets, text) == all(any(s in text for s in strings) for strings in sets)
        assert holds(sets, frozenset(text.split())) == all(not frozenset(text.split()).isdisjoint(s) for s in sets)
    assert holds(None, text)


def test_criminal_organizations_before_a_sentence_end_each_once_in_order():
    cjng = LocalEntity("e1", "organization", "Cártel Jalisco Nueva Generación", key="cartel-cjng")
    sinaloa = LocalEntity("e2", "organization", "Cártel de Sinaloa", key="cartel-sinaloa")
    army = LocalEntity("e3", "organization", "Ejército Mexicano")
    mentions = [(Mention("organization", "CJNG", Span(0, 4), "CJNG"), cjng),
                (Mention("organization", "Ejército", Span(10, 18), "Ejército"), army),
                (Mention("organization", "Cártel de Sinaloa", Span(30, 47), "Cártel de Sinaloa"), sinaloa),
                (Mention("organization", "CJNG", Span(60, 64), "CJNG"), cjng)]
    criminal = criminal_mentions(mentions)
    assert [e.local_id for e in criminal_before(criminal, 20)] == ["e1"]
    assert [e.local_id for e in criminal_before(criminal, 70)] == ["e1", "e2"]
    assert criminal_before(criminal, 3) == []
