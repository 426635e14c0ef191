"""Quantities that leave something to their context (round 8): the currency of the money named before,
the noun of a ranking, lists joined by "así como", averages, populations, collective numbers, AP-style
shares and ranges, and the sentences that tell no seizure (a judgment, what can be).

Sentences are hand-written in the style of SESNSP and CBP monthly figures, budget stories, DEA and DOJ
releases and Mexican portals; none is taken from the shared evaluation corpus.
"""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("lang", "sentence", "written", "value"),
    [
        ("es", "Para el operativo llegaron una decena de aeronaves y un centenar de elementos.",
         "una decena de aeronaves", 10),
        ("es", "Para el operativo llegaron una decena de aeronaves y un centenar de elementos.",
         "un centenar de elementos", 100),
        ("es", "Entre los capturados hay al menos una docena de objetivos prioritarios.",
         "una docena de objetivos prioritarios", 12),
        ("es", "En lo que va del año se han decomisado una decena de toneladas de cocaína en Lázaro Cárdenas.",
         "una decena de toneladas de cocaína", 10000),
        ("en", "A raid outside Culiacán last week netted half a million pills.", "half a million pills", 500000),
    ],
)
def test_quantity_collective_numbers_and_half_a_million(lang, sentence, written, value):
    assert one(sentence, lang, written).value == value


def test_quantity_decenas_alone_is_no_number():
    assert by_text("Decenas de personas marcharon por el centro de Culiacán.", "es") == {}


@pytest.mark.parametrize(
    ("lang", "sentence", "written", "value", "currency"),
    [
        ("es", "La Guardia Nacional recibiría 71 mil 300 millones de pesos, mientras que a la Secretaría de "
               "Marina (Semar) se le asignarían 3 mil 900 millones.", "3 mil 900 millones", 3.9e9, "MXN"),
        ("es", "Washington ofrece 15 millones de dólares por el líder. Además, ofrece hasta 5 millones por cada "
               "uno de sus lugartenientes.", "5 millones", 5e6, "USD"),
    ],
)
def test_quantity_bare_millions_take_the_currency_named_before(lang, sentence, written, value, currency):
    q = one(sentence, lang, written)
    assert (q.value, q.unit, q.kind) == (value, currency, "money")


def test_quantity_bare_millions_with_no_money_before_stay_a_count():
    assert one("Seizures of fentanyl pills climbed to 1.2 million in August.", "en", "1.2 million").unit is None


@pytest.mark.parametrize(
    ("lang", "sentence", "written"),
    [
        ("es", "Michoacán encabeza la lista con 1,204 víctimas, seguido de Sonora con 987 y Estado de México "
               "con 850.", "987"),
        ("es", "Michoacán encabeza la lista con 1,204 víctimas, seguido de Sonora con 987 y Estado de México "
               "con 850.", "850"),
        ("en", "Michoacán led with 1,204 homicide victims, followed by Sonora with 987.", "987"),
    ],
)
def test_quantity_the_next_places_of_a_ranking_take_its_noun(lang, sentence, written):
    assert one(sentence, lang, written).kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "sentence", "written"),
    [
        ("en", "Encounters fell to 61,000 in May, far below the monthly average of 175,000 recorded in fiscal 2023.",
         "175,000"),
        ("es", "En el semestre suman 11 mil 210 víctimas, lo que equivale a un promedio diario de 62.", "62"),
        ("en", "Jerez, a farming town of about 60,000 people, has been emptied by the violence.", "60,000 people"),
        ("en", "Last year 900 people were killed in Colima, a state of 750,000.", "750,000"),
    ],
)
def test_quantity_averages_and_populations_are_statistics(lang, sentence, written):
    assert one(sentence, lang, written).kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "sentence", "written"),
    [
        ("es", "Agentes federales aseguraron 1.2 millones de dólares en efectivo, así como 11 vehículos blindados.",
         "11 vehículos blindados"),
        ("en", "Troops seized 52 rifles in total, as well as 9 trucks.", "9 trucks"),
        ("es", "En la bodega se localizaron 23 granadas de fragmentación y 31 chalecos tácticos.", "31 chalecos tácticos"),
        ("es", "La Marina aseguró 25 kilos de fentanilo en polvo, 8 reactores de síntesis y dos condensadores.",
         "8 reactores"),
    ],
)
def test_quantity_goods_listed_after_a_seizure_through_joiners_and_complements_are_seized(lang, sentence, written):
    assert one(sentence, lang, written).kind == "seizure"


def test_quantity_a_capitalized_complement_breaks_the_list():
    found = by_text("Aseguraron 5 kilos de cocaína en Sinaloa y 3 personas fueron detenidas.", "es")
    assert found["3 personas"].kind == "count"


@pytest.mark.parametrize(
    ("lang", "sentence", "written", "value"),
    [
        ("en", "Lab tests found that seven out of every 10 pills seized carried a lethal dose.",
         "seven out of every 10 pills", 70),
        ("en", "Seven in 10 residents say they feel unsafe.", "Seven in 10 residents", 70),
    ],
)
def test_quantity_ap_style_shares_mix_words_and_digits(lang, sentence, written, value):
    q = one(sentence, lang, written)
    assert (q.value, q.kind) == (value, "statistic")


