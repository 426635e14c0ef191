"""Positions over time (analyze/positions.py): quotes by topic, dated by their own sentence, else by the document."""

from __future__ import annotations

import pytest

from pesquisa.analyze.positions import (
    OTHER,
    attribution_region,
    could_be_when_said,
    find_speaker,
    group_positions,
    page_positions,
    person_positions,
    position_rows,
    positions_of,
    quote_date,
)
from pesquisa.errors import NotFoundError
from pesquisa.store.read import SpeakerFacts
from pesquisa.text import split_sentences

BODY = ('Ebrard said on Friday that the 2019 plan had failed. "We seized rifles in May," he said. '
        "On Monday Ebrard said that guns keep coming, adding nothing else about Thursday's trip.")


def _quote(text: str, speaker: str, *, at: int = 0, **extra) -> dict:
    """A quote row of ``BODY``: ``text`` found from ``at``, its speaker the first ``speaker`` from there."""
    start = BODY.index(text, at)
    who = BODY.index(speaker, at)
    return {"id": f"quo-{start}", "document_id": "doc-1", "start": start, "end": start + len(text),
            "speaker_start": who, "speaker_end": who + len(speaker), "text": text, "direct": False,
            "speaker": "Ebrard", "published": "2024-03-09", "source": "a.txt", "lang": "en", **extra}


def _date(text: str, value: str) -> dict:
    start = BODY.index(text)
    return {"document_id": "doc-1", "start": start, "end": start + len(text), "text": text, "value": value}


SENTENCES = [(s.start, s.end) for s in split_sentences(BODY)]
THIRD = BODY.index("On Monday")
DATES = [_date("Friday", "2024-03-08"), _date("2019", "2019"), _date("May", "2024-05"),
         _date("Monday", "2024-03-04"), _date("Thursday", "2024-03-14")]


def test_analyze_positions_date_comes_from_the_attribution_not_the_quoted_words():
    reported = _quote("the 2019 plan had failed.", "Ebrard")
    assert SENTENCES == [(0, 52), (53, 88), (89, 176)]
    assert attribution_region(reported, SENTENCES) == (0, 52)
    said = quote_date(reported, DATES, SENTENCES)
    assert (said["text"], said["value"]) == ("Friday", "2024-03-08")  # not "2019": that is what the quote is about


def test_analyze_positions_a_date_only_inside_the_quote_dates_nothing():
    direct = _quote("We seized rifles in May,", "he said")
    assert attribution_region(direct, SENTENCES) == (53, 88)
    assert quote_date(direct, DATES, SENTENCES) is None


def test_analyze_positions_a_date_after_publication_is_not_when_it_was_said():
    third = _quote("guns keep coming", "Ebrard", at=THIRD)
    said = quote_date(third, DATES, SENTENCES)
    assert said["text"] == "Monday"  # "Thursday" (2024-03-14) comes after the 2024-03-09 publication
    assert could_be_when_said("2024-03", "2024-03-09") and could_be_when_said("2024-03-09", None)
    assert not could_be_when_said("2024-03-14", "2024-03-09")


def test_analyze_positions_group_by_topic_with_other_last():
    facts = SpeakerFacts(
        quotes=[_quote("the 2019 plan had failed.", "Ebrard"), _quote("guns keep coming", "Ebrard", at=THIRD),
                {**_quote("We seized rifles in May,", "he said"), "text": "Fentanyl and rifles cross the border",
                 "published": None}],
        dates=DATES, bodies={"doc-1": BODY})
    positions = positions_of(facts)
    assert [(p.text, p.date, p.date_source) for p in positions] == [
        ("guns keep coming", "2024-03-04", "quote"),
        ("the 2019 plan had failed.", "2024-03-08", "quote"),
        ("Fentanyl and rifles cross the border", None, None)]  # undated last
    groups = group_positions(positions)
    assert [(g.key, [p.text for p in g.positions]) for g in groups] == [
        ("weapons", ["guns keep coming", "Fentanyl and rifles cross the border"]),
        ("fentanyl", ["Fentanyl and rifles cross the border"]),
        (OTHER, ["the 2019 plan had failed."])]
    assert groups[0].to_dict()["positions"][1]["terms"] == ["rifles"]
    assert [g.key for g in group_positions(positions, topic_key="money")] == ["money"]  # asked for: shown, empty


