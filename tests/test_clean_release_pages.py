"""Government releases under their publisher's name, funding disclosures, closing credits, editors' initials and
related-story blocks set mid-article (hand-written pages in the shapes of gob.mx, nonprofit newsrooms, wires and
Spanish-language portals)."""

from __future__ import annotations

import pytest
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



# One line closing a story: chrome that goes (False) or article text that stays (True) though it holds a cue word.
CLOSING_LINES = [
    ("en", "Disclosure: The Border Fund has been a financial supporter of Frontera Newsroom, a nonprofit, nonpartisan "
           "news organization.", False),
    ("es", "Este reportaje fue elaborado con el apoyo de la Fundación Frontera para el periodismo de investigación.", False),
    ("en", "Prosecutors said the businessman was a financial supporter of the cartel's leaders for at least a decade, "
           "according to the indictment.", True),
    ("en", "Verza reported from Mexico City.", False),
    ("en", "Reuters reported from Mexico City that the transfer had been planned for weeks.", True),
    ("en", "Times staff writer Kate Linthicum reported from Washington.", False),
    ("en", "Clashes were reported from Culiacán and Navolato late on Monday.", True),
    ("es", "ASG", False),
    ("en", "ABC-7 will continue to follow this story.", False),
    ("es", "Seguiremos informando.", False),
    ("es", "El grupo criminal difundía un boletín en redes sociales para amenazar a sus rivales.", True),
    ("en", "Investigators found that the businessman made a donation to a local charity run by the cartel.", True),
    ("en", "If you found this reporting valuable, please consider making a donation to support it.", False),
]


@pytest.mark.parametrize(("lang", "line", "stays"), CLOSING_LINES)
def test_clean_a_line_closing_the_story_goes_as_chrome_or_stays_as_text(lang, line, stays):
    head, body, end = ("Agents seize fentanyl in Nogales", BODY, "the agency added.") if lang == "en" else \
        ("Aseguran fentanilo en Nogales", BODY_ES, "añadió la dependencia.")
    doc = _clean(head + "\n\n" + body + "\n" + line + "\n")
    if stays:
        assert _paragraphs(doc)[-1] == line
    else:
        assert line not in _paragraphs(doc) and _paragraphs(doc)[-1].endswith(end)


def test_clean_the_article_goes_on_after_a_more_information_block_of_related_headlines():
    doc = _clean("La Guardia Nacional asume la seguridad en Apatzingán\n\n" + BODY_ES +
                 "\nMás información\n\nLos limoneros paran la cosecha por las extorsiones\n\n"
                 "Michoacán, el laboratorio de la estrategia de seguridad\n\n"
                 "La Fiscalía estatal abrió carpetas de investigación contra seis exmandos policiales de la región.\n\n"
                 "Archivado En\n\nMichoacán\n\nGuardia Nacional\n")
    assert "La Fiscalía estatal abrió carpetas" in doc.body
    assert "Más información" not in doc.body
    assert "Los limoneros paran la cosecha" not in doc.body


def test_clean_skip_links_go_and_the_headline_under_them_is_the_title():
    doc = _clean("The Daily Ledger\n\nSkip to content\n\nSkip to site index\n\nAmericas\n\nAgents Seize Fentanyl Hidden in "
                 "a Tomato Truck at Nogales\n\nThe drugs were found during a routine inspection.\n\n" + BODY +
                 "\nAdvertisement\n\nSKIP ADVERTISEMENT\n\nThe driver was charged in federal court on Tuesday, the "
                 "agency said in its statement.\n")
    assert doc.title == "Agents Seize Fentanyl Hidden in a Tomato Truck at Nogales"
    assert "Skip to site index" not in doc.body and "SKIP ADVERTISEMENT" not in doc.body
    assert "The driver was charged in federal court" in doc.body


