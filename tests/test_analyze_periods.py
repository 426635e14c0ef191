"""Periods as news writes them, English and Spanish, resolved against the publication date."""

from __future__ import annotations

import pytest

from pesquisa.analyze.periods import find_periods, names_same_period

PUBLISHED = "2024-05-15"  # the last whole month is April 2024; fiscal year 2024 runs Oct 2023 - Sep 2024


@pytest.mark.parametrize(("text", "fiscal", "expected"), [
    # fiscal years
    ("CBP seized 27,023 pounds in fiscal year 2023.", True, ("fiscal year 2023", "2022-10", "2023-09")),
    ("seized in FY2024", True, ("FY2024", "2023-10", "2024-09")),
    ("seized in FY 24", True, ("FY 24", "2023-10", "2024-09")),
    ("in fiscal 2022", True, ("fiscal 2022", "2021-10", "2022-09")),
    ("en el año fiscal 2023", True, ("año fiscal 2023", "2022-10", "2023-09")),
    ("in fiscal year 2026 through April", True, ("fiscal year 2026 through April", "2025-10", "2026-04")),
    ("in the 2023 fiscal year", True, ("2023 fiscal year", "2022-10", "2023-09")),
    ("in FY-2024", True, ("FY-2024", "2023-10", "2024-09")),
    # relative fiscal years
    ("last fiscal year", True, ("last fiscal year", "2022-10", "2023-09")),
    ("el año fiscal pasado", True, ("año fiscal pasado", "2022-10", "2023-09")),
    ("so far this fiscal year", True, ("so far this fiscal year", "2023-10", "2024-04")),
    ("en lo que va del año fiscal", True, ("en lo que va del año fiscal", "2023-10", "2024-04")),
    ("since the start of the fiscal year", True, ("since the start of the fiscal year", "2023-10", "2024-04")),
    # a bare year: fiscal for CBP, calendar elsewhere
    ("In 2023, CBP seized", True, ("In 2023", "2022-10", "2023-09")),
    ("En 2023, la Patrulla Fronteriza", True, ("En 2023", "2022-10", "2023-09")),
    ("In 2023, the army seized", False, ("In 2023", "2023-01", "2023-12")),
    ("in calendar year 2023", True, ("calendar year 2023", "2023-01", "2023-12")),
    ("last year", True, ("last year", "2022-10", "2023-09")),
    ("el año pasado", False, ("el año pasado", "2023-01", "2023-12")),
    ("en lo que va del año", False, ("en lo que va del año", "2024-01", "2024-04")),
    ("so far this year", True, ("so far this year", "2023-10", "2024-04")),
    # months
    ("from October 2020 to April 2021", True, ("from October 2020 to April 2021", "2020-10", "2021-04")),
    ("between October 2020 and April 2021", True, ("between October 2020 and April 2021", "2020-10", "2021-04")),
    ("entre octubre de 2020 y abril de 2021", True, ("entre octubre de 2020 y abril de 2021", "2020-10", "2021-04")),
    ("de octubre de 2020 a abril de 2021", True, ("de octubre de 2020 a abril de 2021", "2020-10", "2021-04")),
    ("from October to March", True, ("from October to March", "2023-10", "2024-03")),
    ("October through March", True, ("October through March", "2023-10", "2024-03")),
    ("de octubre hasta marzo de 2024", True, ("de octubre hasta marzo de 2024", "2023-10", "2024-03")),
    ("the first nine months of the year", True, ("the first nine months of the year", "2023-01", "2023-09")),
    ("los primeros nueve meses de 2023", True, ("los primeros nueve meses de 2023", "2023-01", "2023-09")),
    ("the first month of fiscal 2025", True, ("the first month of fiscal 2025", "2024-10", "2024-10")),
    ("the first six months of 2024", False, ("the first six months of 2024", "2024-01", "2024-06")),
    ("the first three months of the year", True, ("the first three months of the year", "2024-01", "2024-03")),
    ("los primeros siete meses del año fiscal 2026", True,
     ("los primeros siete meses del año fiscal 2026", "2025-10", "2026-04")),
    ("the first half of fiscal year 2024", True, ("the first half of fiscal year 2024", "2023-10", "2024-03")),
    ("in the past 12 months", True, ("the past 12 months", "2023-05", "2024-04")),
    # issue 12, round 7: a fiscal year written in one word after "the first n months of", and years counted back
    ("In the first six months of FY2025, CBP seized", True, ("the first six months of FY2025", "2024-10", "2025-03")),
    ("en los primeros seis meses del FY2025", True, ("los primeros seis meses del FY2025", "2024-10", "2025-03")),
    ("in the past two years", True, ("the past two years", "2022-05", "2024-04")),
    ("en los últimos dos años", True, ("los últimos dos años", "2022-05", "2024-04")),
    ("durante los dos últimos años", True, ("los dos últimos años", "2022-05", "2024-04")),
    ("over the past year", True, ("the past year", "2023-05", "2024-04")),
    ("en el último año", True, ("el último año", "2023-05", "2024-04")),
    ("en los tres últimos años fiscales", True, ("los tres últimos años fiscales", "2020-10", "2023-09")),
    ("between fiscal 2021 and 2023", True, ("between fiscal 2021 and 2023", "2020-10", "2023-09")),
    ("entre el año fiscal 2021 y el 2023", True, ("entre el año fiscal 2021 y el 2023", "2020-10", "2023-09")),
    ("the second half of fiscal 2023", True, ("the second half of fiscal 2023", "2023-04", "2023-09")),
    ("el segundo semestre de 2023", False, ("el segundo semestre de 2023", "2023-07", "2023-12")),
    ("the first two months of FY24", True, ("the first two months of FY24", "2023-10", "2023-11")),
    ("since October", True, ("since October", "2023-10", "2024-04")),
    ("desde octubre de 2022", True, ("desde octubre de 2022", "2022-10", "2024-04")),
    ("in April 2021", True, ("in April 2021", "2021-04", "2021-04")),
    ("en marzo de 2024", True, ("en marzo de 2024", "2024-03", "2024-03")),
    ("in March", True, ("in March", "2024-03", "2024-03")),
    ("in May", True, ("in May", "2023-05", "2023-05")),
    ("since Oct. 1", True, ("since Oct. 1", "2023-10", "2024-04")),
    ("in the 12 months ending in September 2023", True,
     ("the 12 months ending in September 2023", "2022-10", "2023-09")),
    ("los 12 meses que terminaron en septiembre", True, ("los 12 meses que terminaron en septiembre", "2022-10", "2023-09")),
    ("in fiscal 2024 so far", True, ("fiscal 2024 so far", "2023-10", "2024-04")),
    ("FY24 to date", True, ("FY24 to date", "2023-10", "2024-04")),
    ("durante el año fiscal que terminó en septiembre", True,
     ("el año fiscal que terminó en septiembre", "2022-10", "2023-09")),
    ("the fiscal year that ended Sept. 30", True, ("the fiscal year that ended Sept. 30", "2022-10", "2023-09")),
    ("in calendar 2023", True, ("calendar 2023", "2023-01", "2023-12")),
    ("last month", True, ("last month", "2024-04", "2024-04")),
    ("el mes pasado", True, ("el mes pasado", "2024-04", "2024-04")),
])
def test_periods_each_form(text, fiscal, expected):
    (period,) = find_periods(text, published=PUBLISHED, fiscal_context=fiscal)
    assert (period.text, period.start, period.end) == expected


