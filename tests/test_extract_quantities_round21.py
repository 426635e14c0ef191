"""Quantities, round 21: goods after a conversion told as an aside, a vehicle stopped with its load, one person more
after a count of people, a dollar figure without its leading zero, and the one unit a price is told of."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text


@pytest.mark.parametrize(
    ("lang", "text", "written", "kg", "item"),
    [
        ("en", "Agents seized 2 tons, or 4,400 pounds, of cocaine and 300 kilos of meth at the port.", "2 tons", 2_000,
         "cocaine"),
        ("en", "Agents seized 3 tons, or about 6,000 pounds, of marijuana near Laredo.", "3 tons", 2_721.554, "cannabis"),
        ("es", "Aseguraron 1.5 toneladas, o sea mil 500 kilos, de cocaína en Manzanillo.", "1.5 toneladas", 1_500, "cocaine"),
    ],
)
def test_quantity_goods_after_a_conversion_told_as_an_aside_are_the_first_measures(lang, text, written, kg, item):
    q = by_text(text, lang)[written]
    assert (q.value, q.item, q.kind) == (pytest.approx(kg), item, "seizure")


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Policías estatales marcaron el alto a una camioneta que transportaba 400 kilos de metanfetamina.",
         "400 kilos de metanfetamina"),
        ("es", "Elementos de la Guardia Nacional detuvieron la marcha de un tractocamión que trasladaba 2 toneladas de "
               "marihuana.", "2 toneladas de marihuana"),
        ("en", "Deputies pulled over a truck that was transporting 300 pounds of marijuana.", "300 pounds of marijuana"),
    ],
)
def test_quantity_the_load_of_a_vehicle_stopped_is_seized(lang, text, written):
    assert by_text(text, lang)[written].kind == "seizure"


def test_quantity_the_load_of_a_vehicle_stopped_that_is_no_commodity_stays_a_count():
    q = by_text("Le marcaron el alto a un tráiler que transportaba 22 toneladas de aguacate.", "es")["22 toneladas de aguacate"]
    assert q.kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("es", "En el operativo fueron detenidos cuatro hombres y una mujer.", "cuatro hombres y una mujer", 5),
        ("en", "Four men and a woman were arrested in the raid.", "Four men and a woman", 5),
        ("en", "Police arrested 3 suspects and a juvenile in Yuma.", "3 suspects and a juvenile", 4),
        ("en", "Two National Guard members and a police officer were killed in an ambush.",
         "Two National Guard members and a police officer", 3),
        ("es", "Fueron detenidos dos hombres y un presunto sicario.", "dos hombres y un presunto sicario", 3),
        ("es", "Detuvieron a dos hombres y una camioneta blanca.", "dos hombres", 2),
        ("es", "Detuvieron a tres hombres y dos mujeres.", "tres hombres", 3),
        ("es", "Detuvieron a dos sospechosos y un arma.", "dos sospechosos", 2),
    ],
)
def test_quantity_one_person_more_after_a_count_of_people_is_counted(lang, text, written, value):
    assert by_text(text, lang)[written].value == value


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Prosecutors said he paid $.5 million in bribes to state police.", "$.5 million", 500_000),
        ("The company agreed to forfeit US$.5 million.", "US$.5 million", 500_000),
    ],
)
def test_quantity_a_dollar_figure_without_its_leading_zero_is_money(text, written, value):
    q = by_text(text, "en")[written]
    assert (q.value, q.unit) == (value, "USD")


def test_quantity_a_caliber_after_a_dot_is_no_money():
    assert not [q for q in by_text("Soldiers found a .50-caliber rifle in the truck.", "en").values() if q.unit == "USD"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A kilo of cocaine sells for about $20,000 in Los Angeles."),
        ("en", "The price of a kilogram of fentanyl has dropped to $4,000."),
        ("es", "Un kilo de fentanilo cuesta alrededor de 4 mil dólares en Sinaloa."),
        ("es", "El precio de un kilo de cocaína en Tijuana ronda los 8 mil dólares."),
    ],
)
def test_quantity_the_one_unit_a_price_is_told_of_is_no_quantity(lang, text):
    assert [q.unit for q in by_text(text, lang).values()] == ["USD"]


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Agents seized a kilo of fentanyl that sells for $20,000.", "a kilo of fentanyl"),
        ("en", "Agents seized a ton of cocaine, which costs about $20 million on the street.", "a ton of cocaine"),
    ],
)
def test_quantity_a_unit_seized_before_its_price_stays_seized(lang, text, written):
    assert by_text(text, lang)[written].kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Los detenidos, de entre 25 y 40 años, fueron puestos a disposición junto con 2 kilos de cocaína.",
         "2 kilos de cocaína"),
        ("en", "Police arrested three men, aged 19 to 23, with 40 pounds of marijuana.", "40 pounds of marijuana"),
    ],
)
def test_quantity_goods_with_people_arrested_after_the_ages_of_several_are_seized(lang, text, written):
    assert by_text(text, lang)[written].kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "Más de 300 personas han sido desplazadas de sus comunidades por la violencia.", "300 personas", "statistic"),
        ("es", "Unas 150 familias desplazadas llegaron a Chilpancingo.", "150 familias desplazadas", "statistic"),
        ("en", "More than 2,000 people have been displaced by fighting between cartels.", "2,000 people", "statistic"),
        ("es", "Más de 5 mil personas han abandonado sus hogares en la región fronteriza.", "5 mil personas", "statistic"),
        ("en", "Some 400 families were forced from their homes by cartel violence.", "400 families", "statistic"),
        ("es", "Unos 500 elementos fueron desplazados a Culiacán.", "500 elementos", "count"),
    ],
)
def test_quantity_people_displaced_by_violence_are_a_statistic(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Agents seized 11 firearms and about $600,000 in cash during searches of six homes.", "six homes"),
        ("en", "Police seized 3 rifles in raids on two houses.", "two houses"),
        ("es", "En cateos a 4 domicilios se aseguraron 12 armas largas y 3 vehículos.", "4 domicilios"),
    ],
)
def test_quantity_the_places_searched_in_a_seizure_are_a_count(lang, text, written):
    assert by_text(text, lang)[written].kind == "count"


def test_quantity_properties_seized_stay_seized():
    assert by_text("La FGR aseguró 3 inmuebles y 5 vehículos.", "es")["3 inmuebles"].kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "Los secuestros aumentaron 45 % en el Estado de México, al pasar de 120 a 174 casos.", "174 casos", "statistic"),
        ("en", "Kidnappings rose 45% in the state, from 120 to 174 cases.", "120 to 174 cases", "statistic"),
        ("es", "Se registraron 174 casos de secuestro en el Estado de México.", "174 casos", "statistic"),
        ("en", "Police investigated 40 cases of kidnapping last year.", "40 cases", "statistic"),
        ("en", "Prosecutors opened 3 cases of fraud.", "3 cases", "count"),
        ("es", "El robo aumentó 10 %, al pasar de 300 a 330 casos.", "330 casos", "count"),
    ],
)
def test_quantity_cases_of_a_crime_against_people_are_its_statistic(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        ("The semi-submersible was carrying approximately 5,200 pounds of cocaine when crews stopped it.",
         "5,200 pounds of cocaine", "seizure"),
        ("The boat was carrying 40 tons of bananas when crews stopped it.", "40 tons of bananas", "count"),
        ("A man carrying 3 kilos of cocaine walked past the store.", "3 kilos of cocaine", "count"),
    ],
)
def test_quantity_goods_carried_by_a_vehicle_stopped_after_them_are_seized(text, written, kind):
    assert by_text(text, "en")[written].kind == kind


def test_quantity_people_who_came_out_wounded_are_a_statistic():
    found = by_text("En el ataque murieron dos policías, y otras tres personas resultaron heridas.", "es")
    assert found["otras tres personas"].kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "text", "written", "qualifier"),
    [
        ("es", "Sinaloa acumula mil 650 homicidios, un promedio de casi seis al día.", "seis", "casi"),
        ("en", "The state has logged 1,650 killings, an average of nearly six a day.", "six", "nearly"),
    ],
)
def test_quantity_an_average_written_in_words_is_a_statistic(lang, text, written, qualifier):
    q = by_text(text, lang)[written]
    assert (q.value, q.kind, q.qualifier) == (6, "statistic", qualifier)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los homicidios en Culiacán casi se duplicaron, de 480 en 2024 a 910 en 2025."),
        ("en", "Homicides in Culiacán nearly doubled, from 480 in 2024 to 910 in 2025."),
    ],
)
def test_quantity_the_ends_of_a_change_told_without_its_verb_share_its_subject(lang, text):
    assert [(q.value, q.kind) for q in by_text(text, lang).values()] == [(480, "statistic"), (910, "statistic")]


@pytest.mark.parametrize(
    ("text", "written", "kg"),
    [
        ("Elementos de la SSPC aseguraron 1 tonelada con 200 kilos de cocaína.", "1 tonelada con 200 kilos de cocaína", 1_200),
        ("Aseguraron una tonelada con 800 kilogramos de marihuana en Sonoyta.",
         "una tonelada con 800 kilogramos de marihuana", 1_800),
        ("Le aseguraron un kilo con 300 gramos de cristal.", "un kilo con 300 gramos de cristal", 1.3),
    ],
)
def test_quantity_a_smaller_unit_added_after_con_is_one_measure(text, written, kg):
    found = by_text(text, "es")
    assert list(found) == [written]
    assert (found[written].value, found[written].kind) == (pytest.approx(kg), "seizure")


def test_quantity_two_measures_joined_by_con_that_do_not_add_stay_two():
    found = by_text("Aseguraron 300 kilos de cocaína con 200 kilos de marihuana.", "es")
    assert [q.value for q in found.values()] == [300, 200]


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        ("Se inhabilitaron 3 laboratorios y se aseguraron 12 mil 500 litros de sustancias químicas.", "3 laboratorios",
         "count"),
        ("La Marina inutilizó 1,200 kilos de metanfetamina en un laboratorio de Cosalá.", "1,200 kilos de metanfetamina",
         "seizure"),
    ],
)
def test_quantity_labs_put_out_of_use_are_counted_and_their_drugs_seized(text, written, kind):
    assert by_text(text, "es")[written].kind == kind


def test_quantity_what_a_truck_can_haul_is_its_capacity_not_the_load_seized():
    found = by_text("The truck, which can haul up to 30 tons, was carrying 700 kilos of cocaine when soldiers stopped it.",
                    "en")
    assert (found["30 tons"].kind, found["700 kilos of cocaine"].kind) == ("count", "seizure")


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        ("en", "Gunmen opened fire on a family gathering, killing seven and wounding at least five others.",
         {"seven": 7, "five others": 5}),
        ("en", "The shooting killed one and wounded four.", {"one": 1, "four": 4}),
        ("es", "Los sicarios mataron a siete e hirieron a otros cinco.", {"siete": 7, "otros cinco": 5}),
    ],
)
def test_quantity_the_people_a_killing_verb_took_told_by_a_number_word_are_a_statistic(lang, text, figures):
    found = by_text(text, lang)
    assert {w: q.value for w, q in found.items()} == figures
    assert {q.kind for q in found.values()} == {"statistic"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The war has killed thousands, and one of them was his son."),
        ("es", "Asesinaron a uno de ellos."),
    ],
)
def test_quantity_one_of_the_people_killed_stays_no_figure(lang, text):
    assert by_text(text, lang) == {}


def test_quantity_the_bare_end_of_a_change_listed_with_its_goods_takes_the_unit():
    found = by_text("El decomiso de fentanilo pasó de 2 mil 400 kilos en 2023 a mil 100 en 2025, una baja de 54 %.", "es")
    assert [(w, q.value, q.unit, q.kind) for w, q in found.items()] == [
        ("2 mil 400 kilos", 2_400, "kg", "seizure"), ("mil 100", 1_100, "kg", "seizure"), ("54 %", -54, "%", "statistic")]


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Un comando armado privó de la libertad a cuatro trabajadores de una mina en Sinaloa.", "cuatro trabajadores"),
        ("es", "Cuatro trabajadores salieron de la mina el lunes; dos de ellos fueron localizados sin vida días después.",
         "dos de ellos"),
        ("en", "Four workers left the mine on Monday; two of them were found dead days later.", "two of them"),
    ],
)
def test_quantity_people_abducted_or_found_dead_are_a_statistic(lang, text, written):
    assert by_text(text, lang)[written].kind == "statistic"


def test_quantity_packages_a_load_hid_are_seized():
    text = "El tractocamión transportaba 25 toneladas de limón, entre las que se ocultaban 300 paquetes con cocaína."
    found = by_text(text, "es")
    assert (found["25 toneladas de limón"].kind, found["300 paquetes"].kind) == ("count", "seizure")


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "Durante el fin de semana se reportaron 23 homicidios en Guanajuato, 11 de ellos en Celaya.", "11 de ellos",
         "statistic"),
        ("en", "Police seized 14 vehicles in Sonora, seven of them armored.", "seven of them", "seizure"),
    ],
)
def test_quantity_a_part_told_after_the_place_of_its_whole_shares_its_kind(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind


def test_quantity_a_hyphenated_scale_reads_the_whole_sum():
    q = by_text("The bank agreed to pay a $1.3-billion penalty for failing to stop cartel money laundering.", "en")["$1.3-billion"]
    assert (q.value, q.unit, q.kind) == (1_300_000_000, "USD", "money")


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        ("El aseguramiento representa un golpe de más de 600 mdp al crimen organizado.", "600 mdp", "money"),
        ("Se han asegurado 16 toneladas de metanfetamina, lo que equivale a unos 800 millones de dosis.",
         "800 millones de dosis", "count"),
        ("Se han asegurado 16 toneladas de metanfetamina, lo que equivale a unos 800 millones de dosis.",
         "16 toneladas de metanfetamina", "seizure"),
    ],
)
def test_quantity_the_blow_or_the_doses_a_seizure_equals_are_not_seized(text, written, kind):
    assert by_text(text, "es")[written].kind == kind
