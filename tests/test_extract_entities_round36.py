"""People, organizations and places of round 36: a bare "the navy", "the army" after wire copy has named another
country's force ("Colombia's navy ... the navy said") is that force, not Mexico's; a town the model tags as an
organization with its article before a title ("El Paso Police Chief ...") is the place, no body "Paso". Hand-written
EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names


def test_entities_round36_a_bare_navy_after_another_countrys_navy_is_not_mexicos(nlp_en):
    en = ("CARTAGENA (Reuters) - Colombia's navy seized a go-fast boat loaded with 900 kilos of cocaine off the "
          "Caribbean coast, the navy said on Friday. The drugs were bound for Veracruz, Mexico, it added.")
    orgs = entity_names(nlp_en, en, "organization")
    assert "Armada de Colombia" in orgs
    assert "Secretaría de Marina" not in orgs



def test_entities_round36_a_bare_navy_in_a_mexican_story_stays_mexicos(nlp_en):
    en = ("The navy said marines seized 300 kilos of cocaine from a boat off Lázaro Cárdenas, Michoacán, in "
          "western Mexico.")
    assert "Secretaría de Marina" in entity_names(nlp_en, en, "organization")


def test_entities_round36_a_bare_navy_after_the_us_navy_is_not_mexicos(nlp_en):
    en = ("SAN DIEGO (AP) — A U.S. Navy destroyer stopped a boat carrying cocaine off Baja California, Mexico, the Navy "
          "said Thursday. The crew, two Mexicans, were handed to the Coast Guard.")
    orgs = entity_names(nlp_en, en, "organization")
    assert "Secretaría de Marina" not in orgs


def test_entities_round36_a_town_with_its_article_before_a_title_is_a_place(nlp_en):
    en = ("EL PASO, Texas (KFOX14) — El Paso Police Chief Peter Pacillas said officers arrested a man after a search "
          "turned up 40,000 fentanyl pills.")
    found = entity_mentions(nlp_en, en)
    assert ("organization", "Paso") not in found
    assert "El Paso" in entity_names(nlp_en, en, "place")
    assert "Peter Pacillas" in entity_names(nlp_en, en, "person")


def test_entities_round36_the_pentagon_named_leaves_la_defensa_mexicos(nlp_es):
    es = ("El general dijo que los cartuchos venían de una planta ligada al Pentágono. Desde 2015, la Defensa ha "
          "asegurado miles de armas en México, añadió.")
    assert ("organization", "Secretaría de la Defensa Nacional") in entity_mentions(nlp_es, es)


def test_entities_round36_an_unquoted_nickname_after_known_as_is_the_persons(nlp_en):
    en = ("CULIACAN (AP) — Soldiers detained Valentin Rendon, known as El Tino, in a raid in Navolato on Tuesday, "
          "officials said.")
    assert "El Tino" in entity_mentions(nlp_en, en)[("person", "Valentin Rendon")]
    en = ("The faction of Ismael Zambada, known as La Mayiza, lost ground in Culiacán.")
    assert not any("La Mayiza" in mentions for (kind, _n), mentions in entity_mentions(nlp_en, en).items()
                   if kind == "person")


def test_entities_round36_a_bare_navy_after_an_unlisted_countrys_navy_is_not_mexicos(nlp_en):
    en = ("QUITO (AP) — Peru's navy stopped a fishing boat with a tonne of cocaine bound for Mexico's Pacific coast, "
          "the navy said on Monday.")
    assert "Secretaría de Marina" not in entity_names(nlp_en, en, "organization")
    en = ("Mexico's navy seized a boat off Manzanillo after Peru's navy warned of it, the navy said.")
    assert "Secretaría de Marina" in entity_names(nlp_en, en, "organization")
