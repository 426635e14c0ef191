"""A portal's notes to its readers set under the story (a tip line on WhatsApp) and a video's headline under its label
over the story (hand-written pages in the shapes of Mexican portals)."""

from __future__ import annotations

from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _clean(text: str):
    return clean_document(RawDocument(source="page.txt", raw=text))


def test_clean_a_tip_line_on_a_messaging_app_goes():
    tip = "Comunícate con nosotros al WhatsApp para enviar tus denuncias y reportes ciudadanos."
    assert tip not in _clean("Aseguran metanfetamina en Culiacán\n\n" + BODY_ES + "\n" + tip + "\n").body
    tip_en = "Send us your tips on WhatsApp: we read every message."
    assert tip_en not in _clean("Agents seize meth in Nogales\n\n" + BODY + "\n" + tip_en + "\n").body
    # the article's own sentence on a messaging app stays
    told = "Los extorsionadores se comunicaban con las víctimas por WhatsApp para exigir los pagos, informó la fiscalía."
    assert told in _clean("Caen extorsionadores en Edomex\n\n" + BODY_ES + "\n" + told + "\n").body


def test_clean_a_videos_headline_under_its_label_is_the_title():
    headline = "Video: Así fue la detención de un exfuncionario de Pemex por robo de combustible"
    page = "Noticias MX\nMéxico\n" + headline + "\nRedacción AN / HVI\n04 Dic, 2026 12:15\n" + BODY_ES
    assert _clean(page).title == headline
    # a video's credit over the story is no headline
    assert _clean("Video: Especial\nAseguran fentanilo en Nogales\n" + BODY_ES).title == "Aseguran fentanilo en Nogales"


def test_clean_a_pointer_to_a_fact_sheet_and_a_topics_label_under_the_story_go():
    notes = ["View CBP’s monthly update fact sheet.", "In:", "Sinaloa Cartel"]
    kept = _clean("CBP releases its monthly update\n\n" + BODY + "\n" + "\n".join(notes) + "\n").body
    assert not any(n in kept.split("\n\n") for n in notes) and "Federal agents seized" in kept
    es = "Consulta la ficha técnica aquí."
    assert es not in _clean("La CBP publica su informe mensual\n\n" + BODY_ES + "\n" + es + "\n").body


def test_clean_a_briefings_footer_after_its_closing_aside_goes():
    page = ("Department Press Briefing\nMR SMITH: Good afternoon. I have one item at the top.\n"
            "QUESTION: On Mexico, is the administration considering strikes against cartel targets?\n"
            "MR SMITH: I will not get ahead of any decisions. Our cooperation with Mexico is strong.\n"
            "QUESTION: Thank you.\n(The briefing was concluded at 2:58 p.m.)\nTags\nOffice of the Spokesperson\nMexico\n")
    kept = _clean(page).body.split("\n\n")
    assert "Tags" not in kept and "Office of the Spokesperson" not in kept
    assert "QUESTION: Thank you." in kept


def test_clean_a_credit_alone_between_two_paragraphs_is_no_subhead():
    page = ("Detienen en Hermosillo a \"El 40\", operador de una célula; la fiscalía confirma\nAna Ruiz\nHermosillo, Sonora\n"
            "Elementos de la policía estatal detuvieron en Hermosillo a un hombre alias \"El 40\", presunto operador de una "
            "célula delictiva, confirmó la fiscalía del estado.\n"
            "A través de sus redes sociales, la dependencia informó que el detenido es señalado como generador de violencia "
            "en el norte de la ciudad.\n"
            "Durante la detención se le aseguraron un arma larga, cargadores y dosis de droga.\nFoto: Especial\n"
            "El detenido fue trasladado a la capital para ser puesto a disposición del Ministerio Público.\n"
            "LEE TAMBIÉN\nSuman más de 900 homicidios en Sonora en lo que va del año\n")
    kept = _clean(page).body
    assert "Foto: Especial" not in kept and "El detenido fue trasladado a la capital" in kept


def test_clean_wire_credits_in_spanish_and_a_follow_prompt_go():
    notes = ["(Reporte de Ana Ruiz; Editado en español por Luis Pérez)",
             "Los periodistas de The Associated Press Ana Ruiz, en la Ciudad de México, y Luis Pérez, en Tucson, "
             "contribuyeron a este despacho."]
    kept = _clean("Extraditan a exjefe de seguridad de una facción\n\n" + BODY_ES + "\n" + "\n\n".join(notes) + "\n").body
    assert not any(n in kept for n in notes)
    # a source note stays
    assert "Con información de EFE." in _clean("Extraditan a exjefe de seguridad\n\n" + BODY_ES + "\nCon información de EFE.\n").body
    follow = "Follow the Tucson Sector on X at @USBPChiefTCA for the latest news."
    assert follow not in _clean("Agents arrest smuggler near Nogales\n\n" + BODY + "\n" + follow + "\n").body


def test_clean_a_pull_quote_goes_and_the_sentence_it_repeats_stays():
    said = '"We follow every rule, and still we are the villains in this story," said the owner of a shop in Tucson.'
    pull = '"We follow every rule, and still we are the villains in this story."'
    page = ("Gun dealers say a lawsuit hurts their business\nBy Ana Ruiz\nDec. 4, 2026\n"
            "Gun dealers in southern Arizona say a Mexican lawsuit accusing them of arming cartels has hurt their business.\n"
            + said + "\nMexico argues that the dealers ignored signs of straw purchases at their counters.\n" + pull +
            "\nA federal judge is expected to rule on the dealers' motion to dismiss early next year.\n")
    kept = _clean(page).body.split("\n\n")
    assert said in kept and pull not in kept


