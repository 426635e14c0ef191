"""Quantities, round 15: a half of a second unit, supervised release, a source quoted by "one", goods picked out of a
seizure told before, magazines, halves as shares, a seizure verb after the list, headlines that recover goods."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


def test_quantity_half_of_another_unit_is_a_second_measure_issue_10():
    text = "También fueron localizados 85 tambos de 200 litros y media tonelada de material para sellar tomas."
    found = by_text(text, "es")
    assert found["200 litros"].value == 200
    assert found["media tonelada de material"].value == 500
    assert found["media tonelada de material"].unit == "kg"


def test_quantity_a_ton_and_a_half_stays_one_measure():
    assert one("Aseguraron una tonelada y media de cocaína.", "es", "una tonelada y media de cocaína").value == 1500


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("en", "The judge also ordered five years of supervised release.", "five years", 5),
        ("en", "He was sentenced to 10 years in prison and three years of probation.", "three years", 3),
        ("es", "El juez le impuso tres años de libertad condicional.", "tres años", 3),
    ],
)
def test_quantity_supervised_release_is_part_of_a_sentence(lang, text, written, value):
    q = one(text, lang, written)
    assert (q.kind, q.value) == ("count", value)


def test_quantity_years_of_something_else_stay_no_term():
    assert by_text("The program has 15 years of history and a prison wing.", "en") == {}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "One official in Culiacán said a quarter of the labs were makeshift."),
        ("en", "One resident, who asked not to be named, told reporters the shooting lasted an hour."),
        ("es", "Un detenido, que pidió el anonimato, relató que fue golpeado."),
    ],
)
def test_quantity_one_source_quoted_is_no_count(lang, text):
    assert not [q for q in by_text(text, lang).values() if q.value == 1]


def test_quantity_one_suspect_who_spoke_stays_a_count():
    assert one("Police arrested one suspect who said he was innocent.", "en", "one suspect").kind == "count"


def test_quantity_one_officer_arrested_is_no_goods():
    found = by_text("One officer was arrested and one rifle seized.", "en")
    assert found["One officer"].kind == "count"
    assert found["one rifle"].kind == "seizure"


def test_quantity_goods_picked_out_of_a_seizure_told_before_are_seized():
    text = ("Officers found 11 rifles and 40 magazines hidden inside the spare tire. The driver, a U.S. citizen, was "
            "arrested. Among the weapons were two .50-caliber rifles and six AK-47 style rifles, CBP said.")
    found = by_text(text, "en")
    assert found["two .50-caliber rifles"].kind == "seizure"
    assert found["six AK-47 style rifles"].kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Aseguraron 62 cargadores y 4,350 cartuchos útiles.", "62 cargadores"),
        ("en", "Border agents find rifles, 40 magazines hidden in tire at Ysleta port", "40 magazines"),
    ],
)
def test_quantity_magazines_are_their_own_goods(lang, text, written):
    q = one(text, lang, written)
    assert (q.kind, q.item) == ("seizure", "magazines")


def test_quantity_one_arm_listed_in_a_possession_is_seized():
    text = "Fue detenido en posesión de un arma calibre .223, tres cargadores y 90 cartuchos útiles."
    q = one(text, "es", "un arma")
    assert (q.kind, q.item) == ("seizure", "firearms")


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("en", "Nearly half of Mexicans say they feel unsafe.", "half of Mexicans", 50),
        ("en", "Half of the prisoners were held in maximum-security prisons.", "Half of the prisoners", 50),
        ("en", "Seizures dropped by roughly half in 2025.", "half", -50),
        ("en", "Nearly half say they feel unsafe, down from two-thirds a decade ago.", "two-thirds", 66.666667),
        ("es", "Más de la mitad de las armas provienen de Estados Unidos.", "la mitad de las armas", 50),
        ("es", "Cerca de la mitad ocurren con violencia.", "la mitad", 50),
    ],
)
def test_quantity_half_of_a_whole_is_a_share(lang, text, written, value):
    q = one(text, lang, written)
    assert (q.kind, q.value, q.unit) == ("statistic", value, "%")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In the second half of 2025, violence rose."),
        ("en", "The city was split in half."),
        ("en", "The other half of the budget went to ports."),
        ("es", "En la primera mitad del año hubo violencia."),
        ("es", "La mitad del año fue violenta."),
        ("es", "Llegaron a la mitad del camino."),
    ],
)
def test_quantity_half_of_a_time_or_one_of_two_halves_is_no_share(lang, text):
    assert by_text(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Las tomas bajaron prácticamente a la mitad respecto al año pasado.", "la mitad"),
        ("es", "Los robos se redujeron a la mitad.", "la mitad"),
        ("en", "Fentanyl seizures were cut in half.", "half"),
    ],
)
def test_quantity_a_fall_to_half_is_a_fall_of_half(lang, text, written):
    q = one(text, lang, written)
    assert (q.kind, q.value, q.unit) == ("statistic", -50, "%")


def test_quantity_half_a_ton_stays_a_mass():
    assert one("They seized half a ton of cocaine.", "en", "half a ton of cocaine").value == 500


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "DPS: 23 vehicles, 2 boats seized in smuggling crackdown near Lake Havasu", "23 vehicles"),
        ("es", "Hallan 38 armas y 4 mil cartuchos asegurados en una bodega", "38 armas"),
    ],
)
def test_quantity_a_seizure_verb_after_the_list_seizes_its_first_figure(lang, text, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_people_before_goods_seized_stay_a_count():
    assert one("Police arrested 12 people, 3 vehicles seized.", "en", "12 people").kind == "count"


def test_quantity_a_headline_that_recovers_goods_seizes_them():
    text = "Recuperan 12 pipas con 480 mil litros de gasolina robada en Puebla"
    found = by_text(text, "es")
    assert found["12 pipas"].kind == "seizure"
    assert found["480 mil litros de gasolina robada"].kind == "seizure"


def test_quantity_a_term_held_since_is_served():
    text = "El sentenciado permanecía en prisión preventiva desde hace cinco años."
    q = one(text, "es", "cinco años")
    assert (q.kind, q.value) == ("count", 5)


def test_quantity_a_time_ago_in_a_sentence_about_prison_stays_no_term():
    assert by_text("Fue detenido hace cinco años y enfrenta una pena de prisión.", "es") == {}


def test_quantity_goods_a_court_orders_forfeited_are_no_seizure():
    found = by_text("He must also forfeit $4.2 million and two tanker trucks.", "en")
    assert found["two tanker trucks"].kind == "count"
    assert one("Agents seized 14 vehicles and the judge set bail at $50,000.", "en", "14 vehicles").kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "On a typical day, CBP officers seize 3,700 pounds of narcotics at the ports.", "3,700 pounds of narcotics"),
        ("es", "En promedio, la Marina asegura 80 kilos de cocaína al día.", "80 kilos de cocaína"),
    ],
)
def test_quantity_goods_a_typical_day_seizes_are_an_average(lang, text, written):
    assert one(text, lang, written).kind == "statistic"


def test_quantity_rows_under_a_heading_of_seizures_are_seized():
    text = ("Resumen de aseguramientos (enero-junio 2026)\n\nCocaína: 31,480 kg\nMetanfetamina: 640 kg\n"
            "Embarcaciones: 27\nMotores fuera de borda: 51\nDetenidos: 188\n")
    found = by_text(text, "es")
    assert [found[w].kind for w in ("640 kg", "27", "51", "188")] == ["seizure", "seizure", "seizure", "count"]


def test_quantity_goods_a_relative_clause_trades_are_no_seizure():
    text = "Investigators have dismantled a network that bought more than 600 firearms in Texas."
    assert one(text, "en", "600 firearms").kind == "count"
    assert one("Desmantelaron una red que introdujo 3 toneladas de cocaína al país.", "es",
               "3 toneladas de cocaína").kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "The Navy intercepted a boat that carried 3 tons of cocaine.", "3 tons of cocaine"),
        ("es", "Interceptaron un semisumergible que transportaba 3 toneladas de cocaína.", "3 toneladas de cocaína"),
    ],
)
def test_quantity_goods_a_seized_carrier_carried_stay_seized(lang, text, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_the_last_of_ages_listed_between_commas_is_no_term():
    found = by_text("Dos cómplices, de 25 y 28 años, recibieron penas de 32 años cada uno.", "es")
    assert "28 años" not in found
    assert found["32 años"].value == 32


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("es", "Alrededor de un tercio de la cocaína pasa por el Pacífico.", "un tercio de la cocaína", 33.333333),
        ("es", "Dos tercios de los homicidios ocurren en seis estados.", "Dos tercios de los homicidios", 66.666667),
        ("en", "Homicides are down about a quarter from their peak.", "a quarter", -25),
    ],
)
def test_quantity_a_third_or_a_quarter_of_a_whole_is_a_share(lang, text, written, value):
    q = one(text, lang, written)
    assert (q.kind, q.value, q.unit) == ("statistic", value, "%")


def test_quantity_a_quarter_of_an_hour_or_a_kilo_is_no_share():
    assert by_text("Esperaron un cuarto de hora.", "es") == {}
    assert one("Aseguraron tres cuartos de kilo de cocaína.", "es", "tres cuartos de kilo de cocaína").value == 0.75


def test_quantity_packages_a_seized_boat_carried_hold_the_drug_of_the_sentence_before():
    text = ("La Marina interceptó un semisumergible con 3.4 toneladas de cocaína. La embarcación, de 18 metros de "
            "eslora, transportaba 140 bultos.")
    q = one(text, "es", "140 bultos")
    assert (q.kind, q.item) == ("seizure", "cocaine packages")


def test_quantity_a_parses_blank_sentences_between_paragraphs_are_no_sentence_told():
    from pesquisa.extract.quantities import extract_quantities
    from pesquisa.records import Span

    paragraphs = ["La Marina interceptó un semisumergible con 3.4 toneladas de cocaína.",
                  "La embarcación transportaba 140 bultos.", "En total eran 900 paquetes de cocaína."]
    text = "\n\n".join(paragraphs)
    sentences, pos = [], 0
    for n, p in enumerate(paragraphs):  # a parse puts the line break between paragraphs in a "sentence" of its own
        sentences.append(Span(pos, pos + len(p)))
        pos += len(p)
        if n < len(paragraphs) - 1:
            sentences.append(Span(pos, pos + 2))
            pos += 2
    found = {q.text: q for q in extract_quantities(text, lang="es", sentences=sentences)}
    assert (found["140 bultos"].kind, found["140 bultos"].item) == ("seizure", "cocaine packages")
    assert found["900 paquetes de cocaína"].kind == "seizure"


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("Smuggled fuel costs the treasury an estimated 180bn pesos a year.", "180bn pesos", 180e9, "MXN"),
        ("Customs officials found 12 tankers carrying 3.6m litres of diesel.", "3.6m litres of diesel", 3.6e6, "l"),
    ],
)
def test_quantity_a_scale_letter_glued_before_a_currency_word_or_a_unit_scales_it(text, written, value, unit):
    q = one(text, "en", written)
    assert (q.value, q.unit) == (value, unit)


def test_quantity_an_example_told_with_one_is_no_count():
    found = by_text("In one case last year, customs officials found 12 tankers.", "en")
    assert list(found) == ["12 tankers"]


def test_quantity_illegal_taps_sealed_beside_fuel_seized_are_no_goods():
    text = "Se han asegurado 58 millones de litros de combustible y se inhabilitaron 9 mil 200 tomas clandestinas."
    assert one(text, "es", "9 mil 200 tomas clandestinas").kind == "count"


def test_quantity_containers_whose_sentence_names_their_goods_take_no_drug_from_before():
    text = ("Aseguraron 410 kilos de metanfetamina en un rancho. En el lugar también se encontraron 20 bidones con 1,000 "
            "litros de precursores químicos.")
    assert one(text, "es", "20 bidones").item == "bidones"


def test_quantity_the_stops_that_netted_goods_are_no_goods():
    text = "Together, the three stops netted more than 150 pounds of the drug. Troopers made 40 traffic stops."
    found = by_text(text, "en")
    assert "three stops" not in found or found["three stops"].kind == "count"
    assert found["40 traffic stops"].kind == "count"


def test_quantity_a_kind_told_with_tipo_does_not_break_a_list_of_seized_things():
    text = "Se aseguraron 4 embarcaciones tipo panga, 12 motores fuera de borda y 3 mil 500 litros de gasolina."
    assert one(text, "es", "12 motores").kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "low", "high", "kind"),
    [
        ("en", "Homicides in Tijuana dropped 18.5 percent, from 1,950 to 1,589.", "1,950", "1,589", "statistic"),
        ("es", "Los homicidios en Tijuana cayeron 18.5%, al pasar de 1,950 a 1,589.", "1,950", "1,589", "statistic"),
        ("en", "Seizures of cocaine rose 12%, from 5,000 to 5,600.", "5,000", "5,600", "seizure"),
    ],
)
def test_quantity_the_ends_of_a_change_after_its_percentage_keep_its_subject(lang, text, low, high, kind):
    found = by_text(text, lang)
    assert (found[low].kind, found[high].kind) == (kind, kind)
