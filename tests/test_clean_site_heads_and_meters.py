"""What a site sets over its story and is no headline or text: an institution's name over the site's menu, a
government site's .gov banner, a metered paywall's count of free articles, in English and Spanish (hand-written);
the headline under them stays the title, and a Title Case headline over its share bar stays the title."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

HEADLINE_ES = "Aprueban diputados reforma para castigar el reclutamiento de menores por grupos criminales"
HEADLINE = "Nogales man sentenced to 12 years for smuggling fentanyl pills across the border"


def _clean(raw: str):
    return clean_document(RawDocument(source="p.txt", raw=raw))


@pytest.mark.parametrize("name, menu, headline, body", [
    ("H. Congreso del Estado de Baja California Sur", ["XVII Legislatura", "Inicio", "Diputados", "Comisiones",
                                                          "Trabajo Legislativo", "Boletines"], HEADLINE_ES, BODY_ES),
    ("Office of the Attorney General of Arizona", ["Home", "About", "Media", "Consumer Protection", "Contact"],
     HEADLINE, BODY)])
def test_clean_an_institutions_name_over_the_sites_menu_yields_the_title_to_the_headline(name, menu, headline, body):
    doc = _clean("\n".join([name, *menu, headline, body]))
    assert doc.title == headline
    assert name not in doc.body


@pytest.mark.parametrize("line, headline, body", [
    ("A .gov website belongs to an official government organization in the United States.", HEADLINE, BODY),
    ("Un sitio web .gov pertenece a una organización oficial del Gobierno de Estados Unidos.", HEADLINE_ES, BODY_ES)])
def test_clean_a_gov_banner_over_the_page_goes(line, headline, body):
    doc = _clean(f"An official website of the United States government\nHere's how you know\n{line}\n{headline}\n{body}")
    assert doc.title == headline
    assert line not in doc.body


@pytest.mark.parametrize("line, body", [
    ("You've read 1 article in the last month", BODY), ("You have read 3 of 5 free articles this month.", BODY),
    ("Has leído 3 de 5 notas gratuitas este mes", BODY_ES)])
def test_clean_a_metered_paywalls_count_goes(line, body):
    doc = _clean(f"{HEADLINE}\nBy Ana Ruiz\n{body}\n{line}\n")
    assert line not in doc.body


def test_clean_a_title_case_headline_over_its_share_bar_stays_the_title():
    headline = "Border Patrol Finds 27 Migrants Inside Trailer"
    doc = _clean("\n".join([headline, "Share", "Tweet", "Email", "Print", "By Ana Ruiz", BODY]))
    assert doc.title == headline


@pytest.mark.parametrize("banner, headline, body", [
    ("This is Google's cache of https://www.example.com/news/border-story/. It is a snapshot of the page as it appeared "
     "on Nov 24, 2026 08:12:40 GMT. The current page could have changed in the meantime. Learn more.", HEADLINE, BODY),
    ("Esta es la versión en caché de https://www.ejemplo.mx/seguridad/nota/ de Google. Es una instantánea de la página "
     "tal como se mostraba el 24 nov 2026 08:12:40 GMT.", HEADLINE_ES, BODY_ES)])
def test_clean_a_search_engines_cache_banner_and_its_tip_go(banner, headline, body):
    tip = "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar."
    doc = _clean("\n".join([banner, "Full version", "Text-only version", "View source", tip, headline, body]))
    assert banner not in doc.body and tip not in doc.body
    assert doc.title == headline


STANDFIRST = "On a lonely stretch of Highway 90, the fight over human smuggling has turned deadly."


def test_clean_a_magazines_short_headline_over_its_standfirst_and_byline_is_the_title():
    doc = _clean("\n".join(["Texas Monthly", "News & Politics", "The Smuggler's Road", STANDFIRST, "By Ana Ruiz", BODY]))
    assert doc.title == "The Smuggler's Road"
    assert "The Smuggler's Road" in doc.body and STANDFIRST in doc.body


def test_clean_a_section_label_over_a_headline_and_its_byline_is_no_title():
    headline = "Cartel violence spreads to the avocado belt of Michoacán"
    doc = _clean("\n".join(["Border Crime", headline, "By Ana Ruiz", BODY]))
    assert doc.title == headline
