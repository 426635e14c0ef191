"""Quantities, round 23: the files a prosecutor opens for a crime against people, told as "carpetas de investigación
por homicidio" or with the crime earlier in the clause, are the crime's statistic."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "En marzo, la Fiscalía de Sonora inició 87 carpetas de investigación por homicidio doloso.", "87 carpetas",
         "statistic"),
        ("es", "La fiscalía abrió 12 carpetas por el delito de secuestro durante el trimestre.", "12 carpetas", "statistic"),
        ("es", "Por el delito de secuestro se iniciaron 9 carpetas en febrero.", "9 carpetas", "statistic"),
        ("es", "Las denuncias por fraude subieron a 310, y las de homicidio se quedaron en 55 casos.", "55 casos", "statistic"),
        ("es", "En marzo se abrieron 230 carpetas de investigación por robo de vehículo.", "230 carpetas", "count"),
        ("es", "Hubo 4 secuestros en enero, y la policía atendió 20 casos de extorsión.", "20 casos", "count"),
    ],
)
def test_quantity_files_opened_for_a_crime_against_people_are_its_statistic(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        ("Investigators opened 64 investigations into kidnappings last year.", "64 investigations", "statistic"),
        ("Investigators opened 64 investigations into tax fraud last year.", "64 investigations", "count"),
    ],
)
def test_quantity_investigations_into_a_crime_against_people_are_its_statistic(text, written, kind):
    assert by_text(text, "en")[written].kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("en", "Deputies seized 30 pounds of meth, $85,000 in drug proceeds and 12 rifles.", "$85,000", "seizure"),
        ("es", "Se aseguraron 8 kilos de cocaína, 900 mil pesos de ganancias ilícitas y 6 armas largas.", "900 mil pesos",
         "seizure"),
        ("en", "Deputies seized 30 pounds of meth worth $85,000 and 12 rifles.", "$85,000", "money"),
    ],
)
def test_quantity_money_between_two_goods_seized_in_one_list_is_seized(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind
