"""Headlines that end as sentences do, bylines with a short-year stamp, author cards and tip lines
(hand-written pages in the shapes of US and Mexican news sites)."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.clean._bylines import author_name_lines
from pesquisa.records import RawDocument


def _clean(text: str):
    return clean_document(RawDocument(source="page.txt", raw=text))


def test_clean_a_question_headline_is_the_title_and_the_site_lines_above_it_go():
    doc = _clean("Border Daily\n\nNews\n\nPolitics\n\nCan Texas Stop the Flow of Guns to Mexico?\n\n"
                 "State lawmakers weigh new penalties for straw purchases.\n\nBy Ana Torres\n\nDec. 5, 2026\n\n" + BODY)
    assert doc.title == "Can Texas Stop the Flow of Guns to Mexico?"
    assert doc.published == "2026-12-05"
    assert not {"Border Daily", "News", "Politics"} & set(doc.body.split("\n\n"))
    es = _clean("Opinión\n\n¿Funciona el acuerdo de seguridad contra el tráfico de armas?\n\n"
                "A un año de su firma, los resultados son desiguales.\n\n" + BODY_ES)
    assert es.title == "¿Funciona el acuerdo de seguridad contra el tráfico de armas?"


def test_clean_a_title_case_headline_of_two_sentences_is_the_title():
    head = ("Newsroom\n\nInvestigation\n\nGuns Bought in Texas Keep Turning Up at Crime Scenes. "
            "Agents Know Where They Came From.\n\nRecords show that one in five traced firearms came from Texas.\n\n")
    doc = _clean(head + BODY)
    assert doc.title == "Guns Bought in Texas Keep Turning Up at Crime Scenes. Agents Know Where They Came From."
    assert doc.body.startswith("Guns Bought in Texas")


def test_clean_a_prose_sentence_above_the_body_is_no_title():
    doc = _clean("The agency said the operation was planned for months with help from local police.\n\n" + BODY)
    assert doc.title is None


def test_clean_a_byline_with_a_two_digit_year_stamp_is_a_label_and_gives_the_date():
    doc = _clean("Senate panel advances bill on cartel designations\n\nby Ellen Roe - 12/04/26 5:32 PM ET\n\n" + BODY)
    assert "by Ellen Roe" not in doc.body
    assert doc.published == "2026-12-04"
    # a two-digit year without a clock beside it is no stamp
    assert _clean("Senate panel advances bill on cartel designations\n\nCase 12/04/26\n\n" + BODY).published is None


def test_clean_the_authors_names_repeated_on_their_own_lines_go():
    tail = ("Julia Roe\n\nJulia Roe is the homeland security correspondent for the network.\n\n"
            "Dan Poe\n\nDan Poe is a producer for the network.\n")
    doc = _clean("Agents seize meth hidden in tomato crates\n\nBy Julia Roe and Dan Poe\n\n" + BODY + "\n" + tail)
    paragraphs = doc.body.split("\n\n")
    assert "Julia Roe" not in paragraphs and "Dan Poe" not in paragraphs
    # only the byline's names: another name alone on its line, or a page without a byline, is not taken
    assert author_name_lines(["By Julia Roe", "Dan Poe", "Julia Roe"]) == {2}
    assert author_name_lines(["Julia Roe", "Dan Poe"]) == set()


def test_clean_tip_lines_and_a_series_label_are_chrome():
    doc = _clean("Guns bought in Texas keep turning up in Mexico\n\nDo You Have a Tip? Contact us securely.\n\n"
                 "Series: Gun Trafficking\n\n" + BODY)
    assert "Tip" not in doc.body and "Series:" not in doc.body
    es = _clean("Rastrean armas compradas en Texas\n\n¿Tienes información sobre este caso? Escríbenos.\n\n" + BODY_ES)
    assert "Escríbenos" not in es.body


def test_clean_a_lone_word_closing_the_kept_text_above_the_tail_is_a_label():
    body = ("El acuerdo sustituyó a la Iniciativa Mérida como marco de cooperación en seguridad entre México y "
            "Estados Unidos, con énfasis en la salud pública.\n\n"
            "Pero cinco años después, los dos gobiernos miden su éxito de manera distinta.\n\n")
    doc = _clean("Qué es el acuerdo de seguridad y por qué los gobiernos discrepan\n\n" + body + "Línea\n\n"
                 "Haz clic aquí para leer más historias.\n\nTambién puedes seguirnos en YouTube y en WhatsApp.\n")
    assert doc.body.endswith("manera distinta.")


def test_clean_a_syndication_note_is_chrome():
    doc = _clean("Navy seizes 2 tons of cocaine from semi-submersible\n\n"
                 "This story was originally published by Border Daily.\n\n" + BODY)
    assert "originally published" not in doc.body
    es = _clean("Aseguran 2 toneladas de cocaína en semisumergible\n\nEsta nota fue publicada originalmente en "
                "Diario del Sur.\n\n" + BODY_ES)
    assert "originalmente" not in es.body


def test_clean_a_columnists_note_called_by_an_asterisk_and_the_opinion_disclaimer_go():
    text = ("Armas: la otra mitad del problema\n\nPor Ana L. Ruiz Soto*\n\n" + BODY_ES +
            "\n*Profesora-investigadora del CIDE. Especialista en cooperación en seguridad.\n\n"
            "Las opiniones expresadas son responsabilidad exclusiva de su autora.\n")
    doc = _clean(text)
    assert doc.body.endswith("añadió la dependencia.")
    # without the asterisk on the byline, a line opening with one is not taken for the author's note
    assert author_name_lines(["Por Ana Ruiz", "*Cifras preliminares."]) == set()


def test_clean_a_reporter_beside_the_outlet_is_a_label_and_a_dateline_in_digits_gives_the_date():
    text = ("Matan a agente de la Fiscalía en Mexicali\n\nJorge Heras | La Voz de la Frontera Norte\n\n"
            "Mexicali, B.C. (05/12/2026).- Un agente de investigación de la Fiscalía General del Estado fue asesinado a "
            "balazos la noche del jueves cuando se encontraba afuera de su domicilio.\n\n" + BODY_ES)
    doc = _clean(text)
    assert "Jorge Heras" not in doc.body
    assert doc.published == "2026-12-05"


def test_clean_a_story_continues_break_goes_and_the_article_goes_on_after_it():
    first, second = BODY.strip().split("\n\n")
    doc = _clean("Feds charge 12 in rifle smuggling scheme\n\n" + first + "\n\nStory continues\n\n" + second +
                 "\n\nAgents recovered 46 of the rifles at crime scenes in Mexico, officials said on Friday.\n")
    assert "Story continues" not in doc.body
    assert doc.body.endswith("officials said on Friday.")
    es = _clean("Decomisan armas en Sonora\n\n" + BODY_ES.replace("\n\nLa droga", "\n\nContinúa leyendo\n\nLa droga"))
    assert "Continúa leyendo" not in es.body and "añadió la dependencia." in es.body


def test_clean_a_related_news_header_closing_the_page_goes():
    doc = _clean("Congreso aprueba reforma contra el fentanilo\n\n" + BODY_ES + "\nNoticias relacionadas:\n")
    assert doc.body.endswith("añadió la dependencia.")


def test_clean_a_short_sentence_after_a_follow_us_prompt_between_paragraphs_stays():
    body = ("La Fiscalía General de la República detuvo al presidente municipal de Tacámbaro por su presunta "
            "participación en delitos de delincuencia organizada.\n\nLa detención forma parte de un operativo que "
            "busca a alcaldes y funcionarios municipales vinculados con grupos criminales.\n\n")
    doc = _clean("Detienen a alcalde por presuntos vínculos con un cártel\n\n" + body +
                 "Síguenos en Google News para estar informado\n\nCon él suman tres alcaldes detenidos en 2026.\n\nmcc\n")
    assert doc.body.endswith("Con él suman tres alcaldes detenidos en 2026.")
    assert "Síguenos" not in doc.body
    # the publisher's pitch after its call is no article text
    pitch = _clean("Detienen a alcalde por presuntos vínculos con un cártel\n\n" + body +
                   "Sign up for the Morning Report newsletter\n\nGet the latest news delivered to your inbox.\n")
    assert "inbox" not in pitch.body


def test_clean_a_videos_reporter_line_is_a_caption():
    doc = _clean("Smugglers use drones to drop fentanyl over the border fence\n\nVideo\n\n"
                 "Border agents describe drone smuggling tactics\n\nNews 4's Ana Ruiz reports from the border.\n\n" + BODY)
    assert "reports from the border" not in doc.body


def test_clean_captions_credited_after_a_separator_or_a_slash():
    for caption in ("Elementos de la Guardia Nacional en Culiacán. | Especial",
                    "Soldados resguardan la zona del enfrentamiento. / Cuartoscuro",
                    "Agentes de la FGR en el lugar | Redes sociales"):
        # set between two paragraphs, where only its credit tells it from the text
        text = "Aseguran fentanilo en Nogales\n\n" + BODY_ES.replace("\n\nLa droga", "\n\n" + caption + "\n\nLa droga")
        assert caption not in _clean(text).body
    en = _clean("Soldiers deployed to Culiacán\n\nBy Ana Ruiz\n\nDecember 5, 2026\n\n"
                "Soldiers guard the area in Culiacán. AP Photo/Eduardo Roe\n\n" + BODY)
    assert "AP Photo" not in en.body
    # a headline with its section after a pipe is no caption
    assert _clean("Cae El Jardinero en Nayarit | Video\n\n" + BODY_ES).title == "Cae El Jardinero en Nayarit | Video"


def test_clean_the_publishers_name_on_top_yields_to_the_headline_under_it():
    text = ("U.S. Embassy in Mexico\n\nStatement by Ambassador Ana Roe on the Extradition of Cartel Leaders\n\n"
            "December 2, 2026\n\nThe following statement is attributable to Ambassador Ana Roe:\n\n"
            "\"Today's transfer of 26 defendants to the United States is a historic step in our shared fight against "
            "the cartels,\" the statement said.\n\n" + BODY)
    doc = _clean(text)
    assert doc.title == "Statement by Ambassador Ana Roe on the Extradition of Cartel Leaders"
    assert not doc.body.startswith("U.S. Embassy")
    release = ("Customs and Border Protection\n\nCBP officers seize $9 million in fentanyl at Nogales port of entry\n\n"
               "NOGALES, Ariz. — Officers at the Nogales port of entry seized more than 120 pounds of fentanyl pills "
               "worth $9 million hidden in a truck, Customs and Border Protection said.\n\n" + BODY)
    assert _clean(release).title == "CBP officers seize $9 million in fentanyl at Nogales port of entry"


@pytest.mark.parametrize("chrome", [
    "Consulta más noticias en nuestra sección Nacional", "Archivado en: México, Seguridad, Claudia Sheinbaum",
    "Escucha la entrevista completa en nuestra plataforma", "---ooOoo---", "columnista@diario.com",
    "Seguir leyendo:"])
def test_clean_tail_chrome_of_mexican_portals(chrome):
    doc = _clean("Aseguran fentanilo en Nogales\n\n" + BODY_ES + "\n" + chrome + "\n")
    assert chrome not in doc.body


def test_clean_a_sentence_case_headline_of_two_sentences_over_its_byline_is_the_title():
    head = ("The Border Tribune\n\nPolitics\n\nTexas lawmakers want to label cartels terrorists under state law. Critics "
            "say it could ensnare migrants.\n\nBY Ana Ruiz AND Luis Pérez\n\nNOV. 21, 2026 5 AM CENTRAL\n\n")
    body = ("AUSTIN — A bill filed Thursday by two Republican lawmakers would let Texas label drug cartels as terrorist "
            "organizations under state law and add penalties for those who help them.\n\n"
            "Immigrant advocates said the measure could ensnare migrants who pay smugglers to cross the border.\n")
    doc = _clean(head + body)
    assert doc.title == ("Texas lawmakers want to label cartels terrorists under state law. Critics say it could "
                         "ensnare migrants.")
    assert doc.body.startswith("Texas lawmakers")


def test_clean_a_sentence_case_headline_under_the_sites_name_in_capitals():
    text = ("EL SIGLO DEL NORTE\n\nCoahuila\n\nSábado 5 de diciembre de 2026\n\n"
            "Refuerzan vigilancia en la frontera de Coahuila con Texas\n\n"
            "Elementos de la Guardia Nacional y de la policía estatal instalaron nuevos puntos de revisión en "
            "Piedras Negras y Ciudad Acuña.\n\n" + BODY_ES + "\nComenta esta nota\n")
    doc = _clean(text)
    assert doc.title == "Refuerzan vigilancia en la frontera de Coahuila con Texas"
    assert "EL SIGLO" not in doc.body and "Comenta" not in doc.body


def test_clean_a_short_title_case_headline_keeps_its_standfirst_that_shares_more():
    text = ("Mexico Extradites 26 Cartel Figures to U.S.\n\n"
            "Mexico sent 26 cartel prisoners to the United States on Tuesday in its third mass transfer this year\n\n"
            "Mexico sent 26 cartel prisoners to the United States on Tuesday, the third mass transfer of cartel "
            "figures this year, the security cabinet said in a statement.\n\n" + BODY)
    assert _clean(text).title == "Mexico Extradites 26 Cartel Figures to U.S."


def test_clean_a_name_alone_between_a_standfirst_and_the_body_is_a_credit():
    head = ("Capturan en Culiacán a operador de una facción; EU lo reclama\n\nPor Redacción\n\n"
            "El detenido es yerno de un líder del grupo y fue capturado durante un operativo naval.\n\n"
            "Joel Gutiérrez\n\n")
    doc = _clean(head + BODY_ES)
    assert "Joel Gutiérrez" not in doc.body.split("\n\n")
    assert doc.body.split("\n\n")[1].startswith("El detenido es yerno")
    # a short subhead after the body's first paragraph stays: it is no name
    sub = _clean(head.replace("Joel Gutiérrez", "Los antecedentes") + BODY_ES)
    assert "Los antecedentes" in sub.body.split("\n\n")


def test_clean_a_date_label_split_over_two_lines_goes_and_is_no_title():
    doc = _clean("swissinfo.ch\n\nNoticias\n\nEste contenido fue publicado el\n\n5 dic 2026 - 18:42\n\n" + BODY_ES)
    assert doc.title is None
    assert "Este contenido fue publicado el" in doc.removed
    assert doc.published == "2026-12-05"


def test_clean_a_wire_dateline_on_its_own_line_opens_the_body_and_is_no_title():
    doc = _clean("Europa Press\n\nInternacional\n\nMÉXICO, 5 Dic. (EUROPA PRESS) -\n\n" + BODY_ES)
    assert doc.title is None
    assert doc.body.startswith("MÉXICO, 5 Dic. (EUROPA PRESS) -\n\nAgentes federales")


@pytest.mark.parametrize("note", [
    "Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com.",
    "Update 12/5/26, 11:20 a.m. ET: This article was updated with additional information.",
    "Correction: An earlier version of this article misstated the number of rifles seized.",
    "Nota del editor: esta nota fue actualizada con información de la Fiscalía.",
])
def test_clean_site_promotions_and_editors_update_notes_are_chrome(note):
    doc = _clean("Agents seize rifles bound for cartel at border checkpoint\n\n" + BODY + "\n" + note + "\n")
    assert note not in doc.body


def test_clean_readers_comments_under_the_article_go():
    comments = ("24 Comments\n\nSort by Newest\n\nTexasMom77\n\n2 hours ago\n\nBuild the wall already, this is getting "
                "ridiculous.\n\nReply\n\nJ. Hernandez\n\n3 hours ago\n\nGood job CBP, but this is just a drop in the bucket "
                "for every truck they catch.\n\nReply\n\n12 likes\n")
    doc = _clean("Agents seize meth hidden in tomato crates\n\n" + BODY + "\n" + comments)
    assert doc.body.split("\n\n")[-1].startswith("The drugs were hidden")
    es = _clean("Aseguran fentanilo en Nogales\n\n" + BODY_ES + "\nComentarios\n\nPedro Salinas\n\nhace 2 horas\n\n"
                "Y las armas siguen llegando del otro lado, qué raro que allá nadie las detecta.\n\nResponder\n")
    assert es.body.split("\n\n")[-1].startswith("La droga estaba oculta")
    # a comment count beside the byline opens nothing
    top = _clean("Agents seize meth hidden in tomato crates\n\nBy Julia Roe\n\n3 Comments\n\nReply\n\n" + BODY)
    assert top.body.split("\n\n")[-1].startswith("The drugs were hidden")


def test_clean_a_reader_poll_closing_the_page_goes_with_its_answers():
    doc = _clean("Aseguran fentanilo en Nogales\n\n" + BODY_ES + "\n¿Te gustó la nota?\n\nSí\n\nNo\n")
    assert doc.body.split("\n\n")[-1].startswith("La droga estaba oculta")
    en = _clean("Agents seize meth hidden in tomato crates\n\n" + BODY + "\nWas this article helpful?\n\nYes\n\nNot really\n")
    assert en.body.split("\n\n")[-1].startswith("The drugs were hidden")


def test_clean_short_sentences_between_kept_paragraphs_stay():
    lines = ["Matan a director de policía en Zacatecas", "Por Lucía Martínez",
             "El director de Seguridad Pública de Fresnillo, Zacatecas, fue asesinado la mañana de este sábado al salir "
             "de su domicilio en la colonia Centro, informaron las autoridades estatales.",
             "Tenía dos meses en el cargo.",
             "Según reportes, hombres armados le dispararon cuando salía de su casa en la colonia Centro.",
             "Murió en el lugar.",
             "La Fiscalía estatal abrió una carpeta de investigación por homicidio.",
             "Es el tercer mando policiaco asesinado en el estado este año.",
             '"No vamos a permitir que la violencia nos gane", escribió el gobernador del estado.']
    doc = _clean("\n\n".join(lines) + "\n")
    assert doc.body.split("\n\n") == lines[:1] + lines[2:]
    # a call to action set between paragraphs still goes
    cta = _clean("\n\n".join([*lines[:5], "Síguenos en Google News.", *lines[5:]]) + "\n")
    assert "Síguenos en Google News." not in cta.body


def test_clean_a_short_standfirst_in_sentence_case_stays_and_a_short_byline_under_the_headline_goes():
    doc = _clean("Localizan cuerpos en Navolato\n\nLos cuerpos presentaban huellas de violencia\n\n"
                 "Redacción | El Sol de Sinaloa\n\n" + BODY_ES)
    assert doc.body.split("\n\n")[1] == "Los cuerpos presentaban huellas de violencia"
    en = _clean("Agents seize meth hidden in tomato crates\n\nBy Natasha Roe and Priscilla Poe, CNN\n\n" + BODY)
    assert "By Natasha Roe and Priscilla Poe, CNN" not in en.body


def test_clean_an_interview_told_with_dialogue_dashes_keeps_its_last_turns():
    turns = ["—¿Cuántas armas han asegurado este año?",
             "—Más de cuatro mil, y la gran mayoría fueron compradas en Estados Unidos.",
             "—¿Qué le pide a Washington?",
             "—Que revise a quién le vende rifles en la frontera.",
             "—¿Y el acuerdo de seguridad?",
             "—Es un buen instrumento, pero lo importante es que se cumpla."]
    doc = _clean("Entrevista con el fiscal especializado\n\n" + BODY_ES + "\n" + "\n\n".join(turns) +
                 "\n\nTe puede interesar\n\nCae 'El Chino' en Sonora\n\nAseguran arsenal en Jalisco\n")
    assert doc.body.split("\n\n")[-len(turns):] == turns


def test_clean_the_statement_a_kept_line_introduces_with_a_colon_stays():
    doc = _clean("Skip to content\n\nMenu\n\nNews\n\nStatement by the Ambassador on the Extradition of Cartel Leaders\n\n"
                 "December 2, 2026\n\nThe following statement is attributable to the U.S. Ambassador to Mexico:\n\n"
                 "\"Today's transfer of 26 defendants to the United States is a historic step in our joint fight against "
                 "the cartels that poison our communities.\"\n\nThe following is attributable to Deputy Spokesperson "
                 "Tommy Pigott:\n\nThe United States welcomes the decision of the Government of Mexico and will continue "
                 "to work with it.\n\nRelated Stories\n\nCartel violence spikes in Sinaloa\n\nMexico extradites 10 to US\n")
    assert doc.body.split("\n\n")[-1].startswith("The United States welcomes")


def test_clean_a_sentence_a_kept_line_introduces_with_a_colon_is_article_text():
    from pesquisa.clean._continuations import keep_sentences_between_paragraphs

    lines = ["Al respecto, el titular de la fiscalía especializada señaló:",
             "La coordinación con las autoridades estatales permitió desarticular una célula criminal.",
             "Te puede interesar"]
    reasons: list[str | None] = [None, "other story", "call to action"]
    keep_sentences_between_paragraphs(lines, reasons, [{"below_tail_cta": 0.0}] * 3)
    assert reasons == [None, None, "call to action"]


def test_clean_a_section_label_right_under_the_headline_goes_when_no_standfirst_is_there():
    doc = _clean("Portal del Golfo\n\nEstado\n\nSeguridad\n\nAcuerdan México y EU reunir cada mes a su grupo de seguridad\n\n"
                 "Nacional\n\nseptiembre 4, 2025\n\n" + BODY_ES)
    assert "Nacional" not in doc.body.split("\n\n")
    assert doc.title == "Acuerdan México y EU reunir cada mes a su grupo de seguridad"


def test_clean_a_date_label_with_its_byline_after_it_on_one_line_goes():
    doc = _clean("Twin Cities Wire\n\nCrime\n\nSt. Paul man sentenced for trafficking fentanyl pills\n\n"
                 "Posted on January 29, 2025 by Twin Cities Wire Staff\n\n" + BODY)
    assert not any(line.startswith("Posted on") for line in doc.body.split("\n\n"))
    assert doc.published == "2025-01-29"
    es = _clean("Acusan a exalcalde por desvío de recursos\n\nPublicado el 3 de marzo de 2025 por Redacción\n\n" + BODY_ES)
    assert not any(line.startswith("Publicado") for line in es.body.split("\n\n"))
    # a sentence with a date and an agent is article text
    kept = _clean("Two police officers shot in Culiacan\n\n" + BODY + "\nHe was killed on March 3, 2025 by gunmen "
                  "who fled in a white pickup truck, police said.\n")
    assert "He was killed on March 3, 2025 by gunmen" in kept.body


def test_clean_a_wire_services_first_published_credit_goes_and_the_last_paragraph_stays():
    last = "The two suspects, aged 29 and 44, are scheduled to appear in provincial court next week."
    doc = _clean("Canadians charged in fentanyl lab probe\n\nMarch 3, 2025\n\n" + BODY + "\n" + last +
                 "\n\nThis report by The Canadian Press was first published March 3, 2025.\n\nShare this:\n")
    assert doc.body.rstrip().endswith(last)


def test_clean_a_date_stamp_with_its_time_under_the_byline_goes_and_a_bare_date_under_the_headline_stays():
    doc = _clean("Estas son las penas que enfrentaría el líder del cártel\n\nPor Mariana Gómez\n\n"
                 "15 de mayo de 2025 - 08:32 hrs.\n\n" + BODY_ES)
    assert not any("08:32" in line for line in doc.body.split("\n\n"))
    assert doc.published == "2025-05-15"
    bare = _clean("U.S.-Mexico Officials To Work On Anti-Crime Strategy\n\nMay 17, 2017\n\n" + BODY)
    assert "May 17, 2017" in bare.body.split("\n\n")


def test_clean_an_opinion_authors_note_and_the_views_disclaimer_under_the_article_go():
    last = ("Washington and Mexico City should return to the framework's central idea of shared responsibility, "
            "which means the United States must do more to stop the flow of firearms south to the cartels.")
    doc = _clean("Opinion\n\nThe security framework deserves another chance\n\nBy Daniel Ortega Reyes, opinion contributor"
                 "\n\n10/15/25 7:00 AM ET\n\n" + BODY + "\n" + last + "\n\nDaniel Ortega Reyes is a senior fellow at the "
                 "Center for Security Studies and a former adviser to the Senate.\n\nThe views expressed by contributors "
                 "are their own and not the view of The Daily Paper.\n")
    assert doc.body.rstrip().endswith(last)
    es = _clean("El Marco Bicentenario, un año después\n\nPor Raúl Benítez Soto\n\n" + BODY_ES +
                "\nRaúl Benítez Soto es investigador del Centro de Estudios sobre América del Norte.\n")
    assert "Raúl Benítez Soto es investigador" not in es.body


LONG_ES = ("En un comunicado, la dependencia informó que fueron detenidas cuatro personas de nacionalidad ecuatoriana, "
           "quienes fueron puestas a disposición del Ministerio Público Federal junto con la embarcación asegurada.")


def test_clean_a_standfirst_under_a_videos_running_time_stays_and_a_recommended_stories_list_goes():
    dek = "La Marina decomisó la droga en una lancha al sur de Acapulco"
    doc = _clean("Noticias TV\n\nVideo\n\nMarina asegura 3 toneladas de cocaína en Guerrero\n\n00:01:45\n\n" + dek +
                 "\n\nPor: Noticias TV\n\n" + BODY_ES + "\n" + LONG_ES + "\n\nHistorias recomendadas:\n\n¿Qué es el fentanilo y por qué "
                 "es tan peligroso?\n\nDetienen a 'El Chavo' en Culiacán\n")
    paragraphs = doc.body.split("\n\n")
    assert paragraphs[1] == dek and "00:01:45" not in paragraphs
    assert not any("Chavo" in line or "fentanilo y por qué" in line for line in paragraphs)


def test_clean_a_newsletter_pitch_under_its_sign_up_line_goes():
    doc = _clean("Texas governor designates cartels as terrorist groups\n\n" + BODY +
                 "\nSign up for our newsletter\n\nGet the latest border news delivered to your inbox every morning.\n")
    assert "delivered to your inbox" not in doc.body


def test_clean_the_headline_under_a_stations_name_and_a_video_caption_is_the_title():
    doc = _clean("KXYZ 9 Tucson News\n\nLocal News\n\nBorder\n\nVideo above: Agents describe the smuggling route.\n\n"
                 "Border Patrol: 2 men arrested after chase near Arivaca with 80 pounds of meth\n\nBy: KXYZ 9 Digital Staff\n\n"
                 "Posted 5:15 PM, Mar 18, 2025\n\nand last updated 6:40 PM, Mar 18, 2025\n\nTUCSON, Ariz. (KXYZ) — Two men "
                 "were arrested Tuesday after leading Border Patrol agents on a chase near Arivaca, according to the agency, "
                 "which said the driver crashed into a fence two miles later.\n\nBoth men, Mexican nationals, face federal "
                 "drug smuggling charges.\n\nThis is a developing story. Check back for updates.\n\n"
                 "Click here to download the KXYZ 9 app.\n")
    assert doc.title == "Border Patrol: 2 men arrested after chase near Arivaca with 80 pounds of meth"
    paragraphs = doc.body.split("\n\n")
    assert paragraphs[1].startswith("TUCSON") and paragraphs[-1].startswith("Both men")


def test_clean_a_closing_sentence_after_the_ad_slots_set_in_the_text_stays():
    doc = _clean("Houston man gets 20 years for buying guns for Gulf Cartel\n\nScroll to continue with content\n\n"
                 "Advertisement\n\n" + BODY + "\nAdvertisement\n\nArticle continues below this ad\n\n"
                 "The case was investigated by the ATF.\n\nStaff Writer\n\nMost Popular\n\n1. Astros rally late to beat Rangers\n")
    paragraphs = doc.body.split("\n\n")
    assert paragraphs[-1] == "The case was investigated by the ATF."
    assert "Article continues below this ad" not in paragraphs and "Scroll to continue with content" not in paragraphs


def test_clean_the_article_goes_on_after_a_header_over_a_labelled_teaser():
    tail = ["Según la fiscalía, el acusado recibía los cargamentos en bodegas de los suburbios y los distribuía a otros "
            "estados del medio oeste del país.", "Sus abogados dijeron que apelarán la sentencia."]
    doc = _clean("Condenan a cadena perpetua a exoperador del cártel en Chicago\n\n" + BODY_ES + "\n" + LONG_ES +
                 "\n\nMira también:\n\nVideo relacionado: Así operaba la red del cártel en Chicago\n\n" + "\n\n".join(tail) +
                 "\n\nNoticias TV\n\nNoticias relacionadas\n")
    paragraphs = doc.body.split("\n\n")
    assert paragraphs[-2:] == tail
    assert not any(line.startswith("Video relacionado") for line in paragraphs)


def test_clean_a_sentence_introducing_a_list_stays_and_a_funding_note_goes():
    from pesquisa.clean._continuations import keep_sentences_between_paragraphs

    lines = ["\"They charge lower fees and they are faster than anything the cartels had before,\" said a former DEA "
             "agent who spoke on condition of anonymity.", "What Comes Next",
             "US prosecutors have charged dozens of brokers in recent years, but experts say the networks adapt quickly:",
             "- They recruit students and tourists to open accounts."]
    reasons: list[str | None] = [None, "other story", "teaser", None]
    keep_sentences_between_paragraphs(lines, reasons, [{"below_tail_cta": 0.0}] * 4)
    assert reasons == [None, "other story", None, None]
    es = _clean("¿Por qué aumentaron las desapariciones en Jalisco?\n\n" + BODY_ES + "\n" + LONG_ES +
                "\n\nEste contenido fue elaborado con apoyo de la Fundación para la Libertad de Expresión.\n")
    assert "Este contenido fue elaborado" not in es.body


def test_clean_a_newsletters_own_lines_go():
    doc = _clean("View this email in your browser\n\nBorder Security Brief\n\nIssue #142 | March 7, 2026\n\n" + BODY +
                 "\nThat's all for this week. Forward this email to a colleague who might enjoy it.\n\n"
                 "You are receiving this email because you subscribed to Border Security Brief.\n\nUnsubscribe\n")
    assert doc.body.rstrip().endswith(BODY.strip().split("\n")[-1])


def test_clean_a_short_subhead_and_the_last_paragraph_under_it_stay():
    es = _clean("Hallan sin vida a periodista en Guerrero; Fiscalía abre investigación\n\nRedacción\n\n" + BODY_ES + "\n" +
                LONG_ES + "\n\nAntecedentes\n\nEl comunicador dirigía un portal de noticias local. Es el tercer periodista "
                "asesinado en el estado este año.\n\nComparte esta nota\n\nTe puede interesar\n\nSuspenden clases en "
                "Acapulco por lluvias\n")
    paragraphs = es.body.split("\n\n")
    assert paragraphs[-2] == "Antecedentes" and paragraphs[-1].startswith("El comunicador dirigía")
    en = _clean("Journalist found dead in Guerrero state\n\nBy Staff\n\n" + BODY + "\nPress freedom groups condemned the "
                "killing and demanded a thorough investigation that considers his journalism as a motive.\n\nWhat's next\n\n"
                "Investigators are reviewing security footage. No arrests have been made.\n\nShare this story\n\n"
                "More from World\n\nStorms batter Acapulco\n")
    assert en.body.rstrip().endswith("No arrests have been made.")


def test_clean_a_headline_told_in_other_words_than_its_longer_standfirst_is_the_title():
    # the headline shares no word with the body ("roban"/"hurto", "Arrestan"/"detuvieron"), its standfirst does
    page = ("Diario del Bajío\n\nPolicía\n\nArrestan a dos por hurto de diésel en una gasera de Celaya\n\n"
            "Los hombres cargaban 5 mil litros de combustible en un camión sin placas ni permisos de transporte\n\n"
            "Redacción\n\n03/12/2026 10:15\n\n"
            "Celaya, Gto.- Agentes estatales detuvieron a dos hombres que cargaban cerca de 5 mil litros de combustible "
            "en un camión sin placas, informó la Secretaría de Seguridad del estado.\n\n"
            "El vehículo fue asegurado en la carretera a Salamanca y los detenidos quedaron a disposición del "
            "Ministerio Público federal, que abrió una carpeta de investigación.\n")
    doc = _clean(page)
    assert doc.title == "Arrestan a dos por hurto de diésel en una gasera de Celaya"
    assert doc.body.startswith("Arrestan a dos por hurto") and "Los hombres cargaban" in doc.body
    # a section's label of a few words over the headline stays a label
    labelled = _clean("Crimen y seguridad en el Bajío\n\n" + page.split("\n\n", 2)[2])
    assert labelled.title == "Arrestan a dos por hurto de diésel en una gasera de Celaya"


def test_clean_a_headline_printed_again_below_the_story_is_still_the_title():
    headline = "México y Canadá acuerdan compartir inteligencia sobre precursores"
    doc = _clean(f"Diario Global\n\nMundo\n\n{headline}\n\nLos gobiernos firmaron un memorando durante la visita del ministro "
                 f"canadiense de Seguridad Pública\n\nRedacción\n\n04/12/2026 11:20\n\n{BODY_ES}\n\n{headline}\n\nFoto: Especial\n")
    assert doc.title == headline
    assert doc.body.startswith(headline) and doc.body.count(headline) == 1


def test_clean_a_headline_ending_with_a_spanish_initialism_is_the_title():
    headline = "Capturan en Quetzaltenango a presunto enlace de un cártel mexicano requerido en EE. UU."
    doc = _clean(f"Diario del Altiplano\n\nJusticia\n\n{headline}\n\nEl detenido es señalado de coordinar el traslado de "
                 f"cocaína hacia México, informó la policía.\n\nPor Ana Pérez\n\n5 de diciembre de 2026\n\n{BODY_ES}")
    assert doc.title == headline


def test_clean_a_tickers_headlines_over_the_page_are_no_title():
    headline = "Sedena destruye 42 laboratorios clandestinos en la sierra de Durango"
    page = "\n".join(["El Sol del Norte", "Última hora:", "Reportan incendio en bodega del Parque Industrial Lagunero",
                      "Clima en Durango: se esperan heladas este fin de semana", "Local", "Policiaca", "México", "Mundo",
                      headline, "Redacción", "jueves 4 de diciembre de 2026",
                      "Elementos de la Defensa inhabilitaron 42 laboratorios clandestinos en la sierra de Durango durante "
                      "las últimas dos semanas, informó la dependencia.", BODY_ES.replace("\n\n", "\n")])
    doc = _clean(page)
    assert doc.title == headline
    assert "Reportan incendio en bodega del Parque Industrial Lagunero" in doc.removed


def test_clean_a_section_label_named_like_a_reading_path_over_the_headline_leaves_it_the_title():
    headline = "Mexico arrests alleged leader of cartel cell behind Sinaloa attacks"
    doc = _clean(f"Wire Desk\nLatest News\n{headline}\nDec 05, 2026 | 09:14 JST\n{headline}\nBy Reuters\n" +
                 "MEXICO CITY, Dec 4 (Reuters) - Mexican security forces arrested the alleged leader of a cartel cell blamed "
                 "for attacks on police in Culiacán, the security cabinet said on Thursday.\n" + BODY)
    assert doc.title == headline
