"""Quantities, round 28: weekly results listed as bullets and labelled rows, their goods named by the label."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "lang", "written", "item"),
    [
        ("Decomisos de la semana:\n- Cocaína: 2,140 kilogramos.\n- Armas: 19.\n", "es", "2,140 kilogramos", "cocaine"),
        ("Decomisos de la semana:\n- Cocaína: 2,140 kilogramos.\n- Armas: 19.\n", "es", "19", "firearms"),
        ("Haul of the operation:\n• Heroin: 75 pounds\n• Rifles: 12\n", "en", "75 pounds", "heroin"),
    ],
)
def test_quantity_a_bullet_row_label_names_the_goods(text, lang, written, item):
    q = one(text, lang, written)
    assert (q.item, q.kind) == (item, "seizure")


def test_quantity_labelled_rows_under_a_seizure_header_are_seized_with_thousands_and_asides():
    found = by_text("Incautaciones:\nFusiles: 44 (30 de asalto y 14 de precisión).\nCargadores: 3 mil 215.\n"
                    "Camionetas: 9.\n", "es")
    assert found["44"].kind == "seizure"
    assert found["3 mil 215"].kind == "seizure"
    assert found["9"].kind == "seizure"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Les aseguraron un arma larga, tres cortas y 90 cartuchos.", "tres cortas"),
        ("Armas de fuego: 57 (41 largas y 16 cortas).", "41 largas"),
        ("Armas de fuego: 57 (41 largas y 16 cortas).", "16 cortas"),
    ],
)
def test_quantity_an_adjective_standing_for_arms_counts_arms(text, written):
    assert one(text, "es", written).item == "firearms"


@pytest.mark.parametrize(
    ("text", "lang", "written", "value"),
    [
        ("Officers also found a quarter of a million dollars hidden in the spare tire.", "en",
         "a quarter of a million dollars", 250_000),
        ("The ring moved three-quarters of a billion dollars through shell companies.", "en",
         "three-quarters of a billion dollars", 750_000_000),
        ("Police seized a quarter-million dollars in the raid.", "en", "a quarter-million dollars", 250_000),
        ("Le hallaron un cuarto de millón de pesos en una maleta.", "es", "un cuarto de millón de pesos", 250_000),
    ],
)
def test_quantity_a_fraction_of_a_million_is_a_number(text, lang, written, value):
    q = one(text, lang, written)
    assert q.value == pytest.approx(value)
    assert q.unit in ("USD", "MXN")


def test_quantity_a_fraction_of_a_whole_stays_a_share():
    assert one("A quarter of the guns were bought in Texas.", "en", "A quarter of the guns").value == 25


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Zacatecas encabezó la lista con 812 víctimas de homicidio. Le siguieron Morelos, con 640, y Colima, con 515.",
         "es", "640"),
        ("Zacatecas encabezó la lista con 812 víctimas de homicidio. Le siguieron Morelos, con 640, y Colima, con 515.",
         "es", "515"),
        ("Memphis topped the list with 389 homicide victims. Next came St. Louis, with 290.", "en", "290"),
        ("Memphis recorded 389 homicide victims. Baltimore followed with 201.", "en", "201"),
    ],
)
def test_quantity_a_ranking_going_on_in_its_own_sentence_counts_what_the_leader_counts(text, lang, written):
    q = one(text, lang, written)
    assert q.kind == "statistic"
    assert q.item in ("víctimas", "homicide victims")


def test_quantity_a_place_with_a_verb_of_its_own_opens_no_ranking():
    q = one("Memphis recorded 389 homicide victims. Baltimore partnered with 12 agencies.", "en", "12 agencies")
    assert q.kind == "count"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The eight defendants, ranging in age from 21 to 63, were arraigned on Monday.", "en"),
        ("Police detained five men between the ages of 18 and 26 after the chase.", "en"),
        ("Los siete detenidos, con edades que van de 20 a 48, fueron trasladados al penal.", "es"),
    ],
)
def test_quantity_an_age_range_told_with_from_is_no_count(text, lang):
    assert not any(q.value in (18, 20, 21) for q in by_text(text, lang).values())


def test_quantity_a_range_of_goods_after_from_stays_a_count():
    assert one("Each raid netted from 19 to 57 rifles.", "en", "19 to 57 rifles").value == 19


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("La fiscalía ha obtenido 97 sentencias condenatorias y ha asegurado 800 kilos de cocaína.", "es",
         "97 sentencias condenatorias"),
        ("Prosecutors have obtained 48 convictions and have seized 900 pounds of meth.", "en", "48 convictions"),
    ],
)
def test_quantity_what_a_court_obtains_beside_a_seizure_is_no_goods(text, lang, written):
    assert one(text, lang, written).kind == "count"


@pytest.mark.parametrize(
    ("text", "lang", "written", "item"),
    [
        ("La Marina aseguró 900 kilos de cocaína. La droga venía en 880 paquetes de aproximadamente un kilo cada uno.",
         "es", "880 paquetes", "cocaine packages"),
        ("Deputies seized 400 pounds of cocaine. The drug was wrapped in 180 packages of about one kilo each.",
         "en", "180 packages", "cocaine packages"),
    ],
)
def test_quantity_packages_sized_with_a_hedge_hold_the_drug_of_the_story(text, lang, written, item):
    q = one(text, lang, written)
    assert (q.item, q.kind) == (item, "seizure")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("En el año, la fiscalía contabilizó 870 personas privadas de la libertad en el estado.", "870 personas privadas"),
        ("Suman 412 personas privadas de su libertad, de las cuales 133 siguen desaparecidas.", "412 personas privadas"),
    ],
)
def test_quantity_people_deprived_of_their_liberty_are_victims(text, written):
    assert one(text, "es", written).kind == "statistic"


def test_quantity_people_with_another_state_after_them_stay_a_count():
    assert one("Llegaron 870 personas privadas de servicios médicos.", "es", "870 personas privadas").kind == "count"


@pytest.mark.parametrize(
    ("text", "written", "item"),
    [
        ("He admitted smuggling 1,500 firearms magazines into Mexico.", "1,500 firearms magazines", "magazines"),
        ("Agents arrested two weapons traffickers at the bridge.", "two weapons traffickers", "weapons traffickers"),
    ],
)
def test_quantity_arms_before_another_plural_name_what_it_is_of(text, written, item):
    assert one(text, "en", written).item == item


def test_quantity_arms_before_a_break_are_still_arms():
    found = by_text("Agents seized 40 firearms, 300 rounds and two vehicles.", "en")
    assert found["40 firearms"].item == "firearms"


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("En el cateo se aseguró un millar de cartuchos.", "un millar de cartuchos", 1000),
        ("Desde enero se han decomisado medio millar de armas de fuego.", "medio millar de armas de fuego", 500),
        ("Llegaron dos millares de elementos de la Guardia Nacional.", "dos millares de elementos", 2000),
    ],
)
def test_quantity_a_thousand_told_as_millar_counts_what_follows_de(text, written, value):
    assert one(text, "es", written).value == value
