"""Publication dates from the top lines of a document and from its URL (issue 11)."""

from __future__ import annotations

from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.clean._published import find_published, url_date
from pesquisa.records import RawDocument


def _published(text: str, url: str | None = None) -> str | None:
    return clean_document(RawDocument(source="a.txt", raw=text, url=url)).published




def test_clean_published_crawler_date_field_on_the_first_line():
    assert _published(" date 2021-08-12 OTAY MESA, Calif. — " + BODY) == "2021-08-12"
    assert _published("date 2024-11 Algeciras/La incautación de 13 toneladas de cocaína siguió.\n\n" + BODY) == "2024-11"


def test_clean_published_labelled_stamp_wins_over_the_sites_banner():
    text = "Home / World News\n\nBanks sanctioned\n\n3 min read Last Updated : Jun 27 2025 | 6:29 AM IST\n\n" + BODY
    assert _published(text) == "2025-06-27"
    assert _published("Cartel leaders charged\n\n| Published May 16, 2025\n\n" + BODY) == "2025-05-16"
    # a 'Published' label whose date sits on the next line
    assert _published("Crime\n\nPublished\n\nMarch 3, 2024\n\n" + BODY) == "2024-03-03"


def test_clean_published_time_stamped_line_beats_a_bare_banner():
    lines = ["02 de Abril de 2025", "Entorno Político | Nacional", "Martes 01 de Abril de 2025 | 11:48 a.m.",
             "UIF denuncia desbloqueo de cuentas"]
    assert find_published(lines, [None] * len(lines), "es") == "2025-04-01"


def test_clean_published_from_the_url_when_the_text_has_none():
    assert _published(BODY, url="https://lavozinmigrante.com/2022/06/29/detienen-a-chofer/") == "2022-06-29"
    assert url_date("https://example.com/news/2021-10-08-cartel-leader-arrested") == "2021-10-08"
    assert url_date("https://example.com/story/20211008/cartel") == "2021-10-08"
    assert url_date("https://zetatijuana.com/2025/05/sin-verdad-en-teuchitlan") == "2025-05"
    assert url_date("https://nordot.app/1056386654139777796") is None  # a long number is not a date
    assert url_date("https://example.com/2021/13/45/x") is None


def test_published_a_full_day_under_the_headline_wins_over_the_urls_month():
    url = "https://semanario.example/2026/11/caen-dos-halcones-en-otay/"
    dated = "Caen dos halcones en la Mesa de Otay\n\n22 de noviembre de 2026\n\n" + BODY_ES
    assert _published(dated, url=url) == "2026-11-22"
    wire = "Two lookouts held near the border\n\nNovember 22, 2026\n\n" + BODY
    assert _published(wire, url=url.replace("semanario", "wire")) == "2026-11-22"
    # a day of another month is no stamp of this page: the URL's month stays
    older = "Caen dos halcones en la Mesa de Otay\n\n3 de octubre de 2026\n\n" + BODY_ES
    assert _published(older, url=url) == "2026-11"


def test_clean_published_none_when_nothing_states_it():
    assert _published("Friday, July 26, 2024\n\nTankers seized in the Gulf\n\n" + BODY) is None
    # a sentence that mentions a publication is not a stamp
    long_line = ("The report, which was published on March 3, 2023 by the agency, said seizures of fentanyl "
                 "at the border rose again in the first months of the year.")
    assert _published(long_line + "\n\n" + BODY) is None


def test_clean_published_dates_in_digits():
    assert _published("Detienen a operador financiero\n\n14.10.2025 Última actualización 14.10.2025 18:20\n\n"
                      + BODY) == "2025-10-14"
    assert _published("Cae operador\n\nPublicado: 03/04/2024 10:05\n\n" + BODY_ES) == "2024-04-03"  # day first
    assert _published("Operator arrested\n\nUpdated 10/14/2025 4:12 PM\n\n" + BODY) == "2025-10-14"  # only month first
    assert _published("Operator arrested\n\nPosted 2025-10-14T18:20\n\n" + BODY) == "2025-10-14"


