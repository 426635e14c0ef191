"""Hard-wrapped plain text (a release saved as text, an e-mail, a PDF's text layer): the lines of a paragraph
are joined before they are classified, and every offset still points into the raw text."""

from __future__ import annotations

import textwrap

from pesquisa.clean import clean_document
from pesquisa.clean._unwrap import wrap_joins
from pesquisa.records import RawDocument

PARAGRAPHS = [
    "SAN DIEGO - A Tijuana man was sentenced in federal court today to 144 months in prison for smuggling more "
    "than 40 kilograms of fentanyl powder and pills into the United States through the San Ysidro Port of Entry.",
    "According to his plea agreement, the man drove a sedan to the port in March, where officers found 62 "
    "packages hidden in the vehicle's doors and rocker panels.",
    '"Fentanyl smugglers who bring poison across our border will be held accountable," said the U.S. Attorney. '
    '"This sentence reflects the danger this drug poses to our communities."',
    "The case was investigated by Homeland Security Investigations and prosecuted by an assistant U.S. attorney "
    "of the district's narcotics section.",
]
HEAD = "U.S. Attorney's Office\n\nFOR IMMEDIATE RELEASE\n\nThursday, December 3, 2026\n\n" \
       "Tijuana Man Sentenced for Smuggling Fentanyl\n\n"


def _wrapped(width: int, part: str = "\n\n") -> str:
    return HEAD + part.join(textwrap.fill(p, width) for p in PARAGRAPHS) + "\n\nContact\n\nPublic Affairs Office\n"


def test_clean_a_hard_wrapped_release_keeps_its_paragraphs_whole():
    for width in (60, 72, 79):
        doc = clean_document(RawDocument(source="release.txt", raw=_wrapped(width)))
        assert doc.body.split("\n\n")[1:] == PARAGRAPHS, width
        assert doc.title == "Tijuana Man Sentenced for Smuggling Fentanyl"
        assert {"Contact", "Public Affairs Office"} <= set(doc.removed)


def test_clean_unwrapped_offsets_point_into_the_raw_text():
    raw = _wrapped(72)
    doc = clean_document(RawDocument(source="release.txt", raw=raw))
    start = doc.body.index("According")
    end = start + len(PARAGRAPHS[1])
    span = raw[doc.offsets.to_raw(start):doc.offsets.to_raw(end, end=True)]
    assert " ".join(span.split()) == PARAGRAPHS[1]
    word = doc.body.index("rocker")
    assert raw[doc.offsets.to_raw(word):doc.offsets.to_raw(word + 6, end=True)] == "rocker"


def test_clean_a_wrapped_text_without_blank_lines_joins_only_mid_sentence_breaks():
    raw = _wrapped(70, part="\n")
    doc = clean_document(RawDocument(source="release.txt", raw=raw))
    paragraphs = doc.body.split("\n\n")
    assert PARAGRAPHS[1] in paragraphs and PARAGRAPHS[3] in paragraphs


def test_clean_a_page_of_one_line_paragraphs_is_not_joined():
    lines = ["Detienen a dos en Culiacán tras un enfrentamiento con la Guardia Nacional en el sur",
             "Los detenidos fueron trasladados a la Fiscalía General de la República en Culiacán.",
             "La dependencia informó que se aseguraron armas largas y cartuchos de varios calibres.",
             "El operativo continuaba por la tarde en varias colonias de la capital del estado hoy."]
    assert wrap_joins(lines, [False, True, True, True]) == [False] * 4


def test_clean_a_headline_broken_by_hand_in_a_wrapped_text_is_one_title():
    raw = _wrapped(72).replace("Tijuana Man Sentenced for Smuggling Fentanyl\n",
                               "Tijuana Man Sentenced for Smuggling Fentanyl Through the\nSan Ysidro Port of Entry\n")
    doc = clean_document(RawDocument(source="release.txt", raw=raw))
    assert doc.title == "Tijuana Man Sentenced for Smuggling Fentanyl Through the San Ysidro Port of Entry"
    # on a page that is not wrapped, the lines stay apart
    page = "Border Daily\nNews from the border to the\n" + "\n\n".join(PARAGRAPHS)
    assert "the SAN DIEGO" not in clean_document(RawDocument(source="p.txt", raw=page)).body


def test_clean_an_article_printed_twice_keeps_its_first_copy():
    article = ["Tijuana Man Sentenced for Smuggling Fentanyl", *PARAGRAPHS]
    raw = "Border Daily\n\n" + "\n\n".join(article) + "\n\nPrint this page\n\n" + "\n\n".join(article) + "\n\nShare\n"
    doc = clean_document(RawDocument(source="page.txt", raw=raw))
    assert doc.title == article[0]
    assert doc.body.split("\n\n") == article
    # a caption printed twice is still dropped
    caption = "Officers inspect a sedan at the San Ysidro port of entry in San Diego, California."
    page = "\n\n".join([*article[:3], caption, caption + " (AP Photo/Gregory Bull)", *article[3:]])
    assert caption not in clean_document(RawDocument(source="page.txt", raw=page)).body


