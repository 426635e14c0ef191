"""A site's tagline over its menu atop the page, and a photographer's credit closing a caption, in English and Spanish
(hand-written pages): the tagline and the caption go, the headline under the menu is the title."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

MENU_EN = "Home\nFor Subscribers\nAccount Login Help\nWorld\nMarkets\nPolitics\nBusiness\nSubscribe\n"
MENU_ES = "Portada\nLocal\nNacional\nMundo\nSeguridad\nDeportes\nEspectáculos\nSuscríbete\n"


def _clean(raw: str):
    return clean_document(RawDocument(source="p.txt", raw=raw))


@pytest.mark.parametrize("tagline, menu, headline, body", [
    ("Trusted by traders and policymakers in 120 countries for the financial news and data that move global markets "
     "every single day", MENU_EN, "Border Agents Seize Record Fentanyl Load Hidden in Produce Truck", BODY),
    ("El diario de los sonorenses desde 1962, con la información local, regional y nacional que necesitas para estar "
     "al día", MENU_ES, "Aseguran cargamento récord de fentanilo oculto en un camión de verduras", BODY_ES),
])
def test_clean_a_sites_tagline_over_its_menu_is_no_title(tagline, menu, headline, body):
    doc = _clean(tagline + "\n" + menu + headline + "\n" + body)
    assert doc.title == headline
    assert tagline not in doc.body


def test_clean_a_headline_over_its_share_buttons_stays_the_title():
    headline = "Agents seize fentanyl hidden in a produce truck at the Nogales port of entry crossing"
    raw = (headline + "\nShare\nFacebook\nTwitter\nWhatsApp\nEmail\n"
           "Inspectors found the drugs under crates of tomatoes at the border crossing\n" + BODY)
    assert _clean(raw).title == headline


@pytest.mark.parametrize("caption, body", [
    ("Soldiers guard the port of entry in Nogales, Arizona.Photographer: Ana Ruiz/Bloomberg", BODY),
    ("Soldados resguardan la garita de Nogales. Fotógrafo: Luis Pérez/Cuartoscuro", BODY_ES),
])
def test_clean_a_caption_closed_by_its_photographers_credit_goes(caption, body):
    first, rest = body.split("\n\n", 1)
    doc = _clean("Agents seize fentanyl in Nogales\n\n" + first + "\n\n" + caption + "\n\n" + rest)
    assert caption not in doc.body
    assert rest.strip() in doc.body


def test_clean_a_sentence_about_a_photographer_stays():
    line = "A photographer who covered the raid said agents had fired warning shots before the arrests."
    first, rest = BODY.split("\n\n", 1)
    doc = _clean("Agents seize fentanyl in Nogales\n\n" + first + "\n\n" + line + "\n\n" + rest)
    assert line in doc.body


@pytest.mark.parametrize("bio, body", [
    ("Ana Ruiz is a former Border Patrol agent who writes on the Arizona desert. Follow her on X @AnaRuizBorder.", BODY),
    ("Luis Pérez fue agente ministerial durante 20 años en Sonora. Síguelo en X @LuisPerezMx", BODY_ES),
])
def test_clean_a_note_on_the_author_closed_by_a_handle_goes(bio, body):
    doc = _clean("Agents seize fentanyl in Nogales\n\n" + body + "\n" + bio + "\n")
    assert bio not in doc.body


def test_clean_a_sentence_on_a_suspect_stays():
    line = "Reyes is a former police officer who worked in Nogales for a decade, prosecutors said."
    doc = _clean("Agents seize fentanyl in Nogales\n\n" + BODY + "\n" + line + "\n\nThe case continues.\n")
    assert line in doc.body


@pytest.mark.parametrize("headline, byline, header, points, body", [
    ("Texas man sentenced for smuggling rifles to cartel", "By Ana Ruiz", "What to Know",
     ["A Garland man was sentenced to eight years in prison.", "He bought 40 rifles at gun shows."], BODY),
    ("Sentencian a hombre por tráfico de armas a un cártel", "Por Luis Pérez", "Lo que debes saber",
     ["Un hombre de Garland fue sentenciado a ocho años.", "Compró 40 rifles en ferias de armas."], BODY_ES),
])
def test_clean_a_summary_box_under_the_headline_goes(headline, byline, header, points, body):
    doc = _clean(headline + "\n" + byline + "\n" + header + "\n" + "\n".join(points) + "\n" + body)
    assert doc.title == headline
    assert not any(p in doc.body.split("\n\n") for p in points)
    assert body.split("\n\n")[0] in doc.body
