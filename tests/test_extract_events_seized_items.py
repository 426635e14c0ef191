"""Events, stop 41: a seizure told with "asegurado" (also "said") and the goods a raid turns up, item by item."""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


@pytest.mark.parametrize("text", [
    "En el domicilio fueron asegurados un fusil AR-15, dosis de cristal y una camioneta blindada, informó la Fiscalía.",
    "Durante el cateo, agentes de la Policía Estatal aseguraron dos pistolas, cargadores y granadas.",
    "Agentes de la Fiscalía aseguraron una camioneta con reporte de robo en la colonia Las Quintas.",
])
def test_goods_told_item_by_item_make_a_seizure(text):
    assert [e["type"] for e in event_dicts(text, "2026-12-07")].count("seizure") == 1


@pytest.mark.parametrize("text", [
    "El fiscal aseguró que la investigación sigue abierta y que no hay más detenidos por ahora.",
    "La gobernadora aseguró que la seguridad del estado mejoró este año.",
])
def test_aseguro_that_is_no_seizure(text):
    assert [e for e in event_dicts(text, "2026-12-07") if e["type"] == "seizure"] == []


@pytest.mark.parametrize("text", [
    "La Guardia Civil ha intervenido más de 2.000 kilos de cocaína ocultos en un contenedor en el puerto de Vigo.",
    "Agentes de la Policía Nacional intervinieron 300 kilos de hachís en una nave de Algeciras.",
])
def test_spains_intervenido_with_drugs_is_a_seizure(text):
    assert [e["type"] for e in event_dicts(text, "2026-12-07")].count("seizure") == 1


@pytest.mark.parametrize("text", [
    "El ministro del Interior ha intervenido en el Congreso para explicar el plan contra el narcotráfico.",
    "El paciente fue intervenido quirúrgicamente en el hospital de Vigo.",
])
def test_spains_intervenido_without_goods_is_no_seizure(text):
    assert [e for e in event_dicts(text, "2026-12-07") if e["type"] == "seizure"] == []
