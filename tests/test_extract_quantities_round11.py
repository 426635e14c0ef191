"""Quantities, round 11: rate tables, arms lists, money in several currencies, precursors and year-over-year changes."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one

from pesquisa.pipeline.process import process_document
from pesquisa.records import RawDocument

RATE_TABLE = (
    "Los homicidios bajaron en casi todo el país.\n"
    "Entidad | Víctimas 2024 | Víctimas 2025 | Tasa por 100 mil habitantes\n"
    "Colima | 388 | 301 | 39.2\n"
    "Sonora | 1,104 | 958 | 30.1\n"
)
RANKED_TABLE = (
    "Estas son las ciudades con más homicidios.\n"
    "Position | City | Homicides | Rate per 100,000 residents\n"
    "1 | Colima | 506 | 140.3\n"
    "2 | Zamora | 282 | 105.1\n"
)


@pytest.mark.parametrize(("text", "lang"), [(RATE_TABLE, "es"), (RANKED_TABLE, "en")])
def test_quantity_the_base_of_a_rate_in_a_table_header_is_no_figure(text, lang):
    found = by_text(text, lang)
    assert not [written for written in found if "100" in written], list(found)


def test_quantity_a_column_header_with_a_year_names_the_item_of_its_cells():
    q = one(RATE_TABLE, "es", "1,104")
    assert (q.value, q.item, q.kind) == (1104, "Víctimas", "statistic")


def test_quantity_the_rank_column_of_a_table_holds_no_quantities():
    found = by_text(RANKED_TABLE, "en")
    assert "1" not in found and "2" not in found
    assert found["282"].value == 282


@pytest.mark.parametrize(
    ("lang", "text", "written", "value", "unit"),
    [
        ("en", "Agents opened 38 kidnapping cases last year, up from 27 the year before, a 41% increase.", "27", 27, None),
        ("es", "Los homicidios pasaron de 27 a 41 víctimas diarias.", "27", 27, None),
        ("en", "The share of pills with a lethal dose fell from 7 to 5 percent.", "7", 7, "%"),
    ],
)
def test_quantity_an_english_article_after_a_change_is_no_second_end_of_it(lang, text, written, value, unit):
    q = one(text, lang, written)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Customs and Border Protection officers at the San Ysidro Port of Entry found 21 handguns, 17 "
         "high-capacity magazines and about 2,000 rounds of ammunition hidden in the door panels of a sedan.",
         "2,000 rounds of ammunition"),
        ("en", "Officers found 14 rifles and more than 300 magazines hidden in the trailer.", "300 magazines"),
    ],
)
def test_quantity_a_qualifier_before_the_next_figure_of_a_list_keeps_it_seized(lang, text, written):
    assert one(text, lang, written).kind == "seizure"


@pytest.mark.parametrize(
    ("text", "written", "value", "value_max"),
    [
        ("Las organizaciones lavan entre 19 mil y 29 mil millones de dólares al año.",
         "entre 19 mil y 29 mil millones de dólares", 19e9, 29e9),
        ("El rescate osciló entre 500 mil y 3 millones de pesos.", "entre 500 mil y 3 millones de pesos", 5e5, 3e6),
    ],
)
def test_quantity_the_low_end_of_a_spanish_range_shares_the_thousand_millions_of_the_high_end(text, written, value,
                                                                                             value_max):
    q = one(text, "es", written)
    assert (q.value, q.value_max) == (value, value_max)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "The seizure represented a loss of roughly 4.5 billion pesos to organized crime.", "4.5 billion pesos"),
        ("es", "Con este aseguramiento se afecta a la delincuencia organizada con más de 180 millones de pesos.",
         "180 millones de pesos"),
    ],
)
def test_quantity_the_loss_a_seizure_deals_to_crime_is_money(lang, text, written):
    assert one(text, lang, written).kind == "money"


def test_quantity_a_headline_that_nets_goods_seizes_them():
    assert one("DEA surge nets 44 million fentanyl pills", "en", "44 million fentanyl pills").kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        ("en", "Disappearances rose 11%, and more than 1 in 4 missing people were under 18.", "18"),
        ("es", "De las personas localizadas, 40 eran menores de 18.", "18"),
    ],
)
def test_quantity_an_age_limit_is_no_count(lang, text, number):
    assert number not in by_text(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "written", "value", "item", "whole"),
    [
        ("en", "Six of the 40 containers inspected at the port carried drugs.", "Six", 6, "containers", "40 containers"),
        ("es", "Tres de los 20 detenidos son de nacionalidad hondureña.", "Tres", 3, "detenidos", "20 detenidos"),
    ],
)
def test_quantity_a_part_of_a_counted_whole_counts_its_noun(lang, text, written, value, item, whole):
    found = by_text(text, lang)
    assert (found[written].value, found[written].item) == (value, item)
    assert found[whole].value == int(whole.split()[0])


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Mexico's navy seized some 60,000 liters of meth precursors at the port.", "60,000 liters of meth precursors"),
        ("es", "La Marina aseguró 300 litros de precursores de metanfetamina.", "300 litros de precursores de metanfetamina"),
    ],
)
def test_quantity_precursors_of_a_drug_are_chemicals_not_the_drug(lang, text, written):
    assert one(text, lang, written).item == "precursor chemicals"


def test_quantity_whole_figures_under_a_rate_column_are_rates():
    text = "Year | Homicides | Rate per 100,000\n2023 | 31,062 | 24\n2024 | 30,057 | 23\n"
    assert one(text, "en", "23").kind == "statistic"
    assert one(text, "en", "30,057").item == "Homicides"


@pytest.mark.parametrize(
    ("lang", "text", "written", "item"),
    [
        ("es", 'Agentes detuvieron a Ramón "N", alias "El Pelón", con 200 mil pastillas con fentanilo, 3.5 kilos de '
         "fentanilo en polvo y 8 kilos de metanfetamina.", "8 kilos de metanfetamina", "methamphetamine"),
        ("es", 'Agentes detuvieron a Ramón "N", alias "El Pelón", con 200 mil pastillas con fentanilo.',
         "200 mil pastillas", "fentanyl pills"),
        ("en", "Deputies arrested Juan Perez, 34, with 40 pounds of meth.", "40 pounds of meth", "methamphetamine"),
    ],
)
def test_quantity_goods_someone_was_caught_with_after_an_alias_or_age_are_seized(lang, text, written, item):
    q = one(text, lang, written)
    assert (q.kind, q.item) == ("seizure", item)


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("en", "Officers also found 4 handguns, an AR-style rifle and roughly $85,000 in cash.", "$85,000", "seizure"),
        ("en", "Investigators found that he laundered $5 million in cash through casinos.", "$5 million", "money"),
    ],
)
def test_quantity_cash_found_in_a_search_is_seized(lang, text, written, kind):
    assert one(text, lang, written).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Con la destrucción del laboratorio se evitó la producción de 2.5 toneladas de metanfetamina.",
         "2.5 toneladas de metanfetamina"),
        ("en", "The raid prevented the production of 3 tonnes of methamphetamine.", "3 tonnes of methamphetamine"),
    ],
)
def test_quantity_goods_a_seizure_kept_from_being_made_are_no_seizure(lang, text, written):
    assert one(text, lang, written).kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "En el laboratorio aseguraron 4 mil litros y 850 kilos de sustancias químicas y 120 kilos de metanfetamina.",
         "4 mil litros"),
        ("en", "Troops seized 2,000 liters and 500 kilograms of precursor chemicals at a meth lab.", "2,000 liters"),
    ],
)
def test_quantity_two_measures_of_goods_named_once_share_them(lang, text, written):
    assert one(text, lang, written).item == "precursor chemicals"


def test_quantity_a_table_under_a_sentence_that_seizes_holds_seizures():
    page = ("CBP Releases July 2026 Monthly Update\n\nWASHINGTON — U.S. Customs and Border Protection today released "
            "its monthly operational update.\n\nDrug seizures: CBP seized 1,020 pounds of fentanyl nationwide in July, "
            "a 27% decrease from June.\n\nFentanyl (lbs) | Methamphetamine (lbs) | Cocaine (lbs)\n1,020 | 9,834 | 6,211\n\n"
            "Apprehensions between ports of entry totaled 4,601, the lowest monthly total in the agency's history.\n")
    extraction = process_document(RawDocument(source="cbp.txt", raw=page, content_type="text"))
    q = next(q for q in extraction.quantities if q.text == "9,834")
    assert (q.kind, q.item) == ("seizure", "methamphetamine")


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Nationwide, homicides fell 5.4% to 28,890 victims.", "28,890 victims"),
        ("es", "A nivel nacional, los homicidios bajaron 5.4% a 28 mil 890 víctimas.", "28 mil 890 víctimas"),
    ],
)
def test_quantity_a_percentage_change_and_the_level_it_reached_are_no_range(lang, text, written):
    found = by_text(text, lang)
    assert found[written].kind == "statistic" and found["5.4%"].value == -5.4


def test_quantity_a_headline_sum_told_with_its_currency_below_is_money():
    text = ("Sentencian a exjefe de plaza; deberá pagar multa de 1.2 millones\n\nUn juez lo condenó a pagar una multa de "
            "1.2 millones de pesos y una reparación del daño de 850 mil pesos.\n")
    q = one(text, "es", "1.2 millones")
    assert (q.kind, q.unit) == ("money", "MXN")


def test_quantity_people_named_by_an_adjective_and_the_places_ranked_after_them_are_a_statistic():
    text = ("Jalisco accounts for about 15,000 of the missing, followed by Tamaulipas with 13,000 and the State of "
            "Mexico with 12,500.")
    found = by_text(text, "en")
    assert (found["15,000 of the missing"].kind, found["15,000 of the missing"].item) == ("statistic", "missing")
    assert found["12,500"].kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "text", "written", "item"),
    [
        ("en", "Homicide victims by state, 2023 vs 2024, according to the SESNSP:\n\nState | 2023 | 2024 | Change\n\n"
         "Guanajuato | 3,023 | 3,158 | +4.5%\n\nChihuahua | 2,035 | 1,930 | -5.2%\n", "3,158", "Homicide victims"),
        ("es", "Homicidios dolosos por municipio en el primer trimestre:\nMunicipio | Enero | Febrero\nCajeme | 55 | 60\n"
         "Hermosillo | 30 | 34\n", "34", "Homicidios dolosos"),
    ],
)
def test_quantity_the_line_over_a_table_of_years_or_months_names_its_cells(lang, text, written, item):
    q = one(text, lang, written)
    assert (q.kind, q.item) == ("statistic", item)


@pytest.mark.parametrize(
    ("lang", "text", "written", "item"),
    [
        ("es", "En el operativo se aseguraron tres camionetas de carga, dos de pasajeros y cuatro motocicletas.",
         "dos de pasajeros", "camionetas"),
        ("es", "Se aseguraron 14 armas largas y 3 de calibre .38.", "3 de calibre", "firearms"),
    ],
)
def test_quantity_a_figure_whose_noun_is_left_out_counts_the_noun_before(lang, text, written, item):
    found = by_text(text, lang)
    before = next(q for q in found.values() if q.span.end < found[written].span.start)
    assert (found[written].item, found[written].kind) == (item, before.kind)


def test_quantity_a_figure_whose_noun_is_left_out_is_no_weight_of_goods():
    q = one("Agents seized 140 pounds of cocaine, 35 of meth and 2 of fentanyl.", "en", "35 of meth")
    assert (q.unit, q.item) == ("kg", "methamphetamine")


@pytest.mark.parametrize(
    ("text", "written", "item"),
    [
        ("Agents seized 47 rifles, along with 120 30-round magazines and 25,000 rounds.", "120 30-round magazines",
         "magazines"),
        ("Police found 12 55-gallon drums of chemicals in the barn.", "12 55-gallon drums of chemicals",
         "precursor chemicals drums"),
    ],
)
def test_quantity_a_size_written_with_a_hyphen_before_the_noun_is_skipped(text, written, item):
    q = one(text, "en", written)
    assert (q.value, q.item) == (int(written.split()[0]), item)


@pytest.mark.parametrize(
    ("lang", "text", "absent", "kept"),
    [
        ("en", "About 70% of the missing are men between 15 and 40.", "between 15 and 40", "70%"),
        ("es", "La mayoría de los desaparecidos son hombres de entre 15 y 34, según el registro.", "entre 15 y 34", None),
    ],
)
def test_quantity_a_bare_range_after_people_gives_their_ages(lang, text, absent, kept):
    found = by_text(text, lang)
    assert absent not in found and (kept is None or kept in found)


def test_quantity_a_load_in_the_container_that_hid_the_drugs_is_no_seizure():
    text = "La Marina aseguró 780 kilos de cocaína ocultos en un contenedor con 22 toneladas de plátano de Ecuador."
    found = by_text(text, "es")
    assert found["780 kilos de cocaína"].kind == "seizure"
    assert next(q for written, q in found.items() if written.startswith("22 toneladas")).kind == "count"
