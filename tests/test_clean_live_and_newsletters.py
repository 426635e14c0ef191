"""Shapes of pages that are not one story under one headline: a newsletter post whose headline is printed first in
its share card, a live page stamped entry by entry, and the pointers a release or a live page sets to what it does
not hold (hand-written pages)."""

from __future__ import annotations

import textwrap

from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _clean(text: str):
    return clean_document(RawDocument(source="page.txt", raw=text))


def test_clean_a_headline_printed_first_in_a_share_card_is_the_title():
    headline = "The gun numbers nobody wants to explain"
    page = ("Border Notes\nSubscribe\nSign in\nShare this post\n" + headline + "\nCopy link\nFacebook\nEmail\n" +
            headline + "\nTraces of seized rifles rose again this year. That is not the same as more guns.\n"
            "Ana Ruiz\nDec 02, 2026\n" + BODY)
    doc = _clean(page)
    assert doc.title == headline and doc.body.count(headline) == 1
    titular = "Las cifras de armas que nadie quiere explicar"
    es = _clean("Notas de frontera\nSuscríbete\nCompartir\n" + titular + "\nCopiar enlace\n" + titular + "\n" + BODY_ES)
    assert es.title == titular
    # a caption printed twice above the story stays out of the title
    caption = "Soldiers guard seized rifles at a base in Sonora."
    doc = _clean("Mexico Says Gun Traces Rose Again\n" + caption + "\n" + caption + " (AP Photo)\n" + BODY)
    assert doc.title == "Mexico Says Gun Traces Rose Again" and caption not in doc.body


def test_clean_a_live_pages_entry_stamp_with_the_clock_first_dates_the_page():
    page = ("Cartel clashes in Sinaloa: live updates\n2:35 p.m. ET, December 4, 2026\n" + BODY)
    assert _clean(page).published == "2026-12-04"
    assert _clean("Enfrentamientos en Sinaloa: minuto a minuto\n14:35 h, 4 de diciembre de 2026\n" + BODY_ES).published \
        == "2026-12-04"


def test_clean_a_live_pages_closing_notice_and_a_pointer_to_a_document_go():
    notes = ["Our live coverage has ended. Scroll through the updates above to read more.",
             "Full text of the bill is available here."]
    kept = _clean("Cartel clashes in Sinaloa: live updates\n\n" + BODY + "\n" + "\n\n".join(notes) + "\n").body
    assert not any(n in kept for n in notes)
    notas = ["Nuestra cobertura en vivo ha terminado.", "El documento completo está disponible aquí."]
    kept = _clean("Enfrentamientos en Sinaloa: minuto a minuto\n\n" + BODY_ES + "\n" + "\n\n".join(notas) + "\n").body
    assert not any(n in kept for n in notas)
    # the article's own sentence on a document stays
    told = "The full text of the agreement has not been made public, officials said."
    assert told in _clean("Mexico and US sign arms pact\n\n" + BODY + "\n" + told + "\n").body


def test_clean_a_call_to_action_between_the_first_paragraphs_does_not_pick_the_headline():
    # a personalisation label over the headline shares a word with the newsletter pitch under the first paragraph
    page = ("EL DIARIO\nNación\nNoticias según tu perfil\nDetienen a exalcalde de Sonora ligado a contrabando de combustible\n"
            "La fiscalía lo acusa de delincuencia organizada y de operaciones con recursos de procedencia ilícita\n"
            "Ana Ruiz\n04/12/2026 18:35\n"
            "La fiscalía federal detuvo en Hermosillo a un exalcalde de un municipio fronterizo de Sonora, presuntamente "
            "vinculado con una red de contrabando de combustible.\n"
            "Recibe las noticias más importantes en tu correo. Suscríbete aquí\n"
            "De acuerdo con la dependencia, el exfuncionario fue trasladado a un penal federal.\n")
    doc = _clean(page)
    assert doc.title == "Detienen a exalcalde de Sonora ligado a contrabando de combustible"
    assert "Noticias según tu perfil" not in doc.body
    assert "La fiscalía lo acusa de delincuencia organizada" in doc.body


