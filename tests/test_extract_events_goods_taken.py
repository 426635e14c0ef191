"""Events, stop 42: what a verb took decides its type.

Goods "secuestrados" in the Southern Cone are seized, a person "secuestrado" is kidnapped; a boat "aprehendido" is
seized, a person arrested; suspects "picked up" are arrested; labs put out of use in the plural are seized; a
detainee whose release is sought is no arrest of the story; the "procedimiento" told with its day is the operation's.
"""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


def _types(text: str, published: str = "2025-04-02") -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for e in event_dicts(text, published):
        out.setdefault(e["type"], []).append(e)
    return out


@pytest.mark.parametrize("text", [
    "La Policía Federal Argentina secuestró 300 kilos de cocaína en un galpón de Rosario el lunes.",
    "Gendarmes secuestraron más de 1.200 kilos de marihuana en un camión sobre la ruta 14 el lunes.",
    "La Prefectura Naval realizó el secuestro de 40 armas de fuego en el puerto de Montevideo el lunes.",
    "Efectivos de la Prefectura secuestraron el lunes 3.000 cartones de cigarrillos de contrabando en una lancha.",
])
def test_goods_secuestrados_are_seized_not_kidnapped(text):
    found = _types(text)
    assert "seizure" in found and "attack" not in found, found


@pytest.mark.parametrize("text", [
    "Un grupo armado secuestró la mañana del lunes al comerciante Jorge Medina en Culiacán.",
    "Hombres armados secuestraron a dos jóvenes en una camioneta en Celaya el lunes.",
    "Hombres armados secuestraron el lunes por la noche a dos productores que viajaban en un camión en Fresnillo.",
])
def test_a_person_secuestrado_is_kidnapped(text):
    found = _types(text)
    assert "attack" in found and "seizure" not in found, found


def test_the_drugs_secuestrada_told_again_are_no_kidnapping():
    text = "La droga secuestrada fue trasladada a la sede de la fiscalía federal de Rosario el lunes."
    assert "attack" not in _types(text)


def test_a_boat_aprehendido_is_seized_not_arrested():
    text = "La Armada aprehendió una embarcación con 900 kilos de cocaína el lunes frente a Tumaco."
    found = _types(text)
    assert "seizure" in found and "arrest" not in found, found


def test_a_person_aprehendido_is_arrested():
    text = "Agentes de la Policía Nacional aprehendieron a Luis Ortega el lunes en Guayaquil."
    assert "arrest" in _types(text)


@pytest.mark.parametrize("text", [
    "Two suspects, Kofi Asante and Ama Owusu, were picked up by police on Monday at Tema.",
    "Police picked up three suspects on Monday in connection with the robbery at Tema.",
])
def test_suspects_picked_up_are_arrested(text):
    found = _types(text)
    assert [e["date"] for e in found.get("arrest", [])] == ["2025-03-31"], found


def test_a_picked_up_pace_is_no_arrest():
    assert "arrest" not in _types("Trade picked up on Monday as the border reopened at Nogales.")


def test_plural_labs_put_out_of_use_are_a_seizure():
    text = "Elementos de la Secretaría de Marina inhabilitaron tres laboratorios clandestinos en Tamazula el lunes."
    assert [e["date"] for e in _types(text).get("seizure", [])] == ["2025-03-31"]


@pytest.mark.parametrize("text", [
    "Habitantes bloquearon la carretera el martes para exigir la liberación de un detenido en Chicomuselo.",
    "Families demanded the release of the detained men outside the prosecutor's office on Tuesday.",
])
def test_a_detainees_release_is_no_arrest(text):
    assert "arrest" not in _types(text)


def test_the_procedimiento_told_with_its_day_dates_the_seizure():
    text = ("Corrientes, 2 de abril de 2025.- Gendarmes secuestraron 500 kilos de marihuana en un camión en Ituzaingó. "
            "El procedimiento se realizó el lunes por la noche, en un control de rutina.")
    assert [e["date"] for e in _types(text).get("seizure", [])] == ["2025-03-31"]


def test_a_cutters_offload_of_drugs_is_a_seizure_of_its_day():
    text = "The crew of the cutter offloaded more than 2,700 pounds of cocaine at Port Everglades on Monday."
    assert [e["date"] for e in _types(text).get("seizure", [])] == ["2025-03-31"]


def test_a_ship_offloading_cargo_is_no_seizure():
    assert "seizure" not in _types("The freighter offloaded its containers at the port of Manzanillo on Monday.")


def test_the_lorry_stopped_with_its_day_dates_the_seizure_and_its_arrests():
    text = ("Two men have been arrested after Border Force officers found about 500 kilograms of cocaine in a lorry at "
            "Dover, the National Crime Agency said. The lorry was stopped on Saturday. The driver, Marius Popescu, was "
            "detained and later charged.")
    found = _types(text)
    assert {e["date"] for e in found["seizure"]} == {"2025-03-29"}, found
    assert "2025-03-29" in {e["date"] for e in found["arrest"]}, found


def test_a_boat_apprehended_by_a_coast_guard_is_seized_and_its_crew_arrested():
    text = ("The Coast Guard apprehended a foreign-registered fishing boat carrying about 500 kg of methamphetamine off "
            "the islands on Monday. Six crew members were detained and handed over to the police.")
    found = _types(text)
    assert [e["trigger"] for e in found["seizure"]] == ["apprehended a foreign-registered fishing boat"], found
    assert [e["trigger"] for e in found["arrest"]] == ["detained"], found


def test_smugglers_apprehended_are_arrested():
    text = "Three suspected smugglers were apprehended aboard the vessel on Monday."
    assert "arrest" in _types(text)


def test_goods_counted_in_words_past_ten_are_seized():
    text = "La Gendarmería secuestró doce armas de fuego y cinco millones de pesos el lunes en Orán."
    found = _types(text)
    assert "seizure" in found and "attack" not in found, found


def test_drugs_recovered_by_their_amount_are_seized():
    text = "The Border Security Force apprehended two smugglers and recovered 2.5 kg of heroin and a pistol on Monday."
    found = _types(text)
    assert [e["date"] for e in found.get("seizure", [])] == ["2025-03-31"], found


def test_a_recovered_patient_is_no_seizure():
    assert "seizure" not in _types("The officer recovered from his injuries at a hospital in Amritsar on Monday.")


def test_a_businessman_seized_by_kidnappers_is_no_seizure():
    found = _types("Kidnappers seize businessman in Rosario\n\nArmed men kidnapped a businessman in Rosario on Monday.")
    assert "seizure" not in found and "attack" in found, found
