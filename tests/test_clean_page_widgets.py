"""A page's widgets, notes and pointers left as text lines under or inside a story, each alone on its line, in English
and Spanish (hand-written): they go, and the article sentences that look like them stay."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _kept(title: str, body: str, line: str) -> bool:
    doc = clean_document(RawDocument(source="p.txt", raw=title + "\n\n" + body + "\n" + line + "\n"))
    return line in doc.body.split("\n\n")


@pytest.mark.parametrize("line", [
    "Our Standards: The Thomson Reuters Trust Principles.", "Opens new tab", "Loading...", "Suggested Topics:",
    "This article was produced by the AP and is republished with permission.", "Sponsored by Acme", "Report a typo",
    "Updated at 5:03 p.m. with comment from the embassy.", "Read this next", "Watch the full interview above.",
    "We want to hear from you. Share your story.", "Photo by John Moore/Getty Images", "Print this article",
    "This story has been corrected to show the seizure took place on Tuesday.", "Editor's picks",
    "The Border Chronicle is a nonprofit news organization."])
def test_clean_an_english_pages_widget_or_note_goes(line):
    assert not _kept("Agents seize fentanyl in Nogales", BODY, line)


@pytest.mark.parametrize("line", [
    "Cargando...", "Fe de erratas: una versión anterior decía que el decomiso fue el martes.", "Imagen ilustrativa",
    "Sigue la transmisión en vivo", "Lee la nota completa en nuestro sitio", "Para más información visita nuestra página",
    "En desarrollo", "Reportar error", "Imprimir", "Más en Noticias del Valle"])
def test_clean_a_spanish_pages_widget_or_note_goes(line):
    assert not _kept("Aseguran fentanilo en Nogales", BODY_ES, line)


@pytest.mark.parametrize("title, body, line", [
    ("Agents seize fentanyl in Nogales", BODY, "Con información de agencias"),
    ("Agents seize fentanyl in Nogales", BODY, "The case was updated on Monday with new charges against two more men."),
    ("Agents seize fentanyl in Nogales", BODY, "The port was sponsored by the state to expand inspections, officials said."),
    ("Aseguran fentanilo en Nogales", BODY_ES, "La investigación sigue en desarrollo, informó la fiscalía."),
])
def test_clean_sentences_that_look_like_widgets_stay(title, body, line):
    assert _kept(title, body, line)


def _kept_between(title: str, body: str, line: str) -> bool:
    paragraphs = body.split("\n\n")
    page = "\n\n".join([title, paragraphs[0], line, *paragraphs[1:]])
    return line in clean_document(RawDocument(source="p.txt", raw=page + "\n")).body.split("\n\n")


@pytest.mark.parametrize("title, body, line", [
    ("Aseguran fentanilo en Nogales", BODY_ES,
     "Y recuerda que puedes recibir notificaciones en nuestra app. Descarga la última versión y actívalas."),
    ("Agents seize fentanyl in Nogales", BODY,
     "We can't wait to welcome you to the 2027 Border Forum. Join us in Tucson next November."),
])
def test_clean_a_line_of_calls_to_action_to_the_reader_goes_between_paragraphs(title, body, line):
    assert not _kept_between(title, body, line)


@pytest.mark.parametrize("title, body, line", [
    ("Aseguran fentanilo en Nogales", BODY_ES,
     "Los usuarios podrán recibir notificaciones de alerta en la app del gobierno, informó la dependencia."),
    ("Agents seize fentanyl in Nogales", BODY, '"Join us in this fight," the governor told the agents in Nogales.'),
])
def test_clean_article_sentences_about_apps_and_invitations_stay(title, body, line):
    assert _kept_between(title, body, line)


@pytest.mark.parametrize("line", [
    "Parker Asmann is a Senior Editor at InSight Crime.",
    "IF YOU'RE A POLITICAL APPOINTEE IN THE NATIONAL SECURITY SPACE, email us at natsec@example.com.",
    "Thanks to our editor, Heidi Vogt, and producer, Raymond Rapada."])
def test_clean_an_authors_note_a_newsletters_prompt_and_its_thanks_go(line):
    assert not _kept("Agents seize fentanyl in Nogales", BODY, line)


def test_clean_an_analyst_introduced_in_the_text_stays():
    line = "Cecilia Farfán-Méndez is an analyst at the University of California, San Diego, who studies the cartels."
    assert _kept("Agents seize fentanyl in Nogales", BODY, line)


def test_clean_a_print_editions_note_goes():
    line = "Este reportaje se publicó en la edición impresa de ZETA del 5 de diciembre de 2026."
    assert not _kept("Aseguran fentanilo en Nogales", BODY_ES, line)


@pytest.mark.parametrize("title, body, line", [
    ("Agents seize fentanyl in Nogales", BODY,
     "Reach reporter Ana Ruiz at ana.ruiz@example.com. Follow her on X @AnaRuiz."),
    ("Aseguran fentanilo en Nogales", BODY_ES, "Escrito en: Nogales aseguramiento fentanilo"),
    ("Aseguran fentanilo en Nogales", BODY_ES, "Twitter: @AnaRuizMX"),
])
def test_clean_a_reporters_contact_a_portals_tags_and_a_columnists_handle_go(title, body, line):
    assert not _kept(title, body, line)


@pytest.mark.parametrize("line", ["The Associated Press contributed.", "Republish this story", "Latest Press Releases"])
def test_clean_a_wires_contribution_a_republish_offer_and_a_releases_reading_path_go(line):
    assert not _kept("Agents seize fentanyl in Nogales", BODY, line)


def test_clean_a_sentence_about_what_prosecutors_contributed_stays():
    line = "Federal prosecutors in Texas contributed evidence from wiretaps to the Mexican case, the agency said."
    assert _kept("Agents seize fentanyl in Nogales", BODY, line)


def test_clean_an_agencys_self_description_closing_a_release_goes_and_an_explanation_in_the_story_stays():
    about = ("HSI is the principal investigative arm of the U.S. Department of Homeland Security, responsible for "
             "investigating transnational crime and threats.")
    assert not _kept("Agents seize fentanyl in Nogales", BODY, about)
    told = "The DEA is the lead federal agency in the case, which began after a tip from Mexican police."
    assert _kept("Agents seize fentanyl in Nogales", BODY, told)
    explained = ("The DEA is the lead federal agency responsible for enforcing drug laws. Under its new chief it has "
                 "moved agents to the border.")
    assert _kept("Agents seize fentanyl in Nogales", BODY, explained)


@pytest.mark.parametrize("line", [
    "Este trabajo forma parte del proyecto Buscadoras, realizado con el apoyo de una fundación.", "#GuardiaYProteccion"])
def test_clean_a_projects_note_and_a_line_of_hashtags_go(line):
    assert not _kept("Aseguran fentanilo en Nogales", BODY_ES, line)


def test_clean_an_operation_done_with_the_navys_support_stays():
    line = "El operativo fue realizado con el apoyo de la Secretaría de Marina en tres municipios de la costa."
    assert _kept("Aseguran fentanilo en Nogales", BODY_ES, line)


@pytest.mark.parametrize("line", ["Please turn on JavaScript to use this feature", "Activa JavaScript para ver este contenido"])
def test_clean_a_script_notice_left_in_the_text_is_chrome(line):
    doc = clean_document(RawDocument("page.txt", f"Officials meet in Washington for security talks\n\n{BODY}\n\n{line}\n"))
    assert line in doc.removed


def test_clean_a_subhead_opening_with_share_as_a_noun_is_article_text():
    subhead = "Share of seized rifles bought in Arizona"
    doc = clean_document(RawDocument("page.txt", f"Phoenix man accused of buying rifles for the cartel\n\n{BODY}\n\n{subhead}\n\n"
                                     "Of the rifles traced by the ATF, about a third were first sold in Arizona gun stores, "
                                     "according to the agency's latest report.\n\nThe trial is expected to last a week.\n"))
    assert subhead in doc.body


def test_clean_a_photograph_credit_closing_the_page_is_chrome():
    doc = clean_document(RawDocument("page.txt", f"Cinco datos sobre la Guardia Nacional\n\n{BODY_ES}\n\nFotografía: Cuartoscuro\n"))
    assert "Fotografía: Cuartoscuro" in doc.removed


@pytest.mark.parametrize("title, body, box, after", [
    ("Senators push new sanctions on cartel suppliers", BODY, ["Border Pro Intelligence",
                                                               "Track every cartel designation with Border Pro. Request a demo."],
     "The bill would also require the Treasury to report each year on designated groups and their suppliers."),
    ("Senadores impulsan sanciones a proveedores de cárteles", BODY_ES, ["Frontera Datos Plus",
                                                                      "Consulta las cifras de cada estado. Prueba gratis 30 días."],
     "La iniciativa también obliga a la Secretaría de Hacienda a informar cada año sobre los grupos designados.")])
def test_clean_a_product_pitch_and_its_header_set_in_the_story_go_and_the_story_goes_on(title, body, box, after):
    doc = clean_document(RawDocument("page.txt", f"{title}\n\n{body}\n\n" + "\n\n".join(box) + f"\n\n{after}\n"))
    assert all(line in doc.removed for line in box)
    assert after in doc.body


def test_clean_a_subhead_over_the_story_stays_under_a_pitch_rule():
    doc = clean_document(RawDocument("page.txt", f"Senators push new sanctions on cartel suppliers\n\n{BODY}\n\nWhat comes next\n\n"
                                     "The bill goes to the Senate floor next week, where it has support from both parties.\n"))
    assert "What comes next" in doc.body



def _portal_page(line: str) -> str:
    """A state portal's page set tight, its story's last line over the photo's credit and the page's tail."""
    return "\n".join(["Diario del Valle", "Seguridad", "Aseguran armas en cateo en Ciudad Valles", "06 Dic 2026 - 09:15",
                      "Redacción Diario", "Ciudad Valles, S.L.P.- Elementos de la Guardia Civil Estatal aseguraron 12 armas de "
                      "fuego, entre ellas cinco fusiles de asalto, durante un cateo en un domicilio de la colonia Centro, informó "
                      "la Secretaría de Seguridad.", line, "Foto: Especial", "Comparte esta noticia", "Más noticias",
                      "Suspenden clases en la Huasteca por bajas temperaturas"]) + "\n"


def test_clean_the_storys_last_sentence_going_on_over_a_credit_is_no_caption_and_a_caption_still_goes():
    last = "En el lugar fueron detenidas dos personas, quienes fueron puestas a disposición de la Fiscalía General del Estado."
    assert last in clean_document(RawDocument("page.txt", _portal_page(last))).body
    caption = "Agentes de la Guardia Civil resguardan el domicilio cateado en la colonia Rotarios de Ciudad Valles."
    assert caption in clean_document(RawDocument("page.txt", _portal_page(caption))).removed


@pytest.mark.parametrize("caption", [
    "Migrants wait at the port of entry in Tijuana, Mexico, December 5, 2026. REUTERS/Ana Ruiz Purchase Licensing Rights, "
    "opens new tab",
    "Soldiers guard the seized rifles at the base in Culiacán on Friday. Buy Photo"])
def test_clean_a_caption_ending_in_its_photos_licensing_button_goes(caption):
    doc = clean_document(RawDocument("page.txt", f"Agents seize fentanyl in Nogales\n\n{caption}\n\n{BODY}\n"))
    assert caption in doc.removed and BODY.split("\n\n")[0] in doc.body


@pytest.mark.parametrize("title, body, line", [
    ("Agents seize fentanyl in Nogales", BODY, "Do You Work in the Firearms Industry? We Want to Hear From You."),
    ("Aseguran fentanilo en Nogales", BODY_ES, "¿Trabajas en una aduana? Queremos saber de ti.")])
def test_clean_a_newsrooms_call_for_sources_after_a_question_goes(title, body, line):
    assert not _kept(title, body, line)


def test_clean_a_sheriff_quoted_asking_to_hear_from_residents_stays():
    line = '"We want to hear from you," the sheriff told residents at a meeting in Nogales on Tuesday night.'
    assert _kept("Agents seize fentanyl in Nogales", BODY, line)