def test_clean_a_transcripts_disclaimer_and_a_report_disclaimer_under_its_header_go():
    note = ("Transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be "
            "updated or revised in the future.")
    page = "How guns bought in Texas end up in Mexico\n\nHOST: " + BODY.replace("\n\n", "\n\nREPORTER: ", 1) + "\n" + note + "\n"
    assert note not in _clean(page).body
    disclaimer = "This document was prepared by the Policy Research Office. It serves committees of the legislature."
    kept = _clean("Evolution of the arms pact\n\n" + BODY + "\nDisclaimer\n\n" + disclaimer + "\n").body
    assert disclaimer not in kept and "Disclaimer" not in kept
    aviso = "Este documento fue elaborado por la oficina de estudios legislativos y no representa la postura de la Cámara."
    assert aviso not in _clean("Evolución del acuerdo de armas\n\n" + BODY_ES + "\nAviso legal\n\n" + aviso + "\n").body


def test_clean_a_stations_name_with_its_channel_number_is_a_byline_not_a_defendant():
    page = ("Canal 20\nNoticias Locales\nArrestan a dos en San Ysidro con fentanilo oculto en un auto\nPor Canal 20\n"
            "Publicado el 3 de diciembre de 2026\n" + BODY_ES +
            "Esta historia se publicó originalmente en inglés en nuestra estación hermana.\n")
    kept = _clean(page).body
    assert "Canal 20" not in kept and "se publicó originalmente" not in kept
    # a prosecutor's list of defendants with their ages stays
    names = ["Juan Carlos Pérez Soto, 38, of Nogales, Arizona;", "María Elena Ruiz Díaz, 41, of Tucson, Arizona."]
    assert all(n in _clean("Eight charged in gun smuggling ring\n\n" + BODY + "\nThe defendants are:\n" +
                           "\n".join(names) + "\n").body for n in names)


def test_clean_a_source_note_in_brackets_closing_the_story_stays():
    kept = _clean("Detienen en Tijuana a operador de Los Chapitos\n" + BODY_ES + "(Con información de EFE)\nSeguir leyendo:\n"
                  "Quiénes son Los Chapitos y por qué ofrecen millones por su captura\n"
                  "Así opera la facción rival en Sinaloa\n").body
    assert kept.rstrip().endswith("(Con información de EFE)")


def test_clean_an_editors_note_over_the_headline_leaves_the_headline_the_title():
    page = ("Editor's note: This story has been updated with comment from the embassy.\n"
            "U.S. charges former Mexican police chief with aiding cartel\nBy Ana Ruiz\nDecember 3, 2026\n" + BODY)
    assert _clean(page).title == "U.S. charges former Mexican police chief with aiding cartel"


def test_clean_a_publishers_plea_for_money_goes_however_long():
    plea = ["… we have a small favour to ask. Millions of readers rely on our open, independent reporting, which is free "
            "from commercial and political influence and open to everyone.",
            "If there were ever a time to join us, it is now. Every contribution, however big or small, powers our "
            "reporting and sustains our future. Thank you.", "Support us"]
    kept = _clean("Mexico's new security strategy faces its first test\n\n" + BODY + "\nMost viewed\n\n" +
                  "\n\n".join(plea) + "\n").body
    assert not any(p in kept for p in plea) and "Federal agents seized" in kept
    ruego = ("Si valoras nuestro periodismo independiente, considera apoyarnos con una aportación mensual. Cada "
             "aportación, por pequeña que sea, sostiene la cobertura de seguridad que hacemos desde hace diez años.")
    assert ruego not in _clean("La nueva estrategia de seguridad enfrenta su primera prueba\n\n" + BODY_ES + "\n" + ruego + "\n").body


