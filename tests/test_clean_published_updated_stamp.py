"""Publication dates (evdates6, stop 42): a page stamped only with the day it was updated ("Updated: 11:48 PM CST Dec
9, 2026", "Actualizado: 9 de diciembre de 2026") under an address dated the day before was published that day; a page
that labels its first stamp too ("Posted", "Publicado") keeps it, and so does one with no dated address."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

BODY = ("Federal agents on Monday arrested two men accused of buying rifles in San Antonio and smuggling them to "
        "Tamaulipas, according to a criminal complaint unsealed Tuesday.\n\n"
        "The men bought at least 40 rifles from local gun stores, the complaint states.\n")


def _published(text: str, url: str | None = None) -> str | None:
    return clean_document(RawDocument(source="a.txt", raw=text, url=url)).published


def test_clean_published_an_update_stamp_gives_way_to_the_addresss_earlier_day():
    page = "Local News\nUpdated: 11:48 PM CST Dec 9, 2026\n\nTwo arrested in gun trafficking ring\n\n" + BODY
    url = "https://www.example-tv.com/news/local/2026/12/08/two-arrested-in-gun-trafficking-ring/"
    assert _published(page, url) == "2026-12-08"
    assert _published(page) == "2026-12-09"  # no address: the update's day is all the page tells
    assert _published(page, url.replace("/2026/12/08/", "/2026/10/08/")) == "2026-12-09"  # months apart: another story


def test_clean_published_a_labelled_first_stamp_keeps_its_day():
    page = ("Local News\nPosted: Dec 9, 2026 / 06:12 PM CST\nUpdated: Dec 10, 2026 / 09:30 AM CST\n\n"
            "Two arrested in gun trafficking ring\n\n" + BODY)
    url = "https://www.example-tv.com/news/local/2026/12/08/two-arrested-in-gun-trafficking-ring/"
    assert _published(page, url) == "2026-12-09"


def test_clean_published_una_fecha_de_actualizacion_cede_ante_la_de_la_direccion():
    page = ("Seguridad\nActualizado: 9 de diciembre de 2026, 23:10\n\nDetienen a dos por tráfico de armas\n\n"
            "Agentes federales detuvieron este lunes a dos hombres acusados de comprar fusiles en Texas y enviarlos a "
            "Tamaulipas, informó la Fiscalía.\n\nLos hombres compraron al menos 40 fusiles, según la acusación.\n")
    assert _published(page, "https://www.example-diario.mx/seguridad/2026/12/08/detienen-a-dos/") == "2026-12-08"
