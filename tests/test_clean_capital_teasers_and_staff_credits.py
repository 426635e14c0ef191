"""A link to another story printed as a headline in capitals between two paragraphs goes, while heads in capitals
of a factbox and a short subhead stay; a caption over a photographer's credit naming the paper's staff ("Ana
Ruiz/Staff photographer") goes (hand-written pages)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

STORY = ("Deputies seize 200 pounds of meth in trailer near Eagle Pass\n\n"
         "Sheriff's deputies found about 200 pounds of methamphetamine hidden inside a horse trailer stopped on a "
         "ranch road east of Eagle Pass, the Maverick County Sheriff's Office said Thursday.\n\n"
         "The driver, a 29-year-old man from Piedras Negras, was booked into the county jail on a charge of "
         "possession of a controlled substance.\n\n"
         "{middle}\n\n"
         "Investigators said the trailer had crossed the border at the Eagle Pass bridge two days earlier.\n\n"
         "The sheriff said the case had been handed to federal agents.\n")


def _body(raw: str) -> str:
    return clean_document(RawDocument(source="p.txt", raw=raw)).body


def test_clean_a_teaser_in_capitals_between_two_paragraphs_goes():
    teaser = "TWO BROTHERS SENTENCED FOR SMUGGLING RIFLES TO SINALOA CARTEL"
    body = _body(STORY.format(middle=teaser))
    assert teaser not in body
    assert "crossed the border at the Eagle Pass bridge" in body and "booked into the county jail" in body


def test_clean_a_short_subhead_in_capitals_stays():
    body = _body(STORY.format(middle="WHAT CAME NEXT"))
    assert "WHAT CAME NEXT" in body


def test_clean_a_wire_sent_in_capitals_keeps_its_lines():
    raw = ("AUTORIDADES DECOMISAN ARMAS EN NUEVO LAREDO\n\n"
           "NUEVO LAREDO, TAMAULIPAS.- ELEMENTOS DEL EJERCITO MEXICANO ASEGURARON 14 ARMAS LARGAS Y 3 MIL CARTUCHOS EN UN "
           "DOMICILIO DE LA COLONIA VOLUNTAD Y TRABAJO, INFORMARON AUTORIDADES FEDERALES.\n\n"
           "EN EL LUGAR NO SE REPORTARON PERSONAS DETENIDAS NI LESIONADAS POR LOS HECHOS\n\n"
           "LA FISCALIA GENERAL DE LA REPUBLICA INICIO UNA CARPETA DE INVESTIGACION POR EL HALLAZGO.\n")
    assert "NO SE REPORTARON PERSONAS DETENIDAS" in _body(raw)


def test_clean_a_caption_over_a_staff_photographers_credit_goes():
    raw = ("Laredo man sentenced for buying guns for cartel\n\n"
           "A Laredo man who bought 40 rifles later found in Tamaulipas was sentenced Tuesday to eight years in federal "
           "prison, according to the U.S. Attorney's Office for the Southern District of Texas.\n\n"
           "The federal courthouse in downtown Laredo.\n\n"
           "Danny Zaragoza/Staff photographer\n\n"
           "Prosecutors said the man bought the rifles from gun shops in Webb County over six months in 2024 and "
           "handed them to a buyer who drove them south across the border.\n")
    body = _body(raw)
    assert "The federal courthouse in downtown Laredo." not in body and "Staff photographer" not in body
    assert "handed them to a buyer" in body


@pytest.mark.parametrize("pitch", ["Read the latest on the fentanyl crisis",
                                   "Stay up on the very latest with Evening Update.",
                                   "Lee lo último sobre la violencia en Sinaloa"])
def test_clean_a_pitch_for_the_outlets_topic_page_or_briefing_goes_and_the_story_stays(pitch):
    body = _body(STORY.format(middle=pitch))
    assert pitch not in body and "crossed the border at the Eagle Pass bridge" in body


@pytest.mark.parametrize("pitch", ["Get the latest news delivered daily!",
                                   "Recibe las noticias más importantes cada mañana"])
def test_clean_a_pitch_for_a_news_delivery_goes_and_the_story_stays(pitch):
    body = _body(STORY.format(middle=pitch))
    assert pitch not in body and "crossed the border at the Eagle Pass bridge" in body


@pytest.mark.parametrize("pointer", ["Watch the full report tonight on KXAN News at 6.",
                                     "Mira el reportaje completo en el noticiero de las 22 horas"])
def test_clean_a_stations_pointer_to_its_newscast_goes_and_the_story_stays(pointer):
    body = _body(STORY.format(middle=pointer))
    assert pointer not in body and "crossed the border at the Eagle Pass bridge" in body


@pytest.mark.parametrize("promise", ["KXLN 7 is always working to bring you the latest news.",
                                     "En Diario Norte trabajamos todos los días para mantenerte informado."])
def test_clean_a_newsrooms_promise_to_its_readers_goes_and_the_story_stays(promise):
    body = _body(STORY.format(middle=promise))
    assert promise not in body and "crossed the border at the Eagle Pass bridge" in body
