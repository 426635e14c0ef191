"""A standfirst that copies the story's first sentence (printed twice in a row over the story, telling its day) leaves
the later copy as the story's lede, while a caption printed twice stays a caption; a station's note that it is "working
to learn more" goes (hand-written pages)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

NEXT = ("The drugs, weighing 45kg, were found when officers searched a van that had left a ferry from Bilbao, and a man "
        "was arrested at the scene.")


def _body(raw: str) -> str:
    return clean_document(RawDocument(source="p.txt", raw=raw)).body


def test_clean_a_lede_printed_twice_under_the_headline_keeps_one_copy():
    lede = "Customs officers seized cocaine worth €3.1 million at Dublin Port on Thursday."
    body = _body(f"Cocaine worth €3.1m seized at Dublin Port\n\nCocaine seized at Dublin Port. Photo: Revenue\n\n"
                 f"Today at 11:20\n\n{lede}\n\n{lede}\n\n{NEXT}\n\nInvestigations are ongoing.\n")
    assert body.count(lede) == 1 and NEXT in body


def test_clean_a_caption_printed_twice_over_the_story_goes():
    caption = "Soldiers guard the road into the town near Culiacán."
    lede = ("Soldiers seized 300 kilograms of methamphetamine at a ranch near Culiacán on Thursday, the Defense "
            "Ministry said in a statement.")
    body = _body(f"Soldiers seize meth at Sinaloa ranch\n\n{caption}\n\n{caption}\n\n{lede}\n\n{NEXT}\n")
    assert caption not in body and lede in body


@pytest.mark.parametrize("note", ["KTXX is working to learn more. Stay with KTXX for updates.",
                                  "Nuestro equipo trabaja para obtener más detalles."])
def test_clean_a_stations_working_to_learn_more_note_goes(note):
    lede = ("Police seized about 12 pounds of fentanyl pills during a traffic stop on Thursday night, according to a "
            "news release.")
    body = _body(f"Police seize fentanyl pills in traffic stop\n\n{lede}\n\n{NEXT}\n\n{note}\n\nAna Ruiz\n\nRelated Articles\n")
    assert note not in body and NEXT in body


@pytest.mark.parametrize("pitch", ["Get Current Updates on Crime News, Border News along with Latest News and Top Headlines.",
                                   "See more", "Ver más"])
def test_clean_a_sites_closing_pitch_for_its_updates_and_a_link_label_go(pitch):
    lede = ("Customs officials at the airport arrested a passenger who had swallowed 90 capsules of cocaine, officials "
            "said on Saturday.")
    body = _body(f"Passenger held with cocaine capsules at airport\n\n{lede}\n\n{NEXT}\n\n{pitch}\n\nCrime News\n")
    assert pitch not in body and NEXT in body


def test_clean_a_dateline_alone_over_a_paragraph_that_opens_with_it_again_goes_once():
    dateline = "Culiacán, Sinaloa, 4 de diciembre (Agencia).–"
    para = (f"{dateline} Elementos de la Guardia Nacional detuvieron a dos hombres con 20 kilos de metanfetamina en "
            "un retén de la carretera a Mazatlán, informó la Fiscalía.")
    body = _body(f"Detienen a dos con metanfetamina en retén de Sinaloa\n\n{dateline}\n\n{para}\n\n"
                 "Los detenidos quedaron a disposición del Ministerio Público Federal.\n")
    assert body.count(dateline) == 1 and para in body


def test_clean_a_dateline_alone_over_its_paragraph_stays():
    dateline = "MÉXICO, 4 Dic. (AGENCIA) -"
    para = ("Elementos de la Guardia Nacional detuvieron a dos hombres con 20 kilos de metanfetamina en un retén de la "
            "carretera a Mazatlán, informó la Fiscalía.")
    body = _body(f"Detienen a dos con metanfetamina en retén de Sinaloa\n\n{dateline}\n\n{para}\n")
    assert dateline in body and para in body
