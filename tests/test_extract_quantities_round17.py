"""Quantities, round 17: crypto-assets as money, calibres between a number and its arms, places ranked by a rate in
brackets, a comparison's other end after its article, a capacity told inside a list of seized things, headline falls
told with their object, multiples of a price, rate bases standing alone and scale letters glued to a race's distance."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("lang", "text", "written", "unit", "value"),
    [
        ("en", "The network received roughly 62 million USDT, as well as 310 bitcoin, over three years.", "62 million USDT",
         "USDT", 62_000_000),
        ("en", "The network received roughly 62 million USDT, as well as 310 bitcoin, over three years.", "310 bitcoin",
         "BTC", 310),
        ("es", "La red movió 40 bitcoins a través de casas de cambio en Sinaloa.", "40 bitcoins", "BTC", 40),
    ],
)
def test_quantity_crypto_assets_are_money(lang, text, written, unit, value):
    q = one(text, lang, written)
    assert (q.kind, q.unit, q.value) == ("money", unit, value)


def test_quantity_crypto_seized_is_a_seizure():
    q = one("Agents seized 12 bitcoin from the broker's wallets.", "en", "12 bitcoin")
    assert (q.kind, q.unit) == ("seizure", "BTC")


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        ("The purchases included 64 AR-type rifles, nine .50 caliber rifles and 21 pistols.", "nine .50 caliber rifles",
         "count"),
        ("Agents seized 9 .50 caliber rifles at the bridge.", "9 .50 caliber rifles", "seizure"),
    ],
)
def test_quantity_caliber_without_hyphen_before_the_arms(text, written, kind):
    q = one(text, "en", written)
    assert (q.kind, q.value, q.item) == (kind, 9, "firearms")


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        ("es", "Por tasa, los estados con mayor incidencia fueron Colima (48.7), Guanajuato (31.2) y Baja California (29.8).",
         {"48.7": 48.7, "31.2": 31.2, "29.8": 29.8}),
        ("es", "Las tasas más altas: Colima (48), Guanajuato (31) y Zacatecas (29).", {"48": 48, "31": 31, "29": 29}),
        ("en", "The highest murder rates were in Colima (113.2), Zacatecas (68.1) and Baja California (61).",
         {"113.2": 113.2, "68.1": 68.1, "61": 61}),
    ],
)
def test_quantity_rates_in_brackets_after_places_are_no_ages(lang, text, figures):
    found = by_text(text, lang)
    assert {t: q.value for t, q in found.items()} == figures
    assert {q.kind for q in found.values()} == {"statistic"}


def test_quantity_ages_in_brackets_stay_out():
    assert by_text("Detuvieron a Juan Pérez (45) y a Luis Gómez (38) en Culiacán.", "es") == {}


def test_quantity_bracketed_ranking_takes_its_noun_from_the_sentence():
    found = by_text("Los estados con más homicidios fueron Guanajuato (1,402), Chihuahua (1,096) y Baja California (1,038).",
                    "es")
    assert [(q.value, q.kind) for q in found.values()] == [(1402, "statistic"), (1096, "statistic"), (1038, "statistic")]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("es", "Zacatecas cerró abril con 38 homicidios dolosos, frente a los 61 del mismo mes de 2025.", "statistic"),
        ("es", "Se aseguraron 120 armas, frente a las 61 del año pasado.", "seizure"),
        ("en", "Police recorded 38 homicides in April, compared with the 61 recorded a year earlier.", "statistic"),
    ],
)
def test_quantity_comparison_end_after_its_article_is_read(lang, text, kind):
    q = one(text, lang, "61")
    assert (q.kind, q.value) == (kind, 61)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Se aseguraron 12 mil 500 litros de precursores, cuatro reactores con capacidad de 2 mil litros cada uno, seis "
               "condensadores y 27 tambos.", "seis condensadores"),
        ("en", "Marines seized 500 liters of precursors, four reactors with a capacity of 2,000 liters each, six condensers "
               "and 27 drums.", "six condensers"),
    ],
)
def test_quantity_list_goes_on_after_a_capacity_of_each(lang, text, written):
    found = by_text(text, lang)
    assert found[written].kind == "seizure"
    capacity = "2 mil litros" if lang == "es" else "2,000 liters"
    assert found[capacity].kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("es", "Zacatecas baja homicidios 37% en un año", "37%", -37),
        ("en", "Mexico cuts fentanyl seizures 40% in a year", "40%", -40),
        ("es", "Sube robo de vehículos 12% en Jalisco", "12%", 12),
        ("en", "The number of families arriving has shrunk by more than half since January.", "half", -50),
    ],
)
def test_quantity_headline_fall_with_its_object(lang, text, written, value):
    assert one(text, lang, written).value == value


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Un fusil Barrett se vende en unos 250 mil pesos, casi cinco veces su precio en una armería.",
         "cinco veces su precio"),
        ("en", "A Barrett rifle sells for five times its price in Phoenix.", "five times its price"),
    ],
)
def test_quantity_multiple_of_a_price_is_a_ratio(lang, text, written):
    q = one(text, lang, written)
    assert (q.kind, q.value) == ("statistic", 5)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Colima, Guanajuato y Baja California, los estados con más homicidios por cada 100 mil habitantes"),
        ("en", "Mexico's murder rate per 100,000 people fell last year."),
        ("en", "The lab, reached by a 5k dirt track, sat high in the sierra."),
    ],
)
def test_quantity_rate_bases_and_race_distances_are_no_counts(lang, text):
    assert by_text(text, lang) == {}


def test_quantity_scale_letter_with_money_still_reads():
    found = by_text("The cartel paid $5k per load and 3.6m litres of fuel were stolen.", "en")
    assert (found["$5k"].value, found["3.6m litres of fuel"].value) == (5000, 3_600_000)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "In the largest single seizure, officers found $486,200 in bundles concealed within the spare tire.",
         "$486,200"),
        ("en", "Officers found $90,000 hidden in the door panels.", "$90,000"),
        ("es", "Los agentes encontraron 800 mil pesos en fajos dentro de una maleta.", "800 mil pesos"),
    ],
)
def test_quantity_bundled_or_hidden_money_found_is_seized(lang, text, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_money_not_found_stays_money():
    assert one("The cartel hid $3 million in profits.", "en", "$3 million").kind == "money"


def test_quantity_fraction_before_ammunition_is_a_caliber():
    found = by_text("Officers seized eight magazines and 900 rounds of 7.62 ammunition.", "en")
    assert list(found) == ["eight magazines", "900 rounds"]


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "En 2025 se decomisaron 412 armas y 196 mil cartuchos. Una caja de 50 cartuchos cuesta unos 900 pesos.",
         "50 cartuchos"),
        ("en", "Agents seized 40 rifles and 2,000 rounds. A box of 50 rounds costs about $45 in Phoenix.", "50 rounds"),
    ],
)
def test_quantity_goods_priced_after_a_seizure_are_no_cargo(lang, text, written):
    assert one(text, lang, written).kind == "count"


def test_quantity_container_size_after_its_complement():
    found = by_text("Se aseguraron 40 toneladas de precursores. También había 16 tanques de almacenamiento de mil litros.",
                    "es")
    assert found["mil litros"].kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        ("es", "En el lugar se aseguraron 19 armas largas. De las armas largas, 11 son calibre 7.62x39 mm.",
         {"19 armas largas": "seizure", "11": "seizure"}),
        ("es", "Las armas aseguradas pasaron de 31 en 2024 a 77 en 2025.", {"31": "seizure", "77": "seizure"}),
        ("en", "Rifles seized at the border rose from 31 in 2024 to 77 in 2025.", {"31": "seizure", "77": "seizure"}),
        ("en", "The number of .50-caliber rifles rose from 31 in 2024 to 77 in 2025.", {"31": "count", "77": "count"}),
    ],
)
def test_quantity_goods_as_the_subject_name_the_figure(lang, text, kinds):
    found = by_text(text, lang)
    assert {t: q.kind for t, q in found.items()} == kinds
    assert {found[t].item for t in kinds} == {"firearms"}


@pytest.mark.parametrize(
    ("lang", "text", "written", "item"),
    [
        ("en", "The division has dismantled four conversion labs since January, compared with one in all of 2025.", "one",
         "conversion labs"),
        ("es", "Se desmantelaron cuatro laboratorios en enero, frente a dos en todo 2025.", "dos", "laboratorios"),
    ],
)
def test_quantity_number_word_ending_a_comparison(lang, text, written, item):
    q = one(text, lang, written)
    assert (q.kind, q.item) == ("count", item)


def test_quantity_one_another_is_no_figure():
    assert by_text("The two countries compared with one another.", "en") == {}


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "En 2026 se reportaron como desaparecidas y no localizadas 11 mil 936 personas.", "11 mil 936 personas"),
        ("en", "The medical examiner still has more than 1,000 unidentified remains.", "1,000 unidentified remains"),
    ],
)
def test_quantity_missing_and_unidentified_are_statistics(lang, text, written):
    assert one(text, lang, written).kind == "statistic"


def test_quantity_un_listed_after_a_find_with_figures():
    found = by_text("En los inmuebles se localizaron 41 contenedores, 2 centrífugas y una prensa hidráulica.", "es")
    assert (found["una prensa hidráulica"].value, found["una prensa hidráulica"].kind) == (1, "seizure")


@pytest.mark.parametrize(
    ("lang", "text", "ranked", "kind"),
    [
        ("es", "Guanajuato acumuló 2 mil 104 víctimas de homicidio. Celaya, con 388, León, con 341, e Irapuato, con 226, "
               "concentraron la mitad de los casos.", ["388", "341", "226"], "statistic"),
        ("en", "Mexico recorded 2,104 murders in Guanajuato. Celaya, with 388, led the state.", ["388"], "statistic"),
    ],
)
def test_quantity_ranking_opening_a_sentence_takes_the_noun_before(lang, text, ranked, kind):
    found = by_text(text, lang)
    assert [(found[t].kind, found[t].item is not None) for t in ranked] == [(kind, True)] * len(ranked)


def test_quantity_person_with_a_count_opens_no_ranking():
    q = one("Police made 40 arrests. Juan Pérez, with 3 prior convictions, was held.", "en", "3 prior convictions")
    assert (q.kind, q.item) == ("count", "prior convictions")


def test_quantity_amount_after_por_is_no_rate_base():
    found = by_text("Caso de lavado: detectan 8 mil 400 transferencias por 2 mil 300 millones de pesos hacia China", "es")
    assert (found["8 mil 400 transferencias"].kind, found["2 mil 300 millones de pesos"].kind) == ("count", "money")


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Hubo 25 homicidios por 100 mil habitantes.", "25 homicidios por 100 mil habitantes"),
        ("en", "Border Patrol recorded 8.1 deaths per 10,000 apprehensions.", "8.1 deaths per 10,000 apprehensions"),
    ],
)
def test_quantity_rates_per_a_power_of_ten_stay_rates(lang, text, written):
    assert one(text, lang, written).kind == "statistic"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Mexico recorded 21,512 homicide victims in 2026, down 23.8% from 28,240 the year before.", "28,240"),
        ("Sinaloa registered 1,893 victims, up 31% from 1,445.", "1,445"),
    ],
)
def test_quantity_level_a_percentage_changed_from(text, written):
    assert one(text, "en", written).kind == "statistic"


def test_quantity_what_a_lab_could_have_yielded_is_no_seizure():
    found = by_text("Deputies found 200 gallons of liquid meth. The liquid could have yielded roughly 1,500 pounds of meth.",
                    "en")
    assert (found["200 gallons of liquid meth"].kind, found["1,500 pounds of meth"].kind) == ("seizure", "count")


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        ("es", "En Culiacán, Semar inhabilita seis laboratorios clandestinos y asegura más de 3 toneladas de metanfetamina",
         {"seis laboratorios clandestinos": "count", "3 toneladas de metanfetamina": "seizure"}),
        ("en", "Marines dismantled two labs and seized 500 kilos of meth.",
         {"two labs": "count", "500 kilos of meth": "seizure"}),
        ("en", "Two trucks and 40 rifles were seized.", {"Two trucks": "seizure", "40 rifles": "seizure"}),
    ],
)
def test_quantity_coordinated_seizure_verb_takes_its_own_object(lang, text, kinds):
    assert {t: q.kind for t, q in by_text(text, lang).items()} == kinds


def test_quantity_remains_of_people_are_statistics():
    found = by_text("Agents recovered the remains of 58 migrants in fiscal 2026, up from 41 the previous year.", "en")
    assert (found["58 migrants"].kind, found["41"].kind) == ("statistic", "statistic")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", '"One death is one too many," the sector chief said.'),
        ("en", '"One murder is too many," said the mayor.'),
        ("es", '"Un muerto es demasiado", dijo el alcalde.'),
    ],
)
def test_quantity_one_too_many_is_a_saying(lang, text):
    assert by_text(text, lang) == {}


def test_quantity_one_dead_still_counts():
    assert one("Un muerto y dos heridos dejó el ataque.", "es", "Un muerto").kind == "statistic"
