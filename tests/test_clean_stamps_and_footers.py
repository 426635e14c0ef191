"""Lines of a page's furniture that the model alone keeps (hand-written pages, EN and ES): a portal's place-and-date
stamp with its time, a teaser whose headline is a question, a wire's standards note in Spanish, a caption over a
photographer's credit with a slash, a page number under a PDF's running footer. The article lines beside them stay."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _body(page: str) -> list[str]:
    return clean_document(RawDocument(source="p.txt", raw=page)).body.split("\n\n")


def _between(title: str, body: str, line: str) -> list[str]:
    first, *rest = body.split("\n\n")
    return _body("\n\n".join([title, first, line, *rest]) + "\n")


@pytest.mark.parametrize("stamp", ["Culiacán, Sinaloa / 05.12.2026 21:14:33", "Redacción | 12 de febrero de 2026, 10:42"])
def test_clean_a_portals_place_and_date_stamp_with_its_time_goes(stamp):
    page = f"Detienen a operador de Los Mayos en Culiacán\n\n{stamp}\n\n{BODY_ES}"
    body = _body(page)
    assert stamp not in body
    assert any(p.startswith("Agentes federales aseguraron") for p in body)


def test_clean_a_dateline_without_a_time_is_left_to_the_model():
    # a place and a date under the headline may be the article's own dateline: this rule leaves it alone
    from pesquisa.clean._published import is_dateline_stamp

    assert not is_dateline_stamp("Ciudad de México, 4 de diciembre de 2026")
    assert not is_dateline_stamp("Morelia, Michoacán, 14 de noviembre de 2024.- Un juez federal sentenció a dos")


@pytest.mark.parametrize("title, body, line", [
    ("Aseguran fentanilo en Nogales", BODY_ES,
     "Mira también: ¿Qué es el Cártel del Golfo y por qué Estados Unidos lo declaró organización terrorista?"),
    ("Agents seize fentanyl in Nogales", BODY,
     "Read more: What is the Gulf Cartel, and why did Washington call it a foreign terrorist organization?"),
    ("Aseguran fentanilo en Nogales", BODY_ES, "Nuestros Estándares: Los Principios de Confianza de Thomson Reuters."),
])
def test_clean_a_teaser_with_a_question_for_headline_and_a_standards_note_go(title, body, line):
    assert line not in _between(title, body, line)


def test_clean_a_question_the_article_asks_stays():
    line = "¿Qué pasará con los detenidos? La fiscalía tiene 48 horas para presentarlos ante un juez."
    assert line in _between("Aseguran fentanilo en Nogales", BODY_ES, line)


def test_clean_a_caption_over_a_photographers_credit_with_a_slash_goes():
    caption = "A girl walks past a memorial for a teenager shot in the eastern hills last month."
    more = "Prosecutors said the two factions pay the boys about 3,000 pesos a week to watch street corners in the city."
    page = f"Cartel factions recruit teenagers in Tijuana\n\n{caption}\n(Carlos A. Moreno / For The Times)\n\n{BODY}\n{more}\n"
    body = _body(page)
    assert caption not in body
    assert any(p.startswith("Federal agents seized") for p in body)


def test_clean_a_page_number_under_a_running_footer_goes():
    footer = "Congressional Research Service"
    page = "\n".join([
        "Mexico: Organized Crime and Drug Trafficking Organizations", "Updated December 3, 2026", "Summary",
        "Mexican criminal groups remain the dominant suppliers of illicit fentanyl to the United States, officials say.",
        "The two largest groups were designated as Foreign Terrorist Organizations in February of last year.",
        footer, "1",
        "Since then, the largest cartel has split into factions loyal to the sons of its jailed founder and to his partner.",
        footer, "2", "Author Information", "Disclaimer"]) + "\n"
    body = _body(page)
    assert "1" not in body and footer not in body
    assert any(p.startswith("Since then") for p in body)


def test_clean_a_long_spanish_headline_of_two_clauses_is_the_title():
    headline = ("Ataque armado en bar de Irapuato deja 9 muertos; la Fiscalía apunta a una disputa entre dos cárteles "
                "por la venta de droga")
    page = f"Nacional\n\n{headline}\n\nSegún los primeros reportes, un grupo armado llegó al bar cerca de la medianoche.\n\n" \
           f"5 de diciembre de 2026\n\nPor Redacción\n\n{BODY_ES}"
    assert clean_document(RawDocument(source="p.txt", raw=page)).title == headline


def test_clean_a_releases_telephone_line_goes():
    address = "Eje 2 Oriente, Tramo Heroica Escuela Naval Militar No. 861, Col. Los Cipreses, Alcaldía Coyoacán, C.P. 04830."
    page = "\n".join(["SECRETARÍA DE MARINA", "COMUNICADO DE PRENSA 412/2026", "Semar asegura cocaína en una embarcación en Chiapas",
                      *BODY_ES.split("\n\n"), "-o0o-", address, "Tel. (55) 5624 6500"]) + "\n"
    assert "Tel. (55) 5624 6500" not in _body(page)


def test_clean_the_sentence_that_introduces_a_post_is_no_title():
    intro = "Security Minister Omar García Harfuch posted on Thursday night about the arrest in Sonora:"
    page = "\n".join([
        "Mexico Security Watch", "Newsletter · December 5, 2026", "The week in five posts", intro,
        "En un operativo del Gabinete de Seguridad en Sonora fue detenido un generador de violencia. Se aseguraron armas.",
        "— Omar García Harfuch (@OHarfuch) December 4, 2026",
        "The arrest came two days after a shootout in Caborca that killed four municipal police officers.",
        "U.S. Ambassador Ronald Johnson answered within the hour:",
        "Excellent work by our Mexican partners. Together we are stronger against the cartels.",
        "— Ambassador Ronald Johnson (@USAmbMex) December 5, 2026",
        "Thanks for reading Mexico Security Watch! Subscribe for free to receive new posts and support my work."]) + "\n"
    doc = clean_document(RawDocument(source="p.txt", raw=page))
    assert intro in doc.body and doc.title != intro


def test_clean_the_last_paragraph_after_a_short_sentence_stays_over_the_share_prompt():
    last = "Las armas fueron puestas a disposición de la Fiscalía General de la República, que investigará su origen."
    page = "\n".join([
        "El Diario", "Local", "Hallan arsenal en casa de seguridad en Riberas del Bravo",
        "Agentes de la Fiscalía aseguraron 14 rifles y más de 3 mil cartuchos", "Staff / El Diario",
        "viernes, 05 diciembre 2026 | 20:41",
        "Ciudad Juárez— Agentes de la Fiscalía General del Estado aseguraron 14 rifles de asalto, seis pistolas y más de "
        "3 mil cartuchos en una vivienda de la colonia Riberas del Bravo, informó la dependencia.",
        "De acuerdo con el vocero de la Fiscalía, el inmueble era utilizado por un grupo delictivo ligado a La Línea.",
        "No hubo personas detenidas.", last, "Comparte esta nota", "Más de Local"]) + "\n"
    assert last in _body(page)


@pytest.mark.parametrize("jump", ["Pasa a la página 8", "Continued on Page A12"])
def test_clean_a_printed_pages_jump_line_goes(jump):
    assert jump not in _between("Aseguran fentanilo en Nogales", BODY_ES, jump)


def test_clean_a_releases_place_and_date_above_its_headline_goes():
    page = "\n".join([
        "Gobierno del Estado de Sinaloa", "Boletín No. 1187", "Culiacán, Sin., 05 de diciembre de 2026",
        "Instalan Mesa de Seguridad con presencia del Gabinete federal",
        "El gobernador encabezó este viernes la sesión de la Mesa Estatal para la Construcción de la Paz, con la "
        "participación de mandos del Ejército, la Marina y la Guardia Nacional.",
        "En la reunión se acordó reforzar la vigilancia en Culiacán, Navolato y Elota con 600 elementos adicionales.",
        "“Vamos a seguir trabajando coordinados con la Federación”, dijo el mandatario.",
        "#SinaloaSeguro #TransformandoSinaloa", "---", "Coordinación General de Comunicación Social"]) + "\n"
    doc = clean_document(RawDocument(source="p.txt", raw=page))
    assert "Culiacán, Sin., 05 de diciembre de 2026" not in doc.body
    assert doc.title == "Instalan Mesa de Seguridad con presencia del Gabinete federal"


def test_clean_a_broadcasts_program_label_is_a_cue_and_a_sentence_about_a_wiretap_is_not():
    from pesquisa.clean._signals import is_cta_lead

    assert is_cta_lead("Heard on All Things Considered") and is_cta_lead("As seen on Noticias Telemundo")
    assert not is_cta_lead("He was heard on a wiretap ordering the shipment.")


def test_clean_a_long_stamp_with_two_labels_dates_the_page():
    from pesquisa.clean._published import labelled_date

    stamp = "Posted: Dec 5, 2026 / 06:14 PM MST Updated: Dec 6, 2026 / 07:02 PM MST"
    assert labelled_date(["Mexican soldiers seize rifle parts", stamp]) == "2026-12-05"


def test_clean_a_newsletters_name_and_schedule_goes():
    line = "Get Essential San Diego, weekday mornings"
    assert line not in _between("Agents seize fentanyl in Nogales", BODY, line)


def test_clean_an_interviews_question_is_no_title():
    page = "\n\n".join([
        "PBS NewsHour", "Transcript: DEA chief on the fentanyl crisis and cartel designations", "Mar 12, 2026 6:40 PM EDT",
        "Amna Nawaz:", "The administration has promised an all-out war on the cartels. For more, I'm joined by Terrance "
        "Cole, administrator of the Drug Enforcement Administration.", "Administrator Cole, thank you for being with us.",
        "Terrance Cole:", "Thank you for having me.", "Amna Nawaz:",
        "The administration designated cartels as terrorist organizations. What has that changed for the DEA?",
        "Terrance Cole:", "It's given us more tools, more partners. We can now work with the intelligence community in ways "
        "we couldn't before. And frankly, the message it sends to the cartels is that we're not treating them as "
        "criminals anymore.", "Amna Nawaz:",
        "Critics say it could lead to U.S. military action in Mexico without Mexico's consent. Is that on the table?",
        "Terrance Cole:", "That's a decision for the president. What I can tell you is that our cooperation with Mexico is "
        "the best I've seen in my career.", "Amna Nawaz:", "Administrator Terrance Cole, thank you so much.",
        "Terrance Cole:", "Thank you."]) + "\n"
    assert clean_document(RawDocument(source="p.txt", raw=page)).title == \
        "Transcript: DEA chief on the fentanyl crisis and cartel designations"


def test_clean_a_long_headline_over_its_date_stamp_is_the_title():
    headline = ("Quién es Brenda Rocío Guerrero de la Cruz, la mujer acusada por EEUU de lavar dinero para el Cártel "
                "del Golfo")
    page = f"Infobae\n\nAmérica Latina | México\n\n{headline}\n\n21 Nov, 2026 07:40 p.m. EST\n\n{BODY_ES}"
    assert clean_document(RawDocument(source="p.txt", raw=page)).title == headline


def test_clean_an_office_with_its_district_atop_a_release_is_no_title():
    page = ("U.S. Attorney's Office, Southern District of Texas\n\nNine indicted in Laredo for smuggling firearms to a "
            f"cartel\n\nDecember 5, 2026\n\n{BODY}")
    assert clean_document(RawDocument(source="p.txt", raw=page)).title == \
        "Nine indicted in Laredo for smuggling firearms to a cartel"


def test_clean_a_releases_number_line_dates_it():
    page = ("Presidencia de la República\n\nSala de prensa\n\nPresidenta sostiene llamada con el presidente de Estados "
            f"Unidos\n\nComunicado 412. 4 de noviembre de 2026\n\n{BODY_ES}")
    assert clean_document(RawDocument(source="p.txt", raw=page)).published == "2026-11-04"


@pytest.mark.parametrize("headline", ["Mayos vs. Chapitos: The Sinaloa Cartel's Civil War One Year On",
                                      "Mexico's new security strategy, one year in"])
def test_clean_a_headline_ending_after_a_span_of_time_is_the_title(headline):
    page = f"Security Desk | Analysis\n\n{headline}\n\nBy Ana Ruiz | September 9, 2026\n\n{BODY}"
    assert clean_document(RawDocument(source="p.txt", raw=page)).title == headline


def test_clean_a_two_step_breadcrumb_from_the_home_page_is_no_title():
    page = f"Border Report\n\nHome > Border Crime\n\nFentanyl seizures at the border keep falling\n\nby Ana Ruiz\n\n{BODY}"
    assert clean_document(RawDocument(source="p.txt", raw=page)).title == "Fentanyl seizures at the border keep falling"


def test_clean_a_factboxs_heads_in_capitals_and_their_paragraphs_stay():
    page = "\n".join([
        "Reuters", "Factbox: Who are the Mexican cartels the US has designated as terrorist groups?", "By Reuters",
        "December 5, 2026 7:01 PM UTC Updated 2 hours ago",
        "Dec 5 (Reuters) - The United States has designated eight Latin American criminal groups as foreign terrorist "
        "organizations, six of them Mexican. Here is what we know about them:",
        "SINALOA CARTEL", "Once led by a single capo, the group split into warring factions after its co-founder was flown "
        "to the United States in 2024.",
        "JALISCO NEW GENERATION CARTEL (CJNG)", "The CJNG is the group U.S. officials consider the most aggressive "
        "exporter of fentanyl.",
        "GULF CARTEL", "One of Mexico's oldest trafficking groups, now fragmented into regional cells in Tamaulipas.",
        "Compiled by Ana Ruiz; Editing by Luis Pérez", "Our Standards: The Thomson Reuters Trust Principles."]) + "\n"
    body = _body(page)
    assert "GULF CARTEL" in body and "JALISCO NEW GENERATION CARTEL (CJNG)" in body
    assert "One of Mexico's oldest trafficking groups, now fragmented into regional cells in Tamaulipas." in body


def test_clean_an_opinion_columns_note_on_its_author_goes():
    from pesquisa.clean._signals import is_label

    assert is_label('*Periodista. Autor de "El cártel y sus rutas".')
    assert not is_label("*Las cifras son preliminares y podrían cambiar.")


def test_clean_a_source_note_over_a_reading_path_stays_and_the_teaser_under_it_goes():
    page = (f"Navy seizes a semi-submersible off Oaxaca\n\n{BODY}\n(With information from EFE)\n\nKeep reading:\n\n"
            "Mexico's Navy has seized 40 tons of cocaine this year\n")
    body = _body(page)
    assert "(With information from EFE)" in body
    assert "Mexico's Navy has seized 40 tons of cocaine this year" not in body


def test_clean_an_authors_disclaimer_with_a_curly_apostrophe_goes():
    line = "The views expressed are the author’s own."
    assert line not in _between("Agents seize fentanyl in Nogales", BODY, line)


def test_clean_a_stamp_whose_year_is_glued_to_its_update_label_dates_the_page():
    doc = clean_document(RawDocument("page.txt", "Valley Courier\n\nLocal // Crime\n\nJohn Ortiz, Staff writer\n\n"
                                     "Nov. 28, 2026Updated Nov. 28, 2026 6:02 p.m.\n\n"
                                     "Laredo stash house held 30 migrants, agents say\n\n" + BODY))
    assert doc.published == "2026-11-28"
    assert "Nov. 28, 2026Updated Nov. 28, 2026 6:02 p.m." in doc.removed


def test_clean_a_caption_closed_by_its_credit_under_the_headline_is_no_standfirst():
    caption = "Agents inspect a trailer stopped near the Laredo port of entry. Ana Reyes/Staff photographer"
    doc = clean_document(RawDocument("page.txt", f"Laredo stash house held 30 migrants, agents say\n\n{caption}\n\n{BODY}"))
    assert doc.title == "Laredo stash house held 30 migrants, agents say"
    assert caption in doc.removed and caption not in doc.body


def test_clean_an_issued_and_modified_stamp_under_the_headline_is_a_label():
    stamp = "Issued on: 28/11/2026 - 09:10Modified: 28/11/2026 - 11:45"
    doc = clean_document(RawDocument("page.txt", f"Americas\n\nGunmen ambush police convoy in Guerrero\n\n{stamp}\n\n{BODY}"))
    assert stamp in doc.removed


def test_clean_a_field_label_over_its_date_under_the_headline_goes_with_the_date():
    page = ("Secretaría de Marina\n\nComunicado de prensa\n\nAsegura Marina embarcación con cocaína frente a Manzanillo\n\n"
            "Fecha de publicación\n\n28 de noviembre de 2026\n\nTipo\n\nPrensa\n\n" + BODY_ES)
    doc = clean_document(RawDocument("page.txt", page))
    assert doc.published == "2026-11-28"
    assert {"Fecha de publicación", "28 de noviembre de 2026"} <= set(doc.removed)
    # a date alone under the headline, with no label over it, stays as the article's dateline
    bare = clean_document(RawDocument("page.txt", "Asegura Marina embarcación con cocaína frente a Manzanillo\n\n"
                                      "28 de noviembre de 2026\n\n" + BODY_ES))
    assert "28 de noviembre de 2026" in bare.body


def test_clean_a_syndicated_story_s_pointer_to_its_original_is_chrome():
    line = "Read the original article on The Tribune"
    doc = clean_document(RawDocument("page.txt", "Mayor shot dead in Guerrero days after asking for protection\n\n"
                                     f"{BODY}\n\n{line}\n\n{BODY}"))
    assert line in doc.removed


def test_clean_a_transcript_button_over_a_radio_transcript_is_chrome():
    doc = clean_document(RawDocument("page.txt", (
        "How one border county is dealing with a surge in overdoses\n\nBy Lena Park\n\nDecember 2, 2026 9:10 am\n\n"
        "Cameron County recorded more overdose deaths this year than in all of last year, health officials say.\n\n"
        "Show transcript\n\nMARK HILL: Lena, what are health officials seeing?\n\n"
        "LENA PARK: Mark, the county says it recorded 51 overdose deaths through October, up from 38 last year.\n\n"
        "MARK HILL: Lena Park reports from Brownsville. Thank you, Lena.\n")))
    assert "Show transcript" in doc.removed and "MARK HILL: Lena, what are health officials seeing?" in doc.body


def test_clean_a_dateline_alone_on_its_line_over_the_first_paragraph_opens_the_article():
    doc = clean_document(RawDocument("page.txt", "Coahuila cierra noviembre sin homicidios del crimen organizado\n\n"
                                     "EL DIARIO DEL NORTE\n\nsábado 29 de noviembre de 2026 · 08:10 hrs\n\nSALTILLO, COAH.-\n\n"
                                     + BODY_ES))
    assert "SALTILLO, COAH.-" in doc.body


def test_clean_a_portal_stamp_with_a_spanish_weekday_abbreviation_is_chrome():
    stamp = "vie 27 noviembre 2026 07:40 PM"
    doc = clean_document(RawDocument("page.txt", "México y EU firman acuerdo para intercambiar datos balísticos\n\n"
                                     "Los gobiernos compartirán la información de armas aseguradas para rastrear su origen.\n\n"
                                     f"{stamp}\n\n{BODY_ES}"))
    assert stamp in doc.removed and doc.published == "2026-11-27"