def test_published_a_press_release_dates_itself_with_a_weekday_line_under_its_headline():
    from pesquisa.clean import clean_document
    from pesquisa.records import RawDocument

    release = ("Office of Public Affairs | Sinaloa Cartel leaders charged | United States Department of Justice\n"
               "Press Release\nSinaloa Cartel leaders charged with fentanyl trafficking\nTuesday, October 21, 2025\n"
               "The Justice Department today announced charges against four leaders of the Sinaloa Cartel for "
               "trafficking fentanyl into the United States, officials said.\n"
               "The defendants remain at large, according to the indictment unsealed in New York.\n")
    assert clean_document(RawDocument("release.txt", release)).published == "2025-10-21"
    # the same line opening the page, above everything, is the site's 'today' banner
    banner = "Tuesday, October 21, 2025\n" + release.split("\n", 1)[1].replace("Tuesday, October 21, 2025\n", "")
    assert clean_document(RawDocument("page.txt", banner)).published is None


def test_published_a_place_and_date_line_under_the_headline_dates_the_article():
    head = "Marina asegura 8 toneladas de cocaína en costas de Oaxaca\n\nRedacción\n"
    assert _published(head + "Oaxaca, Oax., 9 de junio de 2025\n\n" + BODY) == "2025-06-09"
    # the same line with its weekday, under the headline and byline, too (above them it is the site's banner)
    assert _published(head + "Ciudad de México, jueves 8 de mayo de 2025\n\n" + BODY) == "2025-05-08"


def test_clean_published_a_press_release_line_of_place_and_date():
    release = ("GABINETE DE SEGURIDAD\nComunicado 145/2025\nCiudad de México, 4 de septiembre de 2025\n\n"
               "Aseguran metanfetamina en Culiacán\n\nEl pasado miércoles, elementos de la Secretaría de Marina "
               "aseguraron mil 200 kilos de metanfetamina en un inmueble de Culiacán, Sinaloa.\n")
    assert _published(release) == "2025-09-04"
    assert _published("WASHINGTON, June 11, 2025\n\n" + BODY) == "2025-06-11"
    # a headline listing places, then a year, is no date line
    assert _published("Culiacán, Navolato y Elota, los municipios más violentos de 2024\n\n" + BODY) is None


def test_published_a_spanish_abbreviated_month_with_a_comma():
    assert _published("Capturan a operador en Sonora\n\n3 Dic, 2025 10:15 a.m. MEX\n\n" + BODY) == "2025-12-03"
    assert _published("Capturan a operador en Sonora\n\n14 abr. 2025\n\n" + BODY) == "2025-04-14"


def test_published_a_header_line_with_published_and_updated_stamps_side_by_side():
    head = "Detienen a red de tráfico de armas en Nuevo Laredo\n\n"
    line = "Publicado 2 Nov 2025 – 07:15 PM EST | Actualizado 3 Nov 2025 – 08:02 PM EST\n\n"
    assert _published(head + line + BODY) == "2025-11-02"


def test_published_a_byline_beside_its_date_on_one_short_line():
    assert _published("Capturan a operador en Sonora\n\nPor Redacción | 14 de enero de 2026\n\n" + BODY) == "2026-01-14"


def test_published_a_numeric_date_read_by_its_weekday():
    head = "Officers seize methamphetamine in lime shipment\n\n"
    assert _published(head + "Release Date: Fri, 12/04/2026\n\n" + BODY) == "2026-12-04"
    assert _published(head + "Publicado: sáb, 04/07/2026\n\n" + BODY_ES) == "2026-07-04"


def test_clean_published_a_numbered_release_dates_itself_with_place_weekday_and_date():
    # unseen text, events round 5: a presidency communiqué; under a portal headline the same line stays no date
    release = ("Gobierno de México | Presidencia\n\nComunicado 45/2026\n\nCiudad de México, martes 10 de febrero de "
               "2026\n\n" + BODY)
    assert _published(release) == "2026-02-10"
    assert _published("Press Release\n\nWashington, Tuesday, February 10, 2026\n\n" + BODY) == "2026-02-10"
    # under a portal's headline and byline the line is the article's own date line; opening the page above
    # the headline it is the site's 'today' banner
    head = "Marina asegura 8 toneladas de cocaína en costas de Oaxaca\n\nRedacción\n"
    assert _published(head + "Ciudad de México / martes 10 de febrero de 2026\n\n" + BODY) == "2026-02-10"
    banner = "Diario del Golfo\n\nCiudad de México, martes 10 de febrero de 2026\n\nPortada\n\nNacional\n\n"
    assert _published(banner + head + BODY) is None