@pytest.mark.parametrize("text", ["On March 5, 2023, CBP officers seized 200 pounds.",
                                  "in the past year and a half", "durante el último año de su gobierno",
                                  "El 15 de marzo de 2023 la CBP aseguró 10 kilos.", "CBP seized 5,528 pounds."])
def test_periods_days_and_no_period_state_none(text):
    assert find_periods(text, published=PUBLISHED, fiscal_context=True) == []


def test_periods_relative_forms_need_the_publication_date():
    assert find_periods("last fiscal year and fiscal year 2023", published=None, fiscal_context=True)[0].text == \
        "fiscal year 2023"


def test_periods_several_in_one_sentence_in_order():
    text = "CBP seized 6,726 pounds in fiscal year 2026 through April, after 12,027 pounds in FY2025 and 21,889 in FY24."
    assert [(p.start, p.end) for p in find_periods(text, published="2026-05-20", fiscal_context=True)] == [
        ("2025-10", "2026-04"), ("2024-10", "2025-09"), ("2023-10", "2024-09")]


@pytest.mark.parametrize(("text", "fiscal", "expected"), [
    ("CBP seized 12,000 pounds in fiscal 2025, compared with nearly 22,000 pounds the previous year.", True,
     [("2024-10", "2025-09"), ("2023-10", "2024-09")]),
    ("La CBP decomisó 5,400 kilos en el año fiscal 2025, frente a 9,900 kilos del año fiscal anterior.", True,
     [("2024-10", "2025-09"), ("2023-10", "2024-09")]),
    ("In calendar year 2023 the army seized 90 tons, 40 tons more than a year earlier.", False,
     [("2023-01", "2023-12"), ("2022-01", "2022-12")]),
    ("the previous fiscal year", False, [("2023-10", "2024-09")]),  # no period before it: before the publication
])
def test_periods_the_year_before_the_one_named(text, fiscal, expected):
    assert [(p.start, p.end) for p in find_periods(text, published="2025-01-20", fiscal_context=fiscal)] == expected


