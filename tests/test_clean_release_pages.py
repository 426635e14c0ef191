"""Government releases under their publisher's name, funding disclosures, closing credits, editors' initials and
related-story blocks set mid-article (hand-written pages in the shapes of gob.mx, nonprofit newsrooms, wires and
Spanish-language portals)."""

from __future__ import annotations

from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _clean(text: str):
    return clean_document(RawDocument(source="page.txt", raw=text))


def _paragraphs(doc) -> list[str]:
    return [p for p in doc.body.split("\n\n") if p.strip()]


def test_clean_a_release_under_its_publishers_name_printed_again_in_the_dated_line_takes_the_headline():
    body = ("En acciones coordinadas del Gabinete de Seguridad, elementos de la Secretaría de la Defensa Nacional y la "
            "Guardia Nacional detuvieron a 12 personas en Reynosa, Tamaulipas.\n\nEn los inmuebles cateados se aseguraron "
            "18 armas largas y 3 artefactos explosivos improvisados.\n")
    doc = _clean("gob.mx\n\nSecretaría de Seguridad y Protección Ciudadana\n\nPrensa\n\nDetienen en Tamaulipas a 12 "
                 "personas y aseguran armas y explosivos\n\nSecretaría de Seguridad y Protección Ciudadana | 05 de "
                 "diciembre de 2026 | Comunicado\n\n" + body)
    assert doc.title == "Detienen en Tamaulipas a 12 personas y aseguran armas y explosivos"
    assert doc.published == "2026-12-05"



def test_clean_a_newsrooms_funding_disclosure_goes_but_a_sentence_on_a_financial_supporter_stays():
    doc = _clean("Drug seizures rise at the border\n\n" + BODY + "\nDisclosure: The Border Fund has been a financial "
                 "supporter of Frontera Newsroom, a nonprofit, nonpartisan news organization.\n")
    assert not any(p.startswith("Disclosure:") for p in _paragraphs(doc))
    es = _clean("Suben los aseguramientos en la frontera\n\n" + BODY_ES + "\nEste reportaje fue elaborado con el apoyo "
                "de la Fundación Frontera para el periodismo de investigación.\n")
    assert "Este reportaje fue elaborado" not in es.body
    body = _clean("Casino fined over cartel cash\n\n" + BODY + "\nProsecutors said the businessman was a financial "
                  "supporter of the cartel's leaders for at least a decade, according to the indictment.\n")
    assert "was a financial supporter of the cartel" in body.body


def test_clean_a_wire_writers_closing_credit_goes_but_a_report_from_a_place_stays():
    doc = _clean("Mexico sends 26 prisoners to the US\n\n" + BODY + "\nVerza reported from Mexico City.\n")
    assert "Verza reported" not in doc.body
    kept = _clean("Mexico sends 26 prisoners to the US\n\n" + BODY +
                  "\nReuters reported from Mexico City that the transfer had been planned for weeks.\n")
    assert "Reuters reported from Mexico City that" in kept.body


def test_clean_an_editors_initials_closing_a_portals_story_go():
    doc = _clean("Vinculan a proceso a exalcalde\n\n" + BODY_ES + "\nASG\n")
    assert _paragraphs(doc)[-1] != "ASG"
    assert _paragraphs(doc)[-1].endswith("añadió la dependencia.")


def test_clean_the_article_goes_on_after_a_more_information_block_of_related_headlines():
    doc = _clean("La Guardia Nacional asume la seguridad en Apatzingán\n\n" + BODY_ES +
                 "\nMás información\n\nLos limoneros paran la cosecha por las extorsiones\n\n"
                 "Michoacán, el laboratorio de la estrategia de seguridad\n\n"
                 "La Fiscalía estatal abrió carpetas de investigación contra seis exmandos policiales de la región.\n\n"
                 "Archivado En\n\nMichoacán\n\nGuardia Nacional\n")
    assert "La Fiscalía estatal abrió carpetas" in doc.body
    assert "Más información" not in doc.body
    assert "Los limoneros paran la cosecha" not in doc.body
