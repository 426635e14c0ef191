"""Quantity extraction in English and Spanish: numerals, units, items, kinds, and non-quantities.

Sentences are written in the style of the wire and Mexican press reports the project reads;
none is taken from the shared evaluation corpus (bench/quantities_eval.py scores that).
"""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text as found

from pesquisa.extract.quantities import extract_quantities
from pesquisa.extract.quantities._lexicon import load_quantity_lexicon as load_lexicon
from pesquisa.extract.quantities._numerals import parse_digits
from pesquisa.records import Quantity, Span


def only(text: str, lang: str, expected_text: str) -> Quantity:
    """The quantity written ``expected_text``, asserting it is there at the right offsets."""
    quantities = found(text, lang)
    assert expected_text in quantities, f"{expected_text!r} not in {list(quantities)}"
    q = quantities[expected_text]
    assert q.span == Span(text.index(expected_text), text.index(expected_text) + len(expected_text))
    return q


# --- numerals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "value", "unit"),
    [
        ("es", "La Guardia Civil aseguró 1.100 kilos de cocaína en el puerto de Algeciras.",
         "1.100 kilos de cocaína", 1100, "kg"),
        ("es", "Se incautaron 2,5 toneladas de metanfetamina en Sinaloa.", "2,5 toneladas de metanfetamina",
         2500, "kg"),
        ("es", "El cártel habría obtenido 17 millones de dólares con el fraude.", "17 millones de dólares",
         17_000_000, "USD"),
        ("en", "The bank agreed to pay $1.5 billion to settle the case.", "$1.5 billion", 1_500_000_000, "USD"),
        ("es", "La red lavó mil millones de pesos en cinco años.", "mil millones de pesos", 1_000_000_000, "MXN"),
        ("es", "El plan contempló la aportación de mil 400 millones de dólares por parte de EU.",
         "mil 400 millones de dólares", 1_400_000_000, "USD"),
        ("es", "Militares han asegurado 6 mil 602 litros de cloruro de propionilo en la aduana.",
         "6 mil 602 litros de cloruro de propionilo", 6602, "l"),
        ("es", "También se incautaron 240 mil cajetillas de cigarros apócrifos.",
         "240 mil cajetillas de cigarros apócrifos", 240_000, None),
        ("es", "Una célula que habría blanqueado al menos 16.5 millones de dólares para la facción.",
         "16.5 millones de dólares", 16_500_000, "USD"),
        ("en", "Agents seized 20 million doses of fentanyl at the border.", "20 million doses of fentanyl",
         20_000_000, None),
        ("en", "Authorities have seized over 32,000 firearms over the past year.", "32,000 firearms", 32_000, None),
        ("es", "Se aseguraron un millón 200 mil pesos en efectivo.", "un millón 200 mil pesos", 1_200_000, "MXN"),
        ("en", "The cartel operates in 2 dozen countries.", "2 dozen countries", 24, None),
        ("es", "Se registraron 1.234,56 toneladas en el año.", "1.234,56 toneladas", 1_234_560, "kg"),
        # an article or "half" before a unit of mass is a number
        ("en", "Agents seized more than a ton of cocaine at the port.", "a ton of cocaine", 1000, "kg"),
        ("en", "Police seized half a ton of methamphetamine.", "half a ton of methamphetamine", 500, "kg"),
        ("en", "The police seized a kilo of heroin in the car.", "a kilo of heroin", 1, "kg"),
        ("es", "Los marinos aseguraron una tonelada de cocaína.", "una tonelada de cocaína", 1000, "kg"),
        ("es", "Se aseguró media tonelada de metanfetamina.", "media tonelada de metanfetamina", 500, "kg"),
        ("es", "Se decomisó un kilo de heroína.", "un kilo de heroína", 1, "kg"),
        ("en", "Soldiers seized five .50-caliber rifles at the ranch.", "five .50-caliber rifles", 5, None),
    ],
)
def test_extract_quantities_numerals(lang, sentence, text, value, unit):
    q = only(sentence, lang, text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(("lang", "sentence"), [("en", "He weighed a ton, they said."), ("es", "Es una tonelada."),
                                                ("en", "The one-ton truck carried nothing.")])
def test_extract_quantities_an_article_without_goods_is_no_number(lang, sentence):
    assert extract_quantities(sentence, lang=lang) == []


@pytest.mark.parametrize(
    ("digits", "lang", "value"),
    [("32,000", "en", 32000), ("1.100", "es", 1100), ("1.100", "en", 1.1), ("2,5", "es", 2.5),
     ("16.5", "es", 16.5), ("1.234.567", "es", 1234567), ("1,234.56", "en", 1234.56), ("1.2.3", "en", None)],
)
def test_extract_quantities_digit_separators_follow_language(digits, lang, value):
    assert parse_digits(digits, lang) == value


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "value", "item"),
    [
        ("en", "Treasury sanctioned four Mexican nationals and 13 Mexican companies on Wednesday.",
         "four Mexican nationals", 4, "Mexican nationals"),
        ("es", "Ciudad de México, 13 de agosto (SinEmbargo).- Cuatro ciudadanos mexicanos y 13 empresas fueron "
               "sancionados.", "Cuatro ciudadanos mexicanos", 4, "ciudadanos mexicanos"),
        ("es", "Hay sanciones contra seis ciudadanos mexicanos y siete empresas vinculadas al cártel.",
         "seis ciudadanos mexicanos", 6, "ciudadanos mexicanos"),
        ("es", "Hay sanciones contra seis ciudadanos mexicanos y siete empresas vinculadas al cártel.",
         "siete empresas vinculadas", 7, "empresas vinculadas"),
        ("es", "Entre los señalados están tres operadores del CJNG.", "tres operadores", 3, "operadores"),
        ("en", "Prosecutors announced charges against two men in connection with the case.", "two men", 2, "men"),
        ("en", "Two other men were also arrested on weapons charges.", "Two other men", 2, "men"),
        ("es", "Además, otros dos individuos fueron detenidos.", "otros dos individuos", 2, "individuos"),
        ("en", "Twenty-one suspects were charged.", "Twenty-one suspects", 21, "suspects"),
        ("es", "Treinta y un migrantes fueron rescatados.", "Treinta y un migrantes", 31, "migrantes"),
        ("en", "The two countries committed to pursuing 13 “actions” over the next year.", "13 “actions”", 13,
         "actions"),
    ],
)
def test_extract_quantities_word_and_digit_counts(lang, sentence, text, value, item):
    q = only(sentence, lang, text)
    assert (q.value, q.unit, q.item, q.kind) == (value, None, item, "count")


