"""A headline a breadcrumb above it copies, a membership appeal set inside the story, the outlet's name over the
note of the article's sources, and a sentence that tells whose report it is over a photo credit (hand-written pages
in the shapes of think tanks, English-language Mexican dailies and border weeklies)."""

from __future__ import annotations

from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _clean(text: str):
    return clean_document(RawDocument(source="page.txt", raw=text))


def test_clean_the_headline_a_breadcrumb_copies_is_the_title_not_the_sites_tagline_over_it():
    headline = "Why Arms Seizures at the Border Rose Again This Year"
    doc = _clean(f"Border Monitor\n\nIndependent Reporting on Drugs and the Border\n\nHome\n\nAnalysis\n\nHome › Analysis › {headline}\n\n"
                 f"{headline}\n\nBy Tom Reyes\n\n" + BODY)
    assert doc.title == headline and headline in doc.body.split("\n\n")
    titular = "Por qué crecieron los decomisos de armas en la frontera este año"
    es = _clean(f"Observatorio Fronterizo\n\nPeriodismo independiente sobre la droga y la frontera\n\nInicio\n\n"
                f"Inicio » Análisis » {titular}\n\n{titular}\n\nPor Tomás Reyes\n\n" + BODY_ES)
    assert es.title == titular
    # a press office's bar of its name and date copies the date line under the headline: the date is no headline
    titular = "Aseguran más de una tonelada de cocaína frente a costas de Oaxaca"
    office = _clean(f"Gobierno de México\n\nSecretaría de Marina | 04 de diciembre de 2026\n\nPrensa\n\n{titular}\n\n"
                    f"Comunicado 245/2026\n\n04 de diciembre de 2026\n\n" + BODY_ES)
    assert office.title == titular


def test_clean_the_story_goes_on_under_a_membership_appeal_set_inside_it_when_its_source_note_follows():
    after = "The governor said the checkpoints would stay in place through the end of the year and into January."
    doc = _clean("State adds checkpoints on highway to Nogales\n\n" + BODY +
                 "\nThe Border Weekly is free to read. Support our independent reporting by becoming a member.\n\n"
                 "Become a member\n\n" + after + "\n\nThe Border Weekly\n\nWith reports from Reuters and AP\n\n"
                 "Related Stories\n\nGovernor visits new customs post\n")
    kept = doc.body.split("\n\n")
    assert after in kept and "With reports from Reuters and AP" in kept
    assert "Become a member" not in kept and "Governor visits new customs post" not in kept
    # without a note of its sources below, the same appeal still opens the page's tail
    tail = _clean("State adds checkpoints on highway to Nogales\n\n" + BODY +
                  "\nThe Border Weekly is free to read. Support our independent reporting by becoming a member.\n\n"
                  "Become a member\n\nGovernor visits new customs post in Sonora as trade grows\n\n"
                  "Related Stories\n\nGovernor visits new customs post\n")
    assert "Governor visits new customs post in Sonora as trade grows" not in tail.body


def test_clean_a_sentence_telling_whose_report_it_is_over_a_photo_credit_is_no_caption():
    told = "La bodega tenía dos niveles y un sistema de vigilancia, de acuerdo con el reporte de la Fiscalía."
    kept = _clean("Aseguran bodega con armas en Mexicali\n\n" + BODY_ES + "\n" + told + "\n\nFoto: Cortesía\n\n"
                  "El inmueble quedó bajo resguardo de la Guardia Nacional mientras continúan las diligencias.\n").body
    assert told in kept and "Foto: Cortesía" not in kept
    said = "The warehouse had two floors and a camera system, according to the prosecutors' report."
    assert said in _clean("Agents raid warehouse in Mexicali\n\n" + BODY + "\n" + said + "\n\nPhoto: Courtesy\n\n"
                          "The building remained under guard while the investigation continued.\n").body
    # a caption that tells no one's report still goes with its credit
    caption = "Soldiers guard the entrance of the warehouse in Mexicali."
    assert caption not in _clean("Agents raid warehouse in Mexicali\n\n" + BODY + "\n" + caption + "\n\nPhoto: Courtesy\n\n"
                                 "The building remained under guard while the investigation continued.\n").body


def test_clean_a_source_note_after_a_dash_stays_and_the_outlets_self_description_under_it_goes():
    kept = _clean("Hallan fosa en predio de Fresnillo\n\n" + BODY_ES + "\n—Con información de EFE\n\nFrontera Libre\n\n"
                  "Frontera Libre es un medio digital independiente.\n").body.split("\n\n")
    assert "—Con información de EFE" in kept and "Frontera Libre es un medio digital independiente." not in kept
    en = _clean("Grave found on ranch near Fresnillo\n\n" + BODY + "\n- With reporting from Reuters\n\nBorder Desk\n\n"
                "Border Desk is an independent digital news outlet.\n").body.split("\n\n")
    assert "- With reporting from Reuters" in en and "Border Desk is an independent digital news outlet." not in en
    # a sentence of the story about a newspaper stays
    told = "El Diario es un periódico independiente que publicó la primera denuncia contra el alcalde en 2024."
    assert told in _clean("Hallan fosa en predio de Fresnillo\n\n" + BODY_ES + "\n" + told + "\n").body


