"""Quantities, round 32: Spanish regional papers on hashish in "fardos" seized by "aprehender", British papers on
terms told "jailed for" and "imprisoned for"."""

from __future__ import annotations

import pytest
from _quantity_helpers import one


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Los agentes intervinieron 2.100 kilos de hachís repartidos en 70 fardos en una narcolancha.", "70 fardos"),
        ("La Guardia Civil localizó 38 fardos de hachís en una playa de Tarifa.", "38 fardos de hachís"),
    ],
)
def test_quantity_bales_of_seized_drugs_are_seized(text, written):
    q = one(text, "es", written)
    assert (q.kind, q.item) == ("seizure", "cannabis packages")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("La Guardia Civil ha aprehendido 950 kilos de hachís en una furgoneta en Motril.", "950 kilos de hachís", 950.0),
        ("Agentes de Aduanas aprehendieron 12 kilos de cocaína en el aeropuerto de Barajas.", "12 kilos de cocaína", 12.0),
        ("La aprehensión de 2 toneladas de hachís se produjo en aguas de Ceuta.", "2 toneladas de hachís", 2000.0),
    ],
)
def test_quantity_goods_apprehended_in_spanish_are_seized(text, written, value):
    q = one(text, "es", written)
    assert (q.kind, q.value) == ("seizure", value)


def test_quantity_people_apprehended_in_spanish_stay_counted():
    assert one("Agentes aprehendieron a 14 migrantes en Sonoyta.", "es", "14 migrantes").kind == "count"


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("A Liverpool man has been jailed for nine years for smuggling cocaine through the port.", "nine years", 9.0),
        ("The courier was imprisoned for 14 years at Bristol Crown Court.", "14 years", 14.0),
    ],
)
def test_quantity_british_prison_terms_are_counts(text, written, value):
    q = one(text, "en", written)
    assert (q.kind, q.value, q.item) == ("count", value, "years")


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Detectives also recovered $86,000 (£68,000) in cash from a storage unit in Leeds.", "en", "$86,000"),
        ("Los agentes hallaron 22.000 euros (23.800 dólares) en efectivo en el maletero.", "es", "22.000 euros"),
    ],
)
def test_quantity_cash_found_with_a_conversion_in_brackets_is_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_a_value_converted_in_brackets_stays_money():
    text = "Police found cannabis valued at €3 million ($3.2 million) in a warehouse in Dundalk."
    assert one(text, "en", "€3 million").kind == "money"


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Customs officers seized $40,000 (about £31,000) in cash at Dublin Airport.", "en", "£31,000"),
        ("Los militares aseguraron 90 mil dólares (unos 1.5 millones de pesos) en efectivo.", "es", "1.5 millones de pesos"),
    ],
)
def test_quantity_seized_cash_converted_with_a_hedge_in_brackets_is_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"
