"""Other countries' police, customs and drug agencies that seize drugs bound to or from Mexico (organizations.yaml):
Ireland's Garda ("Gardaí"), Britain's HMRC and Border Force, Ghana's NACOC; "the Australian Federal Police" is
Australia's force, not Mexico's Policía Federal; the British, Irish and European ports of those cases
(towns.yaml) are places, not organizations ("in Cork", "at Felixstowe"). Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_foreign_forces_are_their_own_organizations(nlp_en):
    en = ("Gardaí seized cocaine worth €3.5 million in Cork on Thursday, and Border Force officers at Felixstowe found "
          "200kg more, HMRC said.")
    orgs = entity_names(nlp_en, en, "organization")
    assert {"An Garda Síochána", "Border Force", "HM Revenue and Customs"} <= orgs
    assert not {"Cork", "Felixstowe"} & orgs
    assert {"Cork", "Felixstowe"} <= entity_names(nlp_en, en, "place")


def test_entities_a_countrys_federal_police_is_not_mexicos(nlp_en, nlp_es):
    en = "The Australian Federal Police said the cocaine had been shipped by a Mexican cartel."
    assert "Australian Federal Police" in entity_names(nlp_en, en, "organization")
    assert "Policía Federal" not in entity_names(nlp_en, en, "organization")
    es = "La Policía Federal Argentina detuvo en Rosario a dos mexicanos ligados al Cártel de Sinaloa."
    orgs = entity_names(nlp_es, es, "organization")
    assert "Policía Federal Argentina" in orgs and "Policía Federal" not in orgs


def test_entities_europes_container_ports_are_places(nlp_es):
    es = "El contenedor salió de Guayaquil hacia Amberes y Rotterdam, donde fue revisado por la Vigilancia Aduanera."
    places = entity_names(nlp_es, es, "place")
    assert {"Amberes", "Rotterdam"} <= places
    assert "Servicio de Vigilancia Aduanera" in entity_names(nlp_es, es, "organization")
