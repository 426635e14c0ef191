"""Quantities, round 13: shares told as fractions, changes signed by a verb or noun far from the percentage, ages
after a comparative, "a ton of" as a figure of speech, and time held before trial."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("en", "Nearly three-quarters of the rifles traced last year were bought in Arizona.",
         "three-quarters of the rifles", 75),
        ("en", "Opioids were involved in two-thirds of the overdose deaths.", "two-thirds of the overdose deaths",
         pytest.approx(66.667, abs=0.01)),
        ("en", "A quarter of the detainees were released without charges.", "A quarter of the detainees", 25),
        ("es", "Casi tres cuartas partes de las armas aseguradas venían de Texas.",
         "tres cuartas partes de las armas aseguradas", 75),
        ("es", "Una tercera parte de los homicidios ocurrió en seis estados.", "Una tercera parte de los homicidios",
         pytest.approx(33.333, abs=0.01)),
    ],
)
def test_quantity_a_fraction_of_what_follows_is_a_share_in_percent(lang, text, written, value):
    q = one(text, lang, written)
    assert (q.value, q.unit, q.kind) == (value, "%", "statistic")


def test_quantity_a_fraction_of_a_unit_stays_a_mass_not_a_share():
    q = one("Agents seized three-quarters of a ton of cocaine.", "en", "three-quarters of a ton of cocaine")
    assert (q.value, q.unit) == (750, "kg")
    assert one("Se aseguraron tres cuartos de kilo de cocaína.", "es", "tres cuartos de kilo de cocaína").value == 0.75


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("en", "The bill cuts funding for the drug czar's office by 15 percent.", "15 percent", -15),
        ("en", "The board reduced spending on patrols in the county by 8%.", "8%", -8),
        ("en", "The bill raises funding for port scanners by 12 percent.", "12 percent", 12),
        ("en", "Compared with May, the drop was 4.2%.", "4.2%", -4.2),
        ("es", "Frente a septiembre, la baja fue de 3.1%.", "3.1%", -3.1),
        ("es", "Hacienda redujo el presupuesto de la Fiscalía en 12%.", "12%", -12),
        ("es", "El gobierno aumentó el gasto de la Guardia Nacional en 18%.", "18%", 18),
    ],
)
def test_quantity_a_change_signed_by_a_verb_or_noun_away_from_its_percentage(lang, text, written, value):
    q = one(text, lang, written)
    assert (q.value, q.unit) == (value, "%")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Victims older than 60 reported losses averaging $53,000."),
        ("en", "Residents younger than 25 made up most calls."),
        ("es", "Las personas mayores de 65 perdieron sus ahorros."),
    ],
)
def test_quantity_a_small_figure_after_an_age_comparative_is_an_age(lang, text):
    assert not [q for q in by_text(text, lang).values() if q.value in (60, 25, 65)]


def test_quantity_a_large_figure_after_older_than_is_still_read():
    assert one("Agents seized more than 300 kilos of cocaine.", "en", "300 kilos of cocaine").value == 300


@pytest.mark.parametrize(
    "text",
    [
        "\"That's a ton of drugs that won't hit our streets,\" the sheriff said.",
        "Sheriff: 'A ton of drugs won't hit our streets' after traffic stop",
        "It is a ton of work for a small department.",
    ],
)
def test_quantity_a_ton_as_a_figure_of_speech_is_no_mass(text):
    assert not [q for q in by_text(text, "en").values() if q.unit == "kg"]


def test_quantity_a_ton_seized_is_still_a_seizure():
    q = one("Deputies seized a ton of marijuana from the truck.", "en", "a ton of marijuana")
    assert (q.value, q.unit, q.kind) == (1000, "kg", "seizure")


def test_quantity_time_held_before_trial_is_a_term_counted():
    q = one("He spent three and a half years in pretrial detention before the case was dismissed.", "en",
            "three and a half years")
    assert (q.value, q.kind) == (3.5, "count")


@pytest.mark.parametrize(
    ("lang", "text", "written", "item"),
    [
        ("en", "Officers seized meth at the bridge. The drugs, which weighed about 680 kilograms, were in 60 packages.",
         "680 kilograms", "methamphetamine"),
        ("en", "Agents seized heroin in the van. The drug weighed 40 pounds.", "40 pounds", "heroin"),
        ("es", "La Marina aseguró 2.3 toneladas de cocaína. La droga, unas 5 mil libras según el reporte, estaba en bultos.",
         "5 mil libras", "cocaine"),
        ("es", "Se decomisó fentanilo en la garita. La droga pesaba 18 kilos.", "18 kilos", "fentanyl"),
    ],
)
def test_quantity_a_weight_given_to_goods_referred_back_weighs_that_drug(lang, text, written, item):
    assert one(text, lang, written).item == item


def test_quantity_a_word_referring_back_followed_by_its_own_noun_gives_no_item():
    q = one("Agents seized 300 kilos of cocaine. The drug trade moved 40 tons a year.", "en", "40 tons")
    assert q.item is None


def test_quantity_the_other_end_of_a_comparison_reads_like_the_first_over_a_span_of_months():
    q = one("About 73,000 people died of overdoses in the 12 months ending in September, down from roughly 100,000.",
            "en", "100,000")
    assert (q.kind, q.item) == ("statistic", "people")


def test_quantity_the_weight_of_seized_goods_referred_back_is_that_seizure():
    text = ("La Marina aseguró 2.3 toneladas de cocaína. Se detuvo a cinco tripulantes. "
            "La droga, unas 5 mil libras según el reporte, estaba en bultos.")
    q = one(text, "es", "5 mil libras")
    assert (q.kind, q.item) == ("seizure", "cocaine")
    # with no seizure told before, the weight is no seizure
    assert one("Se detuvo a cinco tripulantes. La droga, unas 5 mil libras, estaba en bultos.", "es", "5 mil libras")\
        .kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Callers phoned victims from 12 call centers in Jalisco.", "12 call centers"),
        ("es", "Las víctimas fueron atendidas en 4 hospitales de la zona.", "4 hospitales"),
    ],
)
def test_quantity_places_counted_after_a_death_word_and_a_preposition_are_no_statistic(lang, text, written):
    assert one(text, lang, written).kind == "count"


def test_quantity_the_dead_counted_after_of_stay_a_statistic():
    assert one("The deaths of 53 migrants shocked the town.", "en", "53 migrants").kind == "statistic"


def test_quantity_a_budget_left_reduced_or_cut_in_the_conditional_falls():
    q = one("La Fiscalía vería reducidos sus recursos en 7.5 por ciento.", "es", "7.5 por ciento")
    assert q.value == -7.5
    assert one("El programa recortaría su gasto en 4%.", "es", "4%").value == -4
    assert one("La Guardia Nacional aumentaría su gasto en 4.2 por ciento.", "es", "4.2 por ciento").value == 4.2


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Fentanyl powder seizures fell by nearly a third, to 96 pounds.", "a third", pytest.approx(-33.333, abs=0.01)),
        ("Arrests at the crossing rose by a quarter last year.", "a quarter", 25),
    ],
)
def test_quantity_a_change_by_a_fraction_is_a_percentage(text, written, value):
    q = one(text, "en", written)
    assert (q.value, q.unit, q.kind) == (value, "%", "statistic")
