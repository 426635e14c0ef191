"""A readout's statement under its attribution line ("The below is attributable to ...:") stays, however many titles and
names its first paragraph holds; the site's footer links below a release's end mark ("-oOo-") go; a call to follow an
office with a long name on social media goes (hand-written pages)."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _body(raw: str) -> str:
    return clean_document(RawDocument(source="p.txt", raw=raw)).body


def test_clean_a_readouts_first_paragraph_of_titles_and_names_stays():
    first = ("Deputy Secretary of State Allison Hooker met with Mexican Foreign Secretary Emilio Ruiz Chávez today in "
             "Washington, D.C.")
    second = "They discussed joint work against arms trafficking and the flow of fentanyl precursors."
    raw = (f"U.S. Department of State\n\nReadout\n\nUnder Secretary Hooker's Meeting with Deputy Foreign Secretary Ruiz"
           f"\n\nOffice of the Spokesperson\n\nDecember 3, 2026\n\nThe following is attributable to Spokesperson Ana "
           f"Ruiz:\n\n{first}\n\n{second}\n\nTags\n\nMexico\n")
    body = _body(raw)
    assert first in body and second in body


def test_clean_footer_links_under_a_releases_end_mark_go():
    lede = ("Tampico, Tamps.- La Secretaría de Marina aseguró 600 kilos de presunta cocaína y detuvo a tres personas a "
            "bordo de una embarcación a 70 millas náuticas de la costa, informó la dependencia.")
    raw = (f"Marina asegura 600 kilos de cocaína frente a Tamaulipas\n\n{lede}\n\nLos detenidos fueron puestos a "
           "disposición de la autoridad competente.\n\n-oOo-\n\nEs el sitio de trámites del gobierno.\n\nTransparencia\n\n"
           "Portal de obligaciones\n")
    body = _body(raw)
    assert "Transparencia" not in body and "Portal de obligaciones" not in body and lede in body


def test_clean_a_call_to_follow_an_office_with_a_long_name_goes():
    call = ("Follow the Office of Field Operations' Tucson Field Office on X at @CBPTucson and Instagram at @cbptucson "
            "for breaking news and photos.")
    lede = ("NOGALES, Ariz. — CBP officers at the Mariposa Port of Entry seized 120 pounds of methamphetamine hidden in "
            "a shipment of cucumbers on Tuesday.")
    body = _body(f"CBP officers seize meth in cucumber shipment\n\n{lede}\n\nCBP seized the narcotics.\n\n{call}\n")
    assert call not in body and lede in body
