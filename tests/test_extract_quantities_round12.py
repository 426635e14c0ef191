"""Quantities, round 12: aid budgets, rewards, prison terms, numbers in words, approximations, deportations and
rankings told with their verb left out."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


def test_quantity_a_figure_in_digits_does_not_go_on_with_the_number_word_of_the_next_phrase():
    q = one("Congress requested $65 million, down from $87 million two years earlier.", "en", "$87 million")
    assert (q.value, q.unit, q.kind) == (87_000_000, "USD", "money")
    # it still goes on by hundreds in words
    assert one("The aid reached 3 million two hundred thousand dollars.", "en", "3 million two hundred thousand dollars")\
        .value == 3_200_000
    assert one("Marcharon 5 mil quinientas personas en la capital.", "es", "5 mil quinientas personas").value == 5_500


@pytest.mark.parametrize(
    ("lang", "text", "written", "kg"),
    [
        ("en", "Soldiers found a quarter of a ton of precursor chemicals at the ranch.",
         "a quarter of a ton of precursor chemicals", 250),
        ("en", "Marines seized three-quarters of a ton of cocaine off Manzanillo.", "three-quarters of a ton of cocaine", 750),
        ("es", "En el inmueble se localizaron tres cuartos de kilo de goma de opio.", "tres cuartos de kilo de goma de opio",
         0.75),
        ("es", "La Marina aseguró un cuarto de tonelada de cocaína.", "un cuarto de tonelada de cocaína", 250),
    ],
)
def test_quantity_a_fraction_of_a_unit_of_mass_weighs_that_fraction(lang, text, written, kg):
    q = one(text, lang, written)
    assert (q.value, q.unit, q.kind) == (kg, "kg", "seizure")
    share = one("Nearly three-quarters of the guns came from Texas.", "en", "three-quarters of the guns")
    assert (share.value, share.unit) == (75, "%")  # a share, no mass


@pytest.mark.parametrize(
    ("text", "written", "value", "kind"),
    [
        ("Police seized two and a half tons of cocaine.", "two and a half tons of cocaine", 2_500, "seizure"),
        ("Agents seized 2 and a half million pills.", "2 and a half million pills", 2_500_000, "seizure"),
        ("He was sentenced to 12 and a half years in federal prison.", "12 and a half years", 12.5, "count"),
    ],
)
def test_quantity_and_a_half_after_a_number_adds_half_of_it(text, written, value, kind):
    q = one(text, "en", written)
    assert (q.value, q.kind) == (value, kind)


def test_quantity_a_spanish_prison_term_and_a_half():
    q = one("El juez lo sentenció a tres años y medio de prisión.", "es", "tres años y medio")
    assert (q.value, q.kind) == (3.5, "count")


def test_quantity_the_age_of_someone_named_in_a_sentence_about_prison_is_no_term():
    text = "El sentenciado y sus cómplices privaron de la libertad a un comerciante de 52 años en Cuernavaca."
    assert "52 años" not in by_text(text, "es")
    assert one("Fue condenado a un total de 60 años de prisión.", "es", "60 años").value == 60


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("La ayuda representa menos del 1 por ciento del gasto de seguridad.", "1 por ciento del gasto", 1),
        ("El robo de vehículos cayó más del 9 por ciento.", "9 por ciento", -9),
    ],
)
def test_quantity_spanish_mas_del_and_menos_del_are_qualifiers_not_falls(text, written, value):
    q = one(text, "es", written)
    assert (q.value, q.qualifier is not None) == (value, True)


def test_quantity_a_toll_free_number_in_groups_of_two_and_three_digits_is_no_figure():
    text = "Las personas interesadas podrán llamar al teléfono 800 00 85 400 las 24 horas del día."
    assert by_text(text, "es") == {}
    assert by_text("Informes: Tel. 81 83 45 67 89.", "es") == {}
    assert "160 muertos" in by_text("Enero 120 135 150 160 muertos", "es")  # a row of figures, no phone


def test_quantity_people_removed_are_deported_not_seized():
    q = one("ICE removed more than 21,000 noncitizens in February.", "en", "21,000 noncitizens")
    assert q.kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "At least 60 people drowned in the Rio Grande last year.", "60 people"),
        ("es", "Son casi 60 vidas diarias que seguimos perdiendo, reconoció.", "60 vidas diarias"),
        ("en", "Nearly 200 of last year's deaths were linked to the heat of the desert.", "200 of last year's deaths"),
    ],
)
def test_quantity_drownings_lives_lost_and_a_part_of_last_years_deaths_are_statistics(lang, text, written):
    assert one(text, lang, written).kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Guanajuato registró 2 mil 650 víctimas; Chihuahua, mil 900; y Baja California, mil 780.", "mil 780"),
        ("en", "Guanajuato had 2,650 homicide victims; Chihuahua, 1,900; and Baja California, 1,780.", "1,900"),
    ],
)
def test_quantity_a_ranking_with_its_verb_left_out_counts_the_noun_of_its_first_place(lang, text, written):
    assert one(text, lang, written).kind == "statistic"


def test_quantity_the_form_of_listed_goods_does_not_break_the_list():
    text = "Agents seized 4.1 million fentanyl pills, nearly 2,000 pounds of fentanyl powder and 24 pill presses."
    assert one(text, "en", "24 pill presses").kind == "seizure"


def test_quantity_a_seizure_participle_naming_the_goods_of_a_share_reports_no_seizure():
    text = ("El funcionario afirmó que cada semana ingresan al país alrededor de 2 mil armas y que el 74 por ciento de "
            "las armas aseguradas en escenas del crimen tienen ese origen. \"Son más de medio millón de armas en una "
            "década\", dijo.")
    found = by_text(text, "es")
    assert (found["2 mil armas"].kind, found["medio millón de armas"].kind) == ("count", "count")
    assert found["74 por ciento de las armas aseguradas"].kind == "statistic"


def test_quantity_the_value_of_goods_named_with_an_adjective_is_money():
    q = one("The Coast Guard offloaded more than $210 million in illegal drugs at Port Everglades.", "en", "$210 million")
    assert q.kind == "money"
    assert one("Deputies seized $40,000 in small bills.", "en", "$40,000").kind == "seizure"  # cash itself


def test_quantity_a_weight_told_with_an_article_after_a_weight_word():
    text = "Localizaron 250 paquetes de marihuana con un peso aproximado de una tonelada."
    q = one(text, "es", "una tonelada")
    assert (q.value, q.unit, q.kind) == (1000, "kg", "seizure")


def test_quantity_un_millar_is_a_thousand():
    q = one("También se aseguraron un millar de litros de combustible.", "es", "un millar de litros de combustible")
    assert (q.value, q.unit, q.kind) == (1000, "l", "seizure")


def test_quantity_money_for_a_few_things_counted_is_no_rate():
    text = "El gabinete ha publicado recompensas por más de 300 millones de pesos por 45 objetivos prioritarios."
    found = by_text(text, "es")
    assert found["300 millones de pesos"].value == 300_000_000
    assert found["45 objetivos prioritarios"].kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Se han identificado los restos de por lo menos ocho personas en la fosa.", "ocho personas"),
        ("en", "The bodies of at least eight people were found in the grave.", "eight people"),
    ],
)
def test_quantity_a_qualifier_does_not_hide_the_death_word_before_a_count(lang, text, written):
    assert one(text, lang, written).kind == "statistic"


def test_quantity_a_year_between_listed_figures_does_not_break_the_list():
    text = ("Agents seized about $3.4 million in cash from a storage unit in Vernon in 2024, along with 27 counting "
            "machines and two handguns.")
    assert one(text, "en", "27 counting machines").kind == "seizure"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Asesinan a cinco personas en un bar de Celaya.", "cinco personas"),
        ("Hombres armados mataron a 12 personas en una fiesta.", "12 personas"),
        ("Abaten a medio centenar de civiles armados en Michoacán.", "medio centenar de civiles armados"),
        ("El enfrentamiento dejó un par de policías heridos.", "un par de policías heridos"),
    ],
)
def test_quantity_spanish_killing_in_the_active_voice_and_a_pair_of_wounded_are_statistics(text, written):
    assert one(text, "es", written).kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Detuvieron a dos hombres que asesinaron a un policía en Celaya.", "dos hombres"),
        ("en", "Police arrested two men who killed a police officer in Phoenix.", "two men"),
    ],
)
def test_quantity_the_killers_a_relative_clause_tells_of_are_no_deaths(lang, text, written):
    assert one(text, lang, written).kind == "count"
    assert one("Hallaron a dos mujeres que fueron asesinadas en Juárez.", "es", "dos mujeres").kind == "statistic"


def test_quantity_a_range_of_fine_days_is_read_in_the_unit_of_the_fine():
    q = one("La reforma establece multas de 500 a mil 500 días y el decomiso de los bienes.", "es", "de 500 a mil 500 días")
    assert (q.value, q.value_max, q.unit, q.kind) == (500, 1500, "UMA", "money")


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        ("es", "El Departamento de Estado elevó de 5 a 10 millones de dólares la recompensa.", "5", "10 millones de dólares"),
        ("es", "La fiscalía aumentó la recompensa de 5 a 10 millones de dólares.", "5", "10 millones de dólares"),
        ("en", "The State Department raised the reward from $5 million to $10 million.", "$5 million", "$10 million"),
    ],
)
def test_quantity_a_raised_reward_is_a_change_not_a_range(lang, text, low, high):
    found = by_text(text, lang)
    assert (found[low].value, found[low].value_max) == (5_000_000, None)
    assert found[high].value == 10_000_000


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Overdose deaths fell to around 73,000, down nearly 30 percent from a peak of about 112,000 in mid-2023.",
         "112,000"),
        ("es", "Los homicidios dolosos sumaron 24 mil en 2025, una caída de 20 por ciento, desde un máximo de 36 mil en "
         "2019.", "36 mil"),
    ],
)
def test_quantity_the_peak_a_fall_started_from_is_read_like_the_level(lang, text, written):
    assert one(text, lang, written).kind == "statistic"


def test_quantity_billions_with_no_noun_take_the_currency_of_money_paragraphs_before():
    text = ("El Entendimiento Bicentenario contempla un fondo de mil 500 millones de dólares.\n\n"
            "\"Nunca fue un plan de rescate; fueron casi 3 mil millones en veinte años\", dijo un exfuncionario.")
    q = one(text, "es", "3 mil millones")
    assert (q.value, q.unit, q.kind) == (3_000_000_000, "USD", "money")


def test_quantity_people_counted_as_part_of_people_are_no_goods():
    text = "En el inmueble se aseguró droga y se detuvo a 6 personas, entre ellas dos químicos de origen extranjero."
    q = one(text, "es", "dos químicos")
    assert (q.kind, q.item) == ("count", "químicos")


def test_quantity_a_couple_of_counts_two_and_a_couple_of_hundred_two_hundred():
    text = "Agents seized nearly a thousand pounds of meth and a couple of hundred pounds of fentanyl powder inside."
    q = one(text, "en", "a couple of hundred pounds of fentanyl")
    assert (round(q.value, 3), q.unit, q.kind) == (90.718, "kg", "seizure")
    assert one("A couple of agents were hurt in the raid.", "en", "A couple of agents").value == 2
    assert by_text("They had been married for a couple of years.", "en") == {}  # a duration


@pytest.mark.parametrize("text", ["Hace una decena de años vivía en Culiacán.", "Trabajó ahí un centenar de días."])
def test_quantity_a_collective_of_time_units_is_a_duration(text):
    assert by_text(text, "es") == {}


def test_quantity_a_singular_currency_after_one_is_no_count():
    assert by_text("Asked about the payment, she said: \"Not one peso. Not one dollar.\"", "en") == {}


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Cartels moved roughly $3 billion in 2025, about three times the amount in 2023.", "three times the amount"),
        ("es", "En 2025 se aseguró tres veces la cantidad de 2024.", "tres veces la cantidad"),
    ],
)
def test_quantity_a_multiple_of_an_amount_is_a_statistic(lang, text, written):
    assert one(text, lang, written).kind == "statistic"
    assert one("Police raided the house three times.", "en", "three times").kind == "count"  # occasions counted


@pytest.mark.parametrize(
    ("text", "written", "value", "kind"),
    [
        ("The State Department delivered eight Bell 412 helicopters by 2011.", "eight Bell 412 helicopters", 8, "count"),
        ("Troops seized 12 Glock 19 pistols at the ranch.", "12 Glock 19 pistols", 12, "seizure"),
    ],
)
def test_quantity_a_model_number_between_a_count_and_its_noun_is_part_of_the_item(text, written, value, kind):
    q = one(text, "en", written)
    assert (q.value, q.kind) == (value, kind)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "La FGR aseguró tres toneladas de metanfetamina, 15 reactores de 500 litros y cuatro condensadores.",
         "cuatro condensadores"),
        ("en", "Agents seized two tons of meth, 12 drums of 50 liters and four condensers.", "four condensers"),
    ],
)
def test_quantity_the_size_of_listed_containers_does_not_break_the_list(lang, text, written):
    assert one(text, lang, written).kind == "seizure"
