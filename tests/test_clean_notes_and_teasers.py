"""Author notes under the byline and under an "About the author" header, a newsroom's funding note, and other
stories' headlines set inside an article (hand-written pages in the shapes of think tanks, wires and Mexican
portals)."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _paragraphs(text: str) -> list[str]:
    return clean_document(RawDocument(source="page.txt", raw=text)).body.split("\n\n")


def test_clean_an_authors_note_under_the_byline_and_under_its_header_goes():
    kept = _paragraphs("Analysis\n\nWhy arms pledges are hard to measure\n\nBy Elena Hartley\n\n"
                       "Elena Hartley is a nonresident fellow at the Center for Policy Studies.\n\n" + BODY +
                       "\nAbout the author\n\nElena Hartley studies arms trafficking and security cooperation.\n")
    assert not any("Elena Hartley" in p or p == "About the author" for p in kept)
    es = _paragraphs("Análisis\n\nLo que no dicen las cifras de armas\n\nPor Ana Ruiz\n\n" + BODY_ES +
                     "\nSobre la autora\n\nAna Ruiz cubre seguridad y justicia desde la Ciudad de México.\n")
    assert not any("Ana Ruiz" in p or p == "Sobre la autora" for p in es)
    # a note on someone the byline does not name is the article's own sentence
    other = "Vanda Brown is a senior fellow at the Brookings Institution."
    assert other in _paragraphs("Why arms pledges are hard to measure\n\nBy Elena Hartley\n\n" + BODY + "\n" + other + "\n")


def test_clean_a_newsrooms_funding_note_goes_and_a_sentence_on_support_stays():
    note = ("The Associated Press receives support from several private foundations to enhance its explanatory "
            "coverage. The AP is solely responsible for all content.")
    assert note not in _paragraphs("Mexico says it dismantled a lab\n\n" + BODY + "\n" + note + "\n")
    es = ("Este medio recibe apoyo de fundaciones privadas para fortalecer su cobertura de seguridad. "
          "El medio es el único responsable del contenido.")
    assert es not in _paragraphs("Desmantelan laboratorio en Sinaloa\n\n" + BODY_ES + "\n" + es + "\n")
    told = "The cartel receives support from corrupt police officers in three municipalities, prosecutors said."
    assert told in _paragraphs("Mexico says it dismantled a lab\n\n" + BODY + "\n" + told + "\n")


def test_clean_an_inline_teaser_labelled_ve_mas_goes_and_the_paragraph_under_it_stays():
    after = "Familiares de los jóvenes realizaron una protesta frente al palacio municipal para exigir su localización."
    kept = _paragraphs("Fiscalía identifica a policías implicados\n\n" + BODY_ES +
                       "\nVe más: Colectivos de búsqueda hallan crematorio clandestino en Hermosillo\n\n" + after + "\n")
    assert after in kept and not any(p.startswith("Ve más") for p in kept)


def test_clean_the_closing_sentences_under_a_teaser_block_with_a_follow_prompt_over_it_stay():
    closing = "De acuerdo con la Fiscalía, las armas habrían ingresado al país por un cruce internacional."
    kept = _paragraphs("Vanguardia MX\n\nCoahuila\n\nAseguran en Piedras Negras arsenal con 25 rifles\n\nPor Redacción\n\n"
                       "viernes, 5 de diciembre de 2026 · 17:05\n\nElementos de la Guardia Nacional y de la Fiscalía del "
                       "Estado aseguraron en Piedras Negras un arsenal con 25 rifles de asalto y cerca de 8 mil cartuchos, "
                       "ocultos en una bodega.\n\n¡Mantente informado! Síguenos en Facebook, X e Instagram\n\n"
                       "TE PUEDE INTERESAR\n\nDetienen a dos por tráfico de armas en Acuña\n\n" + closing +
                       "\n\nNo se reportaron detenidos.\n")
    assert closing in kept and "No se reportaron detenidos." in kept
    assert "Detienen a dos por tráfico de armas en Acuña" not in kept


def test_clean_a_headline_under_a_reading_paths_header_inside_the_article_goes():
    after = ("El cargamento fue trasladado al puerto de Salina Cruz, donde quedó a disposición del Ministerio Público "
             "federal, de acuerdo con la dependencia.")
    kept = _paragraphs("La Marina intercepta un semisumergible\n\n" + BODY_ES + "\nMás información\n\n"
                       "La Marina decomisa más de una tonelada de cocaína en Guerrero\n\n" + after + "\n")
    assert after in kept and "La Marina decomisa más de una tonelada de cocaína en Guerrero" not in kept
    # a subhead between paragraphs with no header over it is the article's
    sub = "Qué sigue para los detenidos en el caso"
    assert sub in _paragraphs("La Marina intercepta un semisumergible\n\n" + BODY_ES + "\n" + sub + "\n\n" + after + "\n")


def test_clean_the_sentence_under_an_embedded_post_stays_and_so_does_the_posts_signature():
    closing = "The driver, a 41-year-old Mexican man, was turned over to Homeland Security Investigations."
    kept = _paragraphs("CBP: Officers find 300 pounds of meth in a shipment of limes\n\nby: Sandra Sanchez\n\n"
                       "Posted: Dec 5, 2026 / 11:20 AM CST\n\nPHARR, Texas — Customs and Border Protection officers at the "
                       "Pharr-Reynosa International Bridge found about 300 pounds of methamphetamine hidden in a commercial "
                       "shipment of limes, the agency said Friday.\n\nThe drugs were packed in 120 bundles, according to CBP.\n\n"
                       "Great work by our officers, who found 300 pounds of meth in a shipment of limes. pic.twitter.com/AbC123\n\n"
                       "— Port Director Carlos Ruiz (@PortDirPHR) December 5, 2026\n\n" + closing +
                       "\n\nCopyright 2026 Station Media Inc. All rights reserved.\n")
    assert closing in kept
    # the signature is part of the post the article quotes, as annotators keep it
    assert "— Port Director Carlos Ruiz (@PortDirPHR) December 5, 2026" in kept


@pytest.mark.parametrize("header", ["More explainers", "More coverage:", "Más videos", "Más análisis"])
def test_clean_a_header_of_more_pieces_of_a_kind_and_its_headlines_go(header):
    last = "The implementation group is due to meet again in January in Washington, officials said."
    kept = _paragraphs("What is the Bicentennial Framework?\n\n" + BODY + "\n" + last + "\n\n" + header +
                       "\n\nWhat is a straw purchase?\n\nWho are the cartel's new leaders?\n")
    assert kept[-1] == last


def test_clean_an_authors_note_set_below_the_articles_links_goes_and_a_source_note_stays():
    last = "Mexican officials described the transfer as a sovereign decision under the national security law."
    kept = _paragraphs("Mexico Sends Another 26 Cartel Figures to the U.S.\n\nBy Natalie Roe and Luis Pérez\n\n" + BODY +
                       "\n" + last + "\n\nSee more on: Mexico, Drug Cartels\n\nNatalie Roe is the bureau chief for Mexico, "
                       "Central America and the Caribbean, based in Mexico City.\n\nShare full article\n")
    assert kept[-1] == last
    source = "With reports from El Universal and Milenio"
    assert source in _paragraphs("Authorities find 3 tonnes of meth in Sinaloa\n\nBy Peter Roe\n\n" + BODY + "\n" + source +
                                 "\n\nSupport our newsroom\n\nWe rely on our readers. Become a member today.\n")


def test_clean_a_sentence_after_a_prompt_and_its_pitch_inside_the_article_stays():
    closing = "Police said six people were arrested in connection with the thefts."
    page = ("Juárez police recover stolen U.S. vehicles used by smugglers\n\nBy Ana Roe\n\nCiudad Juárez police have "
            "recovered 38 vehicles reported stolen in the United States since October, many of them used by smuggling "
            "networks to move migrants and drugs, the city's public safety department said Friday.\n\nThe vehicles will be "
            "returned to their owners through an insurance bureau, officials said.\n\nSUBSCRIBE NOW\n\n"
            "Get breaking news alerts from KXYZ on your phone.\n\n")
    kept = _paragraphs(page + closing + "\n\nCopyright 2026 KXYZ. All rights reserved.\n")
    assert closing in kept and not any("alerts" in p for p in kept)
    # ... but not the publisher's next pitch, which tells nothing of the story
    pitch = "Download our app today to watch our newscasts live on any device."
    assert pitch not in _paragraphs(page + pitch + "\n")


def test_clean_a_gallerys_headline_under_its_label_is_the_title():
    head = "Photos: Juárez police recover stolen U.S. vehicles used by smugglers"
    doc = clean_document(RawDocument(source="page.txt", raw="KXYZ\n\nLocal News\n\n" + head + "\n\nBy Ana Roe\n\n" + BODY))
    assert doc.title == head
    # a credit under its label stays a credit
    assert "Photos: AP" not in _paragraphs("Agents seize fentanyl in Nogales\n\nPhotos: AP\n\n" + BODY)


@pytest.mark.parametrize("line", [
    "Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, favor de eliminarlo.",
    "This email and any attachments are confidential. If you are not the intended recipient, delete it.",
    "Reach the reporter at ana.roe@example.com.",
    "Ana Roe can be reached at ana.roe@example.com or on X.",
])
def test_clean_a_mails_confidentiality_notice_and_a_reporters_contact_line_go(line):
    assert line not in _paragraphs("Obtiene FGR sentencia de 35 años contra secuestrador\n\n" + BODY + "\n" + line + "\n")


def test_clean_a_court_filings_stamp_atop_each_page_goes():
    stamp = "Case 3:26-cr-01187-JLS Document 42 Filed 12/05/26 PageID.{} Page {} of 4"
    sentence = ("The defendant understands that the offense carries a mandatory minimum sentence of 10 years and a maximum "
                "of life in prison.")
    kept = _paragraphs(stamp.format(211, 1) + "\n\nUNITED STATES DISTRICT COURT\n\nPLEA AGREEMENT\n\n" + BODY + "\n" +
                       stamp.format(212, 2) + "\n\n" + sentence + "\n")
    assert sentence in kept and not any(p.startswith("Case 3:26") for p in kept)


def test_clean_a_desk_credit_with_its_outlet_and_the_writers_and_editors_initials_go():
    kept = _paragraphs("Redacción/SinEmbargo\n\n" + BODY_ES + "\nAN / NR\n")
    assert "Redacción/SinEmbargo" not in kept and "AN / NR" not in kept
    assert "JCR/emc" not in _paragraphs("Senado aprueba reforma\n\n" + BODY_ES + "\nJCR/emc\n")
    # a figure's ratio closing a sentence is no initials
    assert _paragraphs("Senado aprueba reforma\n\n" + BODY_ES)[-1].endswith("añadió la dependencia.")


def test_clean_the_caption_over_a_credit_alone_on_its_line_goes():
    caption = ("Mexican President Claudia Sheinbaum speaks during her daily press conference at the National Palace in "
               "Mexico City on December 5, 2026.")
    kept = _paragraphs("Mexico's president rejects US military action against cartels\nBy Karol Roe, CNN\n"
                       "Updated 8:14 PM EST, Fri December 5, 2026\n" + caption + "\nLuis Barron/Eyepix/Getty Images\n" +
                       BODY.replace("\n\n", "\n"))
    assert caption not in kept and "Luis Barron/Eyepix/Getty Images" not in kept
    # a sentence reporting speech over a credit stays: the article's
    said = "Sheinbaum said the country would never accept foreign troops on its territory."
    assert said in _paragraphs("Mexico's president rejects US military action\n" + BODY.replace("\n\n", "\n") + said +
                               "\nEduardo Verdugo/AP\n")


def test_clean_a_stories_making_of_under_its_header_goes():
    kept = _paragraphs("How a Texas gun shop became a pipeline for cartels\n\nBy Ana Roe\n\n" + BODY +
                       "\nAbout this story\n\nTracing data was obtained through a Freedom of Information Act request.\n")
    assert "About this story" not in kept and not any("Freedom of Information" in p for p in kept)


def test_clean_pointers_to_a_document_a_video_or_the_sites_channels_inside_the_article_go():
    lead = ("Un nuevo informe de un grupo de investigación binacional encontró que casi la mitad de las armas recuperadas en "
            "escenas del crimen en Sonora y rastreadas por autoridades de Estados Unidos se vendieron primero en Arizona.")
    told = ["Los investigadores analizaron 3,400 solicitudes de rastreo enviadas por autoridades mexicanas.",
            "\"Las leyes de Arizona la convierten en el lugar más fácil para abastecer a los cárteles\", dijo Diego Ruiz.",
            "La Fiscalía de Arizona dijo que revisa los hallazgos."]
    promos = ["Lee el informe completo aquí.", "Mira el video a continuación.",
              "Esta nota forma parte de nuestra cobertura especial sobre el tráfico de armas.",
              "Puedes ver la entrevista completa en nuestro canal de YouTube."]
    body = "\n".join(x for pair in zip(promos, [*told, ""], strict=True) for x in pair if x)
    kept = _paragraphs("Sonora: la mitad de las armas rastreadas provienen de Arizona\nPor Ana Torres\n" + lead + "\n" + body)
    assert all(t in kept for t in told) and not any(p in kept for p in promos)
    en = ["Read the full report here.", "Watch the video below.", "This article is part of our series on the gun pipeline.",
          "You can watch the full interview on our YouTube channel."]
    kept = _paragraphs("Guns from Arizona fuel violence in Sonora\n\n" + BODY + "\n" + "\n\n".join(en) + "\n")
    assert not any(p in kept for p in en)


def test_clean_a_call_to_action_with_a_quoted_statement_under_it_opens_no_tail():
    lead = ("Un nuevo informe de un grupo de investigación binacional encontró que casi la mitad de las armas recuperadas en "
            "escenas del crimen en Sonora y rastreadas por autoridades de Estados Unidos se vendieron primero en Arizona.")
    last = "La Fiscalía de Arizona dijo que revisa los hallazgos."
    kept = _paragraphs("Sonora: la mitad de las armas provienen de Arizona\nPor Ana Torres\n" + lead +
                       "\nSuscríbete a nuestro boletín\n\"Las leyes de Arizona la convierten en el lugar más fácil para abastecer "
                       "a los cárteles\", dijo el coautor Diego Ruiz.\nEl informe completo\n" + last + "\n")
    assert kept[-1] == last and "Suscríbete a nuestro boletín" not in kept


def test_clean_a_newsletters_pitch_in_three_lines_under_the_article_goes():
    pitch = ["Get U-T Crime & Courts in your inbox", "A weekly roundup of crime, courts and public safety news.",
             "You may occasionally receive promotional content from the San Diego Union-Tribune."]
    kept = _paragraphs("Tijuana man pleads guilty to smuggling fentanyl\n\n" + BODY + "\n" + "\n\n".join(pitch) + "\n")
    assert not any(p in kept for p in pitch)
    told = "The agency sent the seized drugs to a laboratory in your state for testing, officials said."
    assert told in _paragraphs("Tijuana man pleads guilty to smuggling fentanyl\n\n" + BODY + "\n" + told + "\n")


@pytest.mark.parametrize("teaser", ["Te puede interesar → Suman 1,700 homicidios en Sinaloa desde septiembre",
                                    "READ MORE » Cartel leader extradited to Texas after two-year fight"])
def test_clean_an_inline_teaser_with_an_arrow_goes_and_opens_no_tail(teaser):
    lead = ("Elementos del Ejército Mexicano localizaron e inhabilitaron un laboratorio clandestino en la sierra del "
            "municipio de Cosalá, donde aseguraron alrededor de 500 litros de sustancias químicas para metanfetamina.")
    last = "La dependencia señaló que lo asegurado quedó a disposición del Ministerio Público Federal."
    kept = _paragraphs("Hallan narcolaboratorio en la sierra de Cosalá\nPor Jesús Ramírez\n" + lead +
                       "\nEn el lugar no se encontraron personas.\n" + teaser + "\n" + last + "\n")
    assert kept[-1] == last and teaser not in kept


@pytest.mark.parametrize("line", ["Ver todas las columnas de Ana Beltrán Ochoa", "See all columns by Mark Ellison"])
def test_clean_a_column_s_link_to_its_author_s_other_columns_is_chrome(line):
    doc = clean_document(RawDocument("page.txt", f"La estrategia que no se ve\n\n{BODY_ES}\n\n{line}\n"))
    assert line in doc.removed and doc.body.endswith("añadió la dependencia.")


@pytest.mark.parametrize("note", [
    "Lena Ortiz covers the U.S.-Mexico border for the Valley Sun. Reach her at lena.ortiz@valleysun.example or on X.",
    "Tomás Reyes is the immigration reporter at Channel 8 News. Based in Houston, he covers courts and policing.",
    "Border Desk is a collaboration of public radio stations in Texas and New Mexico.",
])
def test_clean_an_author_s_note_of_two_sentences_and_a_radio_desk_s_note_close_no_article(note):
    doc = clean_document(RawDocument("page.txt", f"Ranchers say smugglers cut their fences every week\n\n{BODY}\n\n{note}\n"))
    assert note in doc.removed and note not in doc.body


@pytest.mark.parametrize("header", ["More on this story", "Ver también:"])
def test_clean_a_reading_path_header_and_the_headline_under_it_close_no_article(header):
    teaser = "What to know about the cartel war in the north of the country"
    doc = clean_document(RawDocument("page.txt", f"Curfew imposed in Culiacán after weekend of killings\n\n{BODY}\n\n"
                                     f"{header}\n\n{teaser}\n"))
    assert {header, teaser} <= set(doc.removed)


def test_clean_an_outlet_s_network_note_and_its_closing_tagline_are_chrome():
    note, tagline = "Voz del Norte forma parte de la Red de Medios Independientes.", "Periodismo de a pie desde la frontera"
    doc = clean_document(RawDocument("page.txt", f"Buscan a jóvenes reclutados con falsas ofertas de empleo\n\n{BODY_ES}\n\n"
                                     f"{note}\n\n{tagline}\n"))
    assert {note, tagline} <= set(doc.removed) and doc.body.endswith("añadió la dependencia.")


def test_clean_a_column_s_asterisk_note_on_its_author_is_chrome():
    note = "*La autora es periodista y conductora de radio."
    doc = clean_document(RawDocument("page.txt", f"La cooperación que nadie quiere nombrar\n\n{BODY_ES}\n\n{note}\n"))
    assert note in doc.removed


@pytest.mark.parametrize("caption", ["Border Patrol chief Ana Reyes discusses the latest arrests on 'America's Newsroom.'",
                                     'Former DEA agent Tom Walsh joins "Morning Desk" to discuss the cartel designations.'])
def test_clean_a_video_s_caption_naming_its_show_is_chrome(caption):
    doc = clean_document(RawDocument("page.txt", "Border agents catch convicted cartel hitman near Lukeville\n\n"
                                     f"Suspect was convicted of murder in Mexico in 2011\n\n{caption}\n\n{BODY}"))
    assert caption in doc.removed


def test_clean_an_author_s_card_under_the_author_s_name_below_the_story_is_chrome():
    card = "Periodista con más de 15 años de experiencia en medios de la frontera."
    doc = clean_document(RawDocument("page.txt", "Un juez bloquea deportaciones de solicitantes de asilo\n\n"
                                     f"Por Marta Lozano Ruiz\n\n{BODY_ES}\n\nEl caso sigue abierto, dijo la fiscalía.\n\n"
                                     f"Marta Lozano Ruiz\n\n{card}\n"))
    assert card in doc.removed and doc.body.endswith("dijo la fiscalía.")


def test_clean_a_desk_s_signature_in_capitals_below_the_story_is_chrome():
    doc = clean_document(RawDocument("page.txt", (
        "EL DIARIO\n\nJusticia\n\nDelitos\n\nCae en Cali alias Tornillo, enlace de carteles mexicanos con el Clan del Golfo\n\n"
        "La Policía dice que coordinaba envíos de cocaína a Centroamérica para un cártel mexicano.\n\nJusticia\n\n"
        "05 de diciembre 2026, 09:15 a. m.\n\n"
        "En un operativo conjunto de la Policía y la DEA fue capturado en Cali alias Tornillo, señalado de ser el enlace "
        "entre el Clan del Golfo y un cártel mexicano.\n\nSegún la Policía, coordinaba envíos de cocaína hacia "
        "Centroamérica.\n\nSobre él pesaba una orden de captura con fines de extradición.\n\nJUSTICIA\n\n"
        "Con información de la Policía Nacional\n\nMás noticias\n")))
    assert "JUSTICIA" in doc.removed and "Con información de la Policía Nacional" in doc.body


@pytest.mark.parametrize("line", ["Ver esta nota en la edición impresa", "Nuestras normas: Los principios de confianza de Thomson Reuters.",
                                  "Siga la cobertura de AP sobre México en https://apnews.com/hub/mexico",
                                  "Follow AP's coverage of the border at https://apnews.com/hub/immigration"])
def test_clean_a_print_pointer_a_wire_s_standards_and_its_coverage_link_close_no_article(line):
    doc = clean_document(RawDocument("page.txt", f"Asesinan a periodista en Sinaloa\n\n{BODY_ES}\n\n{line}\n"))
    assert line in doc.removed and doc.body.endswith("añadió la dependencia.")


def test_clean_a_long_note_on_two_authors_and_a_think_tank_s_production_note_are_chrome():
    note = ("Ana C. Ruiz is director of the Border Program at the Institute for Security Studies in Washington, D.C. "
            "Luis Ortega is an associate fellow with the Border Program at the institute, where he studies arms trafficking.")
    produced = ("Commentary is produced by the Institute for Security Studies (ISS), a private, tax-exempt institution "
                "focusing on international public policy issues.")
    doc = clean_document(RawDocument("page.txt", f"The Framework at One\n\nBy Ana C. Ruiz and Luis Ortega\n\n{BODY}\n\n{note}\n\n"
                                     f"{produced}\n"))
    assert {note, produced} <= set(doc.removed)


def test_clean_a_public_broadcaster_s_funding_note_is_chrome():
    note = "Valley Public Radio is supported with financial assistance from the Corporation for Public Broadcasting."
    doc = clean_document(RawDocument("page.txt", f"Man pleads guilty to smuggling rifles to Mexico\n\n{BODY}\n\n{note}\n"))
    assert note in doc.removed