# --- units and money --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "raw_value", "raw_unit"),
    [
        ("Officers seized 5 tonnes of cocaine.", "5 tonnes of cocaine", 5000, "kg", 5, "tonnes"),
        ("Agents seized 600 pounds of meth.", "600 pounds of meth", 272.155422, "kg", 600, "pounds"),
        ("Police seized 500 grams of heroin.", "500 grams of heroin", 0.5, "kg", 500, "grams"),
        ("Thieves stole 17 million barrels of crude oil.", "17 million barrels of crude oil",
         2_702_784_013.776, "l", 17_000_000, "barrels"),
        ("The navy seized 40 gallons of liquid meth.", "40 gallons of liquid meth", 151.416471, "l", 40, "gallons"),
        ("Two ships carrying 800,000 liters of fuel believed stolen have been seized.", "800,000 liters of fuel",
         800_000, "l", 800_000, "liters"),
        ("Deaths rose 9.2% last year.", "9.2%", 9.2, "%", 9.2, "%"),
    ],
)
def test_extract_quantities_units_normalized(sentence, text, value, unit, raw_value, raw_unit):
    q = only(sentence, "en", text)
    assert (q.value, q.unit, q.raw_value, q.raw_unit) == (value, unit, raw_value, raw_unit)


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "value", "unit"),
    [
        ("en", "Launched in 2008, the initiative has directed about US $3 billion to Mexico.", "US $3 billion",
         3_000_000_000, "USD"),
        ("en", "Congress approved funding of US $145 million in fiscal 2019.", "US $145 million", 145_000_000, "USD"),
        ("en", "The fund received US$1.5 billion.", "US$1.5 billion", 1_500_000_000, "USD"),
        ("en", "Europol froze €20 million in assets.", "€20 million", 20_000_000, "EUR"),
        ("en", "The cartel laundered 5 million euros.", "5 million euros", 5_000_000, "EUR"),
        ("es", "La UIF congeló $500 millones de pesos.", "$500 millones de pesos", 500_000_000, "MXN"),
        ("es", "La red habría lavado 50 mdd en dos años.", "50 mdd", 50_000_000, "USD"),
        ("en", "The scheme earned $3bn a year.", "$3bn", 3_000_000_000, "USD"),
    ],
)
def test_extract_quantities_money_in_currency_codes(lang, sentence, text, value, unit):
    q = only(sentence, lang, text)
    assert (q.value, q.unit, q.kind) == (value, unit, "money")


