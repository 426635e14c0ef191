"""Event dates (evdates6, stop 42): a sentence that names a seizure again to count it since the start of a period
("The seizure is the third ... since the start of the fiscal year on Oct. 1", "desde el inicio del año fiscal, el 1
de octubre") gives the seizure no day: the day is where the count starts."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_extract_events_a_count_since_the_start_of_a_period_dates_no_seizure():
    text = ("Officers find fentanyl pills in SUV at port of entry\n\n"
            "LAREDO, Texas — Customs officers seized nearly 20 pounds of fentanyl pills Tuesday at the World Trade "
            "Bridge, the agency said Wednesday.\n\n"
            "Inside the vehicle, officers found 30 bundles of blue pills.\n\n"
            "The driver, a 29-year-old man from Laredo, was arrested and turned over to federal agents.\n\n"
            "The seizure is the fourth large fentanyl load stopped at the bridge since the start of the fiscal year "
            "on Oct. 1.")
    dates = {(e["type"], e["date"]) for e in event_dicts(text, "2026-12-09")}
    assert ("seizure", "2026-10-01") not in dates and ("arrest", "2026-10-01") not in dates
    assert ("arrest", "2026-12-08") in dates


def test_extract_events_desde_el_inicio_de_un_periodo_no_fecha_el_decomiso():
    text = ("Aseguran cocaína en el puerto de Manzanillo\n\n"
            "MANZANILLO, Colima.- Elementos de la Secretaría de Marina aseguraron el martes 900 kilos de cocaína en un "
            "contenedor procedente de Colombia.\n\n"
            "En el contenedor, los marinos encontraron 36 paquetes envueltos en plástico.\n\n"
            "El aseguramiento es el quinto en el puerto desde el inicio del año fiscal, el 1 de octubre.")
    dates = {(e["type"], e["date"]) for e in event_dicts(text, "2026-12-10")}
    assert ("seizure", "2026-10-01") not in dates
    assert ("seizure", "2026-12-08") in dates
