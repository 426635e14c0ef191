"""A nickname joins the person it names rather than making a new one: a headline's "'El Chavo' Ramírez" is the
article's Jesús Ramírez; a quoted "Chavo Félix" closed by the surname of the one man named in full is his; "Raúl
Ledesma, conocido como El Flaco" gives the man an alias, no place. Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names


def test_entities_headline_nickname_and_surname_join_the_full_name(nlp_es):
    es = ("'El Chavo' Ramírez, detenido en Culiacán\n\nEl hombre, identificado como Jesús Ramírez Ochoa, fue "
          "capturado por la Guardia Nacional.")
    people = {name: mentions for (kind, name), mentions in entity_mentions(nlp_es, es).items() if kind == "person"}
    assert list(people) == ["Jesús Ramírez Ochoa"]
    assert "El Chavo" in people["Jesús Ramírez Ochoa"]


def test_entities_quoted_nickname_closed_by_a_surname_is_the_mans(nlp_es):
    es = ("Detienen en Mazatlán al \"Chavo Félix\"\n\nElementos del Ejército detuvieron a Joel Enrique Félix Zambada, "
          "a quien las autoridades identifican como \"El Chavo Félix\". \"Chavo Félix\" es señalado como operador.")
    assert entity_names(nlp_es, es, "person") == {"Joel Enrique Félix Zambada"}


def test_entities_quoted_nickname_of_a_surname_two_men_share_joins_neither(nlp_es):
    es = ("Detuvieron a Joel Enrique Félix Zambada y a su hermano Mario Alberto Félix Zambada. \"Chavo Félix\" es "
          "señalado como operador.")
    found = entity_mentions(nlp_es, es)
    for name in ("Joel Enrique Félix Zambada", "Mario Alberto Félix Zambada"):
        assert "Chavo Félix" not in found.get(("person", name), [])


def test_entities_conocido_como_gives_a_bare_alias(nlp_es):
    es = "Detienen a Raúl Ledesma, conocido como El Flaco, en Tijuana. Ledesma era buscado por la FGR."
    found = entity_mentions(nlp_es, es)
    assert ("place", "El Flaco") not in found
    assert "El Flaco" in found[("person", "Raúl Ledesma")]


def test_entities_faction_conocida_como_stays_the_factions(nlp_es):
    es = "Los sicarios de la facción de Ismael Zambada, conocida como La Mayiza, fueron vistos en Culiacán."
    found = entity_mentions(nlp_es, es)
    assert "La Mayiza" not in found.get(("person", "Ismael Zambada"), [])
