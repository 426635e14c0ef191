"""An Indian wire's desk codes closing its story ("PTI SKC RHL"), a syndicator's note that the story came
automatically from a news service, a "Disclaimer:" line and an opinion disclaimer that the views "do not reflect
those of" the site, and a station's stamp that prints its date three times and its section are chrome; the
story's sentences around them stay (hand-written pages)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

LEDE = ("New Delhi, Dec 4 (PTI) An Indian national has been sentenced to nine years in prison in the US for shipping "
        "chemicals used to make fentanyl to buyers in Mexico, the Justice Department said.")
LAST = "Investigators said the man sold more than 200 kilograms of precursor chemicals to undercover agents."


def _body(raw: str) -> str:
    return clean_document(RawDocument(source="p.txt", raw=raw)).body


@pytest.mark.parametrize("codes", ["PTI SKC", "PTI SKC RHL", "IANS ABH"])
def test_clean_a_wires_desk_codes_under_the_story_go(codes):
    body = _body(f"Indian national sentenced in US over fentanyl chemicals\n\n{LEDE}\n\n{LAST}\n\n{codes}\n")
    assert codes not in body and LAST in body and LEDE in body


@pytest.mark.parametrize("note", [
    "This report is auto-generated from Press Trust of India news service. ThePrint holds no responsibility for its content.",
    "Disclaimer: Opinions expressed here are those of the writers and do not reflect those of the website.",
    "Disclaimer: This story is from a syndicated feed and has not been reviewed by our editors."])
def test_clean_a_syndicators_or_sites_disclaimer_goes(note):
    body = _body(f"Indian national sentenced in US over fentanyl chemicals\n\n{LEDE}\n\n{LAST}\n\n{note}\n")
    assert note not in body and LAST in body


def test_clean_a_stamp_printing_its_date_three_times_with_its_section_goes():
    stamp = ("Tuesday, December 2 2026 Dec 2, 2026 December 02, 2026 6:45 PM December 02, 2026 in News - Local")
    lede = ("Hidalgo County deputies found 52 migrants inside a stash house north of Edinburg on Tuesday morning, "
            "the sheriff said in a statement.")
    body = _body(f"Deputies find 52 migrants in stash house near Edinburg\n\n{stamp}\n\nBy: Ana Ruiz\n\n{lede}\n\n{LAST}\n")
    assert stamp not in body and lede in body


def test_clean_a_sentence_that_the_views_do_not_reflect_a_policy_stays():
    line = ("The governor said the new figures do not reflect the views of residents who still fear leaving their "
            "homes at night, and promised more patrols.")
    body = _body(f"Governor defends security record\n\n{LEDE}\n\n{line}\n\n{LAST}\n")
    assert line in body
