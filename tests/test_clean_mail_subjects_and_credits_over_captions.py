"""A newsletter saved from the mail with its headers ("Subject: <headline>" over the headline printed again), and a
picture's credit over its caption between two paragraphs, in English and Spanish (hand-written)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _clean(raw: str):
    return clean_document(RawDocument(source="p.txt", raw=raw))


@pytest.mark.parametrize("label, headline, body", [
    ("Subject", "Desert Dispatch: Smugglers shift routes to the Tohono O'odham Nation",
     "Good morning. Smugglers have moved their routes west, into the Tohono O'odham Nation, after new patrols near "
     "Sasabe, agents told us this week.\n\nTribal police said they had found four abandoned vehicles since Monday.\n"),
    ("Asunto", "Frontera al Día: Los desplazados de la sierra de Chihuahua",
     "Buenos días. Cientos de familias dejaron sus casas en la sierra de Chihuahua tras los enfrentamientos entre "
     "grupos criminales, según autoridades municipales.\n\nEl albergue de Guachochi recibió a 140 personas el domingo.\n"),
])
def test_clean_a_mails_subject_line_gives_the_headline_printed_under_it(label, headline, body):
    raw = (f"From: Desk <news@example.org>\nDate: Mon, Dec 7, 2026 at 6:02 AM\n{label}: {headline}\n"
           f"To: <reader@example.com>\nView this email in your browser\n{headline}\nBy Laura Méndez\n" + body)
    doc = _clean(raw)
    assert doc.title == headline
    assert headline in doc.body.split("\n\n")


STORY_ES = ("Piedras Negras, Coah.- Elementos de la Policía Estatal detuvieron a un hombre señalado como jefe de una "
            "célula delictiva que opera en la región fronteriza, informaron autoridades.",
            "La detención se realizó en un domicilio de la colonia Buenavista, donde los agentes aseguraron un arma "
            "corta, cargadores y 80 dosis de cristal para su análisis.",
            "La Fiscalía del Estado indicó que el detenido contaba con una orden de aprehensión por homicidio calificado.")
STORY_EN = ("Federal agents arrested a man described as the leader of a smuggling cell in Eagle Pass on Friday, "
            "officials said in a statement released after the raid.",
            "The arrest took place at a house on the city's east side, where agents seized a pistol, magazines and "
            "several pounds of methamphetamine for testing at a lab.",
            "Prosecutors said the man was wanted on a warrant for a 2024 killing in Maverick County, court records show.")


@pytest.mark.parametrize("story, credit, caption", [
    (STORY_ES, "Foto: Especial", "Agentes resguardan el domicilio en la colonia Buenavista."),
    (STORY_EN, "Photo: Courtesy CBP", "Agents outside the house on the city's east side."),
])
def test_clean_a_caption_under_its_credit_between_paragraphs_goes(story, credit, caption):
    doc = _clean("Detienen a jefe de célula\n" + "\n".join([story[0], story[1], credit, caption, story[2]]) + "\n")
    assert caption not in doc.body.split("\n\n")
    assert story[2] in doc.body


@pytest.mark.parametrize("story, credit, line", [
    (STORY_ES, "Foto: Especial", "El detenido fue trasladado a la capital, informó la Fiscalía."),
    (STORY_EN, "Photo: Courtesy CBP", "Meanwhile, a second man was arrested at the same house."),
])
def test_clean_a_short_paragraph_that_reports_or_goes_on_under_a_credit_stays(story, credit, line):
    doc = _clean("Detienen a jefe de célula\n" + "\n".join([story[0], story[1], credit, line, story[2]]) + "\n")
    assert line in doc.body.split("\n\n")
