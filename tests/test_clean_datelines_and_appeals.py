"""Page shapes of unseen outlets (hand-written pages, EN and ES): a place's name and a dash alone over the first
paragraph is the article's dateline, a standfirst over a byline with slashes is no photo's caption, and a plea for
the reader's support in one sentence is chrome."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


@pytest.mark.parametrize("dateline", ["Washington —", "CIUDAD DE MÉXICO --", "Ciudad Juárez –"])
def test_clean_a_place_and_a_dash_alone_over_the_first_paragraph_opens_the_article(dateline):
    doc = clean_document(RawDocument("page.txt", "México y EU acuerdan revisar más vehículos en la frontera\n\n"
                                     "diciembre 06, 2026 5:10 PM\n\nTomás Ruiz\n\n" f"{dateline}\n\n" + BODY_ES))
    assert dateline in doc.body and "Tomás Ruiz" in doc.removed


def test_clean_a_standfirst_over_a_byline_with_slashes_stays():
    standfirst = "Colectivos de búsqueda localizaron al menos seis puntos con restos en las afueras de la ciudad."
    doc = clean_document(RawDocument("page.txt", "Portada\n\nMéxico\n\n07 Dic, 2026\n\n"
                                     "Fiscalía abre carpeta por hallazgo de fosas en Chilpancingo\n\n"
                                     f"{standfirst}\n\nPor Redacción AN / JRM\n\n" + BODY_ES))
    assert standfirst in doc.body and "Por Redacción AN / JRM" in doc.removed


@pytest.mark.parametrize("plea", [
    "El Faro del Norte es un medio independiente. Tu apoyo hace posible nuestro trabajo.",
    "The Border Ledger is a local newsroom. Your support makes our journalism possible.",
])
def test_clean_a_plea_for_the_readers_support_goes(plea):
    body = BODY_ES if "apoyo" in plea else BODY
    doc = clean_document(RawDocument("page.txt", "Fiscalía abre carpeta por hallazgo de fosas en Chilpancingo\n\n"
                                     f"{body}\n\n{plea}\n\nDonar\n"))
    assert plea in doc.removed
    assert body.split("\n\n")[-1].strip() in doc.body


def test_clean_an_authors_note_with_the_cards_name_glued_before_it_goes():
    note = "Ana Ruiz. Ana Ruiz covers federal courts for The Border Ledger. She previously worked in Austin."
    doc = clean_document(RawDocument("page.txt", "Dallas man pleads guilty in scheme to launder cartel money\n\n"
                                     "By Ana Ruiz\n\n9:12 PM on Dec 5, 2026 CST\n\n" f"{BODY}\n\n{note}\n\nana.ruiz@example.com\n"))
    assert note in doc.removed and BODY.split("\n\n")[-1].strip() in doc.body



def test_clean_a_wire_authors_note_by_surname_under_a_byline_in_capitals_goes_and_a_sources_description_stays():
    note = "Ortega is an AP correspondent based in Mexico City, covering security and migration."
    told = "Ortega is a former state police chief who now advises the governor on security."
    page = ("Mexico and US agree to share gun trace data\n\nBy LUCIA ORTEGA and JAMES PARK\n\nUpdated 4:12 PM CST, "
            f"December 5, 2026\n\n{BODY}\n\n{told}\n\nThe agreement takes effect in January.\n\nLUCIA ORTEGA\n\n{note}\n")
    doc = clean_document(RawDocument("page.txt", page))
    assert note in doc.removed and told in doc.body

def test_clean_an_agencys_about_paragraph_with_tasked_with_goes():
    about = "The Office of Field Operations is the primary organization within the agency tasked with inspecting cargo."
    doc = clean_document(RawDocument("page.txt", "Officers seize 342 pounds of methamphetamine at Pharr bridge\n\n"
                                     f"Release Date\n\nFri, 12/05/2026\n\n{BODY}\n\n{about}\n\nLast Modified: Dec 05, 2026\n"))
    assert about in doc.removed and BODY.split("\n\n")[-1].strip() in doc.body


def test_clean_a_columnists_card_over_the_headline_is_chrome_and_the_headline_the_title():
    card = "Periodista y conductora. Analista de temas políticos e internacionales."
    disclaimer = ("Las opiniones expresadas por los columnistas son independientes y no reflejan necesariamente el "
                  "punto de vista de este diario.")
    doc = clean_document(RawDocument("page.txt", "Opinión\n\nColumnas\n\nLaura Méndez Ortiz\n\n" f"{card}\n\n"
                                     "La presión de Washington y la respuesta de Palacio\n\n06/12/2026\n\n"
                                     f"{BODY_ES}\n\n{disclaimer}\n"))
    assert doc.title == "La presión de Washington y la respuesta de Palacio"
    assert card in doc.removed and disclaimer in doc.removed


def test_clean_a_live_pages_entry_age_is_a_label_and_the_entry_stays():
    entry = "The Justice Department said the detainees arrived at several airports on Friday afternoon."
    doc = clean_document(RawDocument("page.txt", "Live updates: Mexico extradites 26 cartel figures to the U.S.\n\n"
                                     f"Dec. 5, 2026, 6:10 PM CST\n\n{BODY}\n\n6m ago\n\n{entry}\n\n2h ago\n\n{BODY}"))
    assert "6m ago" in doc.removed and "2h ago" in doc.removed and entry in doc.body


def test_clean_a_paragraph_as_long_as_an_articles_over_a_credit_alone_stays():
    paragraph = ("El aseguramiento ocurrió a unas 200 millas náuticas al suroeste del puerto, donde personal naval "
                 "detectó la embarcación con apoyo de una aeronave de patrullaje marítimo.")
    first, second = BODY_ES.strip().split("\n\n")
    doc = clean_document(RawDocument("page.txt", "Marina asegura 1.5 toneladas de cocaína en costas de Oaxaca\n\n"
                                     f"06/12/2026 | 10:15\n\n{first}\n\nÚnete a nuestro canal de WhatsApp\n\n"
                                     f"{paragraph}\n\nFoto: Semar\n\n{second}\n"))
    assert paragraph in doc.body and "Foto: Semar" in doc.removed


def test_clean_a_source_in_brackets_alone_under_a_video_goes():
    first, second = BODY.strip().split("\n\n")
    doc = clean_document(RawDocument("page.txt", "Laredo police arrest two after chase ends near World Trade Bridge\n\n"
                                     f"Published: Dec. 5, 2026 at 6:30 PM CST\n\n{first}\n\n(KGNS)\n\n{second}\n"))
    assert "(KGNS)" in doc.removed and second in doc.body


def test_clean_a_headline_of_two_sentences_over_its_standfirst_and_byline_beats_the_sites_tagline():
    headline = "Mexico's new security chief bets on intelligence. Cartels are adapting."
    doc = clean_document(RawDocument("page.txt", "The Daily Ledger\n\nTruth Lives in the Light\n\nWorld\n\n"
                                     f"{headline}\n\nA year into a strategy built on arrests and data, violence has shifted "
                                     "rather than disappeared, experts say.\n\nBy Ana Ruiz\n\nDecember 6, 2026 at 5:00 a.m. EST\n\n"
                                     + BODY))
    assert doc.title == headline and "Truth Lives in the Light" in doc.removed


@pytest.mark.parametrize("mark", ["---0---", "-0-", "-o-"])
def test_clean_a_bulletins_end_mark_with_one_zero_goes(mark):
    doc = clean_document(RawDocument("page.txt", "Comisión de Seguridad aprueba reforma contra tráfico de armas\n\n"
                                     f"Ciudad de México, 5 de diciembre de 2026.\n\n{BODY_ES}\n\n{mark}\n"))
    assert mark in doc.removed


@pytest.mark.parametrize("note", [
    "Border Desk News is produced by the School of Journalism and Mass Communication at a state university.",
    "Frontera Abierta es producido por estudiantes de la Facultad de Periodismo de la Universidad del Norte.",
])
def test_clean_a_student_newsrooms_production_note_goes(note):
    body = BODY_ES if " es " in note else BODY
    doc = clean_document(RawDocument("page.txt", f"Arizona sees rise in fentanyl pill seizures at Nogales port\n\n{body}\n\n"
                                     f"{note}\n\nRepublish this story\n"))
    assert note in doc.removed and body.split("\n\n")[-1].strip() in doc.body


def test_clean_a_headline_in_capitals_broken_by_hand_is_one_title_on_a_text_not_wrapped():
    doc = clean_document(RawDocument("page.txt", "FISCALÍA GENERAL DE LA REPÚBLICA\nCOMUNICADO FGR 1024/26\n"
                                     "Ciudad de México, a 5 de diciembre de 2026\n"
                                     "FGR OBTIENE VINCULACIÓN A PROCESO CONTRA TRES PERSONAS POR\nTRÁFICO DE ARMAS EN SONORA\n"
                                     + BODY_ES.replace("\n\n", "\n")))
    assert doc.title == "FGR OBTIENE VINCULACIÓN A PROCESO CONTRA TRES PERSONAS POR TRÁFICO DE ARMAS EN SONORA"
    assert "TRÁFICO DE ARMAS EN SONORA" not in doc.removed


@pytest.mark.parametrize(("head", "call"), [
    ("Help Us Report on Guns and Mexico", "Do you have information about firearms trafficking? We want to hear from you."),
    ("Ayúdanos a investigar el tráfico de armas", "¿Tienes información sobre el tráfico de armas? Escríbenos."),
])
def test_clean_a_call_for_tips_set_inside_the_story_goes(head, call):
    body = BODY_ES if call.startswith("¿") else BODY
    first, second = body.strip().split("\n\n")
    doc = clean_document(RawDocument("page.txt", f"How American Guns Fuel a Cartel War in Sinaloa\n\n{first}\n\n{head}\n\n"
                                     f"{call}\n\n{second}\n"))
    assert head in doc.removed and call in doc.removed and second in doc.body


def test_clean_the_desks_initials_with_the_agencies_are_no_photo_credit_and_the_paragraph_over_them_stays():
    last = "Michoacán has been the scene of fighting between a cartel and local groups for years."
    doc = clean_document(RawDocument("page.txt", "Mexico: Soldiers killed in cartel ambush in Michoacán\n\n12/06/2026\n\n"
                                     f"{BODY}\n\n{last}\n\nzc/rm (AFP, Reuters)\n\nSend us your feedback\n"))
    assert last in doc.body and "zc/rm (AFP, Reuters)" in doc.removed


def test_clean_an_apps_pitch_naming_ios_and_android_goes():
    pitch = "Enjoy more audio and podcasts on iOS or Android."
    doc = clean_document(RawDocument("page.txt", "Claudia Sheinbaum's quiet crackdown\n\nDec 5th 2026|MEXICO CITY\n\n"
                                     f"Listen to this story.\n\n{pitch}\n\n{BODY}"))
    assert pitch in doc.removed


def test_clean_a_question_for_headline_on_a_page_of_short_paragraphs_is_the_title_and_the_labels_above_it_go():
    doc = clean_document(RawDocument("page.txt", "NBC News\n\nWorld\n\n"
                                     "Who are Los Chapitos, the sons of 'El Chapo' at war with their father's old partner?\n\n"
                                     "The brothers have become the face of the cartel's internal war.\n\n"
                                     f"Dec. 6, 2026, 9:00 AM CST\n\nBy Ana Ruiz\n\n{BODY}\n\nLuis Pérez and Ana Gómez contributed.\n"))
    assert doc.title.startswith("Who are Los Chapitos")
    assert {"NBC News", "World", "Luis Pérez and Ana Gómez contributed."} <= set(doc.removed)


def test_clean_a_source_note_in_brackets_stays_with_the_paragraph_over_it():
    last = "El detenido fue ingresado a un penal federal en Villa Comaltitlán, en espera de su extradición."
    doc = clean_document(RawDocument("page.txt", "Detuvieron en Chiapas a un presunto traficante de personas\n\n"
                                     f"7 Dic, 2026 04:30 a.m. EST\n\n{BODY_ES}\n\n{last}\n\n(Con información de EFE)\n\n"
                                     "Seguir leyendo:\n\nDetienen en Tabasco a 12 migrantes en una camioneta\n"))
    assert last in doc.body and "(Con información de EFE)" in doc.body


@pytest.mark.parametrize("note", ["Esta nota fue traducida del inglés por el equipo de la redacción.",
                                  "This story was translated from Spanish by our staff."])
def test_clean_a_translators_note_goes(note):
    body = BODY_ES if note.startswith("Esta") else BODY
    doc = clean_document(RawDocument("page.txt", f"EE.UU. acusa a 16 por red de tráfico de armas a Sonora\n\n{body}\n\n{note}\n"))
    assert note in doc.removed


def test_clean_a_stations_name_beside_its_region_is_a_label_and_the_headline_under_it_the_title():
    doc = clean_document(RawDocument("page.txt", "KXYZ Action 9 News | Rio Grande Valley\n\n"
                                     "Two Texans among five kidnapping victims rescued in Reynosa\n\n"
                                     f"by Valley Central Staff | Thursday, October 8th 2026\n\n{BODY}"))
    assert doc.title == "Two Texans among five kidnapping victims rescued in Reynosa"
    assert "KXYZ Action 9 News | Rio Grande Valley" in doc.removed
