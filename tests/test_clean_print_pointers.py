"""A pointer to the print edition set inside a story ("Lea más en la edición impresa", "Read more in the print
edition") is page furniture, and the story's sentence under it stays (hand-written pages, EN and ES)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


@pytest.mark.parametrize(("pointer", "lead", "closing"), [
    ("Lea más en la edición impresa",
     "Una red de al menos siete empresas con domicilio en Guadalajara fue utilizada para lavar dinero del tráfico de "
     "metanfetamina, de acuerdo con documentos del Departamento del Tesoro de Estados Unidos.",
     "El Tesoro sancionó a cuatro personas vinculadas con la red, entre ellas un notario público."),
    ("Read more in the print edition",
     "A network of at least seven companies based in Guadalajara was used to launder money from methamphetamine "
     "trafficking, according to documents from the U.S. Treasury Department.",
     "Treasury sanctioned four people tied to the network, among them a notary public in Zapopan.")])
def test_clean_a_pointer_to_the_print_edition_goes_and_the_story_under_it_stays(pointer, lead, closing):
    raw = f"Revelan red de empresas de lavado en Guadalajara\n\n{lead}\n\n{pointer}\n\n{closing}\n"
    body = clean_document(RawDocument(source="p.txt", raw=raw)).body
    assert closing in body and pointer not in body


def test_clean_an_inline_teaser_opened_by_tambien_lee_goes_and_the_closing_sentence_stays():
    raw = ("Ataque armado en Elota deja dos muertos\n\n"
           "Elota, Sinaloa.- Dos hombres fueron asesinados a balazos la noche de este jueves en la comunidad de La "
           "Cruz, en el municipio de Elota, informaron autoridades estatales.\n\n"
           "Al lugar acudieron elementos de la Guardia Nacional y del Ejército, quienes acordonaron la zona.\n\n"
           "También lee: Localizan a hombre sin vida en un canal de riego de Culiacán\n\n"
           "La Fiscalía del estado abrió una carpeta de investigación por el doble homicidio.\n")
    body = clean_document(RawDocument(source="p.txt", raw=raw)).body
    assert "También lee" not in body and "abrió una carpeta de investigación" in body


@pytest.mark.parametrize("prompt", ["¿Ya conoces nuestro canal de YouTube? ¡Suscríbete!",
                                    "¿Ya sigues nuestra cuenta de Instagram?"])
def test_clean_a_question_pointing_to_the_outlets_channel_goes_and_the_story_under_it_stays(prompt):
    raw = ("Cae en Jalisco presunto operador financiero buscado por EU\n\n"
           "Elementos de la Fiscalía General de la República detuvieron en Zapopan, Jalisco, a un hombre señalado como "
           "operador financiero de una organización criminal y requerido por una corte federal de Estados Unidos.\n\n"
           "De acuerdo con el Gabinete de Seguridad, el detenido administraba una red de empresas inmobiliarias.\n\n"
           f"{prompt}\n\n"
           "Fue trasladado a la Ciudad de México, donde quedó a disposición de un juez federal que definirá su situación.\n")
    body = clean_document(RawDocument(source="p.txt", raw=raw)).body
    assert prompt not in body and "Fue trasladado a la Ciudad de México" in body


@pytest.mark.parametrize("sign_off", ["Stay with KXAN for the latest.", "Stay tuned to KGNS for updates."])
def test_clean_a_stations_sign_off_goes(sign_off):
    raw = ("Juárez police find 4 bodies in a house\n\n"
           "CIUDAD JUÁREZ, Mexico -- Police in Juárez found the bodies of four men inside a house in the southeast of the "
           "city on Friday night, the Chihuahua State Attorney General's Office said.\n\n"
           "Investigators said the men had been shot.\n\n"
           f"{sign_off}\n")
    body = clean_document(RawDocument(source="p.txt", raw=raw)).body
    assert sign_off not in body and "Investigators said the men had been shot." in body