def test_clean_a_publishers_name_atop_the_page_is_no_title():
    outlet = _clean("El Sol de Durango\nDetectan por cámaras a presuntos ladrones de transporte; los detienen en Lerdo\n" + BODY_ES)
    assert outlet.title == "Detectan por cámaras a presuntos ladrones de transporte; los detienen en Lerdo"
    assert "El Sol de Durango" not in outlet.body
    station = _clean("KXYZ News 7 Yuma\nSheriff's office: Two men arrested in human smuggling stop near Yuma\n" + BODY)
    assert station.title == "Sheriff's office: Two men arrested in human smuggling stop near Yuma"
    office = _clean("U.S. Customs and Border Protection\nAir and Marine Operations\n\nAMO crews interdict cocaine in the "
                    "eastern Pacific\n\nRelease Date: Wed, 01/21/2026\n\n" + BODY)
    assert office.title == "AMO crews interdict cocaine in the eastern Pacific"
    fgr = _clean("Fiscalía General de la República\nComunicado FGR 145/26\nCiudad de México, a 9 de marzo de 2026\n"
                 "FGR asegura narcolaboratorio en Sinaloa con tres toneladas de metanfetamina\n" + BODY_ES)
    assert fgr.title == "FGR asegura narcolaboratorio en Sinaloa con tres toneladas de metanfetamina"
    # a short Title Case headline over its standfirst stays the title
    short = _clean("Mexico Extradites Cartel Figures\nThe 26 prisoners were flown to the United States on Thursday.\n" + BODY)
    assert short.title == "Mexico Extradites Cartel Figures"


def test_clean_a_byline_with_its_outlet_topics_in_one_line_and_an_end_stamp_go():
    page = ("Indictment says cartel paid an officer to wave trucks through\n\nBy Ana Ruiz, Arizona Daily Ledger\n"
            "May 8, 2026\n\n" + BODY + "\nEND 1:32 P.M. EDT\n\nTopics: Drug Trafficking, Mexico\n")
    doc = _clean(page)
    assert doc.title == "Indictment says cartel paid an officer to wave trucks through"
    kept = doc.body.split("\n\n")
    assert not any(x in kept for x in ("By Ana Ruiz, Arizona Daily Ledger", "END 1:32 P.M. EDT", "Topics: Drug Trafficking, Mexico"))
    etiquetas = "Etiquetas: Semar, Sinaloa, narcolaboratorio"
    assert etiquetas not in _clean("Aseguran narcolaboratorio en Sinaloa\n\n" + BODY_ES + "\n" + etiquetas + "\n").body


def test_clean_a_date_between_two_dashes_and_a_long_institutions_name_under_a_label():
    es = _clean("Detienen a 12 en Fresnillo\n\nZacatecas, Zac. — 30 de mayo de 2026 — El Gabinete de Seguridad informó que "
                "en un operativo conjunto en Fresnillo fueron detenidas 12 personas con armas y droga.\n")
    assert es.published == "2026-05-30"
    page = ("Comunicado de prensa\nDepartamento del Tesoro de los Estados Unidos\n\nEl Tesoro sanciona a restaurantes "
            "y a un club deportivo de Guadalajara vinculados con el CJNG\n\n" + BODY_ES)
    doc = _clean(page)
    assert doc.title.startswith("El Tesoro sanciona") and "Departamento del Tesoro de los Estados Unidos" not in doc.body


def test_clean_a_summary_box_over_the_headline_and_an_enlarge_widget():
    page = ("World\nKey Points\nMexico's security minister says homicides fell in November.\n"
            "Sinaloa remains the exception, with killings up sharply.\n"
            "Mexico says homicides fell in November, but Sinaloa bucks the trend\nPublished Thu, Dec 4 2026 1:15 PM EST\n" + BODY)
    doc = _clean(page)
    assert doc.title == "Mexico says homicides fell in November, but Sinaloa bucks the trend"
    assert "Key Points" not in doc.body and "Sinaloa remains the exception" not in doc.body
    es = _clean("Hallan narcolaboratorio en la sierra de Álamos\n\n" + BODY_ES + "\nAmpliar imagen\n\nEl material fue "
                "destruido en el lugar por los elementos militares.\n")
    assert "Ampliar imagen" not in es.body and "El material fue destruido" in es.body


def test_clean_a_place_and_date_line_over_the_headline_is_no_title():
    page = ("Inicio | Prensa | Comunicados\nComunicado FGR 412/26\nCiudad de México, a 3 de noviembre de 2026\n\n"
            "FGR obtiene vinculación a proceso contra tres personas por delitos contra la salud en Sinaloa\n\n"
            "La Fiscalía General de la República (FGR), a través de su fiscalía especializada en delincuencia organizada, "
            "obtuvo de un juez de control en Culiacán auto de vinculación a proceso contra Ramiro «N», Jesús Alberto «N» "
            "y Brenda «N», por su probable responsabilidad en delitos contra la salud.\n\n"
            "De acuerdo con la carpeta de investigación, elementos del Ejército y de la Guardia Nacional detuvieron a "
            "los imputados en Navolato con droga y armas de fuego.\n\n"
            "El agente del Ministerio Público de la Federación aportó datos de prueba suficientes para que el juez "
            "impusiera la medida cautelar de prisión preventiva oficiosa.\n\n"
            "Por otra parte, la FGR informó que Homero «N» fue trasladado a un penal federal en el Estado de México.\n\n"
            "Síguenos en redes sociales\n")
    doc = _clean(page)
    assert doc.title == "FGR obtiene vinculación a proceso contra tres personas por delitos contra la salud en Sinaloa"
    assert doc.published == "2026-11-03"