def test_clean_a_print_edition_note_a_gift_link_and_an_assistance_credit_go():
    doc = _clean("Agents seize fentanyl in Nogales\n\n" + BODY + "\nA version of this article appears in print on Dec. 5, "
                 "2026, Section A, Page 9 of the New York edition with the headline: Agents Seize Fentanyl.\n\n"
                 "— With assistance from Eric Martin\n\nGift this article\n")
    assert _paragraphs(doc)[-1].endswith("the agency added.")
    es = _clean("Aseguran fentanilo en Nogales\n\n" + BODY_ES + "\nCon la colaboración de Ana Ruiz\n")
    assert _paragraphs(es)[-1].endswith("añadió la dependencia.")


def test_clean_a_short_topic_list_under_its_header_goes():
    doc = _clean("Extraditan a exjefe policiaco de Tijuana\n\n" + BODY_ES + "\nEtiquetas\n\nExtradición\n\nTijuana\n")
    assert _paragraphs(doc)[-1].endswith("añadió la dependencia.")
    en = _clean("Agents seize fentanyl in Nogales\n\n" + BODY + "\nTags\n\nFentanyl\n\nArizona\n")
    assert _paragraphs(en)[-1].endswith("the agency added.")


def test_clean_a_place_and_weekday_date_under_the_byline_is_the_publication_date():
    doc = _clean("Sheinbaum descarta injerencia extranjera\n\nLa presidenta aseguró que la cooperación continuará con "
                 "respeto a la soberanía\n\nCarlos Lara | El Sol de México\n\nCiudad de México jueves 4 de diciembre de "
                 "2026\n\n" + BODY_ES)
    assert doc.published == "2026-12-04"


def test_clean_the_article_goes_on_after_an_embedded_posts_signature():
    doc = _clean("Detienen a operador del CJNG en Celaya\n\n" + BODY_ES + "\nEn Celaya, en coordinación con @Defensamx1, "
                 "se detuvo a Juan \"N\", alias 'El Jando', identificado como generador de violencia en la región.\n\n"
                 "— Omar García Harfuch (@OHarfuch) December 4, 2026\n\n"
                 "Según autoridades estatales, el detenido tenía dos órdenes de aprehensión por homicidio.\n\n"
                 "Ver más\n\nCelaya registra 12 policías asesinados en 2026\n")
    assert "el detenido tenía dos órdenes de aprehensión" in doc.body
    assert "— Omar García Harfuch (@OHarfuch) December 4, 2026" in doc.body  # the post's own, kept with it


def test_clean_no_break_spaces_read_as_spaces_and_offsets_still_point_into_the_raw_text():
    raw = ("Skip\u00a0to site index\n\nAgents seize fentanyl in Nogales\n\n" + BODY +
           "\nOsorio said\u00a0that the talks were useful, officials told reporters on Monday.\n")
    doc = _clean(raw)
    assert doc.title == "Agents seize fentanyl in Nogales"
    assert "Skip" not in doc.body
    start = doc.body.index("Osorio said that")
    raw_start, raw_end = doc.offsets.to_raw(start), doc.offsets.to_raw(start + 16, end=True)
    assert raw[raw_start:raw_end] == "Osorio said\u00a0that"
    assert not doc.repairs


def test_clean_a_character_dropped_by_a_repair_leaves_the_words_around_it_exact_offsets():
    from pesquisa.clean._repair import align

    old, new = "the Sina\u00adloa cartel", "the Sinaloa cartel"
    segments = align(old, new, 100, 0)
    mapped = {(cs, ce): old[rs - 100:re_ - 100] for cs, ce, rs, re_ in segments}
    assert mapped[(0, 8)] == "the Sina" and mapped[(8, len(new))] == "loa cartel"


def test_clean_a_publisher_beside_its_release_label_is_a_label_and_the_headline_under_it_the_title():
    body = ("Elementos de la Secretaría de Marina aseguraron 1,200 kilos de cocaína frente a las costas de Oaxaca, "
            "informó la dependencia en un comunicado.\n\nLos tres detenidos fueron puestos a disposición de la FGR.\n")
    for top in ("Secretaría de Marina | Comunicado de Prensa 112/2025",
                "Gobierno de México | Secretaría de Seguridad y Protección Ciudadana\n\nPrensa\n\nComunicado No. 212/2025"):
        doc = _clean(top + "\n\nSemar asegura más de una tonelada de cocaína frente a Oaxaca\n\n" + body)
        assert doc.title == "Semar asegura más de una tonelada de cocaína frente a Oaxaca"
        assert "Comunicado" not in doc.body


