"""Quantities, round 20: a measure told again in other units after "or" / "o sea", someone's height, an area written
"m2", a fort's abbreviation, a hyphenated size ("2-mile-long"), goods "unloaded", and lengths in a framework's kinds."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text

from pesquisa.analyze.framework import QUANTITY_KINDS


@pytest.mark.parametrize(
    ("lang", "text", "kg"),
    [
        ("en", "The navy intercepted a semi-submersible carrying 3.5 tons of cocaine, or 3,500 kilograms, off Colombia.", 3_500),
        ("en", "CBP officers seized 3 tons of meth, or about 6,000 pounds, at the Pharr bridge.", 2_721.554),
        ("en", "Agents seized 40 kilos of heroin - or 88 pounds - in the trunk.", 40),
        ("en", "Agents seized 6 kilos of fentanyl powder, about 13 pounds, from a stash house in Phoenix.", 6),
        ("es", "Aseguraron 1.5 toneladas de metanfetamina, o sea mil 500 kilos, en un rancho de Cosalá.", 1_500),
        ("es", "La Marina decomisó 2 toneladas de cocaína, es decir, 2 mil kilos, frente a Lázaro Cárdenas.", 2_000),
        ("en", "The navy seized 8.3 metric tons of cocaine, the equivalent of 18,300 pounds, off Michoacán.", 8_300),
        ("es", "Aseguraron 500 kilos de cocaína, el equivalente a media tonelada, en un tractocamión.", 500),
    ],
)
def test_quantity_a_measure_told_again_in_other_units_after_or_is_one_seizure(lang, text, kg):
    seizures = [q for q in by_text(text, lang).values() if q.kind == "seizure"]
    assert [(q.value, q.unit) for q in seizures] == [(pytest.approx(kg), "kg")]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("es", "Aseguraron 3 toneladas de cocaína o 500 kilos de heroína en el puerto.", 2),
        ("en", "Agents seized 10 kilos of cocaine, or roughly 40 kilos less than last month.", 2),
        ("es", "Se aseguraron entre 10 o 11 kilos de cocaína.", 1),
    ],
)
def test_quantity_two_measures_joined_by_or_that_differ_stay_two(lang, text, count):
    assert len([q for q in by_text(text, lang).values() if q.unit == "kg"]) == count


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The suspect, who is about 6 feet tall, was last seen in a black hoodie."),
        ("en", "He is 5 feet 9 inches tall, police said."),
        ("en", "The smuggler, who stands 5 feet 7 inches, fled on foot."),
        ("en", "A 20-year-old man, 5 feet 8 inches tall, was arrested in Yuma."),
        ("es", "El hombre mide 1.75 metros de estatura y tiene un tatuaje en el brazo."),
        ("es", "La víctima medía 1.60 metros y fue vista por última vez en Zapopan."),
        ("es", "El menor desaparecido mide aproximadamente 1.45 m."),
        ("en", "The warehouse, a 300 m2 building near the airport, was searched."),
        ("es", "La bodega de 1,200 m² fue cateada por la Fiscalía."),
        ("en", "Five Ft. Worth officers were hurt during the raid."),
        ("en", "Two soldiers from Ft. Bliss were charged."),
    ],
)
def test_quantity_a_height_an_area_in_m2_or_a_forts_name_is_no_quantity(lang, text):
    found = by_text(text, lang)
    assert not [q for q in found.values() if q.kind == "length" or (q.unit is None and q.item is None)], found


@pytest.mark.parametrize(
    ("text", "written", "metres"),
    [
        ("Investigators found a 2-mile-long tunnel running to a warehouse in Otay Mesa.", "2-mile", 3_218.688),
        ("Smugglers cut through a 30-foot-high section of the wall.", "30-foot", 9.144),
        ("The wall is 30 feet tall along that stretch.", "30 feet", 9.144),
    ],
)
def test_quantity_a_hyphenated_size_or_a_walls_height_is_a_length(text, written, metres):
    q = by_text(text, "en")[written]
    assert (q.value, q.unit, q.kind) == (pytest.approx(metres), "m", "length")


def test_quantity_goods_unloaded_by_an_agency_are_seized():
    q = by_text("The Coast Guard unloaded 800 pounds of marijuana in San Diego.", "en")["800 pounds of marijuana"]
    assert (q.kind, q.item) == ("seizure", "cannabis")


def test_quantity_length_is_a_kind_a_framework_can_name():
    assert "length" in QUANTITY_KINDS


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("en", "The ambush left 19 dead, including four police officers, in Michoacán.", "four police officers"),
        ("en", "The blast left 12 people wounded, including three children.", "three children"),
        ("es", "La balacera dejó 11 muertos, entre ellos dos policías municipales.", "dos policías"),
        ("es", "El ataque dejó 8 personas heridas, entre ellas tres menores de edad.", "tres menores"),
    ],
)
def test_quantity_a_part_of_the_dead_or_wounded_told_after_their_state_is_a_statistic(lang, text, part):
    q = next(q for t, q in by_text(text, lang).items() if t.startswith(part))
    assert q.kind == "statistic"


def test_quantity_a_weight_restated_after_a_comma_and_a_hedge_is_one_seizure_but_other_goods_stay():
    text = "CBP officers found 2,100 pounds of methamphetamine, about 950 kilograms, hidden in a load of celery."
    assert [q.text for q in by_text(text, "en").values() if q.unit == "kg"] == ["2,100 pounds of methamphetamine"]
    text = "Agents seized 2,100 pounds of meth, about 950 kilograms of cocaine and 20 pounds of heroin."
    assert len([q for q in by_text(text, "en").values() if q.unit == "kg"]) == 3


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The fugitive is described as 5 feet 10 inches tall, about 170 pounds, with a scar on his chin."),
        ("es", "El hombre, de 1.70 metros de estatura y 80 kilos, tiene un tatuaje en el cuello."),
    ],
)
def test_quantity_a_weight_right_after_someones_height_is_no_goods(lang, text):
    assert not [q for q in by_text(text, lang).values() if q.unit in ("kg", "m")]


def test_quantity_a_weight_restated_as_equivalent_stays_one_but_its_value_in_money_stays():
    text = "La Semar aseguró 1,340 kilos de cocaína, equivalentes a 1.34 toneladas, a bordo de una lancha."
    assert [q.text for q in by_text(text, "es").values() if q.unit == "kg"] == ["1,340 kilos de cocaína"]
    text = "Aseguraron 2 toneladas de cocaína, equivalentes a 500 millones de pesos."
    assert [q.kind for q in by_text(text, "es").values()] == ["seizure", "money"]


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        ("es", "Agentes aduanales retuvieron a un pasajero con 450 mil dólares no declarados, unos 8.2 millones de pesos.",
         ["seizure", "seizure"]),
        ("en", "Deputies seized $96,000 in cash, or about 1.7 million pesos, from the car.", ["seizure", "seizure"]),
        ("es", "Decomisaron 2 millones de pesos, 150 mil dólares y 30 mil euros en efectivo.", ["seizure"] * 3),
        ("es", "La red lavó 900 millones de pesos, unos 50 millones de dólares, según la UIF.", ["money", "money"]),
    ],
)
def test_quantity_seized_money_told_again_in_another_currency_is_seized_too(lang, text, kinds):
    assert [q.kind for q in by_text(text, lang).values()] == kinds


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Officers found the drugs inside a 53-foot trailer at the Pharr bridge."),
        ("es", "El tráiler de 53 pies fue revisado con rayos gamma en la aduana."),
        ("en", "The semi-submersible, a 30-meter vessel, sailed from Colombia."),
    ],
)
def test_quantity_a_vehicles_size_is_no_length(lang, text):
    assert not [q for q in by_text(text, lang).values() if q.kind == "length"]


def test_quantity_a_weight_restated_after_its_goods_with_of_is_one_seizure():
    text = "Deputies found 40 pounds of processed marijuana, or 18 kilos, on the property."
    assert [q.value for q in by_text(text, "en").values() if q.unit == "kg"] == [pytest.approx(18.1437, abs=1e-3)]


def test_quantity_a_hyphenated_height_of_a_person_is_no_length_but_a_walls_is():
    assert not [q for q in by_text("A 6-foot-tall suspect wearing a mask fired 15 shots.", "en").values() if q.kind == "length"]
    assert by_text("Smugglers climbed a 30-foot-tall wall near Sunland Park.", "en")["30-foot"].kind == "length"


@pytest.mark.parametrize(
    ("text", "written", "kg"),
    [
        ("Marines intercepted a 2-ton shipment of cocaine off Colima.", "2-ton", 2_000),
        ("Deputies seized a 500-pound load of marijuana near Laredo.", "500-pound", 226.796),
    ],
)
def test_quantity_a_hyphenated_weight_before_a_load_of_goods_is_the_seizure(text, written, kg):
    q = by_text(text, "en")[written]
    assert (q.value, q.kind) == (pytest.approx(kg, rel=1e-3), "seizure")


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "Hombres armados levantaron a tres jóvenes en Fresnillo.", "tres jóvenes", "statistic"),
        ("es", "Sujetos armados se llevaron a 9 personas de una fiesta en Salvatierra.", "9 personas", "statistic"),
        ("en", "Gunmen abducted 9 people from a bar in Tamaulipas.", "9 people", "statistic"),
        ("es", "Detuvieron a dos hombres que secuestraron a un empresario.", "dos hombres", "count"),
        ("en", "Police arrested 4 men who abducted a businessman.", "4 men", "count"),
    ],
)
def test_quantity_people_abducted_in_the_active_voice_are_a_statistic_not_their_abductors(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "La Fiscalía informó que en lo que va del año se han denunciado 418 secuestros.", "418 secuestros", "statistic"),
        ("en", "Police arrested 4 members of a kidnapping ring in Puebla.", "4 members", "count"),
        ("es", "Detuvieron a 4 integrantes de una banda de secuestro en Ecatepec.", "4 integrantes", "count"),
        ("en", "Four members of a family were killed in Celaya.", "Four members", "statistic"),
        ("es", "Dos integrantes de una banda fueron asesinados en Tláhuac.", "Dos integrantes", "statistic"),
    ],
)
def test_quantity_kidnappings_are_a_statistic_but_members_of_a_gang_named_by_its_crime_a_count(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kg"),
    [
        ("es", "Las autoridades aseguraron 9 toneladas de cocaína, lo que equivale a 9 mil kilos, en Lázaro Cárdenas.", 9_000),
        ("en", "The suspect, 5-foot-9 and about 160 pounds, was detained with 3 kilos of heroin.", 3),
    ],
)
def test_quantity_one_weight_of_goods_when_restated_or_beside_a_body_weight(lang, text, kg):
    assert [q.value for q in by_text(text, lang).values() if q.unit == "kg"] == [pytest.approx(kg)]


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("en", "The navy's 3 patrol boats intercepted a fishing vessel off Acapulco.", "3 patrol boats", "count"),
        ("en", "Two helicopters later intercepted the plane near Chetumal.", "Two helicopters", "count"),
        ("es", "Dos patrullas interceptaron una camioneta con 40 kilos de cristal.", "Dos patrullas", "count"),
        ("en", "23 vehicles, 2 boats seized in crackdown on fuel theft", "2 boats", "seizure"),
        ("es", "Se aseguraron 3 vehículos que transportaban droga.", "3 vehículos", "seizure"),
    ],
)
def test_quantity_a_count_that_seizes_an_object_of_its_own_is_not_seized(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind


def test_quantity_a_tunnel_that_mide_a_length_keeps_it():
    q = by_text("El túnel mide 300 metros y tiene ventilación.", "es")["300 metros"]
    assert (q.value, q.kind) == (300, "length")


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Los agentes detuvieron a 3 hombres, de 1.80 metros de estatura, que portaban 2 armas cortas.", "2 armas cortas"),
        ("es", "Policías estatales capturaron a dos jóvenes, quienes traían 300 dosis de cristal.", "300 dosis de cristal"),
        ("en", "Police arrested two men, who were carrying 5 pistols, in Nogales.", "5 pistols"),
        ("es", "Los detenidos, 4 hombres y una mujer, llevaban consigo 35 mil dólares sin declarar.", "35 mil dólares"),
    ],
)
def test_quantity_goods_carried_by_people_arrested_are_seized(lang, text, written):
    assert by_text(text, lang)[written].kind == "seizure"


def test_quantity_a_load_carried_with_no_arrest_is_no_seizure():
    assert by_text("A truck carrying 40 pounds of tomatoes crossed at Pharr.", "en")["40 pounds of tomatoes"].kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "Se registraron 5 mil 420 víctimas de secuestro, 9.3% más que en 2024; de ellas, 1,210 fueron mujeres.", "1,210",
         "statistic"),
        ("en", "Some 420 people were killed in Zacatecas; of them, 120 were women.", "120", "statistic"),
        ("en", "Police arrested 30 people; of them, 12 were released.", "12", "count"),
    ],
)
def test_quantity_a_part_of_the_victims_told_with_of_them_is_a_statistic(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind
