"""A list of other stories set inside the article ("Recommended Stories" / "list 1 of 3" / headlines / "end of list")
with the story going on under it, a caption closed by its credit in brackets ("[File: X/AP Photo]"), a caption over a
photo agency's name alone on its line ("CUARTOSCURO"), and an author's note under "Sobre la firma", in English and
Spanish (hand-written pages): the story under the list stays, the captions and the note go, and the headline printed
twice is the title."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _clean(raw: str):
    """The page's lines as blocks parted by blank lines, as a page's text comes out of its HTML."""
    return clean_document(RawDocument(source="p.txt", raw="\n\n".join(raw.splitlines()) + "\n"))


STORY_LIST = ("Recommended Stories\nlist of 3 items\nlist 1 of 3\nGuatemala hands over alleged trafficker to US agents\n"
              "list 2 of 3\nHonduras police find cocaine plane near the coast\nend of list\n")


@pytest.mark.parametrize("after", [
    "The attorney general said the two men had been under surveillance.\n"
    "\"We will not let them use our ports,\" Godoy told a news conference.\n",
    "\"We will not let them use our ports,\" the attorney general told a news conference.\n"])
def test_clean_the_story_goes_on_under_a_list_of_other_stories_set_inside_it(after):
    raw = ("Police in Guatemala seize cocaine hidden in banana containers\n"
           "Guatemalan police say they found 800kg of cocaine in containers of bananas at the port of Santo Tomás "
           "de Castilla on the Caribbean coast, and arrested two port workers on Friday.\n"
           "The shipment was bound for Rotterdam, police said in a statement issued on Saturday afternoon.\n"
           f"{STORY_LIST}{after}"
           "Central America is a transit route for most of the cocaine moving north to the United States, according "
           "to the United Nations drugs office.\n")
    body = _clean(raw).body
    for line in after.splitlines():
        assert line in body
    assert "list 1 of 3" not in body and "Honduras police find cocaine plane near the coast" not in body


def test_clean_a_short_note_under_the_tail_still_goes_when_no_story_follows_it():
    raw = ("Police in Guatemala seize cocaine hidden in banana containers\n"
           "Guatemalan police say they found 800kg of cocaine in containers of bananas at the port of Santo Tomás "
           "de Castilla on the Caribbean coast, and arrested two port workers on Friday.\n"
           "The shipment was bound for Rotterdam, police said in a statement issued on Saturday afternoon.\n"
           f"{STORY_LIST}Ana Ruiz has covered Central America since 2015.\n")
    assert "Ana Ruiz has covered" not in _clean(raw).body


@pytest.mark.parametrize("caption", [
    "Guatemalan police guard seized packages at the port [File: Ana Ruiz/AP Photo]",
    "Guatemalan police guard seized packages at the port [Ana Ruiz/Reuters]",
    "Guatemalan police guard seized packages at the port. [Reuters]"])
def test_clean_a_caption_closed_by_its_credit_in_brackets_goes_and_the_headline_stays(caption):
    title = "Police in Guatemala seize cocaine hidden in banana containers"
    raw = (f"News|Drugs\n{title}\n{caption}\nBy Staff\nPublished On 4 Dec 2026\n{title}\n"
           "Guatemalan police say they found 800kg of cocaine in containers of bananas at the port of Santo Tomás "
           "de Castilla on the Caribbean coast, and arrested two port workers on Friday.\n"
           "The shipment was bound for Rotterdam, police said in a statement issued on Saturday afternoon.\n")
    doc = _clean(raw)
    assert doc.title == title
    assert caption not in doc.body
    assert doc.body.count(title) == 1


@pytest.mark.parametrize("agency", ["CUARTOSCURO", "Getty Images", "NurPhoto"])
def test_clean_a_caption_over_a_photo_agency_alone_goes_and_the_headline_printed_twice_is_the_title(agency):
    title = "Aseguran cocaína oculta en contenedores de plátano en Manzanillo"
    caption = "Marinos custodian los paquetes asegurados en el puerto, en una imagen de archivo."
    raw = (f"Ir al contenido\nMÉXICO\n{title}\nLa Marina informó que la carga tenía como destino Países Bajos\n"
           f"{caption}\n{agency}\nAna Ruiz\nManzanillo - 04 dic 2026 - 12:10 CST\nCompartir en Facebook\n"
           f"{title}\nLa Marina informó que la carga tenía como destino Países Bajos\n"
           "Elementos de la Secretaría de Marina aseguraron este jueves 800 kilos de cocaína ocultos en contenedores de "
           "plátano en el puerto de Manzanillo, Colima, informó la dependencia en un comunicado.\n"
           "La carga había llegado desde Guayaquil, Ecuador, según la investigación de la Fiscalía.\n")
    doc = _clean(raw)
    assert doc.title == title
    assert caption not in doc.body and agency not in doc.body.split("\n")


def test_clean_an_agency_that_signs_the_story_stays():
    raw = ("Aseguran cocaína en Manzanillo\n"
           "Elementos de la Secretaría de Marina aseguraron este jueves 800 kilos de cocaína ocultos en contenedores de "
           "plátano en el puerto de Manzanillo, Colima, informó la dependencia en un comunicado.\n"
           "La carga había llegado desde Guayaquil, Ecuador.\nEFE\n")
    assert "Guayaquil" in _clean(raw).body


def test_clean_an_authors_note_under_sobre_la_firma_goes():
    raw = ("Aseguran cocaína oculta en contenedores de plátano en Manzanillo\n"
           "Elementos de la Secretaría de Marina aseguraron este jueves 800 kilos de cocaína ocultos en contenedores de "
           "plátano en el puerto de Manzanillo, Colima, informó la dependencia en un comunicado.\n"
           "La carga había llegado desde Guayaquil, Ecuador, según la investigación de la Fiscalía.\n"
           "Sobre la firma\nAna Ruiz\nEs reportera de la sección de México. Antes cubrió la fuente de seguridad en Jalisco.\n")
    body = _clean(raw).body
    assert "Es reportera de la sección" not in body and "Guayaquil" in body


@pytest.mark.parametrize("bio", [
    "Ana Ruiz. Ana covers courts for the Valley Herald. She previously covered crime for the Daily Star.",
    "Ana Ruiz. Ana is a staff reporter covering the border for the Valley Herald."])
def test_clean_an_authors_note_under_their_name_as_its_label_goes(bio):
    raw = ("Valley man sentenced for buying rifles for a cartel\n"
           "A Weslaco man was sentenced Tuesday to 12 years in federal prison for buying rifles that were smuggled to "
           "a cartel in Tamaulipas, federal prosecutors said.\n"
           "Investigators traced nine of the weapons to crime scenes in Reynosa, according to court records.\n"
           f"{bio}\nMost Popular\n")
    body = _clean(raw).body
    assert "Ana covers" not in body and "Ana is a staff reporter" not in body and "Reynosa" in body


def test_clean_a_single_word_subject_covering_something_is_article_text():
    raw = ("Valley man sentenced for buying rifles for a cartel\n"
           "A Weslaco man was sentenced Tuesday to 12 years in federal prison for buying rifles that were smuggled to "
           "a cartel in Tamaulipas, federal prosecutors said.\n"
           "Texas covers most of the border with Mexico, and its ports handle most of the trade.\n")
    assert "Texas covers most of the border" in _clean(raw).body


def test_clean_the_story_closes_under_teasers_ending_in_an_inline_teaser():
    closing = "El detenido quedó a disposición del Ministerio Público, que definirá su situación jurídica."
    raw = ("Detienen en Tlaquepaque a presunto operador de un cártel\n"
           "Elementos de la Fiscalía del Estado detuvieron en Tlaquepaque a un hombre señalado como operador de una "
           "célula delictiva en la zona sur de la metrópoli, informó la dependencia.\n"
           "De acuerdo con la Fiscalía, en la vivienda se aseguraron dos armas largas, cargadores y dosis de cristal.\n"
           "Te recomendamos\nHallan un vehículo con impactos de bala en Tonalá\n"
           "Lee también: Cierran carril de Periférico por obras en Zapopan\n"
           f"{closing}\nTemas\nFiscalía\nTlaquepaque\n")
    body = _clean(raw).body
    assert closing in body
    assert "Hallan un vehículo con impactos de bala en Tonalá" not in body


WP_PAGE = ("Ríos de Sinaloa\nInicio\nSeguridad\nOpinión\n"
           "La violencia en Culiacán cumple un año: mil 800 asesinatos\nAna Ruiz\nnoviembre 30, 2026\nComparte esto:\n"
           "La violencia en Culiacán cumple un año: mil 800 asesinatos\n"
           "La disputa entre dos facciones del cártel, que estalló hace un año, suma ya mil 800 asesinatos en el estado, "
           "de acuerdo con el conteo de la Fiscalía General del Estado.\n"
           "A ello se suman cientos de personas privadas de la libertad, según los colectivos de búsqueda.\n"
           "Los desplazados\n"
           "En las comunidades de la sierra, familias enteras han dejado sus casas ante los enfrentamientos.\n"
           "\"No sabíamos si mandar a los niños\", contó una madre que pidió no ser identificada.\n"
           "Me gusta esto:\nMe gusta Cargando...\nRelacionado\nAsesinan a dos hombres en una colonia de Culiacán\n"
           "noviembre 29, 2026\nEn \"Seguridad\"\n")


def test_clean_a_blogs_like_button_and_a_teasers_date_go_and_the_date_is_the_articles():
    doc = _clean(WP_PAGE)
    lines = doc.body.split("\n")
    assert "Me gusta esto:" not in lines and "noviembre 29, 2026" not in lines
    assert doc.published == "2026-11-30"


def test_clean_a_short_paragraph_under_a_subhead_between_kept_sentences_stays():
    assert "En las comunidades de la sierra, familias enteras han dejado sus casas" in _clean(WP_PAGE).body


def test_clean_an_authors_note_naming_the_outlet_as_a_possessor_goes():
    raw = ("Agents find 900 pounds of meth in a cucumber shipment at the port\n"
           "Customs officers seized more than 900 pounds of methamphetamine hidden in a shipment of cucumbers at the "
           "port of entry in Nogales, officials said Tuesday.\n"
           "The driver, a 29-year-old Mexican citizen, was arrested, according to the agency.\n"
           "Ana Ruiz is the Herald's senior border reporter.\n")
    assert "senior border reporter" not in _clean(raw).body


STATION_PAGE = ("KXYZ 4 Tucson\nWatch Live\nLocal\n"
                "Man caught with 12 pounds of meth taped to his legs at Nogales, officials say\n"
                "The 31-year-old was turned over to Homeland Security Investigations\n"
                "By Ana Ruiz\n•\nPublished December 5, 2026 • Updated on December 5, 2026 at 10:02 am\n"
                "Packages of methamphetamine found on a traveler at the DeConcini crossing.\nCBP\n"
                "What to Know\nA 31-year-old man was arrested at the DeConcini crossing in Nogales\n"
                "Officers found 12 pounds of meth under his clothing\nHe faces federal smuggling charges\n"
                "Man caught with 12 pounds of meth taped to his legs at Nogales, officials say\n"
                "The 31-year-old was turned over to Homeland Security Investigations\n"
                "A man trying to walk into the United States at the DeConcini crossing in Nogales was caught with about 12 "
                "pounds of methamphetamine taped to his legs, U.S. Customs and Border Protection said Friday.\n"
                "Officers sent him to a secondary inspection after noticing bulges under his clothes, the agency said.\n"
                "This article tagged under:\nNogales\nCBP\nMethamphetamine\n")


def test_clean_a_headline_printed_again_over_the_body_is_the_title_and_the_header_between_goes():
    doc = _clean(STATION_PAGE)
    title = "Man caught with 12 pounds of meth taped to his legs at Nogales, officials say"
    assert doc.title == title and doc.body.count(title) == 1
    assert "Packages of methamphetamine found on a traveler" not in doc.body
    assert doc.body.count("The 31-year-old was turned over to Homeland Security Investigations") == 1


def test_clean_a_summary_boxs_bullets_with_no_full_stop_go():
    body = _clean(STATION_PAGE).body
    assert "Officers found 12 pounds of meth under his clothing" not in body
    assert "He faces federal smuggling charges" not in body


def test_clean_the_topics_under_this_article_tagged_under_go():
    assert "Methamphetamine" not in _clean(STATION_PAGE).body.split("\n")


def test_clean_a_video_title_printed_twice_in_a_row_over_the_body_is_no_title():
    raw = ("Fox Border\nU.S.\nPublished December 6, 2026\n"
           "Agents seize 200 pounds of meth hidden in a tractor-trailer in Texas\n"
           "Officers found the drugs in a shipment of limes at the Pharr crossing\nBy Ana Ruiz\nVideo\n"
           "Border chief says cartels are changing their routes\nBorder chief says cartels are changing their routes\n"
           "Customs and Border Protection officers at the Pharr port of entry seized nearly 200 pounds of "
           "methamphetamine hidden in a shipment of limes on Friday, the agency said in a statement.\n"
           "The driver was arrested and turned over to Homeland Security Investigations.\n")
    assert _clean(raw).title == "Agents seize 200 pounds of meth hidden in a tractor-trailer in Texas"


def test_clean_a_header_block_printed_again_over_the_body_keeps_one_copy_of_its_lead():
    lead = ("Zacatecas, Zac., Integrantes de al menos cinco colectivos de búsqueda marcharon ayer en la capital del estado "
            "para exigir a las autoridades que busquen con vida a sus familiares desaparecidos.")
    head = f"Madres buscadoras marchan en Zacatecas; piden búsqueda en vida\nAna Ruiz, corresponsal\nDiario del Centro\n{lead}\n"
    raw = (f"Diario del Centro\nPolítica\nEstados\n{head}{head}"
           "Con fotografías y lonas, las manifestantes recorrieron el centro histórico hasta el Palacio de Gobierno.\n"
           "Ver más\nCompartir\n")
    assert _clean(raw).body.count(lead) == 1


@pytest.mark.parametrize("stamp, iso", [("06-12-2026", "2026-12-06"), ("6-12-2026", "2026-12-06")])
def test_clean_a_day_first_date_with_hyphens_under_the_byline_dates_the_page(stamp, iso):
    raw = ("Noticias\nMarina asegura cocaína frente a las costas de Oaxaca\nFoto: Especial\nAna Ruiz\n"
           f"{stamp}\nCompartir en redes sociales\n"
           "La Secretaría de Marina informó que aseguró un semisumergible con aproximadamente tres toneladas de cocaína "
           "a 250 millas náuticas de las costas de Oaxaca, en el Pacífico mexicano.\n"
           "En el operativo fueron detenidas cuatro personas, informó la dependencia.\n")
    assert _clean(raw).published == iso


def test_clean_a_date_stamp_printed_above_and_under_the_headline_is_no_title():
    title = "Extraditan a Estados Unidos a 19 integrantes de cárteles en tercer envío"
    raw = (f"Diario del Centro\nJusticia\n4 de diciembre de 2026\n{title}\nPor Ana Ruiz\n4 de diciembre de 2026\n"
           "El conductor, de 34 años, fue detenido en el puente y puesto a disposición del Ministerio Público.\n"
           "La Fiscalía General de la República envió este jueves a Estados Unidos a 19 personas acusadas de narcotráfico, "
           "informaron autoridades en un comunicado conjunto.\n")
    assert _clean(raw).title == title


@pytest.mark.parametrize("dash", ["—", "-"])
def test_clean_a_dateline_lead_printed_in_a_slideshow_and_over_the_body_keeps_one_copy(dash):
    lead = f"TUCSON {dash} Tucson police say they have seized about 500,000 fentanyl pills in the largest bust in the city's history."
    raw = ("KXYZ 4 Tucson\nWeather\nLocal News\nTucson police seize half a million fentanyl pills in record bust\n"
           "Police say the pills were hidden inside a storage unit on the south side\nPosted at 11:48 AM, Dec 05, 2026\n"
           f"{lead}\nPrev\nNext\nTucson Police Department\n{lead}\n"
           "The pills were found Thursday inside a storage unit near Valencia Road, according to a department spokeswoman.\n"
           "Two men were arrested on suspicion of drug trafficking, police said.\n")
    body = _clean(raw).body
    assert body.count(lead) == 1
    assert "Next" not in body.split("\n") and "Prev" not in body.split("\n")


def test_clean_a_question_headline_printed_again_over_the_body_is_the_title_and_the_ai_audio_label_goes():
    title = "¿Quién es 'El Cuervo', el operador detenido en Tepic?"
    raw = (f"Diario Nacional\nNacional\n{title}\nAudio generado con IA\nRedacción\n06/12/2026\n00:00 / 00:00\n"
           f"Audio generado con IA\n{title}\nAudio generado con IA\n"
           "Un hombre identificado como Audemio 'N', alias 'El Cuervo', fue detenido este viernes en Tepic, Nayarit, "
           "durante un operativo conjunto de la Defensa y la Fiscalía General de la República, informó el Gabinete.\n"
           "Según las autoridades, el detenido es señalado como operador logístico de una célula en la costa de Nayarit.\n")
    doc = _clean(raw)
    assert doc.title == title
    assert "Audio generado con IA" not in doc.body


def test_clean_the_story_closes_under_two_stacked_teaser_blocks():
    closing = "Tenía orden de aprehensión por delincuencia organizada y delitos contra la salud."
    raw = ("Detienen en Tepic a presunto operador de una célula delictiva\n"
           "Un hombre señalado como operador logístico de una célula delictiva fue detenido este viernes en Tepic, Nayarit, "
           "durante un operativo conjunto de la Defensa y la Fiscalía General de la República.\n"
           "Según las autoridades, el detenido operaba en la costa de Nayarit y del sur de Sinaloa desde hace dos años.\n"
           "Te recomendamos\nDetienen a un exalcalde de la sierra en un retén militar\nMás de Diario Nacional\n"
           "¿Qué pasó con el exgobernador prófugo? Esto sabemos\n"
           f"{closing}\nSíguenos en Google News\n")
    body = _clean(raw).body
    assert closing in body and "Detienen a un exalcalde de la sierra en un retén militar" not in body


@pytest.mark.parametrize("note", ["This interview has been edited for length and clarity.",
                                  "This transcript has been edited lightly for clarity:",
                                  "Esta entrevista fue editada por claridad y extensión."])
def test_clean_an_editors_note_on_an_edited_interview_goes(note):
    raw = ("Why the border sees fewer crossings but more drug seizures\n"
           "Migrant crossings along the border have fallen to their lowest levels in decades, but seizures of fentanyl "
           "at ports of entry have not followed the same trend, according to federal data.\n"
           f"{note}\n"
           "Host: What does the data show?\n"
           "Ana Ruiz: Most hard drugs come through the ports of entry, hidden in passenger cars and trucks.\n")
    body = _clean(raw).body
    assert note not in body and "Most hard drugs come through the ports of entry" in body


def test_clean_a_share_buttons_confirmation_is_no_title_and_an_initialism_headline_printed_again_is():
    title = "Cártel de Sinaloa: detienen en Culiacán a operador buscado por EE.UU."
    raw = (f"Diario Nacional en Español\nNoticias\n{title}\n(Ana Ruiz / AFP vía Getty Images)\nPor Associated Press\n"
           "4 de diciembre de 2026 3:17 PM PT\nCompartir\nCopiar enlace\nLos detalles del enlace se han copiado\n"
           f"{title}\n"
           "CIUDAD DE MÉXICO — Fuerzas federales detuvieron el jueves en Culiacán a un hombre señalado por Estados Unidos "
           "como operador financiero de un cártel, informó el Gabinete de Seguridad.\n"
           "El detenido tenía una orden de extradición girada por un juez federal.\n")
    doc = _clean(raw)
    assert doc.title == title and "Los detalles del enlace se han copiado" not in doc.body


def test_clean_a_lead_reporting_speech_printed_twice_keeps_one_copy_and_a_forms_confirmation_goes():
    lead = ("Mexican authorities have captured a cartel gunman accused of the 2024 killing of two Texans in Reynosa, "
            "officials said Friday.")
    raw = ("Daily Courier\nLog In\nUS News\nCartel gunman wanted for killing of two Texans captured in Mexico\nBy Ana Ruiz\n"
           f"Published Dec. 5, 2026, 1:13 p.m. ET\n{lead}\nThanks for contacting us. We've received your submission.\n{lead}\n"
           "The suspect was arrested in the border city of Matamoros during an operation by state police and the army, "
           "the state government said.\n"
           "He is accused of belonging to a faction of the Gulf Cartel.\nShare this article:\n")
    body = _clean(raw).body
    assert body.count(lead) == 1
    assert "We've received your submission" not in body


def test_clean_a_releases_list_of_counted_items_and_its_closing_sentence_stay_and_the_portal_footer_goes():
    closing = "Los detenidos y lo asegurado quedaron a disposición del Ministerio Público de la Federación."
    raw = ("Secretaría de Marina\nComunicado\nEN MAZATLÁN, SINALOA, PERSONAL NAVAL ASEGURA ARMAMENTO\n"
           "Mazatlán, Sinaloa, a 06 de diciembre de 2026.- La Secretaría de Marina informa que personal naval detuvo a dos "
           "personas y aseguró armamento durante un patrullaje en la zona rural del municipio.\n"
           "Se aseguraron:\nCuatro armas largas.\nUna granada.\n800 cartuchos.\nTres vehículos.\n"
           f"{closing}\nImprime la página completa\n¿Qué es gob.mx?\n"
           "Es el portal único de trámites, información y participación ciudadana.\n")
    lines = _clean(raw).body.split("\n")
    assert closing in lines and "Tres vehículos." in lines
    assert "¿Qué es gob.mx?" not in lines


def test_clean_the_story_goes_on_under_related_stories_with_their_summaries():
    after = ["El funcionario viajaba en una camioneta oficial cuando fue interceptado por hombres armados en la avenida.",
             "Con este crimen suman tres mandos policiacos asesinados en el estado este año."]
    raw = ("Asesinan a director de policía de Salamanca; es el tercero en el año\n"
           "Salamanca, Gto.- El director de la Policía Municipal de Salamanca fue asesinado la mañana de este viernes "
           "cuando se dirigía a su oficina en la zona centro, informó la presidencia municipal en un comunicado.\n"
           "Notas relacionadas\nAtacan a policías en Valle de Santiago; hay dos heridos\n"
           "Dos policías resultaron heridos la noche del jueves tras ser atacados a balazos en una comunidad de Valle de "
           "Santiago, informaron autoridades municipales.\nDetienen a tres por ataque a bar en Irapuato\n"
           + "\n".join(after) + "\n")
    body = _clean(raw).body
    assert all(line in body for line in after)
    assert "Dos policías resultaron heridos la noche del jueves" not in body


def test_clean_a_live_pages_headline_is_the_title_over_its_entries_and_its_summary_box_goes():
    title = "Mass transfer of cartel suspects to the US: live updates"
    box = ["Mexico sent 19 people accused of drug trafficking to the United States on Friday.",
           "The suspects were flown from Toluca to Houston, officials said."]
    raw = (f"Live Updates\n{title}\nBy Staff\nUpdated 3:42 p.m. ET, December 5, 2026\nWhat we know so far\n"
           + "\n".join(box) + "\n3:30 p.m. ET\nMexico's security secretary defends the transfer\n"
           "Omar García Harfuch said the decision was made under Mexico's national security law and was not a concession "
           "to Washington.\nLink Copied!\n2:05 p.m. ET\nUS attorney general says suspects will face trial in Texas\n"
           "The attorney general said the 19 suspects would be arraigned in federal courts in Houston and San Antonio next "
           "week.\nLink Copied!\n1:15 p.m. ET\nWho was sent\n"
           "Among those transferred were two regional bosses of the Sinaloa cartel, according to a list released by "
           "Mexican authorities.\n")
    doc = _clean(raw)
    assert doc.title == title
    assert not any(line in doc.body for line in box)


def test_clean_a_release_under_its_agency_office_label_and_date_has_its_headline_for_title():
    title = "Gulf Cartel Plaza Boss Sentenced to 25 Years for Cocaine Trafficking"
    raw = (f"U.S. Department of Justice\nOffice of Public Affairs\nFOR IMMEDIATE RELEASE\nThursday, December 4, 2026\n{title}\n"
           "A Mexican national who oversaw cocaine shipments for the Gulf Cartel through the Brownsville port of entry was "
           "sentenced today to 25 years in prison.\n"
           "According to court documents, Ramiro Ortega Salas, 44, of Matamoros, Tamaulipas, directed couriers who smuggled "
           "more than 300 kilograms of cocaine into the United States between 2021 and 2024. Ortega Salas was extradited "
           "from Mexico in March 2025.\n"
           "\"This sentence holds a cartel boss accountable for flooding our communities with poison,\" said Assistant "
           "Attorney General Ana Ruiz of the Justice Department's Criminal Division.\n"
           "The DEA and HSI investigated the case.\nUpdated December 4, 2026\nTopic\nDrug Trafficking\nComponent\n"
           "Criminal Division\nPress Release Number: 26-1190\n")
    doc = clean_document(RawDocument(source="p.txt", raw=raw))  # a release's text with no blank lines
    assert doc.title == title
    assert "U.S. Department of Justice" not in doc.body.split("\n")


def test_clean_a_bylines_date_between_pipes_under_the_headline_dates_the_page():
    raw = ("Asesinan a comisario ejidal en la sierra de Guerrero\n"
           "Ana Ruiz Soto, corresponsal | Diario del Sur | Viernes, 4 de diciembre de 2026\n"
           "Chilpancingo, Gro. El comisario de una comunidad de la sierra fue asesinado a balazos la noche del miércoles "
           "cuando regresaba a su domicilio, informaron autoridades estatales.\n"
           "La Fiscalía General del Estado abrió una carpeta de investigación por homicidio.\n")
    assert clean_document(RawDocument(source="p.txt", raw=raw)).published == "2026-12-04"


def test_clean_a_headline_and_standfirst_each_printed_twice_in_a_row_keep_one_copy_each():
    title, dek = "Aseguran 200 kilos de cocaína en Puerto Chiapas", "La Marina revisó un buque mercante procedente de Ecuador"
    raw = (f"Diario del Sureste\nPolicía\n{title}\n{title}\n{dek}\n{dek}\nDiario del Sureste\n05/12/2026 11:25\n"
           "PUERTO CHIAPAS.— Personal de la Secretaría de Marina aseguró 200 kilos de cocaína ocultos en un contenedor de un "
           "buque mercante que arribó al puerto procedente de Guayaquil, Ecuador.\n"
           "La droga fue localizada durante una revisión con binomios caninos, informó la dependencia.\n")
    doc = clean_document(RawDocument(source="p.txt", raw=raw))
    assert doc.title == title and doc.body.count(dek) == 1