def test_analyze_positions_of_a_person_in_both_languages(comfort_engine):
    result = person_positions(comfort_engine, "Marcelo Ebrard")
    assert (result["name"], result["total"]) == ("Marcelo Ebrard", 6)
    weapons = next(g for g in result["topics"] if g["topic"] == "weapons")
    assert [(p["date"], p["date_source"], p["direct"], p["terms"]) for p in weapons["positions"]] == [
        ("2023-03-08", "quote", False, ["firearms"]),
        ("2023-03-10", "document", True, ["rifles"]),
        ("2023-03-10", "document", False, ["weapons trafficking"]),
        ("2023-05-01", "quote", False, ["tráfico de armas"]),
        ("2023-05-02", "document", True, ["fusiles"])]
    first = weapons["positions"][0]
    assert (first["text"], first["date_text"], first["source"]) == (
        "the flow of firearms from the United States into Mexico must stop.", "Wednesday", "articles.jsonl#1")
    assert [g["topic"] for g in result["topics"]] == ["weapons", "fentanyl", "cooperation", OTHER]
    other, = (g for g in result["topics"] if g["topic"] == OTHER)
    assert [p["text"] for p in other["positions"]] == ["the weather in Washington had been pleasant during his last visit."]


def test_analyze_positions_spans_point_into_the_body(comfort_engine):
    from pesquisa.store.read import document_facts

    result = person_positions(comfort_engine, "Ebrard", topic_key="weapons")
    for p in result["topics"][0]["positions"]:
        body = document_facts(comfort_engine, p["document_id"]).document["body"]
        assert body[p["start"]:p["end"]] == p["text"]


def test_analyze_positions_alias_topic_filter_and_rows(comfort_engine):
    result = person_positions(comfort_engine, "AMLO", topic_key="sovereignty")  # an alias of data/topics.yaml
    assert result["name"] == "Andrés Manuel López Obrador"
    assert [(p["terms"], p["date_source"]) for p in result["topics"][0]["positions"]] == [
        (["foreign agents"], "quote"), (["sovereignty"], "document")]
    rows = position_rows(result)
    assert [(r["topic"], r["entity_name"], r["topics"]) for r in rows] == [
        ("sovereignty", "Andrés Manuel López Obrador", ["sovereignty"])] * 2
    with pytest.raises(KeyError, match="tortillas: no such topic"):
        person_positions(comfort_engine, "AMLO", topic_key="tortillas")
    with pytest.raises(NotFoundError, match="nobody at all: no such entity"):
        person_positions(comfort_engine, "nobody at all")


def test_analyze_positions_quote_context_is_stored_with_the_quote(comfort_engine):
    from sqlalchemy import select

    from pesquisa.store import schema as t

    ebrard = find_speaker(comfort_engine, "Marcelo Ebrard")["id"]
    with comfort_engine.connect() as conn:
        rows = {r["text"]: r for r in conn.execute(select(t.quotes).where(t.quotes.c.speaker_id == ebrard)).mappings()}
    first = rows["the flow of firearms from the United States into Mexico must stop."]
    assert (first["topics"], first["topic_terms"], first["said_date"], first["said_text"]) == (
        ["weapons"], {"weapons": ["firearms"]}, "2023-03-08", "Wednesday")
    weather = rows["the weather in Washington had been pleasant during his last visit."]
    assert (weather["topics"], weather["topic_terms"]) == ([OTHER], {})


def test_analyze_positions_page_counts_every_quote_and_lists_the_first(comfort_engine):
    full = person_positions(comfort_engine, "Marcelo Ebrard")
    page = page_positions(comfort_engine, full["entity_id"], shown=2)
    assert [(g["topic"], g["count"]) for g in page["topics"]] == [("weapons", 5), ("fentanyl", 1), ("cooperation", 1),
                                                                  (OTHER, 1)]
    assert page["topics"][0]["positions"] == full["topics"][0]["positions"][:2]
    assert {**page, "topics": None} == {**full, "topics": None}
    only = page_positions(comfort_engine, full["entity_id"], topic_key="money")
    assert [(g["topic"], g["count"], g["positions"]) for g in only["topics"]] == [("money", 0, [])]


def test_analyze_positions_migration_0008_fills_the_context_of_stored_quotes(comfort_scratch):
    """A store written before 0008 (no context columns) gets them, with the values a fresh ingest writes."""
    import sqlite3

    from pesquisa.store import open_store

    before = person_positions(open_store(comfort_scratch), "Marcelo Ebrard")
    with sqlite3.connect(comfort_scratch) as conn:
        for column in ("topics", "topic_terms", "said_date", "said_text"):
            conn.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
        conn.execute("UPDATE alembic_version SET version_num = '0007'")
    engine = open_store(comfort_scratch)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*), count(topics) FROM quotes").one() == (9, 9)
    assert person_positions(engine, "Marcelo Ebrard") == before
    assert page_positions(engine, before["entity_id"])["topics"] == before["topics"]
