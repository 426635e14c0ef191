"""Publication dates (dates round 5): a release's date alone on its page's first line, without its weekday, dates
the release when the page is a government office's or its lede opens with "Today," after its place; on a news
site's page the same line is its 'today' banner."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

LEDE = ("WASHINGTON – Today, the U.S. Department of the Treasury's Office of Foreign Assets Control sanctioned five "
        "individuals and three companies in Tijuana that launder proceeds for the Cartel de Jalisco Nueva Generación.\n\n"
        "The network moved millions of dollars through currency exchange houses, according to the department.\n")
NEWS = ("Agents seized 40 kilograms of fentanyl in Nogales on Monday, officials said in a statement released by the "
        "agency.\n\nThe driver, a 34-year-old man, was arrested at the port of entry.\n")


def _published(text: str, url: str | None = None) -> str | None:
    return clean_document(RawDocument(source="a.txt", raw=text, url=url)).published


def test_clean_published_a_release_date_on_the_first_line_over_a_today_lede():
    page = "November 19, 2026\n\nTreasury Targets Tijuana Money Launderers\n\n" + LEDE
    assert _published(page) == "2026-11-19"


def test_clean_published_a_government_pages_first_line_date():
    page = "November 19, 2026\n\nCBP officers seize fentanyl at Nogales port\n\n" + NEWS
    assert _published(page, "https://www.cbp.gov/newsroom/local-media-release/officers-seize-fentanyl") == "2026-11-19"
    assert _published(page, "https://www.gob.mx/sspc/prensa/aseguran-fentanilo") == "2026-11-19"


def test_clean_published_a_news_sites_first_line_date_stays_its_banner():
    page = "November 19, 2026\n\nCBP officers seize fentanyl at Nogales port\n\n" + NEWS
    assert _published(page, "https://www.borderdaily.com/news/officers-seize-fentanyl") is None
    # with its weekday it is a banner, even over a release's lede
    assert _published("Thursday, November 19, 2026\n\nTreasury Targets Tijuana Money Launderers\n\n" + LEDE) is None
