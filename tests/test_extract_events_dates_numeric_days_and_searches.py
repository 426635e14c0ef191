"""Event dates (evdates9, stop 43): an all-digit date in the body dates its event ("incautadas el 03/04/2026": day first
after a Spanish article; a date that reads both ways elsewhere is the reading nearest before publication); a sentence
telling only the search that made a seizure ("Officers searched the house and found 28kg") brings no news of its own,
so "the day before" after it still counts from the seizure's day."""

from __future__ import annotations

from _event_helpers import event_dicts

from pesquisa.extract.dates import extract_dates
from pesquisa.records import Span


def _values(text: str, published: str | None) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(text, published=published, sentences=[Span(0, len(text))])}


def test_extract_dates_an_all_digit_date_after_a_spanish_article_is_day_first():
    values = _values("La Armada aseguró 800 kilos de cocaína el 04/03/2026 frente a Tumaco.", "2026-04-09")
    assert values["04/03/2026"] == "2026-03-04"
    assert _values("Fue capturado el 12.03.2026 en Cali.", "2026-04-09")["12.03.2026"] == "2026-03-12"


def test_extract_dates_an_all_digit_date_read_both_ways_is_the_one_nearest_before_publication():
    assert _values("Agents arrested him on 04/03/2026 in El Paso.", "2026-04-09")["04/03/2026"] == "2026-04-03"
    assert _values("Gardaí arrested him on 03/04/2026 in Cork.", "2026-04-09")["03/04/2026"] == "2026-04-03"
    assert _values("Agents arrested him on 03/25/2026 in El Paso.", "2026-04-09")["03/25/2026"] == "2026-03-25"
    assert _values("Agents arrested him on 04/03/2026 in El Paso.", None).get("04/03/2026") is None


def test_extract_dates_a_case_number_or_a_path_is_no_date():
    values = _values("Consta en el expediente 123/03/2026/AB y en la carpeta FED/12/04/2026-1.", "2026-04-09")
    assert not [v for v in values.values() if v and v.startswith("2026-")]


def test_extract_events_an_all_digit_date_dates_its_seizure_not_the_arrest_day():
    text = ("Capturan a enlace del Clan del Golfo\n\nCartagena, 9 de abril de 2026. La Policía capturó el pasado jueves "
            "a alias el Paisa, informó la institución.\n\nSegún el reporte, el hombre coordinó el envío de 1,2 toneladas "
            "de cocaína incautadas el 03/04/2026 en un semisumergible frente a Tumaco.\n")
    assert [e["date"] for e in event_dicts(text, None) if e["type"] == "seizure"] == ["2026-04-03"]


def test_extract_events_the_day_before_counts_past_the_search_that_made_the_seizure():
    text = ("Man charged after cocaine seizure\n\nA man in his 40s has been charged following the seizure of cocaine "
            "worth €2 million at a house in Co Cork on Tuesday night.\n\nGardaí searched the property in Carrigaline "
            "and found 28kg of cocaine. The man was arrested at the scene. A second man was arrested the day before "
            "in Limerick as part of the same investigation.\n")
    assert {e["date"] for e in event_dicts(text, "2026-01-02") if e["type"] == "arrest"} == {"2025-12-30", "2025-12-29"}


def test_extract_events_the_day_before_after_a_sentence_of_other_news_stays_unknown():
    text = ("Man charged after cocaine seizure\n\nA man has been charged following the seizure of cocaine worth €2 "
            "million at a house in Co Cork on Tuesday night.\n\nThe council said it would review its housing policy. "
            "A second man was arrested the day before in Limerick.\n")
    assert "2025-12-29" not in {e["date"] for e in event_dicts(text, "2026-01-02") if e["type"] == "arrest"}