def test_clean_a_running_header_over_a_wrapped_release_is_no_title():
    header = "FISCALÍA GENERAL DE LA FEDERACIÓN"
    paragraphs = ["Vinculan a proceso a tres personas por tráfico de armas en Sonora",
                  "La Fiscalía General de la Federación, a través de su fiscalía especializada en delincuencia organizada, "
                  "obtuvo vinculación a proceso contra tres personas, por su probable responsabilidad en el delito de "
                  "introducción ilegal de armas de fuego al país.",
                  "De acuerdo con la carpeta de investigación, los imputados fueron detenidos en Nogales con 25 fusiles de "
                  "asalto y cargadores ocultos en un compartimento de su vehículo."]
    last = ("El juez de control impuso la medida cautelar de prisión preventiva justificada y fijó un plazo de dos meses "
            "para la investigación complementaria.")
    wrapped = ["\n".join(textwrap.wrap(p, 70)) for p in paragraphs]
    page = "\n".join([header, "Comunicado 1534/26", "Ciudad de México, a 3 de diciembre de 2026", *wrapped, "Página 1 de 2",
                      header, "\n".join(textwrap.wrap(last, 70)), "Página 2 de 2"]) + "\n"
    doc = _clean(page)
    assert doc.title == paragraphs[0]
    assert header not in doc.body and "25 fusiles de asalto" in doc.body


def test_clean_a_live_pages_entries_between_their_time_stamps_stay():
    entries = ["La Secretaría de la Defensa Nacional informó que el operativo continúa en la colonia Tierra Blanca.",
               "Vecinos reportan detonaciones de arma de fuego en el sur de la ciudad.",
               "Autoridades estatales pidieron a la población evitar salir de sus casas."]
    page = ("MILENIO\nEN VIVO\nOperativo en Culiacán hoy: lo que sabemos\nMinuto a minuto\n14:20 horas\n" + entries[0] +
            "\n13:05 horas\n" + entries[1] + "\n12:40 horas\n" + entries[2] + "\n")
    kept = _clean(page).body.split("\n\n")
    assert all(e in kept for e in entries) and "13:05 horas" not in kept


def test_clean_a_live_pages_entry_heads_under_their_stamps_stay_and_the_reporters_lines_go():
    page = ("Live updates: security talks in Mexico City\nBy Ana Ruiz and Luis Pérez, Border Desk\n"
            "Updated 6:12 PM EST, Thu December 4, 2026\n2 hr ago\nTalks end without a joint statement\nFrom Border Desk's Ana Ruiz\n"
            "The delegations ended the first day of talks at the Foreign Ministry without a joint statement, officials said.\n"
            "4 hr ago\nFentanyl precursors top the agenda\nFrom Border Desk's Luis Pérez\n"
            "Officials from both countries discussed new controls on chemical shipments from Asia, according to a schedule.\n")
    doc = _clean(page)
    assert "Talks end without a joint statement" in doc.body and "Fentanyl precursors top the agenda" in doc.body
    assert "From Border Desk's Ana Ruiz" in doc.removed
    es = _clean("Minuto a minuto: reunión de seguridad en la Cancillería\nPor Redacción\n06/12/2026\nhace 1 hora\n"
                "Concluye la primera sesión de trabajo\nLas delegaciones concluyeron la primera sesión sin un comunicado "
                "conjunto, informaron funcionarios.\nhace 3 horas\nLlega la delegación estadounidense\nLa delegación "
                "estadounidense llegó a la Cancillería poco antes de las nueve de la mañana, según reportes.\n")
    assert "Concluye la primera sesión de trabajo" in es.body and "Llega la delegación estadounidense" in es.body


def test_clean_stamped_teasers_under_a_story_are_no_live_entries():
    page = (f"Agents seize fentanyl in Nogales\n\n{BODY}\n\nMore news\n\n2 hr ago\n\nWoman killed in crash on I-10 identified\n\n"
            "4 hr ago\n\nCold front brings freezing temperatures to the border\n")
    doc = _clean(page)
    assert "Woman killed in crash on I-10 identified" in doc.removed
