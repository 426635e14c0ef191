"""Event dates (evdates8, stop 42): a month fronted before a clause dates the deed a participle tells of that clause's
object, a load ("En marzo, la red perdió 2,4 toneladas de cocaína incautadas por la Marina"); weeks counted back in what
was told on an earlier day count from that day ("señaló el 2 de junio que hace dos semanas ...")."""

from __future__ import annotations

from _event_helpers import event_dicts

from pesquisa.extract.dates import extract_dates
from pesquisa.records import Span


def _dates(text: str, published: str, kind: str) -> list[str | None]:
    return [e["date"] for e in event_dicts(text, published) if e["type"] == kind]


def test_extract_events_a_fronted_month_dates_a_seizure_told_by_a_participle_es():
    text = ("Detienen a operador del Cártel de Sinaloa\n\nCULIACÁN, Sinaloa.- Soldados detuvieron el lunes 12 de mayo a "
            "Jesús Armando Valdez, señalado como operador de una facción del Cártel de Sinaloa.\n\nEn marzo, la misma "
            "estructura perdió 2,4 toneladas de cocaína incautadas por la Marina en un buque frente a las costas de Oaxaca.")
    assert _dates(text, "2025-05-14", "seizure") == ["2025-03"]
    assert set(_dates(text, "2025-05-14", "arrest")) == {"2025-05-12"}


def test_extract_events_a_fronted_month_dates_a_seizure_told_by_a_participle_en():
    text = ("Cartel broker held in Texas\n\nFederal agents arrested a cartel broker in Laredo on Monday, May 12, "
            "prosecutors said.\n\nIn March, the same network lost 2.4 tonnes of cocaine seized by the navy off the "
            "coast of Oaxaca.")
    assert _dates(text, "2025-05-14", "seizure") == ["2025-03"]


def test_extract_events_a_date_after_the_verb_is_still_not_a_described_persons_past():
    text = ("Sentencian a secuestradores\n\nUn juez federal sentenció el martes a los tres hombres detenidos en "
            "marzo de 2023 en Cajeme por el secuestro de un empresario.")
    assert "2023-03" in _dates(text, "2025-05-14", "arrest")


def _values(text: str, published: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(text, published=published, sentences=[Span(0, len(text))])}


def test_extract_dates_weeks_back_count_from_an_earlier_day_of_telling():
    text = "La Defensa señaló el 2 de junio que hace dos semanas la Guardia Nacional aseguró 12 armas largas en Caborca."
    assert _values(text, "2025-06-20")["hace dos semanas"] == "2025-05-19"
    text = "The army said on June 2 that two weeks ago troops seized 12 rifles near Caborca."
    assert _values(text, "2025-06-20")["two weeks ago"] == "2025-05-19"


def test_extract_dates_weeks_back_outside_what_was_told_count_from_publication():
    text = "Hace dos semanas la Guardia Nacional aseguró 12 armas largas en Caborca, informó el 2 de junio la Defensa."
    assert _values(text, "2025-06-20")["Hace dos semanas"] == "2025-06-06"


def test_extract_events_a_load_recovered_by_a_force_is_a_seizure_dated_by_its_fronted_month():
    text = ("NEW DELHI, Aug 7, 2025 (PTI) - The NCB arrested four persons in Amritsar on Thursday.\n\nLast month, the "
            "same syndicate lost 8 kg of heroin recovered by the Border Security Force near the border.")
    assert _dates(text, "2025-08-07", "seizure") == ["2025-07"]
