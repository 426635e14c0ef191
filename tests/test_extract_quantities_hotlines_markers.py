"""Quantities, round 34: emergency and tip-line numbers someone calls, and the junction and kilometre markers of roads,
are no quantities; a count of the same digits beside another noun stays one."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "lang", "number"),
    [
        ("Deputies arrived after a woman called 911 to report shots fired near the ranch.", "en", "911"),
        ("Anyone with information should dial 999, or contact the charity anonymously.", "en", "999"),
        ("The family phoned 911.", "en", "911"),
        ("Officers responded to a 911 call about a disturbance at the stash house.", "en", "911"),
        ("A caller told 911 dispatchers that a man had been shot.", "en", "911"),
        ("Witnesses were asked to ring 101 or call 112 with information.", "en", "112"),
        ("Tras una llamada al número de emergencias 911, los agentes acudieron al domicilio.", "es", "911"),
        ("Los testigos llamaron al teléfono de emergencias 112.", "es", "112"),
    ],
)
def test_quantity_a_hotline_someone_calls_is_no_count(text, lang, number):
    assert not any(number in written for written in by_text(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Police called 112 witnesses to testify at the trial.", "en", "112 witnesses"),
        ("Authorities detained 911 migrants in a single week.", "en", "911 migrants"),
        ("Dispatchers answered more than 999 calls over the weekend.", "en", "999 calls"),
        ("Llamaron a 112 personas a declarar ante el juez.", "es", "112 personas"),
    ],
)
def test_quantity_the_same_digits_counting_a_noun_stay_a_count(text, lang, written):
    assert one(text, lang, written).kind == "count"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The lorry was stopped near junction 15 of the M1 on Tuesday.", "en"),
        ("The crash closed the M62 between junctions 24 and 25.", "en"),
        ("En el Km. 45 de la carretera federal 57 los agentes detuvieron el tráiler.", "es"),
        ("El accidente ocurrió en el kilómetro 45+500 de la carretera.", "es"),
        ("La Guardia Civil paró el camión en el punto kilométrico 112 de la A-7.", "es"),
        ("Anyone with information is asked to call 101 quoting log 345 of 3 December.", "en"),
    ],
)
def test_quantity_road_markers_and_appeal_logs_are_no_counts(text, lang):
    assert by_text(text, lang) == {}


def test_quantity_goods_seized_near_a_junction_stay_a_seizure():
    found = by_text("Officers seized 45 kilos of cocaine near junction 15 of the M1.", "en")
    assert list(found) == ["45 kilos of cocaine"] and found["45 kilos of cocaine"].kind == "seizure"


def test_quantity_what_someone_reported_to_a_hotline_is_no_count():
    found = by_text("Horas antes, vecinos reportaron al 911 detonaciones de arma de fuego en la colonia.", "es")
    assert not any("911" in written for written in found)


def test_quantity_the_digit_groups_of_a_phone_number_are_no_counts():
    text = "Anyone with information can contact the Garda Confidential Line on 1800 666 111."
    assert by_text(text, "en") == {}


def test_quantity_a_hotline_figure_told_as_a_tally_stays_a_count():
    found = by_text("The tally rose to 911 in 2025, from 800 in 2024.", "en")
    assert found["911"].value == 911.0
