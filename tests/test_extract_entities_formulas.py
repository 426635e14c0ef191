"""People and organizations on hand-written pages of round 9: a Title Case headline's place and common noun, a
lawmaker's party-state tag, a district court with its district, an exchange house with its "Casa de", a title's
complement.

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

from _entity_helpers import entity_names as _names

from pesquisa.extract.entities import extract_entities


def _place_mentions(nlp, text: str) -> list[str]:
    return [m.text for e in extract_entities(nlp(text), "d") if e.type == "place" for m in e.mentions]


def test_entities_headline_place_and_common_noun_is_no_person(nlp_en):
    for headline, place in (("Tijuana Man Sentenced to 12 Years for Smuggling Fentanyl", "Tijuana"),
                            ("Laredo Man Gets 20 Years in Cartel Gun Case", "Laredo")):
        text = f"{headline}\n\nSAN DIEGO (AP) — A defendant was sentenced Friday to prison, prosecutors said."
        assert not any(place in n for n in _names(nlp_en, text, "person")), headline
        assert place in _names(nlp_en, text, "place")


def test_entities_party_state_tag_is_no_place(nlp_en):
    text = ("The measure drew support from both parties. Rep. Tony Gonzales (R-Texas) said the sentence sent a "
            "message, and Rep. Henry Cuellar, D-Texas, called for more inspection equipment at the ports.")
    assert "Texas" not in _place_mentions(nlp_en, text)
    assert {"Tony Gonzales", "Henry Cuellar"} <= _names(nlp_en, text, "person")
    dateline = "EL PASO, Texas (AP) — Rep. Tony Gonzales (R-Texas) toured the port on Monday."
    assert _place_mentions(nlp_en, dateline).count("Texas") == 1


def test_entities_district_court_with_its_district(nlp_en):
    text = ("SAN DIEGO — A Tijuana man was sentenced in the U.S. District Court for the Southern District of "
            "California to 12 years in prison, prosecutors said.")
    orgs = _names(nlp_en, text, "organization")
    assert "U.S. District Court for the Southern District of California" in orgs
    assert not {"U.S. District Court", "Southern District of California"} & orgs


def test_entities_exchange_house_keeps_casa_de(nlp_es):
    text = ("El Tesoro de Estados Unidos designó este jueves a Casa de Cambio Tepeyac y a Casa de Cambio Puebla como "
            "instituciones de preocupación.\n\nCasa de Cambio Tepeyac informó en un comunicado que cooperará.")
    orgs = _names(nlp_es, text, "organization")
    assert {"Casa de Cambio Tepeyac", "Casa de Cambio Puebla"} <= orgs
    assert "Cambio Tepeyac" not in orgs
    assert "Puebla" not in _names(nlp_es, text, "place")


def test_entities_title_complement_is_no_organization(nlp_es):
    text = ("La UIF congeló las cuentas, informó la Secretaría de Hacienda.\n\nLa jefa de Gobierno, Clara Brugada, "
            "dijo que la Ciudad de México colabora con la investigación.")
    assert "Gobierno" not in _names(nlp_es, text, "organization")
    assert "Clara Brugada" in _names(nlp_es, text, "person")


def test_entities_headline_run_with_a_preposition_is_no_person(nlp_en):
    for headline in ("Nogales Officer Charged With Taking Bribes From Smugglers",
                     "Sheriff Deputy Arrested After Crash With Smuggling Load"):
        text = (f"{headline}\n\nPHOENIX (AP) — An officer was charged Friday, prosecutors said. Agent Robert Miller "
                "spoke after the hearing.")
        assert _names(nlp_en, text, "person") == {"Robert Miller"}, headline
