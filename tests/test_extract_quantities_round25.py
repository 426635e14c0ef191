"""Quantities, round 25: people arrested past a relative clause on them; drugs a failed smuggling attempt or a hiding
place tells were taken."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("es", "La Guardia Nacional detuvo una pipa en la autopista. Las tres mujeres que iban a bordo fueron aprehendidas.",
         "tres mujeres", 3),
        ("es", "Un operativo se montó en la sierra. Los seis hombres, que portaban chalecos tácticos, fueron capturados.",
         "seis hombres", 6),
        ("en", "Troopers stopped an SUV on Interstate 10. The two men who were riding in the back were later arrested.",
         "two men", 2),
    ],
)
def test_quantity_people_arrested_past_a_relative_clause_on_them_are_counted(lang, text, written, value):
    q = one(text, lang, written)
    assert (q.value, q.kind) == (value, "count")


def test_quantity_people_whose_clause_tells_someone_else_arrested_add_no_fact():
    text = "Las dos mujeres que denunciaron que sus hijos fueron detenidos marcharon al Zócalo."
    assert "dos mujeres" not in by_text(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "A Mexicali woman tried to smuggle 95 pounds of fentanyl powder through the Calexico port of entry.",
         "95 pounds of fentanyl"),
        ("en", "Prosecutors said the driver hid 230 pounds of cocaine inside the spare tire of a sedan.",
         "230 pounds of cocaine"),
        ("es", "El conductor intentó introducir 48 kilos de metanfetamina por la garita de San Ysidro.",
         "48 kilos de metanfetamina"),
    ],
)
def test_quantity_drugs_of_a_failed_smuggling_attempt_or_a_hiding_place_are_seized(lang, text, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_drugs_smuggled_over_years_stay_a_count():
    text = "Over a decade, the network smuggled 40 tons of cocaine into the United States."
    assert one(text, "en", "40 tons of cocaine").kind == "count"


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("es", "La FGR ofrece hasta un millón y medio de pesos por información sobre su paradero.",
         "un millón y medio de pesos", 1_500_000),
        ("es", "Pemex estimó que en el año le robaron dos millones y medio de litros de diésel.",
         "dos millones y medio de litros de diésel", 2_500_000),
        ("en", "The broker admitted taking a million and a half dollars from the cartel.",
         "a million and a half dollars", 1_500_000),
    ],
)
def test_quantity_a_million_and_a_half_is_half_a_million_more(lang, text, written, value):
    assert one(text, lang, written).value == value


def test_quantity_a_whole_number_and_a_half_still_takes_half_a_unit():
    text = "Marines seized two and a half tons of cocaine off Oaxaca."
    assert one(text, "en", "two and a half tons of cocaine").value == 2500


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("es", "En el operativo fueron rescatadas 64 personas, de las cuales doce son menores de edad.", "doce", 12),
        ("es", "De los 40 migrantes localizados en la caja del tráiler, seis eran menores no acompañados.", "seis", 6),
        ("en", "Of the 31 defendants charged in the case, 22 remain fugitives, while eleven have been extradited.",
         "eleven", 11),
    ],
)
def test_quantity_a_number_word_counting_a_part_of_a_group_counted_before_is_kept(lang, text, written, value):
    assert one(text, lang, written).value == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Agents questioned the smugglers. The two were later released on bond."),
        ("es", "Los dos se reunieron en Palacio Nacional y tres más llegaron después."),
    ],
)
def test_quantity_a_bare_number_word_with_no_group_before_stays_out(lang, text):
    assert not any(q.value in (2, 3) and q.item is None for q in by_text(text, lang).values())


def test_quantity_a_number_word_after_a_whole_told_in_words_is_kept():
    text = "Of the nine crew members, four were Ecuadorian nationals, the navy said."
    assert one(text, "en", "four").value == 4


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("en", "Detectives took 31 complaints for femicide and 522 for domestic violence in April.", "522", "count"),
        ("en", "Officers logged 14 reports of abduction and 88 of vandalism.", "88 of vandalism", "count"),
        ("es", "En octubre se abrieron 980 denuncias por robo y 27 por secuestro en el estado.", "27", "statistic"),
    ],
)
def test_quantity_a_figure_listed_after_cases_of_a_crime_is_read_by_its_own_crime(lang, text, written, kind):
    assert one(text, lang, written).kind == kind


def test_quantity_people_arrested_after_another_group_counted_by_their_noun_are_counted():
    text = ("Fueron localizadas 38 personas reportadas como desaparecidas. Las cuatro personas que iban con la joven "
            "fueron detenidas en Escobedo.")
    assert one(text, "es", "cuatro personas").value == 4


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("en", "Of the 260 smuggling arrests, forty-one involved drivers under 18, the agency said.", "forty-one", 41),
        ("es", "De los 75 detenidos en la frontera, nueve portaban armas de fuego, informó la Guardia Nacional.",
         "nueve", 9),
    ],
)
def test_quantity_a_number_word_right_after_its_whole_is_the_part_whatever_its_verb(lang, text, written, value):
    assert one(text, lang, written).value == value


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Las denuncias por extorsión sumaron 730 en el trimestre, y las de secuestro 22.", "statistic"),
        ("Las denuncias por extorsión sumaron 730 en el trimestre, y las de fraude 22.", "count"),
    ],
)
def test_quantity_a_bare_figure_after_cases_told_by_a_pronoun_and_their_crime_is_read_by_that_crime(text, kind):
    assert one(text, "es", "22").kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("es", "Se detectó una toma en un ducto de Pemex. Los cuatro trabajadores que abrían la válvula fueron detenidos.",
         "cuatro trabajadores", 4),
        ("en", "Inspectors found cocaine in a cargo plane. The two employees who loaded it were later arrested.",
         "two employees", 2),
        ("es", "Se detectó una toma en un ducto. Los seis trabajadores de Pemex que operaban la válvula fueron detenidos.",
         "seis trabajadores", 6),
    ],
)
def test_quantity_staff_arrested_after_the_are_counted(lang, text, written, value):
    q = one(text, lang, written)
    assert (q.value, q.kind) == (value, "count")
