"""A parent and a child who share a name: "X Y ... Su hijo, X Y Z" are two people (issue 12: no sanctions match of
the father lost to the son, none of the son taken for the father). Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_mentions

from pesquisa.extract.entities._kin_names import told_as_kin


def _people(nlp, text: str) -> dict[str, list[str]]:
    return {name: mentions for (kind, name), mentions in entity_mentions(nlp, text).items() if kind == "person"}


def test_entities_a_son_told_after_his_father_of_the_same_name_is_another_person(nlp_es, nlp_en):
    es = ("Rafael Cárdenas, El Contador, fue condenado en Houston por lavado de dinero. Su hijo, Rafael Cárdenas "
          "Vela, declaró en el juicio.")
    people = _people(nlp_es, es)
    assert "Rafael Cárdenas" in people and "Rafael Cárdenas" not in people.get("Rafael Cárdenas Vela", [])
    en = ("Héctor Palma was sentenced in California in 2016. His son Héctor Palma Gil testified at a hearing last "
          "week, prosecutors said.")
    people = _people(nlp_en, en)
    assert "Héctor Palma" in people and "Héctor Palma" not in people.get("Héctor Palma Gil", [])


def test_entities_a_short_name_after_the_full_one_stays_that_person(nlp_es):
    text = "Su hijo, Rafael Cárdenas Vela, declaró en el juicio. Rafael Cárdenas dijo que no conocía a los acusados."
    assert "Rafael Cárdenas" in _people(nlp_es, text).get("Rafael Cárdenas Vela", [])


def test_kin_names_needs_a_possessive_before_the_kin_word():
    text = "Ana Ruiz habló. El hijo de Ana Ruiz Soto, Ana Ruiz Soto, no."
    assert not told_as_kin(text, 0, text.index("Ana Ruiz Soto"))
    text = "Ana Ruiz habló. Su hija Ana Ruiz Soto no."
    assert told_as_kin(text, 0, text.index("Ana Ruiz Soto"))
    assert not told_as_kin(text, text.index("Ana Ruiz Soto") + 1, text.index("Ana Ruiz Soto"))


def test_entities_a_brother_first_named_by_given_names_alone_is_that_brother(nlp_es, nlp_en):
    es = ("Detienen a sobrino de Arnulfo Quiñónez Tapia; su hermano Juan Carlos sigue prófugo\n\n"
          "Arnulfo Quiñónez Tapia fue detenido en Sonora. Su hermano, Juan Carlos Quiñónez Tapia, es buscado por la FGR.")
    people = _people(nlp_es, es)
    assert "Juan Carlos" not in people and "Juan Carlos" in people.get("Juan Carlos Quiñónez Tapia", [])
    en = ("Police seek José Luis after his brother's arrest\n\nMarco Antonio Ledezma Ruiz was arrested on Friday. "
          "His brother, José Luis Ledezma Ruiz, fled to Sinaloa, officials said.")
    people = _people(nlp_en, en)
    assert "José Luis" not in people and "José Luis" in people.get("José Luis Ledezma Ruiz", [])