def test_published_an_english_page_writes_digits_month_first():
    head = "Officers seize methamphetamine in lime shipment\n\n"
    assert _published(head + "By Ana Pérez\n12/02/2026 06:00 PM EST\n\n" + BODY) == "2026-12-02"
    # a day-first country's clock zone, or a Spanish page, reads the day first
    assert _published(head + "By Ana Pérez\n12/02/2026 06:00 PM IST\n\n" + BODY) == "2026-02-12"
    assert _published("Aseguran metanfetamina en cargamento de limones\n\nPublicado: 12/02/2026 10:20\n\n"
                      + BODY_ES) == "2026-02-12"


def test_published_a_stamp_with_an_hour_and_no_minutes():
    head = "How a cartel money network moved millions through brokers\n\nBy Ana Pérez\n"
    assert _published(head + "Dec. 4, 2026 3 AM PT\n\n" + BODY) == "2026-12-04"


def test_published_a_year_glued_to_its_clock_and_a_date_between_pipes():
    head = "U.S. weighs drone strikes on cartel labs, officials say\n\nBy Ana Pérez\n"
    assert _published(head + "December 5, 20263:21 PM ESTUpdated 2 hours ago\n\n" + BODY) == "2026-12-05"
    release = "Canciller se reúne con subsecretario de Estado\n\nComunicado No. 512\n"
    assert _published(release + "Relaciones Exteriores | 03 de diciembre de 2026\n\n" + BODY_ES) == "2026-12-03"
    transcript = "Versión estenográfica de la conferencia matutina\n\n"
    line = "Presidencia de la República | 15 de julio de 2025 | Versión estenográfica\n\n"
    assert _published(transcript + line + BODY_ES) == "2025-07-15"


def test_published_a_weekday_with_its_date_in_brackets_in_the_lede():
    text = ("México: asesinan a activista buscadora en Guanajuato\n\n"
            "Una activista que buscaba a su hermano desaparecido fue asesinada en el estado de Guanajuato, "
            "informaron este viernes (05.12.2026) autoridades locales.\n\n" + BODY_ES)
    assert _published(text) == "2026-12-05"


def test_published_a_stamp_glued_to_its_second_date_and_a_date_before_a_section():
    head = "Sheinbaum rejects US military strikes on cartels\n\n"
    assert _published(head + "Published On 5 Dec 20265 Dec 2026\n\n" + BODY) == "2026-12-05"
    assert _published("Axios\n\nDec 5, 2026 - World\n\nScoop: U.S. and Mexico near deal on tracing\n\n" + BODY) \
        == "2026-12-05"


def test_published_a_release_date_label():
    head = "CBP officers seize fentanyl at Nogales port of entry\n\n"
    assert _published(head + "Release Date: December 3, 2026\n\n" + BODY) == "2026-12-03"
    assert _published("Aseguran fentanilo en Nogales\n\nFecha: 3 de diciembre de 2026\n\n" + BODY_ES) == "2026-12-03"


def test_published_from_a_byline_beside_its_date_after_a_slash_and_an_ordinal_day_first():
    head = "Aseguran fentanilo oculto en camión de jitomate en Nogales\n\n"
    doc = clean_document(RawDocument(source="x.txt", raw=head + "Por Ana Ruiz / 5 de diciembre, 2026\n\n" + BODY_ES))
    assert doc.published == "2026-12-05"
    assert "Por Ana Ruiz / 5 de diciembre, 2026" in doc.removed
    en = "Agents seize fentanyl hidden in tomato truck at Nogales port\n\n5th December 2026\n\n" + BODY
    assert clean_document(RawDocument(source="x.txt", raw=en)).published == "2026-12-05"


def test_published_a_wire_dateline_without_its_year_takes_it_from_a_date_the_text_tells_issue_11():
    # a date a sentence tells is past: the dateline is not before it (it had taken the year before,
    # as if that date bounded it from above)
    text = ("Mexico extradites alleged cartel supplier\n\nWASHINGTON, Dec 1 (Reuters) - Mexico extradited an alleged "
            "fentanyl supplier to the United States on Monday, the Justice Department said on Tuesday.\n\n"
            "Mexican authorities arrested him in the northern city of Hermosillo on Oct. 14, 2026, at the request of "
            "U.S. prosecutors.\n\n" + BODY)
    assert _published(text) == "2026-12-01"
    es = ("Reúnen a gabinetes de seguridad\n\nCIUDAD DE MÉXICO, 2 de diciembre (EFE).- Los gabinetes de seguridad se "
          "reunieron este martes, una semana después de que ambos gobiernos acordaran el 24 de noviembre de 2026 "
          "ampliar el intercambio de información.\n\n" + BODY_ES)
    assert _published(es) == "2026-12-02"
    # a date the text looks ahead to, within a month, keeps the dateline's year
    ahead = ("Judge sets hearing\n\nMEXICO CITY, Dec 30 (Reuters) - A judge set the hearing of the case for "
             "Jan. 12, 2027, a court official said on Wednesday.\n\n" + BODY)
    assert _published(ahead) == "2026-12-30"
    # a page's banner bounds it from above, whatever the sentences tell
    banner = ("Viernes 5 de diciembre de 2025\n\nOtra nota\n\nCIUDAD DE MÉXICO, 20 de diciembre (EFE).- El plazo "
              "vencerá el 15 de noviembre de 2025, según el acuerdo firmado por los gobiernos.\n\n" + BODY_ES)
    assert _published(banner) == "2024-12-20"