def test_quantity_ap_style_range_of_prison_terms():
    q = one("Four co-defendants received sentences ranging from five to 12 years in prison.", "en",
            "five to 12 years")
    assert (q.value, q.value_max) == (5, 12)


def test_quantity_a_forfeiture_told_before_seized_no_goods():
    text = ("A judge ordered the man to forfeit $1.9 million. Prosecutors had asked for life. "
            "Court records show the cell moved at least 3,200 kilograms of cocaine between 2020 and 2024.")
    assert one(text, "en", "3,200 kilograms of cocaine").kind == "count"


def test_quantity_what_goods_can_be_is_no_seizure_told_before():
    text = ("One raid near Culiacán netted 400,000 pills. "
            "A kilogram of fentanyl powder can be pressed into roughly 10,000 pills.")
    found = by_text(text, "en")
    assert found["A kilogram of fentanyl"].kind == "count"
    assert found["10,000 pills"].kind == "count"


@pytest.mark.parametrize(
    ("lang", "sentence", "written", "kind"),
    [
        ("en", "The operation removed more than 2.3 million fentanyl pills from U.S. communities.",
         "2.3 million fentanyl pills", "seizure"),
        ("es", "Caen tres con 900 kilos de cocaína en Ensenada", "900 kilos de cocaína", "seizure"),
        ("es", "El INEGI registró 29 mil 400 defunciones por homicidio en 2025.", "29 mil 400 defunciones",
         "statistic"),
        ("es", "De las armas aseguradas, 3 mil 120 son largas y mil 40 cortas.", "3 mil 120", "seizure"),
        ("es", "De las armas aseguradas, 3 mil 120 son largas y mil 40 cortas.", "mil 40 cortas", "seizure"),
        ("es", "Se reportaron 1,740 víctimas en agosto, una baja de 12%, cuando se registraron 1,980.", "1,980",
         "statistic"),
        ("es", "Los decomisos suman más de tres veces lo asegurado en 2024.", "tres veces lo asegurado", "statistic"),
    ],
)
def test_quantity_kinds_told_by_their_words(lang, sentence, written, kind):
    assert one(sentence, lang, written).kind == kind


def test_quantity_sized_numbers_after_a_label_word_are_read():
    found = by_text("Pills moved in loads of 40,000 to 80,000 from stash houses.", "en")
    assert found["40,000 to 80,000"].value == 40000
    assert by_text("The survey covered people aged 18 to 34.", "en") == {}


@pytest.mark.parametrize(
    ("lang", "sentence", "written", "kind", "item"),
    [
        ("en", "Seizures of fentanyl pills at ports of entry climbed to 900,000 in July.", "900,000", "seizure",
         "fentanyl pills"),
        ("es", "Los decomisos de armas sumaron 8 mil 700 en 2025.", "8 mil 700", "seizure", "firearms"),
        ("es", "La Patrulla Fronteriza registró 201,000 encuentros. El promedio diario de detenciones fue de 590.",
         "590", "statistic", None),
        ("en", "Mexico sent 26 jailed cartel figures to the United States.", "26 jailed cartel figures", "count",
         "jailed cartel figures"),
    ],
)
def test_quantity_seizure_subjects_averages_kidnappings_and_jailed(lang, sentence, written, kind, item):
    q = one(sentence, lang, written)
    assert (q.kind, q.item) == (kind, item)


def test_quantity_a_time_after_a_weight_is_no_item():
    text = "Los decomisos de fentanilo cayeron a 10,500 libras, la mitad de las 20,800 libras del año anterior."
    assert one(text, "es", "20,800 libras").item == "fentanyl"


@pytest.mark.parametrize(
    ("sentence", "written", "value", "item"),
    [
        ("Record 6-ton meth bust in Durango, Mexican army says", "6-ton", 6000, "methamphetamine"),
        ("Agents seized a 300-pound cocaine load near Eagle Pass.", "300-pound", 136.077711, "cocaine"),
    ],
)
def test_quantity_a_hyphenated_mass_before_goods_is_weighed(sentence, written, value, item):
    q = one(sentence, "en", written)
    assert (q.value, q.unit, q.item, q.kind) == (value, "kg", item, "seizure")


def test_quantity_a_hyphenated_mass_before_a_vehicle_is_no_goods():
    assert by_text("Troops seized a 10-ton truck loaded with marijuana.", "en") == {}


@pytest.mark.parametrize(
    ("lang", "sentence", "written", "value"),
    [
        ("es", "Personal naval aseguró una tonelada y media de cocaína en Salina Cruz.",
         "una tonelada y media de cocaína", 1500),
        ("es", "Aseguraron 4 kilos y medio de fentanilo en la garita.", "4 kilos y medio de fentanilo", 4.5),
        ("en", "The crew carried a ton and a half of cocaine when it was seized.", "a ton and a half of cocaine", 1500),
    ],
)
def test_quantity_and_a_half_after_a_unit(lang, sentence, written, value):
    q = one(sentence, lang, written)
    assert (q.value, q.unit, q.kind) == (value, "kg", "seizure")


