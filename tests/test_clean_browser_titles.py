"""A page saved as text whose first line is the browser's title, the headline and the site's name parted by a dash
("<headline> - <site>", "<headline> – <site>"), over the site's name, its menu and the headline printed again
(hand-written, English and Spanish): the headline is the title and is kept once; the browser's line goes."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

HEADLINE_ES = "Hallan fosa clandestina con cinco cuerpos en un predio de Ramos Arizpe"
HEADLINE = "Laredo man sentenced to eight years for hiding cash bound for Mexico in his truck"


@pytest.mark.parametrize("site, dash, menu, headline, body", [
    ("Periódico La Frontera de Coahuila", "-", ["Saltillo", "Seguridad", "EXCLUSIVA"], HEADLINE_ES, BODY_ES),
    ("Rio Grande Valley Evening News", "–", ["Local", "Border"], HEADLINE, BODY)])
def test_clean_a_browser_title_with_a_dash_gives_the_headline_as_title(site, dash, menu, headline, body):
    bar = f"{headline} {dash} {site}"
    doc = clean_document(RawDocument(source="p.txt", raw="\n".join([bar, site, *menu, headline, body])))
    assert doc.title == headline
    lines = doc.body.split("\n")
    assert lines.count(headline) == 1
    assert bar not in lines and site not in lines


def test_clean_a_dash_inside_the_headline_alone_makes_no_title_bar():
    headline = "Sheinbaum - Trump call ends with a deal on fentanyl and border security"
    doc = clean_document(RawDocument(source="p.txt", raw=f"{headline}\n{BODY}"))
    assert doc.title == headline


def test_clean_a_headline_opening_with_its_place_and_a_dash_under_that_places_label_stays_the_title():
    headline = "Mazatlán - Ataque armado en la colonia Juárez deja tres muertos y dos heridos"
    doc = clean_document(RawDocument(source="p.txt", raw="\n".join(["Mazatlán", "Seguridad", headline, BODY_ES])))
    assert doc.title == headline
