"""Publication dates (dates round 5): a URL whose day runs on into its clock time ("...-20261205123000.html", as a
Spanish wire writes its addresses) dates the page; a longer run of digits stays no date."""

from __future__ import annotations

from pesquisa.clean._published import url_date


def test_clean_published_a_url_day_run_on_into_its_clock():
    assert url_date("https://www.example-press.es/andalucia/noticia-detenidos-cadiz-20261205123000.html") == "2026-12-05"
    assert url_date("https://www.example-press.es/noticia-20261205.html") == "2026-12-05"
    assert url_date("https://www.example.com/item/202612051230001234") is None
