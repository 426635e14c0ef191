"""A victim told by the passive of the shot is an attack on its force; a charge on a page that says the charged are
not held is no arrest (events, stop 43)."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str) -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published="2026-12-05")))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "participants": sorted(names[p] for p in e.participants)} for e in ex.events]


def _types(text: str) -> list[str]:
    return [e["type"] for e in _events(text)]


def test_an_agent_shot_and_wounded_is_an_attack_on_his_force():
    events = _events("A Border Patrol agent was shot and wounded early Saturday near the border west of Nogales, "
                     "federal officials said.")
    attacks = [e for e in events if e["type"] == "attack"]
    assert attacks and any("Border Patrol" in p for p in attacks[0]["participants"])


def test_officers_wounded_by_bullets_in_spanish_are_an_attack():
    assert "attack" in _types("Dos policías municipales fueron heridos de bala la noche del viernes en Navolato.")


def test_a_proposal_shot_down_is_no_attack():
    assert "attack" not in _types("The tariff proposal was shot down by lawmakers on Friday.")


def test_a_charge_after_an_arrest_told_keeps_the_arrest():
    text = ("Two of the buyers were charged on Wednesday with lying on federal firearms forms. Both were booked into "
            "the county jail.")
    assert "arrest" in _types(text)


def test_a_charge_of_a_man_not_yet_arrested_is_no_arrest_wherever_the_page_says_so():
    text = ("Texas man charged with smuggling guns\n\nLAREDO, Texas — A Laredo man was indicted Tuesday on charges of "
            "buying 40 rifles for a cartel, prosecutors said. A grand jury returned the indictment last week. He has "
            "not been arrested.")
    assert "arrest" not in _types(text)


def test_a_force_that_suffered_an_ambush_is_its_target():
    ex = extract_document(clean_document(RawDocument(
        source="t.txt", raw="Elementos de la Secretaría de Marina sufrieron una emboscada el sábado en Altamira.",
        published="2026-12-05")))
    names = {e.local_id: e.name for e in ex.entities}
    attacks = [e for e in ex.events if e.type == "attack"]
    assert attacks and [names[t] for t in attacks[0].targets] == ["Secretaría de Marina"]
