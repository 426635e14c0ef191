"""The story's last sentence under a subhead ("What Happens Next") or under an image's captions set between two
paragraphs ("Fuente de la imagen, Reuters" / "Pie de foto, ...") is the article going on, not the page's tail
(hand-written pages)."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _body(raw: str) -> str:
    return clean_document(RawDocument(source="p.txt", raw=raw)).body


def test_clean_the_last_sentence_under_a_subhead_stays():
    raw = ('Border Weekly\n'
           'U.S.\n'
           'Map Shows Where Meth Seizures Are Falling at the Border\n'
           'By Ana Ruiz\n'
           'News Reporter\n'
           'Published Dec 05, 2026 at 10:30 AM EST\n'
           'Updated Dec 05, 2026 at 12:02 PM EST\n'
           'share\n'
           'Border Weekly Is A Trust Project Member\n'
           'Listen\n'
           'Map Shows Where Meth Seizures Are Falling at the Border\n'
           "Meth seizures at the southwest border have fallen in most Customs and Border Protection field offices this "
           "year, according to the agency's latest figures.\n"
           'Why It Matters\n'
           'Meth now figures in a growing share of overdose deaths among adults under 45.\n'
           'What To Know\n'
           'The El Paso field office reported the largest drop, with seizures down by about half from the previous '
           'fiscal year.\n'
           'Border Weekly reached out to CBP for comment via email on Friday.\n'
           'Officials have attributed the decline to a combination of enforcement and changes in how cartels move '
           'the drug.\n'
           'What People Are Saying\n'
           'A CBP spokesperson said in a statement: "We continue to see smugglers adapt their methods."\n'
           'What Happens Next\n'
           'CBP is expected to publish its October figures in mid-November.\n'
           'Request Reprint & Licensing\n'
           'Submit Correction\n'
           'View Editorial Guidelines\n')
    assert "expected to publish its October figures" in _body(raw)


def test_clean_a_paragraph_under_an_images_captions_stays():
    raw = ("Qué se sabe del plan de México y EE.UU. contra el contrabando de municiones\n"
           "Los gobiernos de México y Estados Unidos anunciaron este martes un plan para rastrear los cartuchos que cruzan "
           "la frontera hacia el sur, una de las demandas más antiguas de las autoridades mexicanas.\n"
           "El plan incluye revisiones de salida en los puentes internacionales de Ciudad Juárez, Nuevo Laredo y Reynosa.\n"
           "Te puede interesar\nQuiénes son Los Chapitos\nEl negocio de las armas en la frontera\n"
           "La secretaria de Relaciones Exteriores dijo que se trata de \"un paso importante\" para reducir la violencia.\n"
           "Fuente de la imagen, Reuters\n"
           "Pie de foto, Soldados mexicanos revisan cartuchos decomisados en Chihuahua.\n"
           "Según cifras oficiales, cerca de la mitad de los cartuchos decomisados en México fueron fabricados en Estados "
           "Unidos.\n"
           "Haz clic aquí para leer más historias.\n")
    body = _body(raw)
    assert "cerca de la mitad de los cartuchos decomisados" in body and "Pie de foto" not in body
