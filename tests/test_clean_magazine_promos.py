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
