"""Cleaning real articles: boilerplate out, body in, mojibake repaired, offsets exact."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.clean._boilerplate import classify, is_weekday_banner
from pesquisa.clean._repair import fix_lost_byte
from pesquisa.records import RawDocument

NEWS_000 = "news/000_872ae381c350ab77.txt"
NEWS_003 = "news/003_b523203148a45f70.txt"


def test_clean_boilerplate_ads_and_donation_block_removed(clean_doc):
    doc = clean_doc(NEWS_000)
    for line in ("Vanguard – Large Leaderboard", "Sign-up for the latest news", "Select list(s) to subscribe to",
                 "Pharr EDC April large leaderboard banner", "Can we count on your support?"):
        assert line not in doc.body
    assert "Velasco took questions about national security during a webinar" in doc.body
    # an editor's note is article text, not chrome
    assert "Editor’s Note: Click here to watch the full webinar." in doc.body


def test_clean_repeated_captions_and_teaser_trail_removed(clean_doc):
    doc = clean_doc(NEWS_003)
    assert "A car passes through a scanner" not in doc.body
    assert "Have something to say?" not in doc.body
    assert "Scorching temperatures in the forecast" not in doc.body
    assert "Monday, May 6, 2024" not in doc.body  # the site's date banner
    assert "Mexico News Daily" in doc.body  # the signature line stays
    assert doc.body.endswith("used to traffic firearms.”\n\nMexico News Daily")


def test_clean_lost_byte_mojibake_repaired(clean_doc):
    doc = clean_doc(NEWS_000)
    assert "Roberto Velasco Álvarez" in doc.body
    assert "Ã" not in doc.body
    assert "Ã" in doc.raw  # the raw original is kept untouched


def test_clean_fix_lost_byte_rules():
    assert fix_lost_byte("Roberto Velasco Ãlvarez") == "Roberto Velasco Álvarez"
    assert fix_lost_byte("Ãndice de paz") == "Índice de paz"
    assert fix_lost_byte("SÃ, Ãngel") == "SÃ, Ángel"  # an uppercase follower is not a lost byte


def test_clean_translation_slip_kept_in_body(clean_doc):
    doc = clean_doc("news/002_f6318a2d4ec23030.txt")
    assert "business model of organized crime”, Indian." in doc.body


def test_clean_offsets_map_every_span_back_to_raw(clean_doc):
    doc = clean_doc(NEWS_000)
    start = doc.body.index("Velasco took questions")
    end = start + len("Velasco took questions about national security")
    raw_start, raw_end = doc.offsets.to_raw(start), doc.offsets.to_raw(end, end=True)
    assert doc.raw[raw_start:raw_end] == "Velasco took questions about national security"
    name = doc.body.index("Roberto Velasco Álvarez")
    span = doc.offsets.span_to_raw(type("S", (), {"start": name, "end": name + 23})())
    assert doc.raw[span.start:span.end] == "Roberto Velasco Ãlvarez"


@pytest.mark.parametrize("name", ["news/001_3db8bcf01c10dc7d.txt", "dev/dev_004.txt", "dev/dev_013.txt"])
def test_clean_offsets_equal_segments_copy_raw(clean_doc, name):
    doc = clean_doc(name)
    for cs, ce, rs, re_ in doc.offsets.segments:
        if ce - cs == re_ - rs and doc.body[cs:ce].strip():
            assert doc.body[cs:ce] == doc.raw[rs:re_]


def test_clean_language_detected(clean_doc):
    assert clean_doc("dev/dev_004.txt").lang == "es"
    assert clean_doc(NEWS_003).lang == "en"


def test_clean_published_date_from_text_not_banner(clean_doc):
    assert clean_doc("news/001_3db8bcf01c10dc7d.txt").published == "2017-05-17"
    assert clean_doc(NEWS_003).published is None  # "Monday, May 6, 2024" is the page's date, not the article's
    assert clean_doc("dev/dev_002.txt").published == "2025-08-13"  # "Aug. 13 (UPI) —" under a 2025 banner


def test_clean_header_labels_and_bylines_removed():
    raw = "Connect with us\n\nCrime\n\nSome headline about a seizure in Sonora\n\nPublished\n\n7 minute read\n\nJane Roe\n\n@janeroe\n\n" + \
          "Police seized 40 kilograms of fentanyl in a raid in Hermosillo on Tuesday, officials said, adding that two men were arrested.\n"
    doc = clean_document(RawDocument("x.txt", raw))
    assert doc.body.startswith("Some headline about a seizure in Sonora\n\nPolice seized")
    assert doc.title == "Some headline about a seizure in Sonora"


def test_clean_classify_weekday_banner():
    assert is_weekday_banner("Thu. Aug 14th, 2025")
    assert is_weekday_banner("Friday, July 26, 2024")
    assert not is_weekday_banner("May 17, 2017")
    reasons = classify(["Friday, July 26, 2024", "A long enough first paragraph of the article that says what happened and where it happened."])
    assert reasons == ["date", None]


def test_clean_site_menu_byline_share_and_related_trail():
    raw = ("Skip to content\nMenu\nTuesday, March 4, 2025\nMexico extradites 29 cartel figures to the United States\n"
           "By Maria Sanchez\nMarch 1, 2025\nShare this:\nFacebook\n"
           "Mexico sent 29 people accused of drug trafficking to the United States on Thursday, the Attorney General's "
           "Office said, in an unprecedented transfer.\nAdvertisement\n"
           "\"This is a historic day,\" U.S. Attorney General Pam Bondi said in a statement.\n"
           "Related Posts\nSheinbaum says no to US troops\nCartel violence flares in Sinaloa\n"
           "© 2025 Border News. All rights reserved.\n")
    doc = clean_document(RawDocument("page.txt", raw))
    assert doc.body.split("\n\n") == [
        "Mexico extradites 29 cartel figures to the United States", "March 1, 2025",
        "Mexico sent 29 people accused of drug trafficking to the United States on Thursday, the Attorney General's "
        "Office said, in an unprecedented transfer.",
        "\"This is a historic day,\" U.S. Attorney General Pam Bondi said in a statement."]
    assert (doc.title, doc.published) == ("Mexico extradites 29 cartel figures to the United States", "2025-03-01")


def test_clean_spanish_page_inline_teaser_does_not_end_the_article():
    raw = ("Inicio\nNacional\nDetienen a presunto operador en Culiacán; Sedena confirma operativo\nPor Redacción\n"
           "12 de marzo de 2025\nCompartir\n"
           "Elementos de la Secretaría de la Defensa Nacional detuvieron este martes a un presunto operador del "
           "Cártel de Sinaloa en Culiacán, informó la dependencia en un comunicado.\n"
           "Lee también: Cae red de huachicol en Puebla\nFoto: Cuartoscuro\n"
           "De acuerdo con la Sedena, durante el operativo se aseguraron 25 armas largas y 300 kilos de metanfetamina.\n"
           "Te recomendamos\nSuscríbete a nuestro boletín\nSíguenos en redes sociales\nTemas relacionados\nSinaloa\nSedena\n")
    doc = clean_document(RawDocument("pagina.txt", raw))
    paragraphs = doc.body.split("\n\n")
    assert paragraphs[0] == "Detienen a presunto operador en Culiacán; Sedena confirma operativo"
    assert paragraphs[-1].startswith("De acuerdo con la Sedena, durante el operativo")
    assert len(paragraphs) == 4 and doc.published == "2025-03-12" and doc.lang == "es"


def test_clean_spanish_page_a_short_last_paragraph_after_an_inline_teaser_stays():
    raw = ("Inicio\nNacional\nDetienen en Tijuana a operador del Cártel de Sinaloa\nPor Juan Pérez\n"
           "12 de octubre de 2024\nComparte esta noticia\nFacebook\n"
           "Elementos del Ejército Mexicano y de la Fiscalía General de la República detuvieron en Tijuana, "
           "Baja California, a un presunto operador del Cártel de Sinaloa señalado como responsable del trasiego "
           "de fentanilo hacia California.\n"
           "Durante el operativo se aseguraron 12 mil pastillas de fentanilo, dos armas cortas y un vehículo robado.\n"
           "LEE TAMBIÉN: Caen cinco halcones del CJNG en Zapopan\n"
           "El detenido fue puesto a disposición del Ministerio Público de la Federación, que determinará su situación.\n"
           "Foto: Especial\nTemas relacionados:\nCártel de Sinaloa\nFentanilo\nSíguenos en Google News\n"
           "Recibe las noticias más importantes en tu correo. Suscríbete a nuestro boletín\n")
    paragraphs = clean_document(RawDocument("portal.txt", raw)).body.split("\n\n")
    assert paragraphs[-1].startswith("El detenido fue puesto a disposición")
    assert not any("LEE TAMBIÉN" in p or "Suscríbete" in p for p in paragraphs)


def test_clean_english_page_a_short_closing_sentence_stays():
    raw = ("Skip to main content\nWorld\nPolitics\nSign in\n"
           "U.S. charges Chinese nationals with laundering cartel drug money\n"
           "Prosecutors say the network moved millions for the Sinaloa Cartel through Chinese banks\nBy Sarah Kim\n"
           "Updated 3:15 PM EDT, Tue June 18, 2024\nShare\nFacebook\n"
           "Federal prosecutors in Los Angeles on Tuesday charged seven Chinese nationals with laundering more than "
           "$50 million in drug proceeds for the Sinaloa Cartel, the Justice Department said.\n"
           "Four of the defendants were arrested Tuesday. The other three remain at large.\n"
           "The case was investigated by the Drug Enforcement Administration and Homeland Security Investigations.\n"
           "Most Read\nBiden announces new border restrictions\nWhat to know about fentanyl test strips\n"
           "Sign up for our newsletter\nGet the latest news delivered to your inbox.\n"
           "© 2024 Cable News Network. All Rights Reserved.\n")
    paragraphs = clean_document(RawDocument("portal.txt", raw)).body.split("\n\n")
    assert paragraphs[-1].startswith("The case was investigated by")
    assert paragraphs[1].startswith("Prosecutors say the network")  # the standfirst under the headline
    assert not any("Most Read" in p or "newsletter" in p or "inbox" in p for p in paragraphs)


# issue 10: boilerplate rules that named strings of the shared corpus damaged ordinary articles.
_PARAGRAPHS = [
    "Mexican authorities arrested a former police commander in the state of Guerrero on Monday, accusing him of "
    "helping a local gang move cocaine through the port of Acapulco for at least three years.",
    "The state prosecutor said the case was far from closed and that Congress would have something to say about "
    "the budget for the unit that investigated it, which lawmakers cut by a third last year.",
    "The commander's lawyer did not respond to requests for comment.",
    "Two other officers were suspended while the investigation continues.",
]


def test_clean_text_issue10_something_to_say_in_a_body_paragraph_is_not_page_tail():
    raw = "Former police commander arrested in Guerrero\n\n" + "\n\n".join(_PARAGRAPHS) + "\n"
    doc = clean_document(RawDocument("guerrero.txt", raw))
    assert doc.body.split("\n\n") == ["Former police commander arrested in Guerrero", *_PARAGRAPHS]
    assert doc.removed == []


def test_clean_text_issue10_something_to_say_in_the_first_paragraph_keeps_the_document():
    raw = "\n\n".join([_PARAGRAPHS[1], _PARAGRAPHS[0], *_PARAGRAPHS[2:]]) + "\n"
    doc = clean_document(RawDocument("guerrero-lede.txt", raw))  # raised "no article text left" before
    assert doc.body.split("\n\n") == [_PARAGRAPHS[1], _PARAGRAPHS[0], *_PARAGRAPHS[2:]]


def test_clean_text_issue10_sentence_ending_in_company_suffix_is_article_text():
    sentence = "The trailer was registered to a freight company in Laredo, Acme Logistics, Inc."
    raw = "\n".join([_PARAGRAPHS[0], sentence, _PARAGRAPHS[2], _PARAGRAPHS[3]]) + "\n"
    doc = clean_document(RawDocument("laredo.txt", raw))
    assert sentence in doc.body.split("\n\n")
    assert doc.removed == []


@pytest.mark.parametrize("owner", ["Nexstar Media, Inc.", "TV Azteca S.A. de C.V."])
def test_clean_text_a_line_that_is_only_a_company_is_the_pages_owner_credit(owner):
    raw = "\n\n".join(["Smuggling charges filed against two men in migrant deaths",
                        "In the chaotic minutes after dozens of migrants were found dead inside a tractor-trailer,",
                        owner, *_PARAGRAPHS]) + "\n"
    doc = clean_document(RawDocument("laredo.txt", raw))
    assert owner in doc.removed and all(p in doc.body for p in _PARAGRAPHS)


def _pages() -> dict:
    import json
    from pathlib import Path

    return json.loads((Path(__file__).parent / "data" / "pages" / "expectations.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(_pages()))
def test_clean_text_pages_keep_article_and_drop_chrome(name):
    """Hand-written EN/ES pages (tests/data/pages): must strings in the body, must-not lines out of it."""
    from pathlib import Path

    expected = _pages()[name]
    raw = (Path(__file__).parent / "data" / "pages" / name).read_text(encoding="utf-8")
    doc = clean_document(RawDocument(name, raw))
    paragraphs = doc.body.split("\n\n")
    assert [m for m in expected["must"] if m not in doc.body] == []
    assert [m for m in expected["must_not"] if any(p.startswith(m) for p in paragraphs)] == []
    assert (doc.title, doc.published, doc.lang) == (expected["title"], expected["published"], expected["lang"])


def test_clean_site_tagline_above_the_menu_is_not_the_headline():
    raw = ("Skip to main content\nIndependent reporting on trade, energy and security for decision makers\n"
           "World\nBusiness\nAmericas\nMexico arrests suspected cartel finance chief in Sinaloa, officials say\n"
           "By Ana Torres\nOctober 14, 2025 4:12 PM CST\n"
           "MEXICO CITY, Oct 14 - Mexican authorities on Tuesday arrested a man they described as the chief money "
           "launderer for a faction of the cartel in Sinaloa, officials said.\n"
           "The suspect is wanted in the United States on drug trafficking and money laundering charges, the "
           "attorney general's office said in a statement.\n")
    doc = clean_document(RawDocument("page.txt", raw))
    assert doc.title == "Mexico arrests suspected cartel finance chief in Sinaloa, officials say"
    assert "Independent reporting" not in doc.body and "\nWorld\n" not in doc.body


@pytest.mark.parametrize("credits", ["Reporting by Daniel Ruiz; Editing by Sarah Kim",
                                     "Additional reporting by Dave Graham in Mexico City; Editing by Rosalba O'Brien",
                                     "Edición: Juan Pérez"])
def test_clean_staff_credits_closing_a_wire_story_are_chrome(credits):
    raw = ("Treasury sanctions Mexican timeshare fraud network tied to cartel\n\n"
           "WASHINGTON, Nov 20 (Reuters) - The U.S. Treasury Department on Thursday imposed sanctions on four Mexican "
           "nationals and 13 companies it accused of running a timeshare fraud scheme in Puerto Vallarta.\n\n"
           "The sanctions freeze any assets the targets hold in the United States and generally bar Americans from "
           f"dealing with them.\n\n{credits}\n")
    doc = clean_document(RawDocument("page.txt", raw))
    assert doc.body.endswith("dealing with them.") and doc.removed == [credits]


def test_clean_a_short_note_after_the_credits_and_topics_is_page_tail():
    raw = ("Mexico arrests suspected cartel finance chief in Sinaloa, officials say\n"
           "MEXICO CITY, Oct 14 - Mexican authorities on Tuesday arrested a man they described as the chief money "
           "launderer for a faction of the cartel in Sinaloa, officials said on Tuesday evening.\n"
           "The suspect is wanted in the United States on drug trafficking and money laundering charges, the "
           "attorney general's office said in a statement.\n"
           "Reporting by Ana Torres; Editing by Mark Lee\nOur Standards: The Trust Principles.\nSuggested Topics:\n"
           "Americas\nAna Torres\nAna Torres has reported from Mexico since 2013.\n")
    doc = clean_document(RawDocument("page.txt", raw))
    assert "has reported from Mexico" not in doc.body
    assert doc.body.endswith("the attorney general's office said in a statement.")


def test_clean_the_page_title_bar_is_chrome_and_its_headline_stays():
    raw = ("Office of Public Affairs | Prosecutors Charge 14 Alleged Members of a Trafficking Ring | Department\n"
           "Press Release\nProsecutors Charge 14 Alleged Members of a Trafficking Ring\nShare\n"
           "A federal grand jury in San Diego returned an indictment charging 14 defendants with conspiring to "
           "import more than 5,000 kilograms of methamphetamine into the United States.\n"
           "Eight of the defendants were arrested Wednesday in California and Arizona, prosecutors said in a "
           "statement released on Thursday.\n")
    doc = clean_document(RawDocument("release.txt", raw))
    assert doc.title == "Prosecutors Charge 14 Alleged Members of a Trafficking Ring"
    assert "Office of Public Affairs" not in doc.body


def test_clean_spanish_article_resumes_after_a_block_of_teasers():
    raw = ("Policía\nCae en Sonora operador de los Beltrán Leyva buscado por la DEA\n"
           "Agentes de la Fiscalía General de la República detuvieron a Fausto Isidro Meza Flores en el municipio "
           "de Guasave, Sinaloa, informaron autoridades federales este domingo por la mañana.\n"
           "El secretario de Seguridad destacó en redes sociales la coordinación entre las instituciones que "
           "participaron en el operativo. \"Seguiremos trabajando sin descanso\", escribió.\n"
           "Te puede interesar\nSheinbaum anuncia nueva estrategia contra el huachicol\n"
           "Liberan a 12 migrantes secuestrados en Tamaulipas\n"
           "El detenido fue trasladado a la Ciudad de México, donde será presentado ante un juez federal.\n"
           "Sigue la información de Policía en nuestro canal de WhatsApp\nMÁS NOTAS\nComentarios\n")
    body = clean_document(RawDocument("portal.txt", raw)).body
    assert body.endswith("donde será presentado ante un juez federal.")
    assert "Liberan a 12 migrantes" not in body and "Te puede interesar" not in body


def test_clean_a_wire_story_closing_rule_and_contributor_credit_are_chrome():
    raw = ("Mexico sends 26 cartel figures to the United States\n\n"
           "MEXICO CITY (AP) — Mexico sent 26 people wanted on drug trafficking charges to the United States on "
           "Tuesday, the second such mass transfer this year.\n\n"
           "Some legal experts questioned the procedure, saying the transfers bypassed the courts.\n\n___\n\n"
           "Tucker reported from Washington. Associated Press writer Ana Ruiz in Mexico City contributed to this "
           "report.\n")
    doc = clean_document(RawDocument("wire.txt", raw))
    assert doc.body.endswith("the transfers bypassed the courts.")
    assert "___" in doc.removed and "contributed to this report" in doc.removed[-1]


def test_clean_a_cookie_banner_goes_and_one_call_to_action_between_paragraphs_keeps_the_next():
    raw = ("Aceptar cookies\nEste sitio utiliza cookies para mejorar tu experiencia de navegación.\nInicio\nNacional\n"
           "Seguridad\nDetienen en Zacatecas a \"El Chuy\", presunto jefe de plaza del Cártel del Noreste\n"
           "Por Mariana Torres\n10 de octubre de 2025 · 14:32 hrs\n"
           "Elementos de la Guardia Nacional detuvieron a Jesús \"N\", alias \"El Chuy\", señalado como jefe de plaza "
           "del Cártel del Noreste en el municipio de Fresnillo.\n"
           "El fiscal del estado aseguró que la detención es resultado del trabajo coordinado entre autoridades "
           "federales y estatales.\nÚnete a nuestro canal de WhatsApp\n"
           "Fresnillo ha sido considerada durante varios trimestres como la ciudad con mayor percepción de inseguridad "
           "del país, de acuerdo con la encuesta del INEGI.\nEtiquetas:\nZacatecas\nFresnillo\nLo más leído\n"
           "Cae en Sonora operador del Cártel de Caborca\n© 2025 Todos los derechos reservados\n")
    doc = clean_document(RawDocument("portal.txt", raw))
    assert doc.title.startswith("Detienen en Zacatecas")
    assert "cookies" not in doc.body and "WhatsApp" not in doc.body
    assert doc.body.endswith("de acuerdo con la encuesta del INEGI.")


@pytest.mark.parametrize("stamp", ["Actualizado el 12 de marzo de 2025 a las 16:09", "Última actualización: 12/03/2025"])
def test_clean_a_spanish_update_stamp_under_the_headline_is_a_label(stamp):
    raw = (f"Detienen a tres presuntos integrantes del Cártel de Sinaloa en Culiacán\n{stamp}\n"
           "Las autoridades federales detuvieron este martes a tres presuntos integrantes del Cártel de Sinaloa en "
           "Culiacán, informó la Fiscalía General de la República en un comunicado.\n"
           "Los detenidos fueron trasladados a la Ciudad de México, donde serán presentados ante un juez federal.\n")
    doc = clean_document(RawDocument("portal.txt", raw))
    assert stamp in doc.removed and doc.published == "2025-03-12"


def test_clean_a_site_bar_of_three_parts_is_no_headline():
    raw = ("Secretaría de Marina | Gobierno | gob.mx\nComunicado 215/2026\n"
           "Marina asegura cargamento de metanfetamina en Manzanillo\n"
           "Personal de la Secretaría de Marina aseguró 1.2 toneladas de metanfetamina en un contenedor procedente "
           "de Sinaloa, en el puerto de Manzanillo, Colima, informó la dependencia este lunes.\n"
           "El aseguramiento se realizó con apoyo de binomios caninos y equipo de rayos gamma en la aduana.\n")
    doc = clean_document(RawDocument("comunicado.txt", raw))
    assert doc.title == "Marina asegura cargamento de metanfetamina en Manzanillo"
    assert "gob.mx" not in doc.body and "Marina asegura cargamento" in doc.body


def test_clean_a_newsroom_disclosure_and_its_event_promotion_are_chrome():
    raw = ("Border counties ask state for more money to fight smuggling\n"
           "EL PASO — Commissioners from six border counties asked lawmakers on Tuesday for $40 million to hire "
           "deputies and prosecutors to handle smuggling cases, saying their jails were full.\n"
           "\"We cannot keep doing the state's job with county money,\" one commissioner told the committee.\n"
           "Disclosure: The County Judges Association has been a financial supporter of this newsroom.\n"
           "Join us for our annual policy summit in Austin this spring.\n")
    body = clean_document(RawDocument("page.txt", raw)).body
    assert body.endswith("one commissioner told the committee.")


def test_clean_the_headline_meets_its_body_through_word_stems():
    raw = ("WORLD\nCartels Move Into Lime Exports as Prices Climb\n"
           "Criminal groups charge growers in Veracruz a fee on every box they ship, farmers say\n"
           "By Ana Ruiz\nUpdated Dec. 5, 2026 3:14 pm ET\n"
           "Criminal groups have tightened their grip on the lime trade in Veracruz, charging growers a fee for every "
           "box they ship, farmers and officials said.\n"
           "The Gulf Cartel and local gangs collect as much as 2 pesos per box, according to the growers' union.\n")
    doc = clean_document(RawDocument("page.txt", raw))
    assert doc.title == "Cartels Move Into Lime Exports as Prices Climb"


def test_clean_print_edition_notes_and_author_links_are_chrome():
    raw = ("Navy seizes cocaine off Oaxaca\n"
           "The Mexican Navy seized 1.5 tons of cocaine from a semi-submersible off the coast of Oaxaca on Tuesday, "
           "the ministry said in a statement.\n"
           "Three crew members were detained and handed to federal prosecutors in the port of Salina Cruz.\n"
           "Ana Ruiz is a correspondent in Mexico City. More about Ana Ruiz\n"
           "A version of this article appears in print on Dec. 6, 2026, Section A, Page 9.\n"
           "See more on: Mexican Navy\n")
    body = clean_document(RawDocument("page.txt", raw)).body
    assert body.endswith("in the port of Salina Cruz.")


def test_clean_a_wire_copyright_written_with_c_in_brackets_is_chrome():
    raw = ("México extradita a exfuncionario acusado de proteger a un cártel\n"
           "Ciudad de México, 5 dic (EFE).- El Gobierno de México extraditó este viernes a Estados Unidos a un "
           "exdirector de la policía de Culiacán acusado de recibir sobornos a cambio de información sobre operativos.\n"
           "El exfuncionario fue entregado a agentes federales estadounidenses en el aeropuerto de Toluca.\n"
           "(c) Agencia EFE\n")
    assert clean_document(RawDocument("efe.txt", raw)).body.endswith("en el aeropuerto de Toluca.")


def test_clean_a_headline_ending_in_an_initialism_is_the_title_and_keeps_its_standfirst():
    raw = ("World & Nation\nHow a cartel money network moved millions through Chinese brokers in L.A.\n"
           "Federal prosecutors say the scheme used messaging apps and cash couriers to launder fentanyl proceeds\n"
           "By Ana Ruiz\nDec. 4, 2026 3 AM PT\n"
           "For three years, the couriers met in parking lots east of downtown, handing cartel money to Chinese "
           "brokers they knew only by their handles on a messaging app.\n"
           "The money came from fentanyl sales across the United States, according to an indictment unsealed "
           "this week.\n")
    doc = clean_document(RawDocument("page.txt", raw))
    assert doc.title == "How a cartel money network moved millions through Chinese brokers in L.A."
    assert "Federal prosecutors say the scheme used messaging apps" in doc.body
    assert doc.published == "2026-12-04"


def test_clean_caption_labels_and_app_prompts_are_chrome():
    raw = ("Lo que se sabe del rancho donde un colectivo encontró restos en Jalisco\n"
           "Pie de foto, Integrantes de un colectivo de madres buscadoras en el rancho.\n"
           "El hallazgo de cientos de prendas de ropa y restos óseos calcinados en un rancho de Jalisco reabrió el "
           "debate sobre las desapariciones en México, dijeron activistas.\n"
           "La fiscalía estatal había asegurado el predio meses antes sin encontrar los restos, según el colectivo.\n"
           "Te puede interesar:\nQuién es el narcotraficante más buscado de México\n"
           "Ahora puedes recibir notificaciones de nuestro sitio. Descarga la nueva versión de nuestra app y "
           "actívalas para no perderte nuestro mejor contenido.\n")
    body = clean_document(RawDocument("page.txt", raw)).body
    assert "Pie de foto" not in body
    assert "notificaciones" not in body
    assert body.rstrip().endswith("según el colectivo.")


def test_clean_an_agency_credit_a_release_end_mark_and_a_disclaimer_are_chrome():
    raw = ("Canciller se reúne con subsecretario de Estado para revisar la cooperación en seguridad\n"
           "Comunicado No. 512\n"
           "El canciller se reunió este miércoles en la Cancillería con el subsecretario de Estado de Estados Unidos "
           "para revisar los avances del grupo de implementación acordado el año pasado.\n"
           "Ambos funcionarios coincidieron en la importancia de reducir el tráfico de armas hacia México.\n"
           "Autoridades escoltan a un detenido a un avión en la Ciudad de México. (Gabinete de Seguridad via AP)\n"
           "El canciller destacó que México ha asegurado más de 12 mil armas de fuego en lo que va de la "
           "administración.\n"
           "---o0o---\n"
           "La legalidad, veracidad y la calidad de la información es estricta responsabilidad de la dependencia "
           "que la proporcionó para su publicación en este medio digital.\n")
    body = clean_document(RawDocument("page.txt", raw)).body
    for chrome in ("via AP", "o0o", "estricta responsabilidad"):
        assert chrome not in body
    assert body.rstrip().endswith("en lo que va de la administración.")


def test_clean_the_desk_line_between_standfirst_and_body_is_a_label():
    # the outlet's name opens the page and signs the desk line ("HERALDO" / "Heraldo Digital")
    raw = ("HERALDO\nPolicía\nPolítica\nNegocios\nCiudad de México /\n"
           "Caen seis integrantes de una célula criminal en Culiacán; les aseguran un arsenal\n"
           "El Gabinete de Seguridad informó que el operativo se realizó en la colonia Tierra Blanca.\n"
           "Heraldo Digital\nCiudad de México / 02.12.2026 12:37:00\n"
           "Fuerzas federales detuvieron en Culiacán, Sinaloa, a seis presuntos integrantes de una célula criminal, "
           "entre ellos un hombre identificado como jefe de sicarios de una de las facciones en disputa.\n"
           "A los detenidos se les aseguraron 11 armas largas, cuatro cortas y 2 mil 300 cartuchos.\n")
    body = clean_document(RawDocument("page.txt", raw)).body
    assert "Heraldo Digital" not in body
    assert "El Gabinete de Seguridad informó que el operativo" in body


def test_clean_a_site_motto_yields_to_the_headline_that_shares_the_lede_subject():
    raw = ("The Daily Courier\nTruth Without Fear\nWorld\nWhat to know about the U.S.-Mexico security agreement\n"
           "Here are the key points of the deal, according to officials from both countries.\n"
           "By Ana Ruiz\nDecember 5, 2026 at 6:00 a.m. EST\nShare\n"
           "MEXICO CITY — The United States and Mexico on Thursday announced a new framework for security "
           "cooperation. Here is what it includes:\n"
           "• A joint group to track weapons seized in Mexico back to U.S. sellers.\n"
           "• More inspections of southbound vehicles at border crossings.\n"
           "\"This is cooperation between sovereign equals,\" said the Mexican foreign minister on Thursday.\n"
           "Critics say the plan lacks measurable targets.\n"
           "Advertisement\n"
           "Ana Ruiz is a correspondent covering Mexico and Central America.\n"
           "Comments\n")
    doc = clean_document(RawDocument("page.txt", raw))
    assert doc.title == "What to know about the U.S.-Mexico security agreement"
    assert doc.body.rstrip().endswith("Critics say the plan lacks measurable targets.")


def test_clean_a_short_closing_sentence_after_the_article_stays():
    raw = ("Noticias\nFrontera\nDetienen a 8 personas por contrabando de armas en Arizona\n"
           "Las armas, compradas en tiendas de Phoenix, iban a Sonora.\nPor Redacción\n"
           "4 de diciembre de 2026, 8:15 PM CST\n"
           "Ocho personas fueron arrestadas en Arizona.\nSon acusadas de comprar armas para un cártel.\n"
           "La Fiscalía federal dijo que compraron 120 rifles.\n"
           "\"Estas armas matan gente en México\", dijo el fiscal federal.\n"
           "Los detenidos podrían pasar hasta 15 años en prisión.\nEl caso lo investigó la ATF.\n"
           "Publicidad\nMás de Noticias\nSuscríbete a nuestro newsletter\n")
    body = clean_document(RawDocument("page.txt", raw)).body
    assert body.rstrip().endswith("El caso lo investigó la ATF.")


def test_clean_a_live_pages_entry_times_and_reload_prompt_are_chrome():
    raw = ("EN VIVO | Detención de un líder criminal: últimas noticias\nMinuto a minuto\n"
           "Actualizado: 05/12/2026 14:32\n14:32\n"
           "El Gabinete de Seguridad confirmó que el detenido fue trasladado en helicóptero a la Ciudad de México.\n"
           "13:50\n"
           "La presidenta dijo en su conferencia que la captura no fue un operativo conjunto con Estados Unidos.\n"
           "12:15\n"
           "Según fuentes de la Defensa, durante la detención se aseguraron cinco armas largas y un vehículo.\n"
           "Recarga la página para ver las actualizaciones\n")
    body = clean_document(RawDocument("page.txt", raw)).body
    assert "13:50" not in body and "12:15" not in body and "Recarga" not in body
    assert "se aseguraron cinco armas largas" in body


def test_clean_the_headline_keeps_its_place_over_its_standfirst_when_it_shares_some_subject():
    raw = ("Diario Nacional\nNacional\nGlobal\nEscucha esta nota\n"
           "Harfuch presenta balance: 31 mil detenidos en un año\n"
           "El secretario de Seguridad informó que se han asegurado 1.7 toneladas de fentanilo\n"
           "Ana Ruiz\n05/12/2026 09:12\n"
           "En el primer año del gobierno, las fuerzas federales detuvieron a 31 mil 400 personas por delitos de alto "
           "impacto, informó el secretario de Seguridad y Protección Ciudadana, Omar García Harfuch.\n"
           "Durante la conferencia matutina, el funcionario detalló que en el mismo periodo se aseguraron 1.7 "
           "toneladas de fentanilo y 15 mil armas de fuego.\n")
    doc = clean_document(RawDocument("page.txt", raw))
    assert doc.title == "Harfuch presenta balance: 31 mil detenidos en un año"
    assert "Escucha esta nota" not in doc.body


def test_clean_audio_prompts_and_an_authors_career_note_are_chrome():
    raw = ("Cartel gunmen open fire on Border Patrol agents near Texas border, officials say\n"
           "By Ana Ruiz\nPublished December 4, 2026 8:45pm EST\n"
           "NEWYou can now listen to our articles!\n"
           "Suspected cartel gunmen fired at Border Patrol agents from the Mexican side of the Rio Grande on "
           "Wednesday, according to a U.S. Customs and Border Protection official.\n"
           "The agents, who were patrolling the riverbank in an airboat, returned fire, the official said.\n"
           "Ana Ruiz joined the Daily Courier in 2021 and currently serves as a national correspondent based in "
           "Los Angeles.\n")
    body = clean_document(RawDocument("page.txt", raw)).body
    assert "listen to" not in body and "joined the Daily Courier" not in body
    assert body.rstrip().endswith("returned fire, the official said.")


def test_clean_a_file_picture_caption_and_a_copyright_notice_after_the_body_are_chrome():
    raw = ("EEUU sanciona a seis personas y diez empresas por blanquear dinero para un cártel\n"
           "Archivo - Oficina del Departamento del Tesoro - Agencia/Contacto/Fotógrafa - Archivo\n"
           "Publicado: jueves, 4 diciembre 2026 18:02\n"
           "El Departamento del Tesoro de Estados Unidos ha impuesto este jueves sanciones a seis personas y diez "
           "empresas con sede en México y China a las que acusa de blanquear las ganancias del narcotráfico.\n"
           "Como consecuencia de las sanciones, todos los bienes de estas personas y entidades en Estados Unidos "
           "quedan bloqueados.\n"
           "© 2026 Agencia. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los "
           "contenidos de sus servicios sin su previo y expreso consentimiento.\n")
    body = clean_document(RawDocument("page.txt", raw)).body
    assert "Archivo -" not in body and "©" not in body
    assert body.rstrip().endswith("quedan bloqueados.")


def test_clean_a_breadcrumb_ending_in_the_headline_does_not_make_it_a_caption():
    raw = ("Home / Latest News / Mexico says U.S. drone flights over its territory are coordinated\n\n"
           "Mexico says U.S. drone flights over its territory are coordinated\n\n"
           "Last Updated : Dec 4 2026 | 9:15 PM IST\n\n"
           "Mexico's government said on Thursday that U.S. surveillance drones flying over Mexican territory do so "
           "at its request, after media reports that the flights had expanded to locate fentanyl labs.\n\n"
           "\"There is no violation of sovereignty,\" the president said at her regular news conference.\n\n"
           "(Only the headline and picture of this report may have been reworked by the staff; the rest of the "
           "content is auto-generated from a syndicated feed.)\n")
    doc = clean_document(RawDocument("page.txt", raw))
    assert doc.title == "Mexico says U.S. drone flights over its territory are coordinated"
    assert "Home / Latest News" not in doc.body and "syndicated feed" not in doc.body


def test_clean_the_outlets_name_signing_the_page_is_a_label():
    raw = ("Mexico's security cabinet reports drop in homicides: Monday's briefing recapped\n\n"
           "Marcela Figueroa, head of the national public security system, said the daily average of intentional "
           "homicides fell to 59.1 in November, down from 86.9 in September 2024.\n\n"
           "Security Secretary Omar García Harfuch said authorities had arrested 31,400 people in the past year.\n\n"
           "Border Daily News\n")
    body = clean_document(RawDocument("page.txt", raw)).body
    assert "Border Daily News" not in body
    assert body.rstrip().endswith("in the past year.")
    # a text cut off mid-sentence keeps its last words
    cut = raw.replace("Border Daily News", "Harfuch is se")
    assert clean_document(RawDocument("page.txt", cut)).body.rstrip().endswith("Harfuch is se")