# --- ranges and qualifiers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "value", "value_max"),
    [
        ("en", "Police seized between 5 and 10 tonnes of cocaine.", "between 5 and 10 tonnes of cocaine", 5000, 10000),
        ("es", "Se aseguraron de 5 a 10 toneladas de marihuana.", "de 5 a 10 toneladas de marihuana", 5000, 10000),
        ("es", "Se aseguraron entre 5 y 10 toneladas de marihuana.", "entre 5 y 10 toneladas de marihuana", 5000,
         10000),
        ("en", "Fines ranged from $350 to $600.", "$350 to $600", 350, 600),
        ("en", "The plan costs between 5 and 10 million dollars.", "between 5 and 10 million dollars", 5_000_000,
         10_000_000),
    ],
)
def test_extract_quantities_ranges(lang, sentence, text, value, value_max):
    q = only(sentence, lang, text)
    assert (q.value, q.value_max) == (value, value_max)


def test_extract_quantities_change_is_not_a_range():
    text = "Deaths from fentanyl overdoses rose from 69,000 in 2020 to 110,000 in 2022, the CDC said."
    quantities = found(text, "en")
    assert list(quantities) == ["69,000", "110,000"]
    assert [(q.value, q.value_max, q.kind) for q in quantities.values()] == [
        (69_000, None, "statistic"), (110_000, None, "statistic")]


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "qualifier"),
    [
        ("en", "Officers seized more than 5 tonnes of cocaine.", "5 tonnes of cocaine", "more than"),
        ("en", "Authorities have seized over 32,000 firearms.", "32,000 firearms", "over"),
        ("en", "They found nearly 2,000 pounds of methamphetamine.", "2,000 pounds of methamphetamine", "nearly"),
        ("en", "They found almost 300 kilograms of heroin.", "300 kilograms of heroin", "almost"),
        ("en", "They found at least 40 gallons of liquid meth.", "40 gallons of liquid meth", "at least"),
        ("en", "The initiative directed about US $3 billion to Mexico.", "US $3 billion", "about"),
        ("es", "La red habría lavado más de 50 millones de dólares.", "50 millones de dólares", "más de"),
        ("es", "Hay al menos cinco cárteles mexicanos operando en Canadá.", "cinco cárteles mexicanos", "al menos"),
        ("es", "Se aseguraron casi 20 toneladas de cocaína.", "20 toneladas de cocaína", "casi"),
        ("es", "Alrededor de 300 personas fueron evacuadas.", "300 personas", "alrededor de"),
        ("es", "Cerca de 800 mil litros de diésel fueron asegurados.", "800 mil litros de diésel", "cerca de"),
    ],
)
def test_extract_quantities_qualifiers_keep_stated_value(lang, sentence, text, qualifier):
    q = only(sentence, lang, text)
    assert q.qualifier == qualifier
    assert q.value == extract_quantities(text, lang=lang)[0].value


# --- percent sign -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "value", "item"),
    [
        ("en", "The agreement contributed to a 9.2% decline in homicides in Mexico.", "9.2% decline in homicides",
         -9.2, "homicides"),
        ("es", "El porcentaje de contenedores abandonados aumentó 300% en el último mes.", "300%", 300, None),
        ("en", "Kidnappings dropped 3.5 per cent.", "3.5 per cent", -3.5, None),
        ("es", "Se registró una disminución de 15% en los robos.", "15%", -15, None),
        ("en", "About 30% of the fentanyl seized came from China.", "30% of the fentanyl", 30, "fentanyl"),
    ],
)
def test_extract_quantities_percent_sign_follows_direction(lang, sentence, text, value, item):
    q = only(sentence, lang, text)
    assert (q.value, q.unit, q.item, q.kind) == (value, "%", item, "statistic")


