"""Event dates (dates round 5): an arrest named again ("La detención se produjo el pasado fin de semana") by a sentence
that tells a weekend just past takes that weekend's month, and so does the undated lead it retells; told on a weekend,
"el pasado fin de semana" / "last weekend" is the one before."""

from __future__ import annotations

import datetime as dt

from _event_helpers import event_dicts

from pesquisa.extract.date_periods import weekend_value


def test_extract_events_an_arrest_retold_with_a_weekend_just_past_takes_its_month():
    text = ("Detenido en Málaga un narcotraficante colombiano reclamado por Estados Unidos\n\n"
            "Agentes de la Policía Nacional han detenido en Málaga a un ciudadano colombiano de 44 años sobre el que pesaba "
            "una orden internacional de arresto emitida por un tribunal de Florida por tráfico de cocaína.\n\n"
            "La detención se produjo el pasado fin de semana en una urbanización de Marbella, según ha informado este "
            "miércoles la Dirección General de la Policía.")
    dates = [e["date"] for e in event_dicts(text, "2026-12-02") if e["type"] == "arrest" and e["trigger"] != "Detenido"]
    assert dates and set(dates) == {"2026-11"}


def test_extract_events_a_weekend_said_on_a_weekend_is_the_one_before():
    saturday = dt.date(2026, 12, 5)
    assert weekend_value("el pasado", saturday, False) == "2026-11"
    assert weekend_value("last", dt.date(2026, 12, 6), False) == "2026-11"
    # "este fin de semana" told on a Saturday is the weekend of that day
    assert weekend_value("este", saturday, False) == "2026-12"
