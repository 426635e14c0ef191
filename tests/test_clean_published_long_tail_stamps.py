"""Publication dates from stamps of the long tail: a Spanish regional paper's dotted stamp with a two-digit year
("Vigo | 05·12·26 | 13:45"), a station's stamp that prints its date three times and its section, and all-digit
dates on an English page of a day-first country's web domain (read day first there, month first on a US one)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

LEDE_ES = ("Agentes del Servicio Marítimo de la Guardia Civil interceptaron en la madrugada del viernes una narcolancha "
           "cargada con unos 3.000 kilos de hachís frente a la costa gallega.")
LEDE_EN = ("Police found 18 kilograms of cocaine hidden in a van on the motorway after a tip-off from the National "
           "Crime Agency, a court heard on Thursday.")


def _published(raw: str, url: str | None = None) -> str | None:
    return clean_document(RawDocument(source="p.txt", raw=raw, url=url)).published


@pytest.mark.parametrize(("stamp", "day"), [("Vigo | 05·12·26 | 13:45", "2026-12-05"),
                                             ("Pontevedra | 28·11·26 | 09:02", "2026-11-28")])
def test_published_a_dotted_stamp_with_a_two_digit_year(stamp, day):
    raw = f"Interceptan una narcolancha con hachís en la ría\n\nRedacción\n\n{stamp}\n\n{LEDE_ES}\n\n{LEDE_ES[:60]} y más.\n"
    assert _published(raw) == day


def test_published_a_stamp_printing_its_date_three_times():
    stamp = "Tuesday, December 2 2026 Dec 2, 2026 December 02, 2026 6:45 PM December 02, 2026 in News - Local"
    raw = f"Deputies find 52 migrants in stash house\n\n{stamp}\n\nBy: Ana Ruiz\n\n{LEDE_EN}\n"
    assert _published(raw) == "2026-12-02"


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.example.ie/news/crime/drugs-seized-1234.html", "2026-12-04"),
    ("https://www.example.co.uk/news/crime/drugs-seized-1234", "2026-12-04"),
    ("https://www.example.com/news/crime/drugs-seized-1234", "2026-04-12"),
    # a day-first country's outlet on a .com host (calendar.yaml's outlets), not a host that only ends like it
    ("https://www.myjoyonline.com/man-jailed-after-cocaine-found/", "2026-12-04"),
    ("https://news.ghanaweb.com/crime/man-jailed-1234", "2026-12-04"),
    ("https://www.notmyjoyonline.com/man-jailed-after-cocaine-found/", "2026-04-12")])
def test_published_all_digit_dates_by_the_countrys_domain(url, day):
    raw = f"Man jailed after cocaine found in van\n\nBy Ana Ruiz\n\n04/12/2026 14:30\n\n{LEDE_EN}\n"
    assert _published(raw, url) == day
