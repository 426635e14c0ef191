"""Topics (data/topics.yaml): which topics a text is about, synonyms and aliases for search."""

from __future__ import annotations

import pytest

from pesquisa.topics import aliases_of, synonyms_of, topic, topics, topics_of


@pytest.mark.parametrize(("text", "expected"), [
    ("Agents seized 40 rifles and 3,000 rounds of ammunition bound for Sonora.", "weapons"),
    ("La Sedena aseguró armas de fuego y cartuchos en Reynosa.", "weapons"),
    ("Decomisan 200 mil pastillas de fentanilo en Culiacán.", "fentanyl"),
    ("Navy personnel dismantled a narcolaboratorio in the Sierra.", "fentanyl"),
    ("Sheinbaum rejected any intervention: «la soberanía no se negocia».", "sovereignty"),
    ("Treasury sanctioned three shell companies for money laundering.", "money"),
])
def test_topics_of_finds_the_topic_in_either_language(text, expected):
    assert expected in topics_of(text)


def test_topics_of_whole_words_only():
    assert "weapons" not in topics_of("The harmless farmers gathered.")  # "arms" inside "farmers", "harmless"
    assert topics_of("The weather was fine.") == []


def test_topic_prefix_terms_and_spans():
    text = "Los armamentos llegaron de Arizona."
    assert topic("weapons").matches(text)
    (start, end), = topic("weapons").spans(text)
    assert text[start:end] == "armamentos"


def test_synonyms_cross_languages_and_aliases():
    assert {"armas", "firearms", "weapons"} <= set(synonyms_of("Armas"))
    assert synonyms_of("tortilla") == ("tortilla",)
    assert "Andrés Manuel López Obrador" in aliases_of("amlo")
    assert aliases_of("nobody at all") == ()


def test_every_topic_has_both_names():
    for t in topics().values():
        assert t.label("en") and t.label("es"), t.key


def test_unknown_topic_names_the_known_ones():
    with pytest.raises(KeyError, match="weapons"):
        topic("tortillas")
