"""A video's title and description under its "Video" label atop the page (the story's headline over its byline further
down), an ad's feedback link ("Report ad"), a photo caption printed again with its credit added, and the story's
sentences a byline's shape or a newsletter pitch would take: hand-written pages."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

LEDE = ("Federal prosecutors charged four men on Thursday with smuggling rifles and ammunition from Tucson to a "
        "cartel cell in Sonora, according to an indictment unsealed in Arizona.")
LAST = "The men were arrested at a storage unit where agents found 31 rifles, the indictment says."


def _clean(raw: str):
    return clean_document(RawDocument(source="p.txt", raw=raw))


def test_clean_a_video_title_and_description_on_top_go_and_the_story_headline_is_the_title():
    video = "Senator says gun smuggling is out of control"
    blurb = "Senator Jane Doe discusses weapons trafficking on the southern border during a Sunday interview."
    headline = "Four men charged with smuggling rifles to Sonora cartel cell"
    raw = (f"close\n\nVideo\n\n{video}\n\n{blurb}\n\nPolitics\n\n{headline}\n\nProsecutors say the group bought "
           f"dozens of rifles in Arizona gun shops\n\nBy Ana Ruiz Daily Courier\n\nPublished December 4, 2026 9:12am EST"
           f"\n\n{LEDE}\n\n{LAST}\n")
    doc = _clean(raw)
    assert doc.title == headline
    assert video not in doc.body and blurb not in doc.body and LEDE in doc.body and LAST in doc.body


def test_clean_a_video_story_whose_headline_sits_under_the_label_keeps_it():
    headline = "Four men charged with smuggling rifles to Sonora cartel cell"
    doc = _clean(f"Video\n\n{headline}\n\nBy Ana Ruiz\n\n{LEDE}\n\n{LAST}\n")
    assert doc.title == headline and LEDE in doc.body


@pytest.mark.parametrize("link", ["Report ad", "Ad Feedback", "Reportar anuncio"])
def test_clean_an_ads_feedback_link_between_paragraphs_goes(link):
    body = _clean(f"Four men charged with smuggling rifles to Sonora\n\n{LEDE}\n\nAdvertisement · Scroll to continue\n\n"
                  f"{LAST}\n\n{link}\n\nThe investigation was led by the ATF and Homeland Security Investigations.\n").body
    assert link not in body and "ATF" in body


def test_clean_a_caption_printed_again_with_its_credit_goes_both_times():
    caption = "Agentes de la Guardia Civil en el muelle de Valencia, en una imagen de archivo."
    lede = ("Agentes de la Guardia Civil han intervenido 450 kilos de cocaína ocultos en un contenedor de plátanos en "
            "el puerto de Valencia, según ha informado la Delegación del Gobierno.")
    raw = (f"Intervienen 450 kilos de cocaína en el puerto de Valencia\n\nLa droga viajaba oculta en un contenedor de plátanos "
           f"procedente de Ecuador\n\n{caption}\n\n{caption} / M. G.\n\nM. G.\n\n"
           f"03 Diciembre, 2026 - 18:40h\n\n"
           f"{lede}\n\nLa investigación sigue abierta y no hay detenidos por el momento.\n")
    body = _clean(raw).body
    assert caption not in body and lede in body


def test_clean_a_spanish_sentence_opened_by_por_is_no_byline():
    line = "Por el momento no hay personas detenidas, aunque la investigación continúa abierta."
    lede = ("Agentes federales aseguraron 300 kilos de cocaína en un tractocamión en Sonoyta, informó la Fiscalía "
            "General de la República en un comunicado.")
    body = _clean(f"Aseguran 300 kilos de cocaína en Sonoyta\n\n{lede}\n\n{line}\n\nTe puede interesar\n\n"
                  "Detienen a dos en Caborca con armas largas\n").body
    assert line in body


def test_clean_a_sentence_about_the_accused_after_a_newsletter_pitch_stays():
    pitch = ("Get the latest local news, weather forecasts and sports stories sent to your inbox. Sign up for our "
             "newsletters.")
    line = "If convicted, they each face a mandatory minimum of ten years behind bars."
    body = _clean(f"Four men charged with smuggling rifles to Sonora\n\n{LEDE}\n\n{LAST}\n\n{pitch}\n\n{line}\n\n"
                  "This article tagged under:\n\nTucsonGuns\n").body
    assert line in body and pitch not in body


def test_clean_the_pitch_going_on_after_a_newsletter_call_goes():
    pitch = ("Get the latest local news, weather forecasts and sports stories sent to your inbox. Sign up for our "
             "newsletters.")
    more = "You can unsubscribe at any time and we will never share your address with anyone."
    body = _clean(f"Four men charged with smuggling rifles to Sonora\n\n{LEDE}\n\n{LAST}\n\n{pitch}\n\n{more}\n").body
    assert more not in body and LAST in body


@pytest.mark.parametrize("pitch", ["Get up-to-the-minute news sent straight to your device.",
                                   "Breaking news alerts delivered right to your phone."])
def test_clean_a_push_alert_pitch_under_the_byline_goes(pitch):
    body = _clean(f"Four men charged with smuggling rifles to Sonora\n\nAna Ruiz Daily Courier\n\n{pitch}\n\n{LEDE}\n\n"
                  f"{LAST}\n").body
    assert pitch not in body and LEDE in body
