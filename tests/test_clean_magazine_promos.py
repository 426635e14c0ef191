"""A promotion of the publisher's magazine set between two paragraphs, short names over a call to action ("Proceso" /
"Semanario" / "Suscríbete a la revista"), goes, and the story's paragraph under it stays (hand-written pages)."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def test_clean_the_paragraph_under_a_magazine_promotion_stays():
    raw = ("Vinculan a proceso a exdirector de policía de Zitácuaro por extorsión\n"
           "MORELIA, Mich.- Un juez de control vinculó a proceso al exdirector de la policía municipal de Zitácuaro, "
           "acusado de colaborar con una célula criminal en el cobro de cuotas a comerciantes de la región oriente.\n"
           "La Fiscalía General del Estado informó que el exfuncionario permanecerá en prisión preventiva mientras dura "
           "la investigación complementaria, para la que el juez otorgó un plazo de tres meses.\n"
           "Revista Siete\nSemanario\nSuscríbete a la revista\n"
           "De acuerdo con la carpeta de investigación, el exdirector avisaba a la célula criminal de los operativos "
           "de la policía estatal en el municipio.\n"
           "Publicidad\nTemas\nMichoacán\nExtorsión\n")
    body = clean_document(RawDocument(source="p.txt", raw=raw)).body
    assert "avisaba a la célula criminal de los operativos" in body
    assert "Suscríbete a la revista" not in body and "Semanario" not in body


def test_clean_the_paragraph_under_a_most_read_block_with_the_outlets_name_on_top_stays():
    raw = ("Detienen en Fresnillo a 'El Tacho', operador de una célula criminal\n"
           "El detenido es señalado como responsable de ataques contra policías municipales\n"
           "Elementos de la Fiscalía del Estado y de la Guardia Nacional detuvieron en Fresnillo a Eustacio \"N\", alias "
           "'El Tacho', señalado como operador de una célula criminal en la región.\n"
           "De acuerdo con el fiscal estatal, el detenido es investigado por su probable participación en al menos dos "
           "ataques armados contra policías municipales durante octubre.\n"
           "DIARIO NORTE\nLo más visto\nHallan tres cuerpos en Jerez\n"
           "El detenido fue puesto a disposición de un juez de control, quien definirá su situación jurídica en las "
           "próximas horas.\n"
           "Ver más\n")
    body = clean_document(RawDocument(source="p.txt", raw=raw)).body
    assert "quien definirá su situación jurídica" in body and "Hallan tres cuerpos en Jerez" not in body
