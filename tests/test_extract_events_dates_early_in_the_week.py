"""Event dates (evdates9, stop 43): "a principios de semana", "a inicios de esta semana" are the week of publication,
told by its month like "this week"; an undated headline whose story tells its events only by that month (a week or
weekend just past) takes the month too."""

from __future__ import annotations

from _event_helpers import event_dicts

from pesquisa.extract.dates import extract_dates
from pesquisa.records import Span


def _values(text: str, published: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(text, published=published, sentences=[Span(0, len(text))])}


def test_extract_dates_early_in_the_week_is_the_week_of_publication():
    values = _values("Agentes capturaron a principios de semana a tres hombres; otros cayeron a inicios de esta semana.",
                     "2026-03-05")
    assert values["a principios de semana"] == "2026-03"
    assert values["a inicios de esta semana"] == "2026-03"
    assert _values("La Marina aseguró a mediados de semana un laboratorio.", "2026-03-02")["a mediados de semana"] == "2026-03"
    assert _values("La Marina aseguró a mediados de semana un laboratorio.", "2026-03-01")["a mediados de semana"] == "2026"


def test_extract_events_a_headline_takes_the_month_of_a_week_just_past():
    text = ("Capturan a tres presuntos narcotraficantes en Izabal\n\nGuatemala, 5 de marzo de 2026.— Agentes de la "
            "Policía Nacional Civil capturaron a principios de semana a tres presuntos integrantes de una red de "
            "narcotráfico en Puerto Barrios, Izabal, informó el Ministerio de Gobernación.\n")
    assert [e["date"] for e in event_dicts(text, None) if e["type"] == "arrest"] == ["2026-03", "2026-03"]
    text = ("Three arrested over plot to smuggle guns into UK\n\nThree men have been arrested on suspicion of conspiring "
            "to import firearms into the UK, the National Crime Agency said.\n\nThe men were arrested last weekend in "
            "raids in Liverpool and Manchester.\n")
    assert {e["date"] for e in event_dicts(text, "2026-02-11") if e["type"] == "arrest"} == {"2026-02"}


def test_extract_events_a_headline_takes_no_month_of_background():
    text = ("Capturan a tres presuntos narcotraficantes en Izabal\n\nLa red había sido desarticulada en enero, cuando "
            "agentes capturaron a su líder en Puerto Barrios.\n")
    assert None in [e["date"] for e in event_dicts(text, "2026-03-05") if e["type"] == "arrest"]
