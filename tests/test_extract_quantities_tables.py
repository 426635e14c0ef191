"""Quantities, round 9: flattened tables, captions, calibers, doses, labels and items named in the next sentence."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


def test_quantity_a_caliber_between_the_count_and_its_noun_is_skipped():
    text = "Deputies found a rifle, two 9mm pistols and 300 rounds of ammunition in the car."
    q = one(text, "en", "two 9mm pistols")
    assert (q.value, q.item, q.kind) == (2, "firearms", "seizure")


def test_quantity_a_commodity_inside_a_longer_word_names_no_goods():
    text = "En los laboratorios se aseguraron 45 reactores y 9 centrífugas."
    assert one(text, "es", "9 centrífugas").item == "centrífugas"


def test_quantity_a_dose_in_milligrams_joined_by_a_hyphen_is_no_load():
    text = "Each of the tablets was pressed to look like a 30-milligram oxycodone pill."
    assert not any("milligram" in written for written in by_text(text, "en"))


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        ("en", "Two men were killed in a shooting on Interstate 10 near mile marker 260 on Sunday.", "260"),
        ("es", "Los agresores dispararon contra la patrulla 1125 en la colonia Centro.", "1125"),
    ],
)
def test_quantity_a_mile_marker_or_a_patrol_car_number_is_a_label(lang, text, number):
    assert number not in by_text(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "The cutter's crew offloaded more than 15,000 pounds of cocaine on Thursday.", "15,000 pounds of cocaine"),
        ("es", "En lo que va del año, la aduana ha retenido 41 millones de pesos no declarados.",
         "41 millones de pesos"),
    ],
)
def test_quantity_goods_offloaded_or_cash_retained_are_seized(lang, text, written):
    assert one(text, lang, written).kind == "seizure"


ROWS_ES = ("Resultados de la semana.\nPersonas detenidas: 742. Armas de fuego aseguradas: 318. Cartuchos: 22 mil 400.\n"
           "Aseguramientos de droga: Cocaína: 1,200 kg; Pastillas de fentanilo: 96 mil.\n"
           "Vehículos asegurados: 121. Inmuebles cateados: 64. Total: 900.")


@pytest.mark.parametrize(
    ("written", "item", "kind"),
    [
        ("742", "Personas detenidas", "count"),
        ("318", "firearms", "seizure"),
        ("22 mil 400", "ammunition", "seizure"),
        ("1,200 kg", "cocaine", "seizure"),
        ("96 mil", "fentanyl pills", "seizure"),
        ("121", "Vehículos asegurados", "seizure"),
        ("64", "Inmuebles cateados", "count"),
        ("900", None, "count"),
    ],
)
def test_quantity_a_table_row_label_names_the_item_of_its_figure(written, item, kind):
    q = one(ROWS_ES, "es", written)
    assert (q.item, q.kind) == (item, kind)


def test_quantity_an_english_table_row_names_the_drug_weighed():
    text = ("Officers seized the following along the southwest border in February:\n\n"
            "Fentanyl: 1,210 lbs; Methamphetamine: 3,480 lbs; Cocaine: 2,050 lbs.")
    found = by_text(text, "en")
    assert [(found[w].item, found[w].kind) for w in ("1,210 lbs", "3,480 lbs", "2,050 lbs")] == [
        ("fentanyl", "seizure"), ("methamphetamine", "seizure"), ("cocaine", "seizure")]


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Officers found drugs hidden in a trailer of avocados. The haul included 300 kilograms. "
               "Most of it was cocaine, with smaller amounts of heroin.", "300 kilograms"),
        ("es", "Agentes localizaron droga oculta en un tractocamión con aguacate. El cargamento sumó 300 kilos. "
               "La mayor parte era cocaína y el resto, metanfetamina.", "300 kilos"),
    ],
)
def test_quantity_a_weight_takes_the_drug_the_next_sentence_says_it_was(lang, text, written):
    q = one(text, lang, written)
    assert (q.item, q.kind) == ("cocaine", "seizure")


def test_quantity_a_sentence_finding_guns_seizes_no_guns_counted_after_it():
    text = ("Agents traced 122,000 guns recovered in Mexico over five years. "
            "A single straw purchaser in Phoenix bought 84 rifles in nine months.")
    assert one(text, "en", "84 rifles").kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("en", "The number of deportations to Mexico rose 12%, to 198,000.", "198,000", "count"),
        ("es", "Las detenciones por delitos contra la salud crecieron 15%, a 9 mil 800.", "9 mil 800", "count"),
        ("en", "Overdose deaths fell 27%, to 80,400.", "80,400", "statistic"),
        ("es", "Los homicidios dolosos bajaron 24%, a 23 mil 374.", "23 mil 374", "statistic"),
    ],
)
def test_quantity_the_level_a_percentage_change_reaches_is_read_by_its_subject(lang, text, written, kind):
    assert one(text, lang, written).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Mueren dos agentes en emboscada en Culiacán", "dos agentes"),
        ("es", "Dos agentes de la Policía Estatal, de 28 y 34 años, murieron tras ser emboscados.", "Dos agentes"),
        ("en", "Two officers, ages 28 and 34, died in the ambush on Tuesday.", "Two officers"),
    ],
)
def test_quantity_people_whose_death_is_told_around_an_aside_are_a_statistic(lang, text, written):
    assert one(text, lang, written).kind == "statistic"


def test_quantity_investigations_for_homicide_are_no_deaths():
    text = "Las fiscalías abrieron 1,688 carpetas de investigación por homicidio doloso en el mes."
    assert one(text, "es", "1,688 carpetas").kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "La Guardia Nacional aseguró 27 vehículos, entre ellos seis camionetas blindadas, y un helicóptero.",
         "seis camionetas blindadas"),
        ("en", "Agents seized 27 vehicles, including six armored trucks, and a helicopter.", "six armored trucks"),
    ],
)
def test_quantity_a_part_of_the_goods_seized_is_seized(lang, text, written):
    assert one(text, lang, written).kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "written", "item", "kind"),
    [
        ("es", "Con este crimen suman 127 homicidios dolosos en lo que va del año. En el mismo periodo de 2025 se "
               "contabilizaron 160.", "160", "homicidios dolosos", "statistic"),
        ("en", "Border Patrol recorded 8,347 apprehensions in February. A year earlier, agents made 136,000.",
         "136,000", "apprehensions", "count"),
    ],
)
def test_quantity_a_figure_of_the_period_compared_takes_the_measure_of_the_sentence_before(
        lang, text, written, item, kind):
    q = one(text, lang, written)
    assert (q.item, q.kind) == (item, kind)


def test_quantity_a_figure_of_the_period_compared_with_its_own_subject_keeps_it():
    text = ("Se evitó la distribución de 300 millones de dosis. En el mismo periodo, los homicidios dolosos bajaron "
            "de 86.9 a 59.5 al día.")
    assert one(text, "es", "59.5").item is None


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Each 40-foot container held between 18 and 24 barrels of 200 liters.", "between 18 and 24 barrels"),
        ("es", "Se aseguraron 10 barriles de 200 litros con diésel.", "10 barriles"),
    ],
)
def test_quantity_a_unit_sized_by_a_measure_after_it_is_a_container_counted(lang, text, written):
    q = one(text, lang, written)
    assert q.unit is None


def test_quantity_the_level_a_change_reaches_after_a_comma_keeps_the_subject_before():
    text = "In Sinaloa, killings roughly doubled, to about 1,900 a year."
    assert one(text, "en", "1,900").kind == "statistic"


def test_quantity_what_a_seizure_amounts_to_in_pesos_is_money():
    text = "Agentes aseguraron 5 millones de dólares en efectivo. El decomiso equivale a unos 115 millones de pesos."
    assert one(text, "es", "115 millones de pesos").kind == "money"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "A Border Patrol agent stands beside 2,600 pounds of methamphetamine hidden in a shipment of celery.",
         "2,600 pounds of methamphetamine"),
        ("es", "Un tráiler que transportaba casi 2 toneladas de marihuana ocultas entre cajas de jitomate volcó en "
               "la autopista.", "2 toneladas de marihuana"),
    ],
)
def test_quantity_drugs_told_hidden_in_a_load_were_found(lang, text, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_the_denominator_of_a_share_is_no_money():
    found = by_text("Según la UIF, uno de cada tres pesos que lava el grupo proviene de la extorsión.", "es")
    assert [(q.value, q.unit, q.kind) for q in found.values()] == [(33.33, "%", "statistic")]  # a share, no money


def test_quantity_a_headline_verb_after_the_goods_is_no_part_of_them():
    found = by_text("Volcadura de tráiler con 2 toneladas de marihuana deja un muerto", "es")
    assert "2 toneladas de marihuana" in found


SEIZED_LIST = ("Personal de la Marina desmanteló un laboratorio clandestino en Caborca, donde se aseguraron:\n\n"
               "- 8 mil litros de metilamina\n- 2 toneladas de ácido tartárico\n- 750 kilos de metanfetamina en proceso\n"
               "- 35 tambos con sustancias químicas\n- 4 reactores de 500 litros\n\n"
               "Se estima que con estos insumos se podrían haber producido 3 toneladas de metanfetamina.")


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("750 kilos de metanfetamina", "seizure"),
        ("35 tambos", "seizure"),
        ("4 reactores", "seizure"),
        ("500 litros", "count"),
        ("3 toneladas de metanfetamina", "count"),
    ],
)
def test_quantity_the_bullets_under_a_header_that_seizes_are_seized(written, kind):
    assert one(SEIZED_LIST, "es", written).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "A woman caught with 9 kilograms of fentanyl at the bridge had her bond set at $150,000.", "$150,000"),
        ("es", "Un hombre detenido con 40 kilos de cocaína obtuvo una fianza de 500 mil pesos.", "500 mil pesos"),
    ],
)
def test_quantity_bail_and_bonds_are_money_even_beside_a_seizure(lang, text, written):
    assert one(text, lang, written).kind == "money"


def test_quantity_a_part_of_the_victims_is_a_statistic():
    text = "Además, se rescató a 87 víctimas de trata, entre ellas 12 menores de edad."
    assert one(text, "es", "12 menores").kind == "statistic"


def test_quantity_people_reported_as_disappeared_are_a_statistic():
    text = "Se localizó a 43 personas reportadas como desaparecidas en Jalisco."
    assert one(text, "es", "43 personas reportadas").kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "text", "written", "item", "kind"),
    [
        ("es", "En total se registraron mil 412 víctimas en el mes, un promedio de 50.4 al día, 1 mil 200 menos que "
               "en febrero de 2025.", "1 mil 200", "víctimas", "statistic"),
        ("en", "Agents recorded 8,347 apprehensions in February, 800 fewer than in January.", "800", "apprehensions",
         "count"),
    ],
)
def test_quantity_a_difference_from_another_period_is_the_measure_named_before(lang, text, written, item, kind):
    q = one(text, lang, written)
    assert (q.item, q.kind) == (item, kind)


def test_quantity_a_chemical_named_with_a_number_does_not_size_the_unit():
    text = "Authorities seized 4,500 gallons of precursor chemicals and 22 tons of 4-piperidone at the port."
    q = one(text, "en", "22 tons")
    assert (q.value, q.unit, q.kind) == (22000, "kg", "seizure")


@pytest.mark.parametrize(
    ("lang", "text", "written", "value", "kind"),
    [
        ("en", "About 110,000 deaths in 2022; roughly 80,400 in 2024, a drop of 27 percent.", "80,400", 80400,
         "statistic"),
        ("es", "Se registraron 30 mil 800 víctimas en 2024; 23 mil 374 en 2025.", "23 mil 374", 23374, "statistic"),
        ("en", "Seizures totaled 27,000 pounds in 2023, 21,900 in 2024 and 11,900 in 2025.", "11,900", 5397.749203,
         "seizure"),
    ],
)
def test_quantity_a_figure_of_another_year_set_beside_the_one_before_is_read_like_it(lang, text, written, value, kind):
    q = one(text, lang, written)
    assert (round(q.value, 6), q.kind) == (value, kind)


@pytest.mark.parametrize(
    ("lang", "text", "written", "item"),
    [
        ("en", "A search of the trailer revealed 61 bundles of methamphetamine weighing approximately 612 pounds.",
         "612 pounds", "methamphetamine"),
        ("es", "La revisión del vehículo arrojó 40 paquetes de cocaína con un peso de 45 kilos.", "45 kilos", "cocaine"),
    ],
)
def test_quantity_a_search_that_turned_up_the_goods_weighs_them(lang, text, written, item):
    q = one(text, lang, written)
    assert (q.kind, q.item) == ("seizure", item)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Tras repeler la agresión, los soldados aseguraron cinco armas largas, cargadores y dos camionetas.",
         "dos camionetas"),
        ("en", "Deputies seized three rifles, ammunition, scales and two pickup trucks at the ranch.", "two pickup trucks"),
    ],
)
def test_quantity_goods_listed_without_a_figure_do_not_break_the_list(lang, text, written):
    assert one(text, lang, written).kind == "seizure"