def test_published_a_wire_dateline_without_its_year_under_a_date_set_months_ahead():
    # the text tells a hearing set for January: the dateline's August is the one before it, not after
    text = ("Zambada se declara culpable en Nueva York\n\nCiudad de México, 25 de agosto (SinEmbargo).- El capo se "
            "declaró culpable este lunes ante una corte federal de Brooklyn de dos cargos.\n\nLa sentencia se "
            "dictará el 13 de enero de 2026 y podría ser de cadena perpetua.\n\n" + BODY_ES)
    assert _published(text) == "2025-08-25"


def test_published_a_year_first_date_with_slashes_or_dots_as_asian_wires_write_it():
    page = "Kyodo News\n\nNavy seizes semi-submersible off Oaxaca\n\nBy Staff Writer\n\n{}\n\n" + BODY
    assert _published(page.format("2025/04/18 10:32")) == "2025-04-18"
    assert _published(page.format("2025.04.18 10:32 KST")) == "2025-04-18"
    body = clean_document(RawDocument(source="a.txt", raw=page.format("2025/04/18 10:32"))).body
    assert "2025/04/18" not in body


def test_published_a_date_alone_under_a_release_label_above_the_headline():
    page = ("U.S. Department of the Treasury\n\nPress Releases\n\nDecember 10, 2026\n\n"
            "Treasury Sanctions Tijuana-Based Money Launderer\n\n" + BODY)
    assert _published(page) == "2026-12-10"
    assert _published("U.S. Department of State | Media Note\n\nDecember 18, 2026\n\nJoint Communiqué on Firearms "
                      "Trafficking\n\n" + BODY) == "2026-12-18"
    # the same date above a news site's headline, with no release label, is the article's too when nothing else dates
    # it (a site's "today" banner carries its weekday); on the page's first line it is the banner
    assert _published("Border Daily\n\nDecember 10, 2026\n\nAgents seize fentanyl hidden in tomato truck\n\n" + BODY) == \
        "2026-12-10"
    assert _published("December 10, 2026\n\nAgents seize fentanyl hidden in tomato truck\n\n" + BODY) is None


def test_published_a_dateline_closed_by_a_dot_and_an_em_dash():
    # "Washington, 20 de abril de 2026.— La CBP ...": the Mexican press's dateline ends in ".—" as often as in ".-"
    text = ("La CBP reporta menos fentanilo\n\nWashington, 20 de abril de 2026.— La CBP decomisó 614 libras de "
            "fentanilo en marzo, informó la agencia.\n\n" + BODY_ES)
    assert _published(text) == "2026-04-20"


def test_clean_a_transcripts_title_closing_with_its_day_dates_it_when_nothing_else_does():
    from pesquisa.clean import clean_document
    from pesquisa.records import RawDocument

    body = ("PRESIDENTA CLAUDIA SHEINBAUM PARDO: Buenos días. Hoy vamos a informar sobre los resultados en seguridad "
            "de la semana y sobre la reunión de ayer con la delegación de Estados Unidos.\n\n"
            "Le doy la palabra al secretario de Seguridad para que presente el informe.\n")
    doc = clean_document(RawDocument(source="t.txt", raw="Versión estenográfica de la conferencia de prensa matutina "
                                     "de la presidenta Claudia Sheinbaum Pardo, del 6 de marzo de 2026\n\n" + body))
    assert doc.published == "2026-03-06"
    later = clean_document(RawDocument(source="t.txt", raw="Sentencing of cartel leader set for January 13, 2027 "
                                       "in Brooklyn\n\n" + body))
    assert later.published is None


