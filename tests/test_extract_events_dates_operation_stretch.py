"""Event dates (dates round 5): the sentence after a lead's arrests and seizures that names the whole operation gives
them its day when it names it with a plural article ("Las acciones se realizaron el jueves"), and its month when it
tells a stretch of days just past ("La operación culminó la semana pasada"); a seizure named again as "the discovery"
takes the day that sentence tells."""

from __future__ import annotations

from _event_helpers import event_dicts


def _dates(text: str, published: str) -> set[str | None]:
    return {e["date"] for e in event_dicts(text, published) if e["type"] in {"arrest", "seizure"}}


def test_extract_events_a_plural_operation_word_dates_the_lead():
    text = ("Detienen en Sinaloa a tres personas con armas y droga\n\n"
            "En atención a una denuncia anónima, elementos del Ejército Mexicano y de la Guardia Nacional detuvieron a "
            "tres personas y aseguraron cuatro armas largas y 20 kilos de cristal en el municipio de Navolato, Sinaloa.\n\n"
            "Las acciones se realizaron el martes en la comunidad de Altata, donde los agentes ubicaron una vivienda.")
    assert _dates(text, "2026-12-10") == {"2026-12-08"}


def test_extract_events_an_operation_ended_last_week_takes_its_month():
    text = ("La Policía Nacional desarticula una red de tráfico de cocaína en Valencia\n\n"
            "La Policía Nacional ha desarticulado una organización criminal dedicada al tráfico de cocaína en el puerto "
            "de Valencia, en una operación en la que han sido detenidas seis personas y se han intervenido 500 kilos de "
            "cocaína.\n\n"
            "La operación culminó la semana pasada con varios registros en Valencia y Sagunto, según ha informado este "
            "jueves la Policía Nacional.")
    assert _dates(text, "2026-12-03") == {"2026-11"}


def test_extract_events_the_discovery_dates_the_seizure_told_before():
    text = ("Man charged after 50 pounds of meth found in pickup at Eagle Pass bridge\n\n"
            "EAGLE PASS, Texas - A Mexican national is facing federal charges after U.S. Customs and Border Protection "
            "officers found about 50 pounds of methamphetamine hidden in a pickup truck at the Camino Real bridge.\n\n"
            "According to a criminal complaint, the discovery was made on Tuesday when officers sent the truck to a "
            "secondary inspection.")
    assert "2026-12-08" in {e["date"] for e in event_dicts(text, "2026-12-10") if e["type"] == "seizure"}
