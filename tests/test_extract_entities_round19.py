"""People, organizations and places on hand-written pages of round 19 (cartel-war explainers listing small groups,
sanctions releases listing companies, features that go on calling a person by a first name, Canadian datelines): a
"Los <Name>" group stays an organization wherever one of its mentions is said to be a group; a province abbreviated
in another country's dateline is no Mexican state; a first name the lexicon does not list joins the full name it
opens; a family named "los <surnames>" is no place; La Línea is a group of its own.

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names


def test_entities_a_small_group_named_los_is_an_organization_es(nlp_es):
    text = ("En la sierra operan varias células. Enfrente están Los Pelones, brazo armado de otra facción. "
            "El fiscal Carlos Manuel Salas dijo que Los Pelones mantienen presencia en Moris.")
    mentions = entity_mentions(nlp_es, text)
    assert ("organization", "Los Pelones") in mentions and ("place", "Los Pelones") not in mentions, mentions


def test_entities_a_group_listed_beside_another_is_an_organization_es(nlp_es):
    text = ("La guerra involucra a una docena de células. Con Los Mayos se alinean Los Cochis y Los Flores, según el "
            "documento.")
    orgs = entity_names(nlp_es, text, "organization")
    assert {"Los Cochis", "Los Flores"} <= orgs, orgs


def test_entities_a_town_named_los_stays_a_place(nlp_es):
    places = entity_names(nlp_es, "El grupo criminal fue detenido en Los Reyes, informó la policía.", "place")
    assert "Los Reyes" in places, places


def test_entities_a_canadian_dateline_keeps_its_province(nlp_en):
    text = ("FALKLAND, B.C. — The RCMP say a drug lab found in the province produced enough fentanyl for millions of "
            "doses. Assistant Commissioner David Teboul said no arrests have been made.")
    places = entity_names(nlp_en, text, "place")
    assert "British Columbia" in places and "Baja California" not in places, places


def test_entities_a_mexican_dateline_still_reads_the_state(nlp_es):
    places = entity_names(nlp_es, "Rosarito, B.C., 3 de marzo.- La Marina aseguró un laboratorio en México.", "place")
    assert "Baja California" in places and "British Columbia" not in places, places


def test_entities_a_first_name_after_the_full_name_is_the_person(nlp_en):
    text = ("Ceci Flores Armenta has not slept in her own bed in weeks. She leads a collective of searching mothers. "
            "\"We do the work the state should be doing,\" Ceci said. Ceci's group has received threats.")
    mentions = entity_mentions(nlp_en, text)
    assert "Ceci" in mentions[("person", "Ceci Flores Armenta")], mentions
    assert ("organization", "Ceci") not in mentions, mentions


def test_entities_a_family_named_by_two_surnames_is_no_place(nlp_es):
    text = "De acuerdo con la investigación, la célula de los Cabrera Sarabia opera en la región desde 2009."
    assert "Cabrera Sarabia" not in entity_names(nlp_es, text, "place")


def test_entities_la_linea_is_its_own_group(nlp_en):
    text = "An El Paso man who bought rifles for La Linea, the armed wing of the Juarez Cartel, was sentenced Thursday."
    mentions = entity_mentions(nlp_en, text)
    assert ("organization", "La Línea") in mentions, mentions
    assert "La Linea" not in mentions.get(("organization", "Cártel de Juárez"), []), mentions


def test_entities_front_companies_opened_by_a_business_word(nlp_en):
    text = ("OFAC also designated Carlos Andres Rivera Varela, who manages Corporativo Alcon Tours, and the legal "
            "representative of Marketing Solutions Vallarta.")
    orgs = entity_names(nlp_en, text, "organization")
    assert {"Corporativo Alcon Tours", "Marketing Solutions Vallarta"} <= orgs, orgs


def test_entities_a_town_after_nearby_is_a_place(nlp_en):
    text = "The lab was found on a rural property. An activist in nearby Kamloops said residents were shocked."
    mentions = entity_mentions(nlp_en, text)
    assert ("organization", "Kamloops") not in mentions, mentions


def test_entities_a_group_named_without_its_article_is_the_same_group(nlp_en):
    text = ("Garcia Vilano is accused of leading the Metros, a Gulf Cartel faction, in Reynosa. Prosecutors say Los "
            "Metros have fought Los Escorpiones for control of the border crossings.")
    mentions = entity_mentions(nlp_en, text)
    assert ("organization", "Metros") not in mentions, mentions
    assert "Metros" in mentions[("organization", "Los Metros")], mentions


def test_entities_a_shop_fronting_for_a_cartel_is_no_person(nlp_es):
    text = ("Entre las empresas figuran Transportes Rubí de Zapopan y la comercializadora Abarrotes Hermanos Lugo, "
            "con domicilio en Jalisco.")
    mentions = entity_mentions(nlp_es, text)
    assert ("organization", "Abarrotes Hermanos Lugo") in mentions, mentions
    assert ("person", "Abarrotes Hermanos Lugo") not in mentions, mentions