def test_clean_published_the_date_under_the_byline_below_a_long_standfirst():
    page = ("Advertisement\n\nSupported by\n\nMexico Sends Another 26 Cartel Figures to the U.S.\n\nThe transfer, the third "
            "this year, came as the administration pressed Mexico to do more against fentanyl trafficking and arms.\n\n"
            "By Ana Roe and Luis Pérez\n\nReporting from Mexico City\n\nDec. 5, 2026\n\nUpdated 6:44 p.m. ET\n\n" + BODY)
    assert _published(page) == "2026-12-05"


def test_clean_published_a_date_alone_without_its_weekday_above_the_headline():
    page = ("Redacción\n\nBBC News Mundo\n\n5 diciembre 2026\n\nQué se sabe del nuevo envío de presos a Estados Unidos\n\n"
            + BODY_ES)
    assert _published(page) == "2026-12-05"
    # with its weekday on the first line it is the site's banner, no date of the article
    assert _published("Viernes 5 de diciembre de 2026\n\nQué se sabe del nuevo envío de presos\n\n" + BODY_ES) is None


def test_clean_a_headline_holding_its_date_is_the_title():
    head = "¿Qué Pasó en Culiacán Hoy? Reportan Balaceras y Bloqueos este 5 de Diciembre de 2026"
    doc = clean_document(RawDocument(source="a.txt", raw="N+\n\nNoticias\n\n" + head + "\n\nPor: N+\n\n"
                                     "Publicado el 05 de diciembre de 2026, 09:12\n\n" + BODY_ES))
    assert doc.title == head and doc.body.startswith(head)
    # a stamp with its label words is no headline
    stamp = clean_document(RawDocument(source="a.txt", raw="Noticias\n\nPublicado el 05 de diciembre de 2026, 09:12\n\n" + BODY_ES))
    assert stamp.title is None

def test_published_a_two_digit_year_stamp_whose_day_is_past_twelve_issue_12():
    # The Hill's byline: month first, the day in the middle past 12 ("03/20/26": 20 March 2026)
    assert _published("Fentanyl seizures rebound in February\n\nBY ANA RUIZ - 03/20/26 4:15 PM ET\n\n" + BODY) == \
        "2026-03-20"


_MENU_ES = ["Inicio", "Nacional", "Estados", "Internacional", "Economía", "Deportes", "Espectáculos", "Cultura", "Ciencia",
            "Tecnología", "Opinión", "Columnas", "Cartones", "Video", "Fotogalerías", "Podcast", "Especiales", "Clima",
            "Horóscopos", "Tendencias", "Virales", "Autos", "Salud", "Viajes", "Gastronomía", "Elecciones"]


def test_clean_a_page_under_a_long_menu_gets_its_date_and_its_standfirst_under_the_byline():
    standfirst = "El exfuncionario fue capturado en Celaya por agentes de la Fiscalía estatal y del Ejército"
    page = "\n".join(["Diario del Centro", *_MENU_ES, "Seguridad",
                      "Detienen a exdirector de policía de Irapuato por nexos con el Cártel Santa Rosa de Lima",
                      "Por Mariana Sánchez", "05 de diciembre de 2026, 18:42", standfirst, "Foto: Especial",
                      "Irapuato, Gto.- Agentes de la Fiscalía del Estado y elementos del Ejército detuvieron a Rodrigo “N”, "
                      "exdirector de la policía municipal, por su presunta colaboración con un grupo criminal.",
                      BODY_ES.replace("\n\n", "\n")])
    doc = clean_document(RawDocument("page.txt", page))
    assert doc.published == "2026-12-05"
    assert standfirst in doc.body


def test_clean_published_a_dateline_near_a_portal_stamp_takes_its_year_over_an_old_sentence_date():
    raw = ("México extradita a presunto operador del Cártel de Sinaloa\n\nEFE\nCiudad de México | 12/12/2026\n\n"
           "Ciudad de México, 12 dic (EFE).- La FGR extraditó este sábado a un hombre "
           "requerido por una corte federal de Arizona por delitos contra la salud.\n\n"
           "El hombre fue entregado a agentes federales en el aeropuerto de la capital, precisó la dependencia.\n\n"
           "Su extradición fue concedida tras su detención en Hermosillo, Sonora, el 3 de marzo de 2025.\n")
    assert clean_document(RawDocument(source="t.txt", raw=raw, published=None)).published == "2026-12-12"
