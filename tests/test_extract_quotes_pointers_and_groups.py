"""Reported speech that points elsewhere or names its speaker indirectly: a day's possessive opening the clause
("said Friday's talks were productive"), a list announced for the lines below ("se encontró lo siguiente:"), a
headline's teaser ("...: esto fue lo que encontró"), a seizure verb's object before a colon, "according to the group"
(the organization named before), a singular noun ending in s ("the witness") whose relative clause gives a name, and
official figures someone compiled ("compiled by AFP").

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

import pytest
from _quote_helpers import quotes_of, said


def test_a_days_possessive_after_the_verb_opens_the_clause(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Foreign Minister Juan Ramón de la Fuente said Thursday's meeting with U.S. officials had been cordial."))
    assert any(q.text.startswith("Thursday's meeting had been cordial") or q.text.startswith("Thursday's meeting with")
               for q in quotes)
    assert not any(q.text.startswith("'s") for q in quotes)


def test_a_month_possessive_after_the_verb_opens_the_clause(nlp_en):
    quotes = quotes_of(nlp_en, "The governor said September's shootings in Culiacan had driven families from their homes.")
    assert any(q.text.startswith("September's shootings") for q in quotes)


@pytest.mark.parametrize(("lang", "text", "pointer"), [
    ("es", "La Fiscalía estatal informó que en el domicilio cateado se encontró lo siguiente:\n\n- 14 armas largas\n"
           "- dos vehículos con reporte de robo\n- 300 cartuchos útiles", "lo siguiente"),
    ("en", "The sheriff's office said deputies found the following inside the pickup:\n\n- 12 rifles\n"
           "- 3,000 rounds of ammunition\n- two bulletproof vests", "the following")])
def test_a_list_announced_for_the_lines_below_is_no_statement(lang, text, pointer, request):
    quotes = quotes_of(request.getfixturevalue(f"nlp_{lang}"), text)
    assert not any(pointer in q.text for q in quotes)


def test_a_headline_teaser_after_a_seizure_is_no_statement(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Marina asegura narcolaboratorio en la sierra de Durango: esto fue lo que encontró\n\n"
        "Personal naval desmanteló un laboratorio clandestino en el municipio de Tamazula, informó la dependencia."))
    assert not any(q.text.startswith("esto fue lo que") for q in quotes)


def test_a_list_given_in_the_same_sentence_is_still_said(nlp_es):
    quotes = quotes_of(nlp_es, (
        "La Secretaría de Marina detalló que en la embarcación se encontró lo siguiente: 500 paquetes de cocaína, dos "
        "armas largas y un teléfono satelital."))
    assert any("500 paquetes de cocaína" in q.text for q in quotes)


def test_according_to_the_group_is_the_organization_named_before(nlp_en):
    quotes = quotes_of(nlp_en, (
        "“They told me to stop publishing or they would come for my children,” said Lucía Robles, who runs a news site "
        "in Culiacan. The Committee to Protect Journalists has documented at least four killings of reporters in "
        "Mexico this year. Mexico remains one of the deadliest countries in the world for the press, according to "
        "the group."))
    assert said(quotes, "Mexico remains one of the deadliest") == ("Committee to Protect Journalists", True)


def test_segun_la_organizacion_is_the_organization_named_before(nlp_es):
    quotes = quotes_of(nlp_es, (
        "“Nos siguen amenazando todos los días”, dijo la periodista Rocío Gallegos. La organización Artículo 19 "
        "documentó 30 agresiones contra la prensa en Sinaloa. Desde el año 2000 han sido asesinados 170 periodistas "
        "en México, de acuerdo con la organización."))
    assert said(quotes, "Desde el año 2000 han sido asesinados") == ("Artículo 19", True)


def test_a_witness_named_by_a_relative_clause_is_that_name(nlp_en):
    quotes = quotes_of(nlp_en, (
        "The witness, who was identified in court only by his first name, Rodrigo, said he had carried cash across the "
        "border for the cartel's accountants."))
    assert said(quotes, "he had carried cash") == ("Rodrigo", False)


def test_official_figures_compiled_by_an_agency_are_no_ones(nlp_en):
    quotes = quotes_of(nlp_en, (
        "More than 1,400 people have been killed in Sinaloa since the fighting began, according to official figures "
        "compiled by AFP."))
    speaker, has_id = said(quotes, "More than 1,400 people")
    assert has_id is False and speaker is not None and speaker.startswith("official figures")


def test_cifras_oficiales_recopiladas_por_una_agencia_son_de_nadie(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Más de 1.400 personas han sido asesinadas en Sinaloa desde que empezó la guerra, según cifras oficiales "
        "recopiladas por la AFP."))
    assert said(quotes, "Más de 1.400 personas")[1] is False


def test_the_following_day_is_no_list(nlp_en):
    quotes = quotes_of(nlp_en, "Police said the suspect was released on bail the following day")
    assert any(q.text.startswith("the suspect was released") for q in quotes)


def test_a_list_announced_inside_an_according_frame_is_no_statement(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Según el parte informativo, a los detenidos se les aseguró lo siguiente:\n\n- dos pistolas\n"
        "- 40 dosis de cristal"))
    assert not any("lo siguiente" in q.text for q in quotes)
