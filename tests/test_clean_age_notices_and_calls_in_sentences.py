"""An archive's notice of a story's age over its headline is no headline; a photo's caption ("Photograph: ...") goes; a
call to action told in sentences between paragraphs ("ESTAMOS EN WHATSAPP. Recibe ... Da clic aquí y únete ...",
"Sign up for The Brief, our daily newsletter that ...") does not end the story, though a promotion going on under it
does; a caption over a labelled credit ("Credit: X for The Y") or over a credit and a gallery's loading slots goes,
and the paragraph under them stays (hand-written pages)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _clean(raw: str):
    return clean_document(RawDocument(source="p.txt", raw=raw))


HEADLINE = "Army finds drug lab hidden in ranch near Tamazula"
STANDFIRST = "Soldiers dismantled stills and tanks holding 2,000 liters of chemicals, officials say"


@pytest.mark.parametrize("notice", ["This article is more than 2 years old", "This story is over a year old",
                                    "Esta nota tiene más de un año"])
def test_clean_an_age_notice_over_the_headline_is_no_headline(notice):
    raw = (f"World news\n\n{notice}\n\n{HEADLINE}\n\n{STANDFIRST}\n\nAna Ruiz in Culiacán\n\nMon 1 Dec 2026 10.12 GMT\n\n"
           f"{HEADLINE}\n\n{STANDFIRST}\n\n"
           "Mexican soldiers have dismantled a drug laboratory hidden on a ranch near Tamazula, in the state of Durango, "
           "the defence ministry said on Monday.\n\n"
           "Troops found stills, tanks and 2,000 liters of chemicals used to make methamphetamine, the ministry said.\n")
    doc = _clean(raw)
    assert doc.title == HEADLINE
    assert notice not in doc.body and HEADLINE in doc.body


def test_clean_a_caption_closed_by_photograph_goes():
    caption = "Soldiers guard the ranch where the lab was found. Photograph: Defensa/AFP/Getty Images"
    raw = (f"{HEADLINE}\n\n"
           "Mexican soldiers have dismantled a drug laboratory hidden on a ranch near Tamazula, in the state of Durango, "
           "the defence ministry said on Monday.\n\n"
           f"{caption}\n\n"
           "Troops found stills, tanks and 2,000 liters of chemicals used to make methamphetamine, the ministry said.\n")
    body = _clean(raw).body
    assert caption not in body and "Troops found stills" in body


ES_PAGE = ("Localizan fosa clandestina en Tlaquepaque; colectivo denuncia omisiones\n\n"
           "Integrantes de un colectivo de búsqueda localizaron una fosa clandestina en un predio de Tlaquepaque, "
           "Jalisco, donde encontraron restos humanos y prendas de vestir.\n\n"
           "La Fiscalía del Estado informó que peritos trabajan en el lugar para recuperar los restos y "
           "tratar de identificar a las víctimas.\n\n"
           "{call}\n\n"
           "{after}\n\n"
           "Lo más leído\n\n"
           "Suben aranceles a importaciones de acero chino\n")


def test_clean_a_sentence_after_a_call_told_in_sentences_stays():
    call = "ESTAMOS EN WHATSAPP. Recibe lo más relevante de cada jornada. Da clic aquí y únete a nuestro canal."
    after = "Las buscadoras informaron que llegaron al predio tras recibir una denuncia anónima."
    body = _clean(ES_PAGE.format(call=call, after=after)).body
    assert after in body and "ESTAMOS EN WHATSAPP" not in body


EN_PAGE = ("Texas troopers seize record fentanyl load near Laredo\n\n"
           "Texas Department of Public Safety troopers seized about 300 pounds of fentanyl from a tractor-trailer "
           "stopped on Interstate 35 north of Laredo, the agency said Friday.\n\n"
           "The driver, a 45-year-old man from San Antonio, was arrested and charged with drug possession.\n\n"
           "Sign up for The Morning Wire, our daily newsletter that keeps readers up to speed on the most essential news.\n\n"
           "{after}\n\n"
           "Disclosure: The Daily Wire is a nonprofit, nonpartisan news organization.\n\n"
           "Republish this story\n")


def test_clean_a_paragraph_after_a_newsletter_pitch_in_one_sentence_stays():
    after = "Troopers said the fentanyl was hidden inside boxes of frozen vegetables and was bound for Dallas."
    assert after in _clean(EN_PAGE.format(after=after)).body


def test_clean_a_promotion_going_on_under_its_pitch_goes():
    after = "We can't wait to see you at the Morning Wire Festival."
    assert after not in _clean(EN_PAGE.format(after=after)).body


@pytest.mark.parametrize(("raw", "gone", "kept"), [
    # a caption over a labelled credit
    ("Texas troopers seize record fentanyl load near Laredo\n\n"
     "Texas Department of Public Safety troopers seized about 300 pounds of fentanyl from a tractor-trailer "
     "stopped on Interstate 35 north of Laredo, the agency said Friday.\n\n"
     "Troopers inspect a truck at a checkpoint north of Laredo.\n\n"
     "Credit: Ana Ruiz for The Daily Wire\n\n"
     "The driver's lawyer did not respond to a request for comment.\n",
     ("Troopers inspect a truck", "Credit: Ana Ruiz"), "did not respond to a request for comment"),
    # a caption over a credit and a gallery's slots
    ("Detienen en Texas a hombre buscado en México por homicidio\n\n"
     "LAREDO, Texas.- Agentes del Departamento de Seguridad Pública de Texas arrestaron a un hombre que era "
     "buscado en Tamaulipas por un homicidio cometido en 2020, informaron las autoridades.\n\n"
     "Imagen de archivo de un retén policial en Laredo, Texas.\n\n"
     "Getty Images\n\n"
     "Loading\n\n"
     "Cargando galería\n\n"
     "Según el DPS, el hombre viajaba con una identificación falsa cuando fue detenido en la carretera.\n",
     ("Imagen de archivo", "Cargando galería"), "viajaba con una identificación falsa"),
])
def test_clean_a_caption_over_its_credit_goes_and_the_story_goes_on(raw, gone, kept):
    body = _clean(raw).body
    assert all(line not in body for line in gone)
    assert kept in body


def test_clean_the_story_goes_on_under_a_call_opened_by_an_emoji():
    raw = ("Asesinan a jefe de la policía municipal de Navojoa\n\n"
           "El jefe de la policía municipal de Navojoa, Sonora, fue asesinado a balazos la mañana de este sábado "
           "cuando salía de su domicilio, informó la Fiscalía General de Justicia del Estado.\n\n"
           "📌 Síguenos en nuestro canal de WhatsApp\n\n"
           "El comandante había asumido el cargo en marzo pasado, tras la renuncia de su antecesor.\n\n"
           "La gobernadora condenó el ataque y afirmó que los responsables serán detenidos pronto.\n\n"
           "Foto: Especial\n\n"
           "La Fiscalía estatal abrió una carpeta de investigación por homicidio calificado.\n\n"
           "Etiquetas:\n\nSonora\n\nNavojoa\n")
    body = _clean(raw).body
    assert "Síguenos" not in body and "Etiquetas" not in body
    for kept in ("había asumido el cargo", "condenó el ataque", "abrió una carpeta"):
        assert kept in body


def test_clean_a_paragraph_under_a_kept_subhead_of_several_words_stays():
    headline = "Enfrentamiento en Aguililla deja tres presuntos delincuentes abatidos"
    raw = (f"Quadratín Michoacán\n\nInicio\n\nSeguridad\n\n{headline}\n\nRedacción\n\n5 de diciembre de 2026, 13:10\n\n"
           f"Compartir:\n\n{headline}\n\n"
           "AGUILILLA, Mich., 5 de diciembre de 2026.- Tres presuntos integrantes de un grupo delictivo murieron durante un "
           "enfrentamiento con elementos del Ejército Mexicano en la tenencia de El Aguaje, informó la Secretaría de "
           "Seguridad Pública estatal.\n\n"
           "Según el reporte, los militares fueron agredidos a balazos cuando realizaban un recorrido de vigilancia, por "
           "lo que repelieron la agresión.\n\n"
           "Es lo que sabemos hasta ahora\n\n"
           "En el lugar fueron asegurados cuatro fusiles de asalto, un lanzagranadas y dos camionetas con blindaje "
           "artesanal.\n\n"
           "¿Quieres recibir nuestras noticias? Da click aquí\n\nTags\n\nAguililla\n\nEjército Mexicano\n")
    assert "cuatro fusiles de asalto" in _clean(raw).body


def test_clean_the_story_goes_on_under_related_articles_with_their_dates():
    raw = ("Trucker sentenced after meth found in load of avocados at Pharr bridge\n\n"
           "McALLEN, Texas — A truck driver from Reynosa was sentenced Wednesday to eight years in prison after federal "
           "officers found about 700 pounds of methamphetamine hidden in a load of avocados at the Pharr bridge.\n\n"
           "Officers referred the tractor-trailer for a second inspection in May, when an X-ray scan showed anomalies in "
           "the pallets, according to court records.\n\n"
           "Related Articles\n\n"
           "Border wait times climb as inspections grow at Texas ports\n\nNovember 28, 2026\n\n"
           "Trucking groups warn of cargo theft surge on highway to Monterrey\n\nNovember 21, 2026\n\n"
           "The driver told agents he had been promised $4,000 to deliver the load to a warehouse in Edinburg, "
           "prosecutors said.\n\n"
           "Copyright 2026 The Associated Press. All rights reserved.\n")
    body = _clean(raw).body
    assert "promised $4,000" in body and "November 21, 2026" not in body and "cargo theft surge" not in body


@pytest.mark.parametrize("sign_off", ["– Reuters", "— AP", "(EFE)"])
def test_clean_a_last_paragraph_under_a_wires_sign_off_stays_and_a_comment_sections_rules_go(sign_off):
    last = f"Prosecutors say the man ordered killings and kidnappings on behalf of the faction. {sign_off}"
    rules = ("We reserve the right to remove any content at any time from this Community, including without limitation "
             "if it violates the Community Standards.")
    raw = ("US seeks extradition of cartel security chief arrested in Sinaloa\n\n"
           "The United States has asked Mexico to extradite a suspected security chief of the Sinaloa cartel who was "
           "arrested last week in Culiacán, Mexican officials said on Monday.\n\n"
           "The man, accused of overseeing the faction's armed wing, was detained by soldiers in a raid on a house in "
           "the city, the defence ministry said.\n\n"
           f"{last}\n\nSign In\n\nYour Comments\n\n{rules}\n")
    body = _clean(raw).body
    assert last in body and rules not in body


@pytest.mark.parametrize("rules", [
    "KXYZ is committed to providing a forum for civil, constructive conversation. Please keep comments respectful.",
    "Este espacio es un foro de debate. Mantén tus comentarios respetuosos."])
def test_clean_a_stations_rules_for_comments_go(rules):
    raw = ("Police find 4 bodies in abandoned house in Juárez\n\n"
           "CIUDAD JUÁREZ, Chihuahua -- Municipal police found the bodies of four men inside an abandoned house in "
           "southeast Juárez on Thursday night, the state attorney general's office said.\n\n"
           "Neighbors called 911 after noticing a strong odor coming from the property, officials said.\n\n"
           f"{rules}\n\nRelated Content\n\nJuárez closes November with 98 homicides\n")
    body = _clean(raw).body
    assert rules not in body and "Neighbors called 911" in body