# --- items ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "item"),
    [
        ("en", "Ebrard said over 5 tonnes of fentanyl pills were seized.", "5 tonnes of fentanyl pills", "fentanyl"),
        ("es", "La Marina aseguró 300 kilos de fentanilo.", "300 kilos de fentanilo", "fentanyl"),
        ("es", "Se incautaron 50 kilos de metanfetamina.", "50 kilos de metanfetamina", "methamphetamine"),
        ("es", "Se incautaron 2 toneladas de cocaína.", "2 toneladas de cocaína", "cocaine"),
        ("es", "Se aseguraron 840 mil litros de diésel, presumiblemente robado.", "840 mil litros de diésel",
         "diesel"),
        ("es", "El Ejército aseguró 150 armas de fuego.", "150 armas de fuego", "firearms"),
        ("es", "Han asegurado 21 toneladas de ácido acético glacial (precursor).",
         "21 toneladas de ácido acético glacial", "glacial acetic acid"),
        ("en", "Authorities seized 17 million rounds of ammunition.", "17 million rounds of ammunition",
         "ammunition rounds"),
        ("en", "Officers seized 95 million potentially lethal doses of fentanyl.",
         "95 million potentially lethal doses of fentanyl", "fentanyl doses"),
        ("en", "Agents seized 30 AR-15 rifles.", "30 AR-15 rifles", "firearms"),
        ("en", "There are 56 timeshare developments in Puerto Vallarta.", "56 timeshare developments",
         "timeshare developments"),
    ],
)
def test_extract_quantities_items_normalized(lang, sentence, text, item):
    assert only(sentence, lang, text).item == item


# --- kinds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "kind"),
    [
        ("en", "Police arrested 10 people and seized 5 tonnes of drugs in 3 operations.", "10 people", "count"),
        ("en", "Police arrested 10 people and seized 5 tonnes of drugs in 3 operations.", "5 tonnes of drugs",
         "seizure"),
        ("en", "Police arrested 10 people and seized 5 tonnes of drugs in 3 operations.", "3 operations", "count"),
        ("en", "Government forces also detained 10 suspects.", "10 suspects", "count"),
        ("es", "Personal del Ejército ha asegurado en lo que va del año 192 contenedores de mercancía apócrifa.",
         "192 contenedores de mercancía apócrifa", "seizure"),
        ("es", "Al detectar dos buques que almacenaban 840 mil litros de diésel, realizó el aseguramiento.",
         "840 mil litros de diésel", "seizure"),
        ("es", "Al encontrar que los tanques tenían combustible: de 880 toneladas de combustible, fueron 253.",
         "880 toneladas de combustible", "seizure"),
        ("es", "La Marina aseguró que 5 toneladas de cocaína fueron destruidas.", "5 toneladas de cocaína", "count"),
        ("es", "El buque fue cargado con 745 mil litros de diésel a través de 14 pipas.", "14 pipas", "count"),
        ("en", "Agents check the 3.5 million ship containers that pass through every year.",
         "3.5 million ship containers", "count"),
        ("en", "Mexico proposed 20 measures to U.S. officials.", "20 measures", "count"),
        ("en", "Charges were filed in connection with the deaths of 53 migrants.", "53 migrants", "statistic"),
        ("en", "Fentanyl is 50 times more potent than heroin.", "50 times more potent than heroin", "statistic"),
        ("es", "Localizaron a 46 personas fallecidas, mientras que otras 16 fueron trasladadas a hospitales.",
         "46 personas fallecidas", "statistic"),
        ("es", "Localizaron a 46 personas fallecidas, mientras que otras 16 fueron trasladadas a hospitales.",
         "otras 16", "count"),
        ("es", "En el tráiler murieron 51 de ellos.", "51 de ellos", "statistic"),
        ("es", "Entre los fallecidos se cuentan 7 originarios de Guatemala.", "7 originarios de Guatemala",
         "statistic"),
        ("en", "The homicide rate was 25 per 100,000 inhabitants.", "25 per 100,000 inhabitants", "statistic"),
        ("en", "The village has 946 residents.", "946 residents", "statistic"),
        ("es", "La Guardia Civil intervino 2,5 toneladas de cocaína en Algeciras.", "2,5 toneladas de cocaína",
         "seizure"),
    ],
)
def test_extract_quantities_kind_from_sentence(lang, sentence, text, kind):
    assert only(sentence, lang, text).kind == kind