def test_clean_a_date_after_fecha_without_a_colon_dates_the_page():
    doc = _clean("Investigan venta de fusiles a policías estatales\n\nFecha 04.12.2026\n\nAutoría Ana Ruiz\n\n" + BODY_ES)
    assert doc.published == "2026-12-04"
    # "Fecha" opening a sentence is no label
    assert _clean("Investigan venta de fusiles\n\n" + BODY_ES + "\nFecha límite para la entrega de armas: 30 días, "
                  "dijo el fiscal en su informe.\n").published is None


def test_clean_a_modified_stamp_under_the_headline_is_no_credit_and_the_standfirst_over_it_stays():
    stand = "Los gobiernos compartirán alertas sobre envíos sospechosos de químicos desde Asia y revisarán los permisos."
    kept = _clean("Acuerdan controles a precursores\n\n" + stand + "\n\nPublicado el: 04/12/2026 - 10:15\n\n"
                  "Modificado el: 04/12/2026 - 12:40\n\n" + BODY_ES).body.split("\n\n")
    assert stand in kept and not any(p.startswith("Modificado") for p in kept)
    # a video's caption closed by its running time is still a caption
    video = "Agentes revisan un camión en la garita de Nogales 01:04"
    assert video not in _clean("Agents seize fentanyl in Nogales\n\n" + BODY + "\n" + video + "\n\n" + BODY).body


def test_clean_the_headline_under_leer_mas_at_the_pages_foot_goes():
    kept = _clean("Acuerdan controles a precursores\n\n" + BODY_ES + "\nLeer más\n\n"
                  "Amenazan con aranceles a México por el flujo de fentanilo\n").body
    assert "Amenazan con aranceles" not in kept and "Leer más" not in kept


def test_clean_a_sentence_whose_speaker_points_back_to_the_story_stays_under_a_teaser_block():
    told = "La dependencia indicó que las víctimas no han sido identificadas."
    kept = _clean("Hallan cuerpos en brecha de la sierra\n\n" + BODY_ES + "\nNotas de interés\n\n"
                  "Vinculan a proceso a presunto sicario en Parral\n\nDetienen a dos con armas en Cuauhtémoc\n\n"
                  "Aseguran droga en Nuevo Casas Grandes\n\n" + told + "\n").body
    assert told in kept and "Detienen a dos con armas en Cuauhtémoc" not in kept
    said = "The agency said the victims have not been identified."
    assert said in _clean("Bodies found on mountain road\n\n" + BODY + "\nMore stories\n\nMan charged in Parral shooting\n\n"
                          "Two arrested with rifles in Cuauhtémoc\n\nDrugs seized in Nuevo Casas Grandes\n\n" + said + "\n").body
    # an author's note under the same block still goes
    note = "He has reported from northern Mexico since 2013."
    assert note not in _clean("Bodies found on mountain road\n\n" + BODY + "\nMore stories\n\nMan charged in Parral shooting\n\n"
                              "Two arrested with rifles in Cuauhtémoc\n\nDrugs seized in Nuevo Casas Grandes\n\n" + note + "\n").body


def test_clean_a_captions_toggles_go_and_a_date_with_a_two_digit_year_dates_the_release():
    kept = _clean("Cartel war empties schools\n\n" + BODY + "\nA soldier stands guard at a checkpoint.\n\nJane Roe/NPR\n\n"
                  "hide caption\n\ntoggle caption\n\n" + BODY).body.split("\n\n")
    assert "hide caption" not in kept and "toggle caption" not in kept
    doc = _clean("Committee on Foreign Relations\n\nPress\n\n12.04.26\n\nSenators introduce bill to sanction money launderers\n\n"
                 + BODY)
    assert doc.published == "2026-12-04"


def test_clean_a_teasers_summary_that_points_back_keeps_no_other_story_below_it():
    kept = _clean("Pill seizures drop at Arizona ports\n\n" + BODY + "\nSign up for our newsletter\n\n"
                  "She said the agents now find more powder than pills at the crossings.\n\nMore from the border desk\n\n"
                  "Phoenix man sentenced in rifle trafficking case\n\nThe agency said the rifles were bought at gun shows.\n\n"
                  "Tucson police seize 40,000 pills in traffic stop\n\nOfficers found the pills hidden in a spare tire.\n").body
    assert "She said the agents now find more powder than pills at the crossings." in kept
    assert "Tucson police seize 40,000 pills in traffic stop" not in kept
    assert "Officers found the pills hidden in a spare tire." not in kept


