"""Lines of a newspaper's page around the story, in English and Spanish (hand-written): where the reporters wrote from
under the byline, a caption closed by "Credit..." and its photographer, a note on the author in two sentences, and the
story's first paragraph printed twice in a row (a blog's excerpt over its post)."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _paragraphs(raw: str) -> list[str]:
    return clean_document(RawDocument(source="p.txt", raw=raw)).body.split("\n\n")


@pytest.mark.parametrize("line, body", [
    ("Reporting from Nogales, Ariz.", BODY), ("Reportando desde Nogales, Sonora", BODY_ES),
    ("Agents at the port on Monday.Credit...Ana Ruiz for The New York Times", BODY),
    ("Agentes en la garita el lunes.Crédito...Luis Pérez para The New York Times", BODY_ES),
])
def test_clean_a_reporting_place_or_a_credited_caption_under_the_byline_goes(line, body):
    raw = "Agents seize fentanyl hidden in a produce truck\nBy Ana Ruiz and Luis Pérez\n" + line + "\n" + body
    assert line not in _paragraphs(raw)


def test_clean_a_sentence_on_reporting_from_a_place_stays():
    line = "Reporting from the border last year, she found that most seizures happened at legal crossings."
    assert line in _paragraphs("Agents seize fentanyl in Nogales\n\n" + BODY + "\n" + line + "\n\nThe case continues.\n")


@pytest.mark.parametrize("bio, body", [
    ("Ana Ruiz es la corresponsal de investigación para México y Centroamérica. Ha informado desde más de 20 países.",
     BODY_ES),
    ("Ana Ruiz is a correspondent covering Mexico and Central America. She has reported from more than 20 countries.",
     BODY),
])
def test_clean_a_two_sentence_note_on_the_author_goes(bio, body):
    assert bio not in _paragraphs("Agents seize fentanyl in Nogales\n\n" + body + "\n" + bio + "\n")


@pytest.mark.parametrize("first, rest", [
    ("NOGALES, Son.- Agentes federales aseguraron 40 kilos de fentanilo ocultos en un camión que transportaba jitomate "
     "por la garita de Nogales, informaron las autoridades.", BODY_ES),
    ("NOGALES, Ariz. — Federal agents seized 40 kilograms of fentanyl hidden in a truck carrying tomatoes across the "
     "border at the Nogales port of entry, officials said.", BODY),
])
def test_clean_a_paragraph_printed_twice_in_a_row_is_kept_once(first, rest):
    raw = "Agents seize fentanyl in Nogales\nPublished by Staff at 11:47\n" + first + "\n" + first + "\n" + rest
    assert _paragraphs(raw).count(first) == 1


@pytest.mark.parametrize("line, body", [
    ("Our station participates in affiliate marketing programs, which means we may get paid commissions on products "
     "purchased through our links.", BODY),
    ("Este sitio participa en programas de afiliados y puede recibir una comisión por las compras hechas con sus enlaces.",
     BODY_ES),
    ("VIDEO03:12", BODY),
])
def test_clean_an_affiliate_notice_or_a_videos_running_time_goes(line, body):
    assert line not in _paragraphs("Agents seize fentanyl in Nogales\n\n" + body + "\n" + line + "\n")


def test_clean_a_sentence_on_a_commission_stays():
    line = "The commission said the members of the cell were paid to move the drugs through the port, officials added."
    assert line in _paragraphs("Agents seize fentanyl in Nogales\n\n" + BODY + "\n" + line + "\n\nThe case continues.\n")
