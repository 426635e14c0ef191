"""Look-ups that replaced walks over every token or every mention give what the walks gave (issue 15's CPU)."""

from __future__ import annotations

import dataclasses

from pesquisa.extract.entities._given_first import unknown_word
from pesquisa.extract.entities._mention_keys import mention_key, mention_keys
from pesquisa.extract.nlp import lowercase_words, parse, tagged, tokens_from
from pesquisa.records import Mention, Span

EN = ("Mexican Navy Seizes Cocaine Off Oaxaca Coast\n\nThe Navy said on Tuesday that marines seized 1.2 tons of cocaine "
      "from a go-fast boat near Puerto Escondido, and that three Colombian men were detained.")
ES = ("Detienen en Culiacán a operador de Los Chapitos\n\nElementos de la Secretaría de Marina detuvieron este martes a "
      "un hombre identificado como Jesús Alfredo, alias “El Güero”, en la colonia Las Quintas de Culiacán.")


def test_extract_lookups_tokens_from_as_a_walk_over_the_tokens():
    for text, lang in ((EN, "en"), (ES, "es")):
        doc = parse(text, lang)
        for start, end in ((0, 6), (3, 17), (len(text) - 12, len(text)), (50, 50), (0, len(text)), (7, 8)):
            walked = [t.i for t in doc if start <= t.idx < end]
            assert list(tokens_from(doc, start, end)) == walked


def test_extract_lookups_tagged_sentence_reads_as_parsed():
    for text, lang in (("Mexican navy seizes cocaine off Oaxaca coast", "en"),
                       ("Detienen en Culiacán a operador de los Chapitos", "es")):
        parsed, read = parse(text, lang), tagged(text, lang)
        assert [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, str(t.morph)) for t in read] == \
            [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, str(t.morph)) for t in parsed]
        assert not read.ents  # the entity recognizer did not run


def test_extract_lookups_lowercase_words_read_once_per_doc():
    doc = parse(ES, "es")
    walked = {t.lower_ for t in doc if t.is_alpha and t.text == t.lower_}
    assert lowercase_words(doc) == walked
    assert lowercase_words(doc) is lowercase_words(doc)


def test_extract_lookups_mention_key_equal_exactly_when_mentions_are():
    a = Mention("organization", "la Marina", Span(10, 19), "Marina", key="mx-semar", source="lexicon")
    same = Mention("organization", "la Marina", Span(10, 19), "Marina", key="mx-semar", source="lexicon")
    assert mention_key(a) == mention_key(same) and a == same
    for change in ({"type": "place"}, {"span": Span(10, 18)}, {"source": "model"}, {"local_id": "e1"}, {"alias_of": "x"}):
        other = dataclasses.replace(a, **change)
        assert (mention_key(other) in mention_keys([a])) == (other in [a]) is False


def test_extract_lookups_unknown_word_same_answer_each_time():
    for word in ("Wilfredo", "Sinaloa", "Fiscalía", "DEA", "wilfredo"):
        assert unknown_word(word) == unknown_word(word)
    assert unknown_word("Wilfredo") and not unknown_word("Sinaloa") and not unknown_word("DEA")