def test_quantity_dls_is_dollars():
    q = one("En el cateo se aseguraron 250 mil dls en efectivo.", "es", "250 mil dls")
    assert (q.value, q.unit, q.kind) == (250000, "USD", "seizure")


@pytest.mark.parametrize(
    ("lang", "sentence", "written"),
    [
        ("es", "Las muertes por sobredosis bajaron un 20% en 2025, aunque siguen por encima de las 70.000 al año.",
         "70.000"),
        ("en", "Mexico has extradited about 55 people a year on average since 2015.", "55 people"),
    ],
)
def test_quantity_a_carried_subject_and_on_average_make_statistics(lang, sentence, written):
    assert one(sentence, lang, written).kind == "statistic"


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("About 1,200 Texas Guard members remain on the border.", "1,200 Texas Guard members"),
        ("Officials counted 35 Los Zetas members in the town.", "35 Los Zetas members"),
        ("Some 15 Marines stationed there were hurt.", "15 Marines"),
    ],
)
def test_quantity_a_name_ending_in_s_before_the_noun_is_no_head(sentence, written):
    assert written in by_text(sentence, "en")


@pytest.mark.parametrize(
    ("lang", "sentence", "written"),
    [
        ("es", "La tasa de homicidios fue de 27.4 en 2025, frente a 31 en 2024.", "27.4"),
        ("es", "La tasa de homicidios fue de 27.4 en 2025, frente a 31 en 2024.", "31"),
        ("en", "The murder rate stood at 21, down from 26 the year before.", "21"),
    ],
)
def test_quantity_the_level_of_a_rate_is_a_statistic(lang, sentence, written):
    assert one(sentence, lang, written).kind == "statistic"


def test_quantity_the_victims_of_a_kidnapping_are_a_count():
    text = "Un juez lo sentenció a 50 años de prisión por el secuestro de cuatro comerciantes en Taxco."
    assert one(text, "es", "cuatro comerciantes").kind == "count"


def test_quantity_the_object_of_a_seizure_noun_is_seized():
    text = "El Ministerio Público solicitó el aseguramiento de cuatro vehículos localizados en el domicilio."
    assert one(text, "es", "cuatro vehículos localizados").kind == "seizure"
    assert one("La Marina aseguró dos toneladas de cocaína de dos lanchas rápidas.", "es",
               "dos lanchas rápidas").kind == "count"


def test_quantity_a_number_word_before_a_unit_in_a_title_case_headline_is_read():
    q = one("Mexican Navy Seizes Three Tons of Cocaine Off Guerrero Coast", "en", "Three Tons of Cocaine")
    assert (q.value, q.kind) == (3000, "seizure")
    assert "Four Men" in by_text("Four Men Arrested With 30 Pounds of Fentanyl at Border", "en")


@pytest.mark.parametrize(
    ("lang", "sentence", "written"),
    [
        ("es", "Detienen a cuatro con 35 kilos de cocaína en Caborca", "35 kilos de cocaína"),
        ("es", "Capturan a operador del CJNG con 3 millones de dólares", "3 millones de dólares"),
        ("en", "Border agents nab driver with 120 pounds of meth", "120 pounds of meth"),
        ("es", "Cae cargamento de 600 kilos de cocaína en Tapachula", "600 kilos de cocaína"),
    ],
)
def test_quantity_headline_arrests_and_falls_seize_their_goods(lang, sentence, written):
    assert one(sentence, lang, written).kind == "seizure"


def test_quantity_a_fall_inside_a_sentence_seizes_nothing():
    text = "Las importaciones de combustible caen a 3 millones de litros diarios, según Pemex."
    assert one(text, "es", "3 millones de litros").kind == "statistic"  # a daily flow, no goods seized


@pytest.mark.parametrize(
    ("lang", "sentence", "written", "value", "item"),
    [
        ("es", "Los agentes aseguraron 140 kilos de cocaína, 35 de metanfetamina y 2 de fentanilo.",
         "35 de metanfetamina", 35, "methamphetamine"),
        ("en", "Agents seized 140 pounds of cocaine, 35 of meth and 2 of fentanyl.", "35 of meth", 15.875733,
         "methamphetamine"),
    ],
)
def test_quantity_a_listed_figure_takes_the_unit_of_the_weight_before(lang, sentence, written, value, item):
    q = one(sentence, lang, written)
    assert (q.value, q.unit, q.item, q.kind) == (value, "kg", item, "seizure")


def test_quantity_a_population_in_millions_takes_no_currency():
    text = "El gobierno destinó 400 millones de pesos al estado. La población es de 2 millones."
    q = one(text, "es", "2 millones")
    assert (q.unit, q.kind) == (None, "statistic")


def test_quantity_a_when_clause_without_a_counting_verb_shares_nothing():
    found = by_text("Detuvieron a 12 personas cuando transportaban 300 en un camión.", "es")
    assert found["300"].item is None
