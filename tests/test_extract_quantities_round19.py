"""Quantities, round 19: the US ton of English news where a US body seizes it, against the metric tonne, lengths and distances read as lengths (not
speeds nor a container's size), and a place cut in half, which is no fall of 50%."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one

SHORT_TON = 907.18474


def starting(text: str, lang: str, written: str):
    """The quantity of ``text`` whose text opens with ``written`` (its goods may follow)."""
    found = by_text(text, lang)
    match = [q for t, q in found.items() if t.startswith(written)]
    assert match, f"{written!r} not in {list(found)}"
    return match[0]


@pytest.mark.parametrize(
    ("lang", "text", "written", "kg"),
    [
        ("en", "CBP officers in Pharr found nearly 4 tons of methamphetamine packed among boxes of limes.", "4 tons",
         4 * SHORT_TON),
        ("en", "The Coast Guard offloaded 12 tons of cocaine in Florida on Thursday.", "12 tons", 12 * SHORT_TON),
        ("en", "Agents found 3 US tons of marijuana in the trailer.", "3 US tons", 3 * SHORT_TON),
        # a Mexican agency's "toneladas" told in English: metric
        ("en", "Mexican marines seized 4 tons of cocaine off the coast of Oaxaca.", "4 tons", 4_000),
        ("en", "Record 8-ton meth bust in Sinaloa, Mexican army says", "8-ton", 8_000),
        ("en", "Ecuadorian police seized 7 tonnes of cocaine at the port of Guayaquil.", "7 tonnes", 7_000),
        ("en", "Marines found 2.5 metric tons of cocaine aboard the vessel.", "2.5 metric tons", 2_500),
        ("es", "La Marina aseguró 3 toneladas de cocaína en costas de Oaxaca.", "3 toneladas", 3_000),
        ("es", "Soldados aseguraron 4 toneladas métricas de marihuana en Sinaloa.", "4 toneladas métricas", 4_000),
    ],
)
def test_quantity_an_english_ton_is_the_us_ton_where_a_us_body_seizes_it_and_else_metric(lang, text, written, kg):
    q = starting(text, lang, written)
    assert (q.value, q.unit, q.kind) == (pytest.approx(kg), "kg", "seizure")


@pytest.mark.parametrize(
    ("lang", "text", "written", "metres"),
    [
        ("en", "Investigators found a tunnel of 250 meters linking a house in Mexicali to a lot in Calexico.", "250 meters",
         250),
        ("es", "El narcotúnel, de 1.5 kilómetros de longitud, tenía rieles y ventilación.", "1.5 kilómetros", 1_500),
        ("es", "El pasadizo tenía 120 m de longitud y salía a una bodega.", "120 m", 120),
        ("en", "Agents near Nogales discovered a 900-foot tunnel under the border fence.", "900-foot", 274.32),
        ("es", "La lancha fue interceptada a 180 millas náuticas de Acapulco.", "180 millas náuticas", 333_360),
    ],
)
def test_quantity_a_length_or_distance_is_a_length_in_metres(lang, text, written, metres):
    q = starting(text, lang, written)
    assert (q.value, q.unit, q.kind) == (pytest.approx(metres), "m", "length")


@pytest.mark.parametrize(
    ("lang", "text", "length", "not_lengths"),
    [
        ("en", "The tunnel ran 400 yards; the smugglers fled at 90 miles per hour in two 40 ft containers' trucks.",
         "400 yards", ("90 miles", "40 ft")),
        ("es", "El túnel medía 60 metros; el tráiler circulaba a 110 kilómetros por hora con contenedores de 40 pies.",
         "60 metros", ("110 kilómetros", "40 pies")),
    ],
)
def test_quantity_a_speed_or_a_container_size_is_no_length(lang, text, length, not_lengths):
    found = by_text(text, lang)
    assert found[length].kind == "length"
    assert not any(t.startswith(not_lengths) for t in found)


def test_quantity_a_place_cut_in_half_is_no_fall_but_an_amount_is():
    for place in ("Nogales is a border town cut in half by the wall.", "The fence cuts the village in half.",
                  "The river cut the reservation in half decades ago.", "The new barrier cut the ejido in half, farmers said."):
        assert "half" not in by_text(place, "en"), place
    for amount in ("Killings in the city were cut in half last year.", "The program cut overdose deaths in half."):
        q = one(amount, "en", "half")
        assert (q.value, q.unit, q.kind) == (-50, "%", "statistic")


@pytest.mark.parametrize(
    ("lang", "text", "written", "item"),
    [
        ("es", "La Marina aseguró 2 toneladas de pastillas de fentanilo en un almacén de Culiacán.",
         "2 toneladas de pastillas de fentanilo", "fentanyl"),
        ("es", "Los marinos hallaron 1.2 toneladas de paquetes de cocaína en la lancha.", "1.2 toneladas de paquetes de cocaína",
         "cocaine"),
        ("en", "Agents found 5 tonnes of fentanyl pills in a warehouse in Culiacán.", "5 tonnes of fentanyl pills", "fentanyl"),
    ],
)
def test_quantity_a_weight_of_pills_or_packages_keeps_the_drug_they_hold(lang, text, written, item):
    q = one(text, lang, written)
    assert (q.item, q.kind) == (item, "seizure")


@pytest.mark.parametrize(
    ("lang", "text", "written", "metres"),
    [
        ("es", "El cuerpo fue localizado a 800 m de la caseta de cobro.", "800 m", 800),
        ("es", "La salida del túnel quedaba a 90 m de la barda perimetral.", "90 m", 90),
        ("en", "The shaft opened 400 m from the border fence, in a warehouse yard.", "400 m", 400),
    ],
)
def test_quantity_a_metre_written_m_apart_from_its_number_is_a_length(lang, text, written, metres):
    q = starting(text, lang, written)
    assert (q.value, q.unit, q.kind) == (metres, "m", "length")
    assert all(q.unit != "m" for q in by_text("The fund paid 5m pesos to 5 m people.", "en").values())  # millions


def test_quantity_halved_is_a_fall_of_half_unless_a_place_is_halved():
    for amount in ("Kidnappings in the state halved between 2020 and 2024.", "The task force halved its backlog of cases."):
        q = one(amount, "en", "halved")
        assert (q.value, q.unit, q.kind) == (-50, "%", "statistic")
    assert "halved" not in by_text("The border wall halved the town, residents said.", "en")


def test_quantity_a_speed_written_km_h_is_no_length():
    found = by_text("La camioneta huyó a 140 km/h y fue detenida a 3 km del retén.", "es")
    assert not any(t.startswith("140") for t in found)
    assert found["3 km"].kind == "length"


@pytest.mark.parametrize(
    ("text", "written", "kg"),
    [
        ("Marines seized 2.5 tons (2,500 kilograms) of cocaine near Salina Cruz.", "2.5 tons", 2_500),
        ("Agents seized 3 tons (6,000 pounds) of marijuana in a tractor-trailer.", "3 tons", 3 * SHORT_TON),
    ],
)
def test_quantity_tons_converted_in_brackets_take_the_ton_the_conversion_shows(text, written, kg):
    q = one(text, "en", written)
    assert (q.value, q.unit, q.kind) == (pytest.approx(kg), "kg", "seizure")


def test_quantity_feet_and_inches_are_one_length():
    found = by_text("Police said the gunman stands 5 feet 9 inches and was last seen 200 yards from the school.", "en")
    assert found["5 feet 9 inches"].value == pytest.approx(1.7526)
    assert not any(t.startswith("9 inches") for t in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La FGR aseguró un inmueble de 850 metros cuadrados y un túnel de 45 metros en Mexicali."),
        ("es", "La bodega, de 1,200 m² y con un túnel de 45 m de largo, fue cateada."),
    ],
)
def test_quantity_a_side_of_an_area_is_no_length(lang, text):
    found = by_text(text, lang)
    assert [q.value for q in found.values() if q.kind == "length"] == [45]
