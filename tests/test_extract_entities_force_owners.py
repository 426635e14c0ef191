"""Whose body a bare force or office is: "la Armada" after "la Armada de Colombia" is Colombia's navy, not Mexico's
Semar; a lower-case "attorney general's office" in a story set in Guatemala or Ecuador is no Mexican FGR, though the
story names Mexico. Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names


def test_entities_bare_navy_after_another_countrys_navy_is_that_navy(nlp_es):
    es = ("La Armada de Colombia incautó un semisumergible con cocaína que iba hacia México, informó la institución. "
          "Según informó la Armada, la droga pertenecería al Clan del Golfo.")
    found = entity_mentions(nlp_es, es)
    assert ("organization", "Secretaría de Marina") not in found
    assert "Armada" in found[("organization", "Armada de Colombia")]


def test_entities_bare_navy_after_an_unlisted_countrys_navy_is_not_mexicos(nlp_es):
    es = ("La Armada del Perú interceptó una lancha con droga que iba a México. Según la Armada, los tripulantes "
          "eran mexicanos.")
    assert "Secretaría de Marina" not in entity_names(nlp_es, es, "organization")


def test_entities_mexican_navy_named_bare_stays_mexicos(nlp_es):
    es = "La Marina aseguró 300 kilos de cocaína en Manzanillo, Colima, informó la Armada."
    assert "Secretaría de Marina" in entity_names(nlp_es, es, "organization")


def test_entities_lower_case_attorney_generals_office_abroad_is_no_fgr(nlp_en):
    en = ("QUITO, Ecuador (Reuters) - Ecuador's navy seized two tons of cocaine bound for Mexico, the navy said. "
          "Officials linked the load to a gang that works with Mexico's Jalisco New Generation Cartel and to buyers "
          "in Mexico. The attorney general's office said the suspects would be charged.")
    orgs = entity_names(nlp_en, en, "organization")
    assert "Fiscalía General de la República" not in orgs
    assert "Armada del Ecuador" in orgs


def test_entities_lower_case_attorney_generals_office_in_mexico_is_fgr(nlp_en):
    en = ("MEXICO CITY (AP) — Mexican soldiers arrested a cartel boss in Culiacán, Sinaloa, on Friday, the attorney "
          "general's office said.")
    assert "Fiscalía General de la República" in entity_names(nlp_en, en, "organization")