def test_clean_a_headline_and_standfirst_printed_twice_keep_one_standfirst():
    head, stand = "¿Quién es 'El Güero'? Presunto jefe de plaza detenido en Ecatepec", \
        "Fue detenido en un operativo conjunto de la Fiscalía estatal y la Guardia Nacional."
    doc = _clean(f"Policía\n\n{head}\n\n{stand}\n\nEstado de México /\n\n06.12.2026 10:15:22\n\n{head}\n\n{stand}\n\n" + BODY_ES)
    assert doc.title == head and doc.body.split("\n\n").count(stand) == 1


def test_clean_a_records_dated_headline_is_the_title_not_a_date_stamp():
    head = "Department Press Briefing – December 3, 2026"
    doc = _clean(f"U.S. Department of State\n\nBriefings\n\n{head}\n\nJane Roe, Deputy Spokesperson\n\nWashington, DC\n\n"
                 "MS ROE: Good afternoon. The Deputy Secretary spoke today with Mexico's foreign minister about the "
                 "security group and its next meeting in January.\n\nQUESTION: Will the meeting be in Mexico City?\n")
    assert doc.title == head and head in doc.body
    titular = "Versión estenográfica. Mañanera del 3 de diciembre de 2026"
    es = _clean(f"Gobierno de México\n\nPrensa\n\n{titular}\n\n" + BODY_ES)
    assert es.title == titular
    # a place and date line with a label is still a stamp
    assert _clean("Publicado: Washington, 3 de diciembre de 2026\n\n" + BODY_ES).title is None


def test_clean_a_byline_of_several_names_is_no_standfirst_and_a_share_buttons_answer_goes():
    kept = _clean("Live updates: officials meet on security in Mexico City\n\nBy Ana Ruiz, Karol Suarez and Tom Lee, CNN\n\n"
                  "Link Copied!\n\n" + BODY + "\nLink Copied!\n").body.split("\n\n")
    assert not any(p.startswith("By Ana Ruiz") or p == "Link Copied!" for p in kept)
    # a standfirst that opens with "Por" is no byline
    stand = "Por tercer día consecutivo, las escuelas de la zona norte de Culiacán suspendieron clases por la violencia"
    assert stand in _clean("Cierran escuelas en Culiacán\n\n" + stand + "\n\n" + BODY_ES).body


def test_clean_a_pull_quote_under_the_headline_leaves_the_bodys_copy_and_a_stamp_under_the_story_goes():
    said = '"Every truck that crosses without a scan is a risk," said coalition chair Ana Ruiz.'
    body = _clean("Coalition urges Congress to fund scanners at ports of entry\n\n" + said + "\n\n" + BODY + "\n" + said +
                  "\n\nThe group said only a few commercial vehicles are scanned today.\n\n"
                  "First Published: Dec 04 2026 | 11:40 PM IST\n").body.split("\n\n")
    assert body.count(said) == 1 and body.index(said) > 1
    assert not any(p.startswith("First Published") for p in body)


def test_clean_an_authors_initials_alone_and_a_readers_views_disclaimer_go():
    kept = _clean("Detenidos dos hombres con cocaína en el puerto\n\nLa droga viajaba oculta en un contenedor de aguacates "
                  "que llegó al puerto desde Manzanillo\n\nE. S.\n\n" + BODY_ES).body.split("\n\n")
    assert "E. S." not in kept
    note = ("DISCLAIMER: The Views, Comments, Opinions, Contributions and Statements made by Readers and Contributors on "
            "this platform do not necessarily represent the views or policy of the publisher.")
    assert note not in _clean("US sanctions cartel money launderers\n\n" + BODY + "\n" + note + "\n").body


def test_clean_the_story_goes_on_under_a_read_more_link_and_a_le_puede_interesar_teaser():
    said = "The security ministry said it had launched a campaign to warn parents about the practice."
    kept = _clean("Cartels recruit teenagers through games\n\n" + BODY + "\nRead more\n\n" + said +
                  "\n\nJoin our commenting forum\n\nFollow other readers and see their replies\n").body
    assert said in kept and "Follow other readers and see their replies" not in kept
    after = "El detenido fue dejado a disposición de la Fiscalía para iniciar el trámite de extradición."
    es = _clean("Capturan en Medellín a enlace de un cártel\n\n" + BODY_ES + "\nLe puede interesar: Cae cabecilla de una "
                "banda en Urabá\n\n" + after + "\n").body
    assert after in es and "Le puede interesar" not in es
    # a link's label over another story's headline still opens the tail
    assert "Governor visits customs post" not in _clean("Cartels recruit teenagers\n\n" + BODY + "\nRead more\n\n"
                                                        "Governor visits customs post\n\nShare\n").body
