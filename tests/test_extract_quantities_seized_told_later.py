"""Quantities, round 35: goods counted on their way ("llegó con 3.000 kilos de cocaína a bordo") are seized when a later
sentence tells the drug seized ("La droga fue asegurada"); a seizure denied, or a drug lord captured, takes none."""

from __future__ import annotations

import pytest
from _quantity_helpers import one


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Un semisumergible llegó a la ría de Arousa con 3.000 kilos de cocaína a bordo. Sus tres tripulantes huyeron a "
         "nado. Horas después, la droga fue asegurada por la Guardia Civil.", "es", "3.000 kilos de cocaína"),
        ("Una avioneta aterrizó en un camino de terracería con 400 kilos de cocaína. Elementos del Ejército aseguraron "
         "la droga y la aeronave.", "es", "400 kilos de cocaína"),
        ("A narco sub carrying about 2,000 kilograms of cocaine reached the Galician coast on Sunday. Three crew members "
         "fled. The drugs were later seized by the Civil Guard.", "en", "2,000 kilograms of cocaine"),
        ("A small plane landed on a dirt strip with 300 kilos of cocaine aboard. Soldiers seized the cocaine and the "
         "aircraft.", "en", "300 kilos of cocaine"),
    ],
)
def test_quantity_goods_a_later_sentence_seizes_are_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Un semisumergible llegó a la costa con 3.000 kilos de cocaína a bordo. La droga nunca fue asegurada.", "es",
         "3.000 kilos de cocaína"),
        ("The cartel stored some 5,000 kilograms of cocaine in the port's warehouses. The drug lord was captured in "
         "2016.", "en", "5,000 kilograms of cocaine"),
        ("The boat carried 2,000 kilograms of cocaine, investigators said. The drugs were never recovered.", "en",
         "2,000 kilograms of cocaine"),
    ],
)
def test_quantity_goods_no_later_sentence_seizes_stay_a_count(text, lang, written):
    assert one(text, lang, written).kind == "count"