def test_clean_a_body_sentence_with_a_subscription_or_bulletin_word_is_no_tail():
    doc = _clean("Detienen a exalcalde de Cotija\n\n" + BODY_ES +
                 "\nLa Fiscalía informó en un boletín que el exedil fue trasladado al penal de Mil Cumbres.\n\n"
                 "El exfuncionario donó dinero a la campaña de un diputado local, según la investigación.\n")
    assert "informó en un boletín" in doc.body and "donó dinero a la campaña" in doc.body
    signed = _clean("México y EU firman memorándum contra tráfico de armas\n\n" + BODY_ES +
                    "\nEl canciller y la subsecretaria de Estado suscribieron el documento en la Cancillería.\n\n"
                    "Ambos gobiernos se comprometieron a rastrear las armas aseguradas en un plazo de 30 días.\n")
    assert "suscribieron el documento" in signed.body and "se comprometieron a rastrear" in signed.body


def test_clean_a_short_closing_sentence_above_the_pages_tail_stays():
    head = "Border Daily\n\nNews\n\nBy Ana Torres\n\nDec. 5, 2026\n\nAgents seize fentanyl in Nogales\n\n" + BODY
    tail = "\nCopyright 2026 Border Daily. All rights reserved.\n\nRelated Stories\n\nCartel leader extradited to Texas\n"
    for closing in ("No arrests have been made.", "He remains in custody.", "The embassy declined to comment."):
        doc = _clean(head + "\n" + closing + "\n" + tail)
        assert _paragraphs(doc)[-1] == closing
    es = _clean("El Diario\n\nSeguridad\n\nPor Ana Torres\n\n05/12/2026 10:20\n\nAseguran fentanilo en Nogales\n\n" +
                BODY_ES + "\nEl caso sigue abierto.\n\nTe puede interesar\n\nExtraditan a líder de cártel a Texas\n")
    assert _paragraphs(es)[-1] == "El caso sigue abierto."
    thanks = _clean(head + "\nThank you for reading.\n" + tail)
    assert "Thank you for reading." not in thanks.body


def test_clean_a_mail_saved_as_text_takes_its_subject_as_the_title():
    doc = _clean("From: Border Brief <news@borderbrief.example>\nSubject: Agents seize fentanyl hidden in tomato trucks\n"
                 "Date: Thu, 4 Dec 2026 07:02:11 -0600\n\n" + BODY)
    assert doc.title == "Agents seize fentanyl hidden in tomato trucks"


def test_clean_a_sentence_opening_with_a_prompts_word_is_article_text():
    for sentence in ("Share of homicides linked to organized crime rose to 70 percent, the study found.",
                     "Related charges were filed against three other men in Arizona last year.",
                     "Popular support for the security reform fell sharply in the last year."):
        doc = _clean("Agents seize fentanyl in Nogales\n\n" + BODY + "\n" + sentence + "\n\nRelated Stories\n\n"
                     "Cartel leader extradited to Texas\n")
        assert sentence in doc.body
        assert "Related Stories" not in doc.body