def test_extract_quantities_list_after_the_dead_shares_statistic():
    text = ("The truck had been packed with 67 people, and the dead included 27 from Mexico, 14 from Honduras, "
            "seven from Guatemala and two from El Salvador.")
    quantities = found(text, "en")
    assert [(t, q.value, q.kind) for t, q in quantities.items()] == [
        ("67 people", 67, "count"), ("27 from Mexico", 27, "statistic"), ("14 from Honduras", 14, "statistic"),
        ("seven from Guatemala", 7, "statistic"), ("two from El Salvador", 2, "statistic")]


# --- not quantities ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2019 the cartel, founded in 2010, moved into fiscal 2019 operations."),
        ("es", "El 13 de agosto de 2025 se reunieron; el 22 y el 24 de enero también."),
        ("en", "On August 13, 2025, and Aug. 14 the group met at 6 p.m. and again at 10:30."),
        ("en", "Federal prosecutors identified the driver as Homero Zamorano Jr., 45, who was charged."),
        ("es", "Lo identificó como Homero «N», de 45 años de edad, detenido a eso de las 6 de la tarde."),
        ("en", "The suspects, ages 19 and 23, were arrested."),
        ("en", "P2P, MS-13 and COVID-19 are not quantities; call 55 1234 5678 or (555) 123-4567."),
        ("en", "He tried to slip away by pretending to be one of the survivors."),
        ("es", "Un día después llegó uno de los sobrevivientes."),
        ("en", "Thu. Aug 14th, 2025\nOccasional Digest\n\n2\nIn the early 2000s, 7 minute read."),
        ("en", "1. The Five Eyes partners met.\n2) The ministers spoke for 45 minutes."),
        ("en", "Title 42 and Highway 15 and a 45-year-old man."),
        ("es", "El primer ministro habló de la 4T y del 1er lugar."),
    ],
)
def test_extract_quantities_skips_years_dates_times_ages_and_codes(lang, text):
    assert found(text, lang) == {}


def test_extract_quantities_word_numbers_need_a_noun():
    text = "The two met twice. Seven from the list. Smuggling Charges Filed Against Two Men in San Antonio."
    assert found(text, "en") == {}


# --- interface --------------------------------------------------------------------------


def test_extract_quantities_uses_given_sentences():
    text = "Agents seized 14 vehicles. Then 3 vehicles were counted"
    one_sentence = extract_quantities(text, lang="en", sentences=[Span(0, len(text))])
    split = extract_quantities(text, lang="en")
    assert [q.kind for q in one_sentence] == ["seizure", "seizure"]
    assert [q.kind for q in split] == ["seizure", "count"]


def test_extract_quantities_empty_text():
    assert extract_quantities("", lang="es") == []


def test_extract_quantities_data_files_have_english_and_spanish():
    lex = load_lexicon()
    assert lex.commodities["fentanilo"] == "fentanyl"
    assert lex.commodities["armas de fuego"] == "firearms"
    assert set(lex.units) == {"en", "es"}
    for name in ("seizure_triggers", "death_words", "qualifiers", "months", "time_nouns", "function_words"):
        assert lex.words[name]["en"] and lex.words[name]["es"], name


# --- seizures, cash, capacity ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "value", "kind"),
    [
        ("en", "As part of the bust, investigators seized about $5 million from drug sales.", "$5 million", 5_000_000,
         "seizure"),
        ("en", "The raid also netted $5 million in cash and 49 rifles.", "$5 million", 5_000_000, "seizure"),
        ("es", "Se decomisaron 50 mdd en efectivo.", "50 mdd", 50_000_000, "seizure"),
        ("en", "Agents seized 3 tons of meth, valued at nearly $13 million.", "$13 million", 13_000_000, "money"),
        ("es", "El decomiso tiene un valor de 80 millones de pesos.", "80 millones de pesos", 80_000_000, "money"),
    ],
)
def test_extract_quantities_seized_cash_is_a_seizure_its_value_money(lang, sentence, text, value, kind):
    q = only(sentence, lang, text)
    assert (q.value, q.kind) == (value, kind)