def test_periods_dates_of_the_period():
    (period,) = find_periods("in fiscal year 2024", fiscal_context=True)
    assert (period.start_date, period.end_date) == ("2023-10-01", "2024-09-30")


def test_periods_same_period_refers_back():
    assert names_same_period("Officers seized 18,900 pounds in the same period.")
    assert names_same_period("La Marina aseguró 300 kilos en el mismo lapso.")
    assert not names_same_period("The same officers seized 300 pounds last period of play.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Measured by calendar year, CBP seized about 21,076 pounds of fentanyl in 2024.", ("in 2024", "2024-01", "2024-12")),
    ("On a calendar-year basis, CBP seized 25,041 pounds in 2023.", ("in 2023", "2023-01", "2023-12")),
    ("En 2023, la CBP aseguró 25,041 libras de fentanilo, según el conteo por año calendario.",
     ("En 2023", "2023-01", "2023-12")),
])
def test_periods_a_bare_year_in_a_sentence_counting_by_calendar_year_is_a_calendar_year(text, expected):
    (period,) = find_periods(text, published="2025-01-20", fiscal_context=True)
    assert (period.text, period.start, period.end) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Since fiscal year 2021, CBP has seized more than 90,000 pounds of fentanyl.", ("2020-10", "2026-03")),
    ("Desde el año fiscal 2021, la CBP aseguró 42 mil kilos de fentanilo.", ("2020-10", "2026-03")),
    ("Since FY2023, CBP seized 60,000 pounds.", ("2022-10", "2026-03")),
])
def test_periods_since_a_fiscal_year_runs_to_the_anchor_issue_12(text, expected):
    (period,) = find_periods(text, published="2026-04-17", fiscal_context=True)
    assert (period.start, period.end) == expected


@pytest.mark.parametrize(("text", "fiscal", "expected"), [
    # the months named first, then the same months in the fiscal year the words name
    ("From October through March, CBP seized 6,262 pounds, compared with 6,912 pounds in the same period of fiscal "
     "year 2025.", True, [("2025-10", "2026-03"), ("2024-10", "2025-03")]),
    ("Entre enero y marzo de 2025 hubo 7,000 víctimas, contra 7,500 en el mismo periodo de 2024.", False,
     [("2025-01", "2025-03"), ("2024-01", "2024-03")]),
    # a year closed with a figure, no preposition before it
    ("Guanajuato cerró 2024 con 3,151 víctimas de homicidio doloso.", False, [("2024-01", "2024-12")]),
    ("Sinaloa ended 2024 with 994 homicide victims.", False, [("2024-01", "2024-12")]),
    # the figure "of" a month, compared: "inferior a la de diciembre", "y a la de noviembre"
    ("La cifra es inferior a la de diciembre, cuando sumó 157 víctimas, y a la de noviembre, con 174.", False,
     [("2025-12", "2025-12"), ("2025-11", "2025-11")]),
    ("Hubo 1,742 víctimas en octubre, 18% menos respecto al mismo mes de 2025, cuando se registraron 2,126.", False,
     [("2025-10", "2025-10"), ("2025-10", "2025-10")]),
    # nothing named before it to move: no period, and its year is none of its own
    ("Sonora registró 498 víctimas, 12.6% más que en el mismo trimestre de 2024, cuando hubo 442.", False, []),
])
def test_periods_the_same_period_of_a_named_year_and_a_year_closed_issue_12(text, fiscal, expected):
    assert [(p.start, p.end) for p in find_periods(text, published="2026-05-15", fiscal_context=fiscal)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Abril fue el mes más alto del año.", [("2024-04", "2024-04")]),
    ("The sector's biggest month was November, the chief said.", [("2024-11", "2024-11")]),
    ("El peor mes fue julio, con 40 víctimas.", [("2024-07", "2024-07")]),
    ("It may well be so; May was quiet.", [("2024-05", "2024-05")]),
    ("He said it may was wrong.", []),
])
def test_periods_a_month_standing_alone_as_subject_or_predicate_issue_12(text, expected):
    found = find_periods(text, published="2025-01-20")
    assert [(p.start, p.end) for p in found] == expected


