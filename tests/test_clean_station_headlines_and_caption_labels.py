"""A station's page: its name on top, the headline, a byline and stamps, the headline again as its photo's caption with
the credit, and again over short paragraphs, with a teaser after a bar ("ALSO | ..."): the last copy of the headline
is the article's and its title, the teaser goes. A sentence over a label that is the image's whole caption
("Imagen ilustrativa") stays (hand-written pages)."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

HEADLINE = "Deputies find 40 migrants locked inside trailer near Pearsall"
STATION = (f"KXLN 7 Eagle Country News\n\n{HEADLINE}\n\nby Ana Torres\n\nFri, November 13th 2026 at 8:12 AM\n\n"
           f"{HEADLINE} (Photo: Frio County Sheriff's Office)\n\nFacebook\n\nShare on X\n\n{HEADLINE}\n\n"
           "Frio County deputies found 40 migrants locked inside a tractor-trailer parked at a truck stop off Interstate 35 "
           "on Thursday night, the sheriff's office said.\n\n"
           "Three of the migrants were taken to a hospital in San Antonio with signs of heat exhaustion, a spokesman "
           "for the sheriff said.\n\n"
           "ALSO | Border Patrol agents stop smuggling attempt on the Rio Grande near Del Rio\n\n"
           "The driver of the truck, a 52-year-old man from Laredo, was arrested at the scene and is expected to face "
           "federal charges of transporting migrants for profit, according to the sheriff's office.\n\n"
           "The migrants, most of them from Mexico, Honduras and Guatemala, were handed over to Border Patrol agents.\n")


def test_clean_a_stations_headline_printed_three_times_is_kept_once_as_the_title():
    doc = clean_document(RawDocument(source="p.txt", raw=STATION))
    assert doc.title == HEADLINE
    assert doc.body.split("\n").count(HEADLINE) == 1
    assert "Three of the migrants were taken to a hospital" in doc.body


def test_clean_a_teaser_after_a_bar_goes():
    body = clean_document(RawDocument(source="p.txt", raw=STATION)).body
    assert "ALSO |" not in body and "Border Patrol agents stop smuggling attempt" not in body
    assert "handed over to Border Patrol agents" in body


def test_clean_a_sentence_over_a_label_that_is_the_images_whole_caption_stays():
    raw = ("Aseguran 120 kilos de cocaína en la carretera a Nogales\n"
           "Elementos de la Guardia Nacional aseguraron alrededor de 120 kilos de cocaína ocultos en el doble fondo de una "
           "camioneta durante una revisión en el kilómetro 21 de la carretera Hermosillo-Nogales, en el municipio de Imuris.\n"
           "La conductora, de 33 años, fue detenida y puesta a disposición del Ministerio Público Federal en Nogales.\n"
           "Imagen ilustrativa\nFoto: Archivo El Sonorense\n"
           "De acuerdo con la Fiscalía General de la República, la droga tendría como destino la ciudad de Tucson, Arizona.\n"
           "Te recomendamos\nHallan sin vida a hombre en Empalme\n")
    body = clean_document(RawDocument(source="p.txt", raw=raw)).body
    assert "La conductora, de 33 años, fue detenida" in body and "Imagen ilustrativa" not in body