def test_extract_quantities_cargo_after_the_seizure_sentence():
    text = ("Elementos de la Semar aseguraron una embarcación frente a Manzanillo.\n\nDe acuerdo con el comunicado, "
            "la embarcación transportaba 179 bultos de cocaína. En el operativo fueron detenidos tres tripulantes.")
    assert [(q.text, q.kind) for q in extract_quantities(text, lang="es")] == [
        ("179 bultos de cocaína", "seizure"), ("tres tripulantes", "count")]


def test_extract_quantities_trigger_inside_the_item_counts_for_nothing():
    text = "Tras el aseguramiento, la Marina desplegó dos helicópteros de vigilancia, y dos lanchas interceptoras."
    assert [(q.text, q.kind) for q in extract_quantities(text, lang="es")] == [
        ("dos helicópteros", "count"), ("dos lanchas interceptoras", "count")]


def test_extract_quantities_interdiction_seizes_cargo_not_boats():
    text = "Se logró la interdicción de dos embarcaciones que transportaban más de dos toneladas de estupefacientes."
    assert [(q.text, q.value, q.kind) for q in extract_quantities(text, lang="es")] == [
        ("dos embarcaciones", 2, "count"), ("dos toneladas de estupefacientes", 2000, "seizure")]


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "kind"),
    [
        ("es", "La Marina aseguró un buque con capacidad para 800 mil litros de diésel.", "800 mil litros de diésel",
         "count"),
        ("en", "Officers seized a tanker with a capacity of 30,000 liters of fuel.", "30,000 liters of fuel", "count"),
        ("es", "Las autoridades realizaron dos decomisos en el puerto.", "dos decomisos", "count"),
        ("es", "La Marina interceptaron un semisumergible que transportaba 4 toneladas de cocaína.",
         "4 toneladas de cocaína", "seizure"),
        ("es", "El Ejército advirtió que aseguró 215 fusiles, 13 lanzacohetes y 273 ametralladoras.", "273 ametralladoras",
         "seizure"),
    ],
)
def test_extract_quantities_capacity_events_and_weapons(lang, sentence, text, kind):
    assert only(sentence, lang, text).kind == kind


def test_extract_quantities_fentanyl_pills_keep_their_item():
    q = only("The DEA seized 3 million fentanyl-laced pills in the raid.", "en", "3 million fentanyl-laced pills")
    assert (q.value, q.item, q.kind) == (3_000_000, "fentanyl pills", "seizure")


def test_extract_quantities_conversion_in_brackets_is_the_same_fact():
    text = "Officials seized more than 400 kilograms (880 pounds) of fentanyl pills."
    assert [(q.text, q.value, q.unit) for q in extract_quantities(text, lang="en")] == [("400 kilograms", 400, "kg")]


# --- sentences, partitives, statistics ---------------------------------------------------


def test_extract_quantities_prison_terms_are_counts():
    text = ("He was sentenced to more than 38 years in prison, a 460-month sentence, after a 10-count indictment. "
            "He has spent nearly five years in jail.")
    assert [(q.text, q.value, q.kind, q.qualifier) for q in extract_quantities(text, lang="en")] == [
        ("38 years", 38, "count", "more than"), ("460-month sentence", 460, "count", None),
        ("10-count indictment", 10, "count", None), ("five years", 5, "count", "nearly")]
    assert found("The meeting lasted 45 minutes and he is 45 years old.", "en") == {}