def test_clean_a_release_from_a_pdf_joins_its_capitals_headline_and_drops_page_numbers():
    body = "\n".join(textwrap.fill(p, 85) for p in PARAGRAPHS)
    raw = ("OFICINA DE COMUNICACIÓN SOCIAL\n\nGABINETE DE SEGURIDAD DETIENE A 14 PERSONAS Y ASEGURA\n"
           "METANFETAMINA EN EL NOROESTE DEL PAÍS\n\n" + body + "\nPágina 1 de 2\n\f\nPage 2 of 2\n")
    doc = clean_document(RawDocument(source="release.pdf", raw=raw))
    assert doc.title == "GABINETE DE SEGURIDAD DETIENE A 14 PERSONAS Y ASEGURA METANFETAMINA EN EL NOROESTE DEL PAÍS"
    assert {"Página 1 de 2", "Page 2 of 2"} <= set(doc.removed)
    assert PARAGRAPHS[1] in doc.body.split("\n\n")


def test_clean_a_release_wrapped_narrower_than_its_headline_keeps_every_paragraph():
    # the headline (and a URL line) is longer than the width the paragraphs were wrapped at: the width is the one
    # at which the lines break, not the longest line's
    head = ("U.S. Department of Justice\nOffice of Public Affairs\nFOR IMMEDIATE RELEASE Thursday, December 3, 2026\n"
            "Two Sinaloa Cartel Associates Sentenced for Fentanyl Trafficking Conspiracy in San Diego Court\n\n")
    doc = clean_document(RawDocument(source="release.txt", raw=head + "\n\n".join(textwrap.fill(p, 64)
                                                                                 for p in PARAGRAPHS) + "\n"))
    for paragraph in PARAGRAPHS:
        assert paragraph in doc.body
    assert doc.title == "Two Sinaloa Cartel Associates Sentenced for Fentanyl Trafficking Conspiracy in San Diego Court"


def test_clean_a_title_case_headline_set_over_the_wrapped_text_is_not_joined_to_it():
    head = "FOR IMMEDIATE RELEASE Thursday, December 3, 2026\n"
    body = "\n".join(textwrap.fill(p, 76) for p in PARAGRAPHS)
    title = "Tijuana Man Sentenced to Twelve Years for Smuggling Fentanyl Through San Ysidro"[:76]
    doc = clean_document(RawDocument(source="release.txt", raw=head + title + "\n" + body + "\n"))
    assert doc.title == title
    assert PARAGRAPHS[0] in doc.body


def test_clean_a_pdf_release_keeps_its_publishers_name_apart_and_drops_its_running_header():
    paragraphs = [
        "La Secretaría de Marina, en coordinación con la Fiscalía General de la República, informa que el pasado 2 de "
        "diciembre personal naval aseguró en aguas del Océano Pacífico, a 180 millas náuticas al suroeste de Acapulco, "
        "Guerrero, una embarcación tipo lancha rápida con aproximadamente 1,200 kilogramos de cocaína.",
        "En la acción fueron detenidas tres personas de nacionalidad ecuatoriana, quienes junto con la embarcación y el "
        "producto asegurado fueron trasladados al puerto de Acapulco para ser puestos a disposición de la autoridad.",
        "Con estas acciones, la Secretaría de Marina reafirma su compromiso de combatir a la delincuencia organizada en "
        "los mares mexicanos y de contribuir a la seguridad de la población."]
    raw = ("SECRETARÍA DE MARINA\nCOMUNICADO DE PRENSA 231/2026\nCiudad de México, 4 de diciembre de 2026\n\n"
           "SEMAR ASEGURA MÁS DE UNA TONELADA DE COCAÍNA FRENTE A COSTAS DE GUERRERO\n\n" +
           "\n\n".join(textwrap.fill(p, 78) for p in paragraphs[:2]) + "\n\nPágina 1 de 2\nSECRETARÍA DE MARINA\n\n" +
           textwrap.fill(paragraphs[2], 78) + "\n\n-o0o-\n\nPágina 2 de 2\n")
    doc = clean_document(RawDocument(source="release.pdf", raw=raw))
    assert doc.title == "SEMAR ASEGURA MÁS DE UNA TONELADA DE COCAÍNA FRENTE A COSTAS DE GUERRERO"
    assert "SECRETARÍA DE MARINA" not in doc.body
    assert paragraphs[2] in doc.body


def test_clean_a_reports_contact_line_goes():
    raw = ("GAO Highlights\n\nEfforts to Combat Firearms Trafficking Need Performance Measures\n\n" +
           "\n\n".join(PARAGRAPHS) + "\n\nFor more information, contact Ana Ruiz at (202) 512-8777 or ruiza@gao.gov.\n")
    doc = clean_document(RawDocument(source="report.txt", raw=raw))
    assert "For more information" not in doc.body


def test_clean_a_headline_and_its_deck_over_long_paragraphs_are_not_one_wrapped_line():
    from pesquisa.clean import clean_document
    from pesquisa.records import RawDocument

    page = "\n".join([
        "EL NORTE", "Local", "Catean en Escobedo bodega con armas del CDN", "Decomisan 12 fusiles y 5 mil cartuchos", "Staff",
        "Monterrey, México (05 diciembre 2026).-",
        "Elementos de la Fiscalía General de Justicia de Nuevo León y del Ejército catearon una bodega en el municipio de "
        "Escobedo, donde aseguraron 12 fusiles de asalto y unos 5 mil cartuchos atribuidos al Cártel del Noreste.",
        "El inmueble estaba rentado a nombre de una empresa de mudanzas de la zona, indicó la Fiscalía en un comunicado.",
        "No hubo detenidos.", "Copyright © Grupo Reforma Servicio Informativo"]) + "\n"
    doc = clean_document(RawDocument(source="p.txt", raw=page))
    assert doc.title == "Catean en Escobedo bodega con armas del CDN"
