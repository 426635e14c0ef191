"""Page shapes of unseen outlets (hand-written pages, EN and ES): a tabloid's lede printed twice with its first words
in capitals stays once; its unpunctuated caption over a labelled credit goes; an outlet's desk credit under the
standfirst is no photo's credit; comment rules and sign-up terms, a menu's "see all" link and a headline's kicker
printed twice ("CNN EXCLUSIVA: ...", no transcript turn) and a label over a web address alone are read as what they are."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def test_clean_a_tabloids_lede_printed_twice_stays_once_and_its_caption_goes():
    lede = "FOUR men have been charged after officers found half a tonne of cocaine hidden in a shipment of pineapples."
    caption = "The drugs were packed inside crates of fruit"
    doc = clean_document(RawDocument("page.txt", "Four charged over cocaine found in pineapple shipment at the docks\n\n"
                                     "Published: 09:12, 4 Dec 2026\n\n" f"{lede}\n\n{lede}\n\n" + BODY +
                                     f"\n{caption}\n\nCredit: PA\n\nThe men will appear in court on Monday, police said.\n"))
    assert doc.body.count(lede) == 1
    assert caption in doc.removed and "The men will appear in court" in doc.body


def test_clean_an_outlets_desk_under_the_standfirst_is_no_photo_credit():
    standfirst = "La Unidad de Inteligencia Financiera congeló las cuentas de nueve personas y tres empresas de Tijuana."
    doc = clean_document(RawDocument("page.txt", "Detienen a cuatro por el robo de un tráiler con medicamentos\n\n"
                                     f"{standfirst}\n\nTribuna / Redacción\n\n03/12/2026 | 19:05\n\n" + BODY_ES))
    assert standfirst in doc.body and "Tribuna / Redacción" in doc.removed


@pytest.mark.parametrize("line", [
    "El Diario del Valle se reserva el derecho de publicar comentarios.",
    "Al registrarte aceptas nuestros Términos y Condiciones.",
    "The Valley Courier reserves the right to remove comments.",
    "By creating an account, you consent to our Privacy Policy.",
])
def test_clean_comment_rules_and_sign_up_terms_go(line):
    body = BODY_ES if "registrarte" in line or "derecho" in line else BODY
    doc = clean_document(RawDocument("page.txt", "Detienen a cuatro por el robo de un tráiler con medicamentos\n\n"
                                     f"{body}\n{line}\n"))
    assert line in doc.removed


def test_clean_a_menus_see_all_link_is_no_headline_and_a_kicker_printed_twice_is_no_transcript():
    head = "EXCLUSIVA: Así cruzan los rifles de Arizona a Sonora"
    doc = clean_document(RawDocument("page.txt", f"Noticias del Norte\n\nVer todos los temas\n\nEN VIVO\n\n{head}\n\n{head}\n\n"
                                     "Por Ana Ruiz\n\n3 de diciembre de 2026\n\n" + BODY_ES))
    assert doc.title == head and "Ver todos los temas" in doc.removed
    assert "3 de diciembre de 2026" in doc.body


@pytest.mark.parametrize("line", ["AP Central America coverage: https://apnews.com/hub/central-america",
                                  "Más información: www.ejemplo.gob.mx/seguridad"])
def test_clean_a_label_and_a_web_address_alone_go(line):
    body = BODY_ES if line.startswith("Más") else BODY
    doc = clean_document(RawDocument("page.txt", f"Honduras arrests man wanted in the United States\n\n{body}\n{line}\n"))
    assert line in doc.removed and body.split("\n\n")[-1].strip() in doc.body
