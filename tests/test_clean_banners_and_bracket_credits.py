"""A station's alert banner over the headline, a share bar's link button, a pointer to the video set above the
story, and a caption closed by its source in capitals in brackets, in English and Spanish (hand-written): they go,
the headline under the banner stays the title, and article sentences shaped like them stay."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _clean(raw: str):
    return clean_document(RawDocument(source="p.txt", raw=raw))


@pytest.mark.parametrize("banner, title, body", [
    ("WEATHER ALERT: Freeze warning in effect for Pima County until 8 a.m.",
     "Agents seize fentanyl pills hidden in a car at the Nogales port of entry", BODY),
    ("ALERTA: Cierre parcial del puente internacional por obras hasta las 18:00 horas",
     "Aseguran fentanilo oculto en un camión de jitomate en la garita de Nogales", BODY_ES)])
def test_clean_an_alert_banner_over_the_headline_goes_and_the_headline_stays_the_title(banner, title, body):
    doc = _clean(f"Local News\n{banner}\n{title}\n{body}")
    assert doc.title == title
    assert banner not in doc.body


@pytest.mark.parametrize("line, body", [
    ("Copy link", BODY), ("Copiar enlace", BODY_ES), ("Watch the video above for the full story.", BODY),
    ("Mira el video arriba para conocer los detalles.", BODY_ES)])
def test_clean_a_share_button_or_a_pointer_to_the_video_goes(line, body):
    first, rest = body.split("\n\n", 1)
    doc = _clean(f"Agents seize fentanyl pills hidden in a car at the port\nBy Ana Ruiz\nDecember 4, 2026 4:22 PM UTC\n"
                 f"{first}\n{line}\n{rest}")
    assert line not in doc.body.split("\n\n")


@pytest.mark.parametrize("caption, title, body", [
    ("Agentes de la Fiscalía durante el operativo en la sierra. (ESPECIAL)",
     "Aseguran fentanilo oculto en un camión de jitomate en la garita de Nogales", BODY_ES),
    ("Officers stand outside the port of entry on Monday. (KOLD)",
     "Agents seize fentanyl pills hidden in a car at the Nogales port of entry", BODY),
    ("Deputies say the pills were found inside a hidden compartment. (Santa Cruz County Sheriff's Office)",
     "Agents seize fentanyl pills hidden in a car at the Nogales port of entry", BODY)])
def test_clean_a_caption_closed_by_its_source_in_capitals_goes(caption, title, body):
    doc = _clean(f"{title}\nShare on Facebook\n{caption}\n{body}")
    assert caption not in doc.body


@pytest.mark.parametrize("line, body", [
    ("The ALERT: program was announced by the state in 2024, officials said.", BODY),
    ("La detención fue confirmada por la Fiscalía General de la República (FGR).", BODY_ES),
    ("El operativo se realizó en Culiacán, Sinaloa, informó la Secretaría de Marina (SEMAR).", BODY_ES)])
def test_clean_article_sentences_shaped_like_them_stay(line, body):
    doc = _clean(f"Agents seize fentanyl in Nogales\n\n{body}\n{line}\n\n{body.split(chr(10))[0]}\n")
    assert line in doc.body


@pytest.mark.parametrize("header, teaser, body", [
    ("Read next", "Mexico's new security chief is betting on intelligence, not soldiers", BODY),
    ("Up next", "Cartel violence spreads to the avocado belt of Michoacán", BODY)])
def test_clean_a_read_next_header_and_the_headline_under_it_go(header, teaser, body):
    doc = _clean(f"Agents seize fentanyl pills hidden in a car at the port\nBy Ana Ruiz\n{body}\n{header}\n{teaser}\n")
    assert header not in doc.body and teaser not in doc.body


@pytest.mark.parametrize("line, body", [
    ("Acme Media, the Border Daily's parent company, has a global deal to license its reporting to a tech firm.", BODY),
    ("Grupo Acme, la empresa matriz de Diario del Valle, tiene un acuerdo para licenciar sus contenidos.", BODY_ES)])
def test_clean_a_note_of_the_owners_deal_goes(line, body):
    doc = _clean(f"Agents seize fentanyl pills hidden in a car at the port\nBy Ana Ruiz\n{body}\n{line}\n")
    assert line not in doc.body


def test_clean_a_sentence_naming_a_parent_company_stays():
    line = "Acme Foods, the distributor's parent company, has denied any link to the seized shipment, officials said."
    doc = _clean(f"Agents seize fentanyl pills hidden in a car at the port\n{BODY}\n{line}\n\n{BODY.split(chr(10))[0]}\n")
    assert line in doc.body


def test_clean_a_caption_closed_by_its_source_named_in_brackets_goes_over_a_dateline():
    caption = "Deputies say the pills were found inside a hidden compartment. (Santa Cruz County Sheriff's Office)"
    doc = _clean(f"Agents seize fentanyl pills hidden in a car at the Nogales port of entry\nBy KGUN Staff\n{caption}\n"
                 f"NOGALES, Ariz. (KGUN 9) - {BODY}")
    assert caption not in doc.body


@pytest.mark.parametrize("line, body", [
    ("El funcionario añadió que las investigaciones continúan y que no se descarta la participación de otras personas "
     "en el trasiego de la droga, que tenía como destino ciudades de Arizona y California, según el expediente del "
     "caso consultado por la agencia. (EFE)", BODY_ES),
    ("Los agentes aseguraron además dos armas largas y cartuchos. (Con información de Reuters)", BODY_ES)])
def test_clean_a_paragraph_closed_by_its_wire_or_its_sources_stays(line, body):
    doc = _clean(f"Aseguran fentanilo oculto en un camión de jitomate en la garita de Nogales\n{body}\n{line}\n")
    assert line in doc.body
