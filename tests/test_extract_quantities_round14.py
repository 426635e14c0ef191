"""Quantities, round 14: a court's forfeiture, deaths a drug could cause, national averages, single items a Spanish
list counts with "un/una", a person's weight, and people who vanished."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Juez federal decomisa 80 millones de pesos a exfuncionario de Seguridad.", "80 millones de pesos"),
        ("es", "Un juez de distrito decomisó 3 millones de dólares al empresario.", "3 millones de dólares"),
        ("es", "La FGR solicitó el decomiso de 950 mil dólares depositados en una cuenta.", "950 mil dólares"),
        ("es", "La Fiscalía ha pedido el decomiso de 320 millones de pesos.", "320 millones de pesos"),
        ("en", "A federal judge forfeited $3 million held in the defendant's accounts.", "$3 million"),
    ],
)
def test_quantity_money_a_court_forfeits_or_a_prosecutor_asks_to_forfeit_is_money(lang, text, written):
    assert one(text, lang, written).kind == "money"


def test_quantity_cash_agents_seized_stays_a_seizure_when_a_court_heard_of_it():
    text = "The court heard that agents seized $5 million in cash."
    assert one(text, "en", "$5 million").kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Troopers said the fentanyl was enough to kill 6.8 million people.", "6.8 million people"),
        ("en", "The pills could kill 300,000 people, the DEA said.", "300,000 people"),
        ("es", "La droga alcanzaría para matar a 2 millones de personas.", "2 millones de personas"),
    ],
)
def test_quantity_deaths_a_drug_could_cause_are_no_statistic(lang, text, written):
    assert one(text, lang, written).kind == "count"


def test_quantity_people_killed_stay_a_statistic_beside_a_lethal_dose():
    text = "A 2-milligram dose is enough to kill an adult; 30 people died last year."
    assert one(text, "en", "30 people").kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La tasa en Culiacán fue de 95 por cada 100 mil habitantes, casi tres veces la media nacional de 24."),
        ("en", "The city's rate was 95 per 100,000 residents, almost four times the national average of 24."),
    ],
)
def test_quantity_a_national_average_beside_a_rate_is_a_statistic(lang, text):
    assert one(text, lang, "24").kind == "statistic"


@pytest.mark.parametrize(
    ("text", "written", "item"),
    [
        ("Se aseguraron un arma larga, una granada, dos cargadores y 50 cartuchos.", "un arma larga", "firearms"),
        ("Se aseguraron un arma larga, una granada, dos cargadores y 50 cartuchos.", "una granada", "explosives"),
        ("Fue detenido en posesión de un fusil AK-47, una pistola, tres cargadores y 90 cartuchos.", "un fusil",
         "firearms"),
        ("En Navolato se aseguraron un fusil Barrett calibre .50, una granada de fragmentación y 14 cargadores.",
         "un fusil", "firearms"),
        ("Los agentes aseguraron dos fusiles y un vehículo con reporte de robo.", "un vehículo", "vehículo"),
    ],
)
def test_quantity_one_thing_a_spanish_seized_list_counts_with_un_una(text, written, item):
    q = one(text, "es", written)
    assert (q.value, q.kind, q.item) == (1, "seizure", item)


def test_quantity_one_thing_opening_a_bullet_of_a_seized_list():
    text = "En el lugar se aseguraron:\n- 4,500 litros de acetona\n- Un generador eléctrico\n"
    q = one(text, "es", "Un generador eléctrico")
    assert (q.value, q.kind) == (1, "seizure")


@pytest.mark.parametrize(
    "text",
    [
        "El aseguramiento se llevó a cabo con un operativo que incluyó un buque, dos helicópteros y tres lanchas rápidas.",
        "El gobernador aseguró que un hombre, dos mujeres y un menor murieron.",
        "Aseguraron a un hombre y dos armas.",
        "En un operativo, dos agentes resultaron heridos.",
    ],
)
def test_quantity_un_una_outside_a_seized_list_stays_an_article(text):
    found = by_text(text, "es")
    assert not [w for w in found if w.lower().startswith(("un ", "una "))], list(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The fugitive, 41, is about 5 feet 9 inches tall and weighs 180 pounds."),
        ("es", "El prófugo mide 1.70 metros, es de complexión robusta y pesa 85 kilos."),
    ],
)
def test_quantity_the_weight_of_a_person_described_is_no_quantity(lang, text):
    assert not [q for q in by_text(text, lang).values() if q.unit == "kg"]


def test_quantity_goods_that_weigh_stay_a_quantity():
    text = "Agents found bundles of cocaine that weighed 180 pounds."
    assert one(text, "en", "180 pounds").kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "More than 13,000 people vanished in 2024, up 10 percent from the year before.", "13,000 people"),
        ("es", "En 2024 desaparecieron 13 mil personas en el país.", "13 mil personas"),
    ],
)
def test_quantity_people_who_vanished_are_a_statistic(lang, text, written):
    assert one(text, lang, written).kind == "statistic"



@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Los precursores asegurados habrían permitido producir alrededor de 800 kilos de metanfetamina.",
         "800 kilos de metanfetamina"),
        ("es", "Las sustancias aseguradas permitirían elaborar 2 toneladas de droga sintética.", "2 toneladas de droga sintética"),
    ],
)
def test_quantity_what_seized_precursors_would_have_let_someone_make_is_no_seizure(lang, text, written):
    assert one(text, lang, written).kind == "count"


def test_quantity_a_caliber_after_a_spanish_noun_is_no_part_of_the_item():
    text = "Fue detenido en posesión de un fusil AK-47, una pistola calibre 9 milímetros y 90 cartuchos."
    q = one(text, "es", "una pistola")
    assert (q.value, q.kind, q.item) == (1, "seizure", "firearms")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Agents also found 20 fifty-five gallon drums of hydrochloric acid.", "20 fifty-five gallon drums", 20),
        ("Police seized two five-gallon buckets of meth.", "two five-gallon buckets of meth", 2),
    ],
)
def test_quantity_containers_sized_in_words_are_counted_not_measured(text, written, value):
    q = one(text, "en", written)
    assert (q.value, q.unit, q.kind) == (value, None, "seizure")
