"""Quantities, round 16: ages of people counted before a prison term, street numbers, places ranked with their figure
in brackets, sizes in feet and metres, plurals in -is, and the people an arrest took told with a possessive."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("lang", "text", "term"),
    [
        ("es", "Sus cómplices, dos hombres de 24 y 29 años, recibieron penas de 30 años cada uno.", "30 años"),
        ("es", "Los tres detenidos, tres jóvenes de 21 años, fueron sentenciados a 12 años de prisión.", "12 años"),
    ],
)
def test_quantity_ages_of_people_counted_are_no_prison_term(lang, text, term):
    found = by_text(text, lang)
    assert found[term].value == int(term.split()[0])
    assert [t for t in found if "años" in t] == [term]


def test_quantity_street_number_is_a_label():
    assert by_text("La célula operaba en la calle 17 número 402 y en la avenida 5 de la colonia Centro.", "es") == {}


@pytest.mark.parametrize(
    ("lang", "text", "ranked"),
    [
        ("es", "Guanajuato, con mil 304 víctimas, encabezó la lista, seguido de Chihuahua (982) y Baja California (921).",
         ["982", "921"]),
        ("en", "Guanajuato led with 2,104 victims, followed by Chihuahua (1,387) and Baja California (1,210).",
         ["1,387", "1,210"]),
    ],
)
def test_quantity_places_ranked_with_bracketed_figures_take_the_first_noun(lang, text, ranked):
    found = by_text(text, lang)
    for written in ranked:
        assert found[written].kind == "statistic"
        assert found[written].item is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Las drogas venían en contenedores de 20 pies que llegaron al puerto."),
        ("en", "The cocaine came in two 40 ft containers of bananas."),
    ],
)
def test_quantity_sizes_in_feet_and_metres_are_no_counts(lang, text):
    assert by_text(text, lang) == {}


def test_quantity_plural_in_is_counts_its_noun():
    q = one("The Coast Guard seized two jet skis and 40 kilograms of cocaine.", "en", "two jet skis")
    assert (q.kind, q.value) == ("seizure", 2)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "La Marina interceptó una lancha y detuvo a sus cuatro tripulantes.", "cuatro tripulantes"),
        ("en", "Agents boarded the vessel and arrested its four occupants.", "four occupants"),
    ],
)
def test_quantity_people_an_arrest_took_after_a_possessive_are_a_fact(lang, text, written):
    assert one(text, lang, written).kind == "count"


def test_quantity_a_possessive_referring_back_adds_no_fact():
    assert by_text("Los dos países firmaron el acuerdo y sus dos cancillerías lo celebraron.", "es") == {}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El conductor llegó al carril 14 de la garita alrededor de la madrugada."),
        ("en", "The truck pulled into lane 14 and waited at the dock."),
    ],
)
def test_quantity_lane_numbers_are_labels(lang, text):
    assert by_text(text, lang) == {}


def test_quantity_percent_told_smaller_than_before_is_a_fall():
    q = one("La cifra fue 9.6 por ciento menor que la de 2024.", "es", "9.6 por ciento menor")
    assert q.value == -9.6


@pytest.mark.parametrize(
    ("text", "written", "item"),
    [
        ("The navy said 312 customs officials had been removed since 2024.", "312 customs officials", "customs officials"),
        ("Police arrested two arms dealers and seized 300 rifles.", "two arms dealers", "arms dealers"),
    ],
)
def test_quantity_plural_adjunct_names_the_people_counted(text, written, item):
    q = one(text, "en", written)
    assert (q.kind, q.item) == ("count", item)


def test_quantity_spanish_item_stops_before_a_time_noun():
    text = "Los agentes detuvieron a dos implicados días después en la autopista."
    assert one(text, "es", "dos implicados").item == "implicados"