def test_clean_short_closing_sentences_between_inline_teasers_and_ad_slots_stay():
    head = "Border Daily\n\nNews\n\nAgents seize fentanyl in Nogales\n\nBy Ana Torres\n\nDec. 5, 2026\n\n" + BODY
    doc = _clean(head + "\nRELATED: Cartel leader extradited to Texas\n\nThe case was investigated by Homeland "
                 "Security Investigations.\n\nRead more: Fentanyl seizures fall\n\nBoth men pleaded not guilty.\n\n"
                 "Sign up for our newsletter\n\nComments\n")
    assert _paragraphs(doc)[-2:] == ["The case was investigated by Homeland Security Investigations.",
                                     "Both men pleaded not guilty."]
    es = _clean("Infobae\n\nAseguran fentanilo en Nogales\n\n04/12/2026 12:31\n\n" + BODY_ES +
                "\nEspacio publicitario\n\nLa investigación continúa.\n\nLo más visto\n\nEtiquetas\n")
    assert _paragraphs(es)[-1] == "La investigación continúa."
    assert "Espacio publicitario" not in es.body and "Etiquetas" not in es.body


def test_clean_capitalized_teaser_leads_are_no_transcript_turns():
    doc = _clean("Detienen a abogado ligado al Cártel de Sinaloa\n\n" + BODY_ES + "\nLEE: Cae jefe de plaza en Caborca\n\n"
                 "La acusación incluye a otras cinco personas, dos de ellas prófugas en México.\n\n"
                 "LEE: Cae jefe de plaza en Caborca\n\nNadie resultó herido.\n\nReader comments\n")
    assert "LEE:" not in doc.body and "Reader comments" not in doc.body
    assert _paragraphs(doc)[-1] == "Nadie resultó herido."


def test_clean_a_state_release_under_its_publisher_with_a_media_contact_and_a_number_at_its_foot():
    doc = _clean("Arizona Department of Public Safety\n\nNews Release\n\nFOR IMMEDIATE RELEASE\n\nNov. 18, 2026\n\n"
                 "Media Contact: Public Affairs Unit\n\n(602) 223-2000\n\n"
                 "Troopers Find 40 Pounds of Methamphetamine in Spare Tire Near Gila Bend\n\n" + BODY +
                 "\n\n###\n\n(AZ 2026-114)\n")
    assert doc.title == "Troopers Find 40 Pounds of Methamphetamine in Spare Tire Near Gila Bend"
    assert _paragraphs(doc)[0] == doc.title
    assert {"Media Contact: Public Affairs Unit", "(AZ 2026-114)", "Arizona Department of Public Safety"} <= set(doc.removed)
    es = _clean("Gobierno del Estado de Sonora\n\nContacto de prensa: Coordinación de Comunicación Social\n\n"
                "Aseguran cargamento de metanfetamina en la carretera a Nogales\n\n" + BODY_ES)
    assert "Contacto de prensa: Coordinación de Comunicación Social" in es.removed


def test_clean_a_government_site_banner_is_no_headline():
    doc = _clean("Homeland Security\n\nOfficial website of the Department of Homeland Security\n\nNews\n\nPress Release\n\n"
                 "ICE and Mexican Partners Arrest Leaders of a Smuggling Ring in Chihuahua\n\n"
                 "Release Date: November 20, 2026\n\n" + BODY)
    assert doc.title == "ICE and Mexican Partners Arrest Leaders of a Smuggling Ring in Chihuahua"
    assert "Official website of the Department of Homeland Security" in doc.removed
    es = _clean("gob.mx\n\nPortal oficial del Gobierno de México\n\nAseguran cargamento de metanfetamina en Nogales\n\n" + BODY_ES)
    assert es.title == "Aseguran cargamento de metanfetamina en Nogales"


def test_clean_an_agency_s_name_with_its_country_before_it_is_the_publisher_over_the_headline():
    doc = _clean("DEA\n\nUnited States Drug Enforcement Administration\n\nPress Releases\n\n"
                 "DEA Seizes 2 Million Fentanyl Pills in Tucson Operation\n\nNovember 21, 2026\n\n"
                 "TUCSON – The Drug Enforcement Administration seized about 2 million fentanyl pills in the Tucson area over "
                 "six weeks, the agency's administrator announced today.\n\n"
                 "Agents also arrested 14 people during the operation, which ran through October and November.\n")
    assert doc.title == "DEA Seizes 2 Million Fentanyl Pills in Tucson Operation"
    assert "United States Drug Enforcement Administration" in doc.removed
