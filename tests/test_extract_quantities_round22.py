"""Quantities, round 22: a security balance's rows after a row of arrests, people who go missing told in the present,
and the next places of a ranking after a noun with its complement."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text

BALANCE_INLINE = ("El gabinete dio a conocer su informe semanal. Detenidos: 845 | Armas: 377 | Cartuchos: 12 mil 100 | "
                  "Vehículos: 96. También se destruyeron 40 plantíos.")
BALANCE_ROWS = "Informe mensual del operativo en Michoacán:\nDetenidos: 214\nArmas cortas: 88\nCargadores: 3 mil 450\nCartuchos: 950"


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        (BALANCE_INLINE, "845", "count"),
        (BALANCE_INLINE, "377", "seizure"),
        (BALANCE_INLINE, "12 mil 100", "seizure"),
        (BALANCE_INLINE, "96", "seizure"),
        (BALANCE_ROWS, "214", "count"),
        (BALANCE_ROWS, "88", "seizure"),
        (BALANCE_ROWS, "3 mil 450", "seizure"),
        (BALANCE_ROWS, "950", "seizure"),
    ],
)
def test_quantity_goods_in_the_rows_of_a_balance_with_a_row_of_arrests_are_seized(text, written, kind):
    assert by_text(text, "es")[written].kind == kind


def test_quantity_goods_in_a_sentence_beside_a_balance_are_not_its_rows():
    assert by_text(BALANCE_INLINE, "es")["40 plantíos"].kind != "seizure"


def test_quantity_goods_in_rows_without_a_row_of_arrests_keep_their_kind():
    text = "Informe mensual:\nHomicidios: 214\nArmas cortas: 88"
    assert by_text(text, "es")["88"].kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Entre 20 y 30 personas desaparecen cada semana en el estado.", "Entre 20 y 30 personas"),
        ("es", "Cada día desaparecen 40 personas en el país, según colectivos de búsqueda.", "40 personas"),
        ("en", "Between 20 and 30 people go missing there every week.", "Between 20 and 30 people"),
        ("en", "About 25 people disappear in the state every day.", "25 people"),
    ],
)
def test_quantity_people_who_go_missing_told_in_the_present_are_a_statistic(lang, text, written):
    assert by_text(text, lang)[written].kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Guanajuato encabezó la lista con 2 mil 618 víctimas de homicidio, seguido de Baja California con mil 874 "
               "y Chihuahua con mil 712.", "mil 874"),
        ("es", "Colima sumó 980 víctimas de homicidio doloso, seguido de Morelos con 910.", "910"),
        ("en", "Guanajuato led with 2,618 victims of homicide, followed by Chihuahua with 1,874.", "1,874"),
    ],
)
def test_quantity_the_next_place_of_a_ranking_after_a_noun_and_its_complement_takes_its_noun(lang, text, written):
    q = by_text(text, lang)[written]
    assert (q.kind, q.item is not None) == ("statistic", True)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Officers at the Nogales port found $480,000 in undeclared currency inside a spare tire.", "$480,000"),
        ("es", "Agentes aduanales localizaron 2 millones de pesos no declarados en una maleta.", "2 millones de pesos"),
    ],
)
def test_quantity_undeclared_currency_found_at_a_port_is_seized(lang, text, written):
    assert by_text(text, lang)[written].kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "El registro suma 9 mil personas desaparecidas en el estado, y solo en 2025 se agregaron 1,150 casos.",
         "1,150 casos", "statistic"),
        ("en", "More than 800 people were killed in the city last year, and police solved only 90 cases.", "90 cases",
         "statistic"),
        ("es", "Tras 30 personas asesinadas, la fiscalía abrió 12 carpetas y 5 casos de fraude.", "5 casos", "count"),
        ("es", "La fiscalía atendió 400 casos de fraude.", "400 casos", "count"),
    ],
)
def test_quantity_bare_cases_after_victims_counted_in_their_sentence_are_a_statistic(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Most of the guns were bought legally, and about a third came from Texas.", "a third", pytest.approx(33.333, abs=0.01)),
        ("Roughly two-thirds were purchased in Arizona.", "two-thirds", pytest.approx(66.667, abs=0.01)),
        ("Of the 400 victims identified, nearly half were under 30.", "half", 50),
    ],
)
def test_quantity_a_share_standing_alone_as_a_plural_subject_is_a_share(text, written, value):
    q = by_text(text, "en")[written]
    assert (q.value, q.unit, q.kind) == (value, "%", "statistic")


def test_quantity_a_third_told_with_a_singular_verb_is_one_more_no_share():
    assert "a third" not in by_text("Two men were killed and a third was wounded.", "en")


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "En el domicilio se hallaron 1.5 MDD y 800 mil pesos en efectivo.", "1.5 MDD"),
        ("es", "Se aseguraron 10 mil dólares, 2 millones de pesos y 5 mil euros en efectivo.", "10 mil dólares"),
        ("en", "Agents found $40,000 and 300,000 pesos in cash inside the truck.", "$40,000"),
    ],
)
def test_quantity_money_listed_before_cash_seized_is_seized(lang, text, written):
    assert by_text(text, lang)[written].kind == "seizure"


def test_quantity_money_told_in_its_own_clause_before_cash_seized_stays_money():
    text = "La red lavó 5 millones de dólares y se aseguraron 800 mil pesos en efectivo."
    assert by_text(text, "es")["5 millones de dólares"].kind == "money"


def test_quantity_a_balance_row_whose_label_tells_another_act_keeps_its_kind():
    text = "Balance del operativo durante agosto:\nDetenidos: 57\nArmas aseguradas: 23\nInmuebles cateados: 11\nCartuchos: 400"
    found = by_text(text, "es")
    assert [found[w].kind for w in ("23", "11", "400")] == ["seizure", "count", "seizure"]


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Más de la mitad de las 3 mil 200 personas desaparecidas este año son hombres.", "la mitad"),
        ("en", "Nearly half of the 400 victims identified were under 30.", "half"),
    ],
)
def test_quantity_half_of_a_whole_counted_after_its_article_is_a_share(lang, text, written):
    found = by_text(text, lang)
    share = next(q for w, q in found.items() if w.startswith(written) or w.lower().startswith(written))
    assert (share.value, share.unit) == (50, "%")


def test_quantity_half_of_a_year_is_no_share():
    assert not any(q.unit == "%" for q in by_text("La mitad de 2025 fue la más violenta.", "es").values())


def test_quantity_goods_in_cells_parted_by_semicolons_after_a_row_of_arrests_are_seized():
    text = "Task force results through June 30 - Arrests: 148; Firearms: 61; Fentanyl pills: 350,000; Vehicles: 9."
    found = by_text(text, "en")
    assert [found[w].kind for w in ("148", "61", "350,000", "9")] == ["count", "seizure", "seizure", "seizure"]


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Los marinos aseguraron 8 fusiles y 900 cartuchos, además de 350 mil pesos.", "350 mil pesos"),
        ("en", "Deputies seized four rifles, as well as about $75,000.", "$75,000"),
    ],
)
def test_quantity_money_added_after_goods_seized_is_seized(lang, text, written):
    assert by_text(text, lang)[written].kind == "seizure"


def test_quantity_money_added_after_goods_in_another_sentence_stays_money():
    text = "Los marinos aseguraron 8 fusiles. Además, la red movió 350 millones de pesos."
    assert by_text(text, "es")["350 millones de pesos"].kind == "money"


def test_quantity_a_row_cell_naming_its_unit_in_brackets_weighs_the_figure_after_it():
    text = "Resumen de la semana en Sonora:\nDetenidos | 88\nMetanfetamina (kg) | 620\nCocaína (kg) | 45"
    found = by_text(text, "es")
    assert [(found[w].value, found[w].unit, found[w].item, found[w].kind) for w in ("620", "45")] == [
        (620, "kg", "methamphetamine", "seizure"), (45, "kg", "cocaine", "seizure")]


def test_quantity_a_row_cell_of_pounds_is_read_in_kilos():
    text = "CBP seizures in July:\nCocaine (lbs) | 2,050\nFentanyl (lbs) | 1,000"
    assert by_text(text, "en")["2,050"].value == pytest.approx(929.864, abs=0.01)


def test_quantity_goods_named_by_the_first_cell_of_a_two_cell_row_are_its_item():
    text = "Resultados:\nDetenidos | 30\nArmas | 12\nCartuchos | 480"
    found = by_text(text, "es")
    assert [(found[w].item, found[w].kind) for w in ("12", "480")] == [("firearms", "seizure"), ("ammunition", "seizure")]


def test_quantity_a_place_in_the_first_cell_of_a_row_names_no_goods():
    text = "Homicidios por estado:\nColima | 301\nGuanajuato | 280"
    q = by_text(text, "es")["301"]
    assert q.item != "Colima"  # the line over the headless table names what it counts (round 26): "Homicidios"
    assert q.kind == "statistic"


@pytest.mark.parametrize(
    ("text", "not_written"),
    [
        ("En 2025 hubo 1,850 homicidios en el estado, una tasa de 31 por cada 100 mil habitantes.", "una tasa"),
        ("Se registraron 640 secuestros, una cifra récord para el estado.", "una cifra récord"),
    ],
)
def test_quantity_an_apposition_restating_a_figure_counts_no_one_thing(text, not_written):
    assert not_written not in by_text(text, "es")


def test_quantity_one_thing_listed_among_goods_seized_is_still_counted():
    assert by_text("Se aseguraron 3 fusiles, una granada y un vehículo.", "es")["una granada"].value == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Las víctimas de entre 15 y 29 años fueron casi la tercera parte.", pytest.approx(33.333, abs=0.01)),
        ("La cuarta parte de los detenidos eran mujeres.", 25),
    ],
)
def test_quantity_a_share_told_with_its_article_is_a_share(text, value):
    shares = [q for q in by_text(text, "es").values() if q.unit == "%"]
    assert [(q.value, q.kind) for q in shares] == [(value, "statistic")]


def test_quantity_an_ordinal_with_its_article_is_no_share():
    assert not by_text("Fue la tercera vez que atacaron la tercera comandancia.", "es")


def test_quantity_a_row_label_naming_its_unit_in_brackets_weighs_the_figure_after_it():
    text = "Balance diario. Detenidos: 96 | Armas de fuego: 41 | Cristal (kg): 230 | Tomas clandestinas inhabilitadas: 8."
    q = by_text(text, "es")["230"]
    assert (q.value, q.unit, q.item, q.kind) == (230, "kg", "methamphetamine", "seizure")
