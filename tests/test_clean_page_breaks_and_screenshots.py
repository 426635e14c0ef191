"""A bulletin printed to text across its pages, and a screenshot's note under a picture between paragraphs, in English and
Spanish (hand-written): the page's number, the header printed again and the note go; the paragraphs under them stay."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _clean(raw: str):
    return clean_document(RawDocument(source="p.txt", raw=raw))


BULLETIN_ES = """FISCALÍA GENERAL DE JUSTICIA DEL ESTADO DE SONORA
Dirección General de Comunicación Social
BOLETÍN INFORMATIVO
Hermosillo, Sonora, a 02 de diciembre de 2026
Boletín No. 1482/2026
FISCALÍA DEL ESTADO OBTIENE VINCULACIÓN A PROCESO CONTRA DOS POR SECUESTRO EXPRÉS EN HERMOSILLO
La Fiscalía General de Justicia del Estado de Sonora (FGJES) obtuvo la vinculación a proceso en contra de José Manuel "N" y Kevin Alejandro "N", como probables responsables del delito de secuestro exprés agravado cometido en perjuicio de una mujer en la capital del estado.
De acuerdo con la carpeta de investigación, el pasado 24 de noviembre los imputados interceptaron a la víctima en el estacionamiento de una plaza comercial y la obligaron a retirar dinero de varios cajeros automáticos.
Página 1 de 2
FISCALÍA GENERAL DE JUSTICIA DEL ESTADO DE SONORA
Agentes de la Agencia Ministerial de Investigación Criminal (AMIC) lograron su detención horas después, gracias al análisis de las cámaras de videovigilancia del C5i.
El Juez de Control impuso como medida cautelar la prisión preventiva oficiosa y fijó un plazo de tres meses para el cierre de la investigación complementaria.
La Fiscalía reitera su compromiso de procurar justicia a las víctimas y exhorta a la ciudadanía a denunciar al 089.
---000---
Página 2 de 2
Blvd. Luis Encinas y Calle Reforma s/n, Col. Centro, Hermosillo, Sonora. Tel. (662) 289 8800
"""

BULLETIN_EN = """OFFICE OF THE ATTORNEY GENERAL OF NEW MEXICO
Communications Office
PRESS RELEASE
Santa Fe, New Mexico, December 3, 2026
Release No. 611/2026
TWO MEN CHARGED IN THEFT OF TRACTOR-TRAILER LOADED WITH STEEL NEAR LAS CRUCES
The Attorney General announced that state police arrested two men accused of stealing a tractor-trailer loaded with steel on Interstate 10 near Las Cruces.
According to the complaint, the men threatened the driver with handguns and left him on a dirt road.
Page 1 of 2
OFFICE OF THE ATTORNEY GENERAL OF NEW MEXICO
The truck was found two days later on a ranch outside Deming, with its load intact and no visible damage.
Both men are being held without bond pending a detention hearing before a district judge next week.
The office urges drivers who see suspicious activity at truck stops to call 911 right away.
###
Page 2 of 2
408 Galisteo Street, Villagra Building, Santa Fe, NM 87501. Tel. (505) 490 4060
"""


@pytest.mark.parametrize("raw, page, after", [
    (BULLETIN_ES, "Página 1 de 2", "Agentes de la Agencia Ministerial de Investigación Criminal (AMIC) lograron"),
    (BULLETIN_EN, "Page 1 of 2", "The truck was found two days later"),
])
def test_clean_a_paragraph_under_a_page_break_stays(raw, page, after):
    doc = _clean(raw)
    assert after in doc.body
    assert page not in doc.body.split("\n\n")


@pytest.mark.parametrize("note, above, below", [
    ("Captura de pantalla de video.",
     "Un video difundido en redes sociales muestra a militares disparar contra un vehículo en Nuevo Laredo.",
     "Las familias de los jóvenes pidieron a la fiscalía federal atraer el caso cuanto antes, dijeron sus abogados."),
    ("Screenshot from social media",
     "A video posted on social media shows soldiers firing at a pickup truck on a highway outside Nuevo Laredo.",
     "Relatives of the men in the truck demanded that federal prosecutors take over the investigation right away."),
])
def test_clean_a_screenshots_note_between_paragraphs_goes(note, above, below):
    closing = "The families said they would keep pressing for answers." if note.startswith("Screen") else \
        "Las familias dijeron que seguirán exigiendo respuestas."
    doc = _clean("Soldiers fire on a pickup in Nuevo Laredo\n" + "\n".join([above, note, below, closing]) + "\n")
    assert note not in doc.body.split("\n\n")
    assert below in doc.body


def test_clean_a_sentence_about_a_screenshot_stays():
    line = "A screenshot of the video shows agents firing at the car from the shoulder of the highway."
    doc = _clean("Agents fire on a car in Nogales\nFederal agents fired at a car near Nogales on Monday, officials said.\n"
                 + line + "\nThe driver was taken to a hospital, the agency added.\n")
    assert line in doc.body
