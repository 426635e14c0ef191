"""A person's title the model reads as an organization: a head joined to another word by a hyphen ("the
Director-General of the Narcotics Control Commission, X") or after a country's name ("US Chargé d'Affaires, X"):
no organization; the body after "of" stays one. West African honorifics ("Alhaji", "Togbe") go before a name like
"Mr" and are stripped from it. Hand-written EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_hyphenated_title_is_no_organization(nlp_en):
    en = ("The seizure was announced by the Director-General of the Customs Excise Commission, Kofi Asante Mensah, "
          "at a briefing in Tema.")
    orgs = entity_names(nlp_en, en, "organization")
    assert not {o for o in orgs if "Director" in o}
    assert "Kofi Asante Mensah" in entity_names(nlp_en, en, "person")


def test_entities_country_before_a_title_is_no_organization(nlp_en):
    en = "US Chargé d'Affaires, Daniel Brooks, said Washington would keep funding the anti-narcotics unit."
    assert not {o for o in entity_names(nlp_en, en, "organization") if "Charg" in o}
    assert "Daniel Brooks" in entity_names(nlp_en, en, "person")


def test_entities_alhaji_is_stripped_like_mr(nlp_en):
    en = "Alhaji Issah Mahama Sulemana, the regional commander, said the suspects were arrested near Tamale."
    people = entity_names(nlp_en, en, "person")
    assert "Issah Mahama Sulemana" in people
    assert not {p for p in people if p.startswith("Alhaji")}


def test_entities_plural_head_after_a_country_stays_the_service(nlp_en):
    en = "The suspect was handed over to U.S. Marshals at the Mexico City airport and flown to Houston."
    assert {o for o in entity_names(nlp_en, en, "organization") if "Marshals" in o}
