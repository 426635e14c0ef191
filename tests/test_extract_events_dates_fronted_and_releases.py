"""Event and publication dates (dates round 7): a date fronted before the first of coordinated deeds dates them all
("el pasado 3 de mayo, elementos navales aseguraron ... y detuvieron ..."), a date after a deed is its own; a release's
date line over its "For Immediate Release" label is its publication day, though it opens the page."""

from __future__ import annotations

from _event_helpers import event_dicts

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _dates(text: str, published: str, kind: str) -> list[str | None]:
    return [e["date"] for e in event_dicts(text, published) if e["type"] == kind]


def test_extract_events_a_fronted_date_dates_the_second_of_coordinated_deeds():
    text = ("Comunicado No. 118\n\nCiudad de México, 6 de mayo de 2025\n\nSemar asegura más de una tonelada de "
            "metanfetamina en Sinaloa\n\nLa Secretaría de Marina informa que el pasado 3 de mayo, elementos navales "
            "aseguraron aproximadamente 1,100 kilogramos de metanfetamina y detuvieron a dos personas en un inmueble "
            "del municipio de Cosalá, Sinaloa.\n\nLas personas detenidas y lo asegurado fueron puestos a disposición "
            "de la autoridad correspondiente.")
    assert _dates(text, "2025-05-06", "arrest") == ["2025-05-03"]


def test_extract_events_a_date_after_the_first_deed_is_not_the_seconds():
    text = ("Capo extradited\n\nSoldiers arrested the cartel leader in Culiacán on Saturday and the government "
            "extradited him to the United States on Monday, officials said.")
    dates = _dates(text, "2025-05-06", "extradition")
    assert dates and set(dates) == {"2025-05-05"}


def test_clean_published_a_release_date_over_for_immediate_release_opening_the_page():
    text = ("Thursday, March 6, 2025\nFor Immediate Release\nU.S. Attorney's Office, District of Arizona\n\n"
            "Sinaloa Cartel Associate Sentenced for Smuggling Fentanyl\n\nPHOENIX – A Mexican national was sentenced "
            "today to 10 years in prison for smuggling fentanyl pills through the Nogales port of entry.")
    assert clean_document(RawDocument(source="a.txt", raw=text)).published == "2025-03-06"


def test_clean_published_a_weekday_banner_opening_a_page_without_the_label_stays_no_date():
    text = ("Thursday, March 6, 2025\n\nSinaloa Cartel Associate Sentenced for Smuggling Fentanyl\n\nA Mexican "
            "national was sentenced to 10 years in prison for smuggling fentanyl pills through the Nogales port.")
    assert clean_document(RawDocument(source="a.txt", raw=text)).published is None
