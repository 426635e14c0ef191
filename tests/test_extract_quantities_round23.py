"""Quantities, round 23: complaints of a crime against people, the crime told after "por el delito de", before them or
earlier in their clause, are the crime's statistic; money listed between goods seized is seized."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("es", "En marzo, la fiscalía recibió 87 denuncias por el delito de secuestro.", "87 denuncias", "statistic"),
        ("es", "Por el delito de secuestro se presentaron 9 denuncias en febrero.", "9 denuncias", "statistic"),
        ("es", "Las denuncias por fraude subieron a 310, y las de homicidio se quedaron en 55 casos.", "55 casos", "statistic"),
        ("en", "Fraud complaints rose to 310, while those for kidnapping stayed at 55 cases.", "55 cases", "statistic"),
        ("es", "En marzo se presentaron 230 denuncias por robo de vehículo.", "230 denuncias", "count"),
        ("es", "Hubo 4 secuestros en enero, y la policía atendió 20 casos de extorsión.", "20 casos", "count"),
        ("es", "Las fiscalías abrieron 1,688 carpetas de investigación por homicidio doloso.", "1,688 carpetas", "count"),
    ],
)
def test_quantity_complaints_of_a_crime_against_people_are_its_statistic(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind"),
    [
        ("en", "Deputies seized 30 pounds of meth, $85,000 in drug proceeds and 12 rifles.", "$85,000", "seizure"),
        ("es", "Se aseguraron 8 kilos de cocaína, 900 mil pesos de ganancias ilícitas y 6 armas largas.", "900 mil pesos",
         "seizure"),
        ("en", "Deputies seized 30 pounds of meth worth $85,000 and 12 rifles.", "$85,000", "money"),
        ("es", "Se incautaron 40 kilos de cocaína, 2 millones de dólares, 700 mil pesos y 5 fusiles.", "2 millones de dólares",
         "seizure"),
        ("es", "Se incautaron 40 kilos de cocaína, 2 millones de dólares, 700 mil pesos y 5 fusiles.", "700 mil pesos", "seizure"),
        ("es", "Se incautaron 40 kilos de cocaína; la red lavó 2 millones de dólares y 700 mil pesos.", "700 mil pesos", "money"),
    ],
)
def test_quantity_money_between_two_goods_seized_in_one_list_is_seized(lang, text, written, kind):
    assert by_text(text, lang)[written].kind == kind