def test_periods_in_the_year_is_the_year_of_the_period_before_issue_12():
    found = find_periods("Since September violence raged; it recorded 40 victims in the year.", published="2025-01-20")
    assert [(p.start, p.end) for p in found] == [("2024-09", "2024-12"), ("2024-01", "2024-12")]
    assert find_periods("It recorded 40 victims in the year.", published="2025-01-20") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Nuevo León sumó 60 víctimas en todo 2024.", [("2024-01", "2024-12")]),
    ("The state recorded 60 victims in all of 2024.", [("2024-01", "2024-12")]),
    ("Junio cerró con 96 víctimas de secuestro.", [("2024-06", "2024-06")]),
    ("The season ended with 40 victims.", []),
])
def test_periods_all_of_a_year_and_a_month_closed_issue_12(text, expected):
    found = find_periods(text, published="2025-01-20")
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("La CBP decomisó 9 mil libras en el año fiscal 2025. En el año calendario 2023, la agencia aseguró 149 mil libras.",
     [("2024-10", "2025-09"), ("2023-01", "2023-12")]),
    ("Durante el año natural 2024, la CBP incautó 21 mil libras de fentanilo.", [("2024-01", "2024-12")]),
    ("Since September violence raged; it recorded 40 victims in the year.", [("2024-09", "2024-12"), ("2024-01", "2024-12")]),
])
def test_periods_a_calendar_year_told_in_spanish_after_el_ano_is_that_year_issue_12(text, expected):
    found = find_periods(text, published="2025-01-20", fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("CBP seized 16,566 pounds of fentanyl during the first nine months of this year.", [("2024-01", "2024-09")]),
    ("En los primeros seis meses de este año, la CBP decomisó 7 mil libras de metanfetamina.", [("2024-01", "2024-06")]),
    ("La cifra del primer semestre del presente año es la más baja.", [("2024-01", "2024-06")]),
])
def test_periods_the_first_months_of_this_year_are_the_publications_year_issue_12(text, expected):
    found = find_periods(text, published="2024-10-16", fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("In the first quarter of this year, CBP seized 2,402 pounds of fentanyl.", "2025-04-15", [("2025-01", "2025-03")]),
    ("Along the southwest border, the agency seized 4,472 pounds of fentanyl over the first six months of last year.",
     "2026-04-30", [("2025-01", "2025-06")]),
    ("En el primer semestre del año pasado, la Patrulla Fronteriza aseguró 900 libras.", "2026-04-30",
     [("2025-01", "2025-06")]),
    ("En el primer trimestre del año fiscal pasado, la CBP decomisó 3 mil libras.", "2026-04-30", [("2024-10", "2024-12")]),
])
def test_periods_a_part_of_this_or_last_year_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "fiscal", "expected"), [
    ("En el año 2023, la CBP decomisó 140 mil libras de metanfetamina.", True, [("2022-10", "2023-09")]),
    ("CBP seized 1,500 pounds of heroin in the year 2022.", True, [("2021-10", "2022-09")]),
    ("Sinaloa registró 1,200 víctimas de homicidio durante el año 2024.", False, [("2024-01", "2024-12")]),
])
def test_periods_a_year_told_with_its_year_word_issue_12(text, fiscal, expected):
    found = find_periods(text, published="2025-07-22", fiscal_context=fiscal)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("So far this calendar year, Border Patrol agents have seized 830 pounds of fentanyl.", "2025-06-10",
     [("2025-01", "2025-05")]),
    ("CBP has seized 2,900 pounds of meth this calendar year, the agency said.", "2024-08-03", [("2024-01", "2024-07")]),
    ("So far in calendar year 2025, officers seized 1,200 pounds of cocaine.", "2025-03-20", [("2025-01", "2025-02")]),
    ("En lo que va del año calendario, la CBP ha asegurado 950 libras de fentanilo.", "2025-06-10",
     [("2025-01", "2025-05")]),
    ("En lo que va del año natural de 2024, la Patrulla Fronteriza incautó 400 libras.", "2024-09-12",
     [("2024-01", "2024-08")]),
])
def test_periods_a_calendar_year_to_date_is_january_to_the_last_month_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Last calendar year, the agency seized 9,800 pounds of methamphetamine.", "2025-02-11", [("2024-01", "2024-12")]),
    ("CBP seized 3,100 pounds of fentanyl in the previous calendar year.", "2024-03-05", [("2023-01", "2023-12")]),
    ("Durante el año calendario pasado, la CBP aseguró 8 mil libras de cocaína.", "2026-02-02", [("2025-01", "2025-12")]),
    ("En el año natural anterior, la Patrulla Fronteriza incautó 700 libras.", "2025-07-01", [("2024-01", "2024-12")]),
])
def test_periods_the_calendar_year_before_is_the_one_before_publication_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("In December and January alone, Border Patrol agents seized 900 pounds of fentanyl.", "2025-03-04",
     [("2024-12", "2025-01")]),
    ("En julio y agosto de 2023 la CBP decomisó 4 mil libras de metanfetamina.", "2024-02-01", [("2023-07", "2023-08")]),
    # two months apart are the two alone (form "months-apart", see below); "respectively" gives each figure its month
    ("CBP seized 700 pounds in January and March.", "2025-06-01", [("2025-01", "2025-03")]),
    ("Agents seized 700 and 650 pounds in May and June, respectively.", "2025-08-01", [("2025-05", "2025-05")]),
])
def test_periods_two_months_told_with_and_are_one_span_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found][:1] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("From the start of the fiscal year through February, CBP seized 5,600 pounds of fentanyl.", "2026-04-02",
     [("2025-10", "2026-02")]),
    ("Desde el inicio del año fiscal hasta marzo, la Patrulla Fronteriza aseguró 1,100 libras.", "2025-05-10",
     [("2024-10", "2025-03")]),
    ("Since the start of the fiscal year, officers have seized 2,000 pounds.", "2025-01-15", [("2024-10", "2024-12")]),
])
def test_periods_the_fiscal_year_from_its_start_through_a_month_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("In the third quarter of fiscal 2023, from April through June, CBP seized 7,000 pounds of fentanyl.", "2026-02-10",
     [("2023-04", "2023-06"), ("2023-04", "2023-06")]),
    ("En el año fiscal 2022, de octubre a diciembre, la CBP aseguró 3 mil libras de fentanilo.", "2025-05-10",
     [("2021-10", "2022-09"), ("2021-10", "2021-12")]),
    # a span of its own sentence part keeps the publication's year
    ("In fiscal 2024 CBP seized 20,000 pounds; from July through September it seized 6,000.", "2025-11-05",
     [("2023-10", "2024-09"), ("2025-07", "2025-09")]),
])
def test_periods_months_restating_a_named_period_take_its_year_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("CBP seized 1,200 pounds of fentanyl in January and March.", "2025-06-01", ("2025-01", "2025-03", "months-apart")),
    ("En julio y septiembre de 2024 la CBP decomisó 9 mil libras de cocaína.", "2025-01-20",
     ("2024-07", "2024-09", "months-apart")),
    ("In November 2023 and February 2024, agents seized 800 pounds.", "2024-06-01", ("2023-11", "2024-02", "months-apart")),
    ("En octubre y noviembre la Patrulla Fronteriza aseguró 500 libras.", "2025-02-01", ("2024-10", "2024-11", "months")),
])
def test_periods_two_months_apart_are_the_two_alone_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert (found[0].start, found[0].end, found[0].form) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("CBP seized 3,100 pounds of fentanyl in Q1 FY2025, the agency said.", "2025-05-15", [("2024-10", "2024-12")]),
    ("In FY25 Q2, officers seized 2,400 pounds.", "2025-05-15", [("2025-01", "2025-03")]),
    ("Seizures in Q3 of fiscal 2024 came to 41,000 pounds.", "2025-05-15", [("2024-04", "2024-06")]),
    ("Los homicidios bajaron en el Q4 2024.", "2025-02-01", [("2024-10", "2024-12")]),  # a calendar quarter
])
def test_periods_quarters_as_cbp_shortens_them_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("CBP seized 9,000 pounds of meth in October-December 2024.", "2025-05-15", [("2024-10", "2024-12")]),
    ("In October through December 2024, agents seized 9,000 pounds.", "2025-05-15", [("2024-10", "2024-12")]),
    ("La CBP aseguró 9 mil libras en el bimestre enero-febrero de 2025.", "2025-05-15", [("2025-01", "2025-02")]),
    ("In October 2023-March 2024, CBP seized 9,000 pounds.", "2025-05-15", [("2023-10", "2024-03")]),
    ("En mayo a junio la cifra de aseguramientos subió.", "2025-08-15", [("2025-05", "2025-06")]),
    ("En mayo la cifra de aseguramientos subió.", "2025-08-15", [("2025-05", "2025-05")]),
])
def test_periods_a_span_of_months_joined_by_a_hyphen_or_a_word_after_in_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Agents seized 13,000 pounds of meth last December.", "2025-05-15", [("2024-12", "2024-12")]),
    ("This past March, CBP seized 760 pounds of fentanyl.", "2025-05-15", [("2025-03", "2025-03")]),
])
def test_periods_last_december_is_the_latest_december_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("In May and June 2024, CBP seized 2,348 and 1,428 pounds of fentanyl, respectively.", "2025-05-02",
     [("2024-05", "2024-05"), ("2024-06", "2024-06")]),
    ("En mayo y junio de 2024 la CBP aseguró 2,348 y 1,428 libras de fentanilo, respectivamente.", "2025-05-02",
     [("2024-05", "2024-05"), ("2024-06", "2024-06")]),
])
def test_periods_two_months_paired_with_figures_respectively_stay_apart_issue_12(text, published, expected):
    # "respectively" at the end of the sentence, not right after the months, still gives each figure its own month
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Cocaine seizures came to 9,223 pounds, while September alone saw 644 pounds of fentanyl seized.", "2025-11-18",
     [("2025-09", "2025-09")]),
    ("Enero registró 145 víctimas de homicidio doloso en Guerrero.", "2025-03-01", [("2025-01", "2025-01")]),
    ("Protesters march saw nothing of the sort.", "2025-03-01", []),
])
def test_periods_a_month_as_the_subject_of_its_figure_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # right after a dateline's dash, and the next month of the run with its verb left out
    ("TUCSON, Ariz. (Border Report) — March brought 763 pounds of fentanyl seizures nationwide, and April, 772 pounds.",
     "2025-07-22", [("2025-03", "2025-03"), ("2025-04", "2025-04")]),
    ("CIUDAD DE MÉXICO.— Diciembre registró 2,271 víctimas de homicidio doloso, frente a 2,462 en noviembre.",
     "2025-02-05", [("2024-12", "2024-12"), ("2024-11", "2024-11")]),
])
def test_periods_a_month_as_the_subject_after_a_dateline_and_in_a_run_issue_12(text, published, expected):
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("En el primer bimestre de 2025, Guanajuato sumó 361 víctimas.", "2025-03-20", [("2025-01", "2025-02")]),
    ("En el primer bimestre del año fiscal 2025, la CBP decomisó 20,777 libras.", "2025-03-20", [("2024-10", "2024-11")]),
    ("Durante el último bimestre de 2024, la CBP aseguró 2,100 libras.", "2025-03-20", [("2024-11", "2024-12")]),
    ("En el tercer bimestre de 2024 hubo 540 víctimas.", "2025-03-20", [("2024-05", "2024-06")]),
    ("En el primer cuatrimestre de 2025 hubo 900 víctimas.", "2025-06-20", [("2025-01", "2025-04")]),
    ("Las víctimas de secuestro fueron 71 en el primer bimestre del año.", "2025-05-10", [("2025-01", "2025-02")]),
])
def test_periods_a_bimester_or_a_four_month_part_of_a_year_issue_12(text, published, expected):
    # "el primer bimestre de 2025" was read as the bare year after it (fiscal 2025 for CBP), the fiscal one as a whole year
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("In the first half of calendar 2024, CBP seized 93,018 pounds of meth.", "2025-12-05", [("2024-01", "2024-06")]),
    ("In the first quarter of calendar 2024, CBP seized 44,000 pounds.", "2025-12-05", [("2024-01", "2024-03")]),
    ("En el primer trimestre del año natural 2024 la CBP decomisó 10 mil libras.", "2025-12-05", [("2024-01", "2024-03")]),
    ("En el primer semestre del año calendario 2024, la CBP aseguró 93 mil libras.", "2025-12-05", [("2024-01", "2024-06")]),
])
def test_periods_a_part_of_a_named_calendar_year_issue_12(text, published, expected):
    # "of calendar 2024" was the whole (calendar) year; "del año natural 2024" left the year unread
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("En los dos primeros meses de 2025, la CBP aseguró 1,639 libras de fentanilo.", "2025-05-15", [("2025-01", "2025-02")]),
    ("En los tres primeros trimestres de 2024 hubo 20 mil víctimas.", "2025-05-15", [("2024-01", "2024-09")]),
    ("In the first three quarters of fiscal 2024, CBP seized 17,000 pounds.", "2025-05-15", [("2023-10", "2024-06")]),
    ("During the 2023 calendar year, CBP seized 76,989 pounds of cocaine.", "2025-05-15", [("2023-01", "2023-12")]),
    ("In the 12 months to March 2025, CBP seized 10,000 pounds.", "2025-05-15", [("2024-04", "2025-03")]),
])
def test_periods_first_months_told_in_spanish_order_and_quarters_counted_issue_12(text, published, expected):
    # "los dos primeros meses de 2025" and "the first three quarters of fiscal 2024" were the whole (fiscal) year after
    # them, "the 2023 calendar year" no period, "the 12 months to March 2025" March alone
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Between January and April of this year, CBP seized 3,174 pounds of fentanyl.", "2025-05-20", [("2025-01", "2025-04")]),
    ("De enero a abril del año pasado, la CBP aseguró 3,100 libras de fentanilo.", "2025-05-20", [("2024-01", "2024-04")]),
    ("January-March of last year saw 5,000 pounds seized.", "2025-05-20", [("2024-01", "2024-03")]),
])
def test_periods_a_span_of_months_of_this_year_or_last_issue_12(text, published, expected):
    # "of this year" after the span was read as a year to date of its own (the fiscal one, for CBP), which the
    # claim took
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("In the last two months of 2024, fentanyl seizures came to 2,518 pounds.", "2025-05-20", [("2024-11", "2024-12")]),
    ("En los últimos tres meses de 2024 hubo 1,200 víctimas.", "2025-05-20", [("2024-10", "2024-12")]),
    ("En los tres últimos meses del año fiscal 2024, la CBP aseguró 6,700 libras.", "2025-05-20", [("2024-07", "2024-09")]),
    ("In the last three months, CBP seized 2,400 pounds.", "2025-05-20", [("2025-02", "2025-04")]),  # no year: up to now
])
def test_periods_the_last_months_of_a_named_year_issue_12(text, published, expected):
    # "the last two months of 2024" were the two months before publication
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("During the first quarter of the 2025 fiscal year, cocaine seizures totaled 19,390 pounds.", "2025-06-05",
     [("2024-10", "2024-12")]),
    ("In the first nine months of the 2024 fiscal year, CBP seized 15,191 pounds.", "2025-06-05", [("2023-10", "2024-06")]),
    ("In the first half of the 2024 calendar year, CBP seized 93,018 pounds.", "2025-06-05", [("2024-01", "2024-06")]),
])
def test_periods_a_part_of_a_year_written_before_its_kind_issue_12(text, published, expected):
    # "of the 2025 fiscal year" was no year of the part: the claim took the whole fiscal year after it
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Agents seized 3,210 pounds of fentanyl in the October-to-December period.", "2025-03-14", [("2024-10", "2024-12")]),
    ("Officers seized 910 pounds in the January-through-March stretch of 2025.", "2025-06-05", [("2025-01", "2025-03")]),
    ("In the fiscal year through February, fentanyl seizures totaled 5,020 pounds.", "2025-03-14", [("2024-10", "2025-02")]),
    ("En el año fiscal hasta marzo, la CBP aseguró 7,800 libras de cocaína.", "2025-04-20", [("2024-10", "2025-03")]),
    ("Border agents seized 17,400 pounds of fentanyl in the year through April.", "2025-05-20", [("2024-05", "2025-04")]),
    ("Seizures reached 20,100 pounds in the year to March 2024.", "2025-05-20", [("2023-04", "2024-03")]),
])
def test_periods_joined_month_spans_and_years_through_a_month_issue_12(text, published, expected):
    # "October-to-December" and "the year through April" were no period; "the fiscal year through February" took the
    # month of the claim before it
    found = find_periods(text, published=published, fiscal_context=True)
    assert [(p.start, p.end) for p in found] == expected