def test_extract_quantities_partitives_with_a_noun():
    assert only("Three of the gun shops are located in Tucson.", "en", "Three of the gun shops").kind == "count"
    q = only("Según el conteo, 13 de las víctimas eran hombres.", "es", "13 de las víctimas")
    assert (q.value, q.item, q.kind) == (13, "víctimas", "statistic")


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Dos mujeres que formaban parte de colectivos de búsqueda han sido asesinadas.", "Dos mujeres"),
        ("Se suman a otras 30 personas que en el país han encontrado la muerte.", "otras 30 personas"),
    ],
)
def test_extract_quantities_death_in_a_relative_clause(sentence, text):
    assert only(sentence, "es", text).kind == "statistic"


# --- ranges, units, non-facts -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "value", "value_max"),
    [
        ("es", "Entre 77 y 78 por ciento de las armas aseguradas provienen de Estados Unidos.",
         "Entre 77 y 78 por ciento de las armas aseguradas", 77, 78),
        ("es", "De las armas aseguradas, 77 o 78% tiene origen estadounidense.", "77 o 78%", 77, 78),
    ],
)
def test_extract_quantities_percent_ranges(lang, sentence, text, value, value_max):
    q = only(sentence, lang, text)
    assert (q.value, q.value_max, q.unit, q.kind) == (value, value_max, "%", "statistic")


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "value"),
    [
        ("en", "Agents seized 2 short tons of cocaine.", "2 short tons of cocaine", 1814.36948),
        ("es", "Se aseguraron 3 toneladas cortas de cocaína.", "3 toneladas cortas de cocaína", 2721.55422),
        ("en", "Agents seized 2 long tons of cocaine.", "2 long tons of cocaine", 2032.093818),
        ("en", "Agents seized 2 tons of cocaine.", "2 tons of cocaine", 2000),
    ],
)
def test_extract_quantities_non_metric_tons(lang, sentence, text, value):
    q = only(sentence, lang, text)
    assert (q.value, q.unit) == (value, "kg")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The two countries agreed on three main goals, for one reason."),
        ("en", "These two groups have discovered that they have mutual interests."),
        ("es", "Los dos países acordaron dos objetivos y tres ejes."),
        ("es", "Advirtió sobre fusiles calibre 50 y cartuchos calibre .50."),
        ("en", "It is the leading cause of death for people aged 18 to 34."),
        ("en", "Fentanyl is the number one killer of young Americans."),
        ("es", "El número dos de la organización cayó en Culiacán."),
    ],
)
def test_extract_quantities_numbers_that_are_no_facts(lang, text):
    assert found(text, lang) == {}


def test_extract_quantities_restated_statistic_stays():
    q = only("Además, las dos personas asesinadas serán repatriadas.", "es", "dos personas asesinadas")
    assert (q.value, q.kind) == (2, "statistic")


@pytest.mark.parametrize(("lang", "sentence", "text", "item"), [
    ("es", "Decomisó 11 mil 200 libras.\n\nDe octubre a abril incautó más.", "11 mil 200 libras", None),
    ("es", "Aseguró 300 kilos. De acuerdo con la Marina, fue en Sinaloa.", "300 kilos", None),
    ("en", "CBP seized 2,000 lbs. of fentanyl in 2023.", "2,000 lbs. of fentanyl", "fentanyl"),
])
def test_extract_quantities_item_not_read_across_sentences(lang, sentence, text, item):
    assert only(sentence, lang, text).item == item


@pytest.mark.parametrize(("sentence", "text", "item"), [
    ("Mexico has sent 55 alleged cartel members to the United States this year.", "55 alleged cartel members",
     "alleged cartel members"),
    ("Police said 12 armed men attacked the convoy.", "12 armed men", "armed men"),
    ("Officials said 16 were arrested on Monday.", "16", None),
])
def test_extract_quantities_adjectives_in_ed_keep_the_noun_they_qualify(sentence, text, item):
    assert only(sentence, "en", text).item == item


def test_a_headline_finding_drugs_is_a_seizure_and_the_loss_it_caused_is_money():
    assert only("Border Patrol agents find 60 pounds of fentanyl hidden in tractor-trailer at Laredo checkpoint",
                "en", "60 pounds of fentanyl").kind == "seizure"
    loss = only("El secretario destacó que el aseguramiento representa una afectación económica de más de 200 millones "
                "de pesos a la delincuencia organizada.", "es", "200 millones de pesos")
    assert (loss.kind, loss.value, loss.unit) == ("money", 200_000_000, "MXN")
