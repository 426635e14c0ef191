"""Quantities, stop 43: an authority's totals over a period and the yearly traffic of drugs are statistics."""

from __future__ import annotations

import pytest
from _quantity_helpers import one


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "La fiscalía estatal informó que durante 2024 se abrieron 980 carpetas de investigación por extorsión.",
         "980 carpetas", "statistic"),
        ("es", "En el mismo periodo se localizaron 64 fosas clandestinas en el norte del estado.", "64 fosas clandestinas",
         "statistic"),
        ("es", "La policía realizó 415 detenciones por narcomenudeo en lo que va del año.", "415 detenciones", "statistic"),
        ("es", "En 2024 las fuerzas federales detuvieron a 2.310 personas por narcotráfico en la provincia.",
         "2.310 personas", "statistic"),
        ("en", "In fiscal year 2025, the sheriff's office made 1,120 arrests on drug charges.", "1,120 arrests", "statistic"),
        ("en", "The state prosecutor said 230 cases of extortion were opened so far this year.", "230 cases", "statistic"),
        # one event's arrests and files stay counts
        ("es", "Fueron detenidas cinco personas durante el cateo.", "cinco personas", "count"),
        ("es", "La fiscalía abrió 3 carpetas de investigación por los hechos.", "3 carpetas", "count"),
        ("en", "Police made 14 arrests during the raid on Tuesday.", "14 arrests", "count"),
    ],
)
def test_quantity_an_authoritys_total_over_a_period_is_a_statistic(lang, text, written, kind):
    assert one(text, lang, written).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "The network moved between 8 and 12 tons of cocaine each year through the Pacific coast.", "between 8 and 12 tons of cocaine"),
        ("es", "Según la fiscalía, la red traficaba unas 200 toneladas de cocaína al año hacia Europa.",
         "200 toneladas de cocaína"),
        ("en", "Investigators say the lab turned out about 50 kilograms of fentanyl a month for the cartel.",
         "50 kilograms of fentanyl"),
    ],
)
def test_quantity_a_weight_of_drugs_trafficked_each_year_is_a_statistic(lang, text, written):
    assert one(text, lang, written).kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "Entre enero y junio, la policía estatal puso a disposición del Ministerio Público a 1 mil 250 personas.",
         "1 mil 250 personas", "statistic"),
        ("es", "La Fiscalía informó que en 2024 abrió 512 procesos por lavado de activos en Antioquia.", "512 procesos",
         "statistic"),
        ("en", "Peru produced about 1,000 tons of cocaine in 2023, the report said.", "1,000 tons of cocaine", "statistic"),
        ("es", "La producción de cocaína alcanzó 2.100 toneladas en 2022, según la ONU.", "2.100 toneladas", "statistic"),
        # a lab's capacity stays a potential; a seizure told with its year stays a seizure
        ("en", "Troops dismantled a lab able to produce 3 tons of cocaine a month in 2024.", "3 tons of cocaine", "count"),
        ("en", "Police seized 2 tons of cocaine produced in Colombia in 2024.", "2 tons of cocaine", "seizure"),
    ],
)
def test_quantity_people_handed_over_files_and_production_over_a_period_are_statistics(lang, text, written, kind):
    assert one(text, lang, written).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "Según la policía, en 2025 se han capturado 980 personas por tráfico de drogas.", "980 personas", "statistic"),
        ("en", "The agency said its officers made 1,900 arrests in the year to March.", "1,900 arrests", "statistic"),
    ],
)
def test_quantity_arrests_told_with_se_or_by_the_year_to_a_month_are_statistics(lang, text, written, kind):
    assert one(text, lang, written).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Two men who plotted to import 40kg of cocaine were jailed. The drugs, which had a street value of £3.2 million, "
               "were intercepted by Border Force.", "seizure"),
        ("es", "Un hombre intentó llevar 30 kilos de cocaína a Madrid. La droga, que tenía un valor de 1,5 millones de euros, "
               "fue intervenida en Barajas.", "seizure"),
        ("en", "Two men who plotted to import 40kg of cocaine were jailed. The drugs, which had a street value of £3.2 million, "
               "were never intercepted.", "count"),
    ],
)
def test_quantity_goods_a_later_sentence_seizes_past_an_aside_are_seized(lang, text, kind):
    written = "40kg of cocaine" if lang == "en" else "30 kilos de cocaína"
    assert one(text, lang, written).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "En lo corrido del año, la Fiscalía ha iniciado 120 investigaciones por extorsión en el Cauca.",
         "120 investigaciones", "statistic"),
        ("es", "Desde el inicio de la administración se han detenido a 2,300 personas en Michoacán.", "2,300 personas",
         "statistic"),
        ("en", "The regional command said it had arrested 320 suspects for drug offences since January.", "320 suspects",
         "statistic"),
        # one raid's suspects stay a count
        ("en", "Police arrested 12 suspects during a raid at a stash house on Friday.", "12 suspects", "count"),
    ],
)
def test_quantity_totals_so_far_this_year_or_since_a_month_are_statistics(lang, text, written, kind):
    assert one(text, lang, written).kind == kind
