"""Relations, event judgements, the timeline and the seizure ledger through the store (issue 11).

Three hand-written articles: one seizure told in English and in Spanish, and a sanction.
"""

from __future__ import annotations

import json

import pytest
from _store_helpers import head_revision
from typer.testing import CliRunner

from pesquisa.cli import get_app
from pesquisa.pipeline import ingest_documents, record_event_judgement
from pesquisa.records import RawDocument
from pesquisa.report.export import evaluation_export
from pesquisa.store import open_store, read

FUEL_EN = ("Mexican navy seizes stolen fuel\n\n"
           "TAMPICO, Tamaulipas — The Mexican Navy seized two ships carrying 800,000 liters of fuel off the port of "
           "Dos Bocas on Monday, officials said.\n\n"
           "Navy Secretary Rafael Ojeda said the operation was the largest of its kind.\n")
FUEL_ES = ("La Marina asegura combustible\n\n"
           "La Secretaría de Marina aseguró ayer dos buques con 840 mil litros de diésel frente al puerto de Dos Bocas, "
           "Tabasco.\n\nEl titular de la Marina, Rafael Ojeda, describió la operación.\n")
SANCTION = ("Treasury sanctions CJNG operators\n\n"
            "The U.S. Treasury Department on Wednesday sanctioned Julio César Montero Pinzón, a CJNG operator, and froze "
            "$5 million in assets linked to the Jalisco New Generation Cartel.\n")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = open_store(tmp_path_factory.mktemp("rel") / "kb.sqlite")
    docs = [RawDocument(source="a_fuel_en.txt", raw=FUEL_EN, published="2019-01-29"),
            RawDocument(source="b_fuel_es.txt", raw=FUEL_ES, published="2019-01-29"),
            RawDocument(source="c_sanction.txt", raw=SANCTION, published="2025-08-14")]
    report = ingest_documents(engine, docs)
    assert report.ok and len(report.added) == 3
    return engine


def _entity(engine, name: str) -> str:
    from sqlalchemy import select

    from pesquisa.store import schema as t

    with engine.connect() as conn:
        return conn.execute(select(t.entities.c.id).where(t.entities.c.name == name)).scalar_one()


def test_store_relations_one_seizure_in_two_languages_is_one_event(engine):
    export = {d["source"]: d for d in evaluation_export(engine)["documents"]}
    (en,) = [e for e in export["a_fuel_en.txt"]["events"] if e["type"] == "seizure"]
    (es,) = [e for e in export["b_fuel_es.txt"]["events"] if e["type"] == "seizure"]
    assert en["id"] == es["id"]
    assert (en["date"], en["place"], en["status"]) == ("2019-01-28", "Dos Bocas", "happened")
    semar = _entity(engine, "Secretaría de Marina")
    assert semar in en["participant_ids"] and semar in es["participant_ids"]


def test_store_relations_quotes_and_quantities_carry_their_documents_date(engine):
    export = {d["source"]: d for d in evaluation_export(engine)["documents"]}
    fuel = next(q for q in export["a_fuel_en.txt"]["quantities"] if q["unit"] == "l")
    assert fuel["date"] == "2019-01-29"
    quotes = export["a_fuel_en.txt"]["quotes"]
    assert quotes and {q["date"] for q in quotes} == {"2019-01-29"}  # "Ojeda said the operation was ..."


def test_store_relations_ledger_counts_a_seizure_told_twice_once(engine):
    ledger = read.seizure_ledger(engine)
    (line,) = [s for s in ledger["seizures"] if s["unit"] == "l"]
    assert line["value"] == 800000.0  # the first report's figure; the second report is shown, not added
    assert [r["source"] for r in line["reports"]] == ["a_fuel_en.txt", "b_fuel_es.txt"]
    assert line["reports"][0]["text"] == "800,000 liters of fuel"
    assert line["reports"][1]["text"].startswith("840 mil litros de diésel")
    (total,) = [t for t in ledger["totals"] if t["unit"] == "l"]
    assert (total["total"], total["seizures"], total["reports"]) == (800000.0, 1, 2)


def test_store_relations_are_stored_with_resolved_ids_and_spans(engine):
    cjng = _entity(engine, "Cártel de Jalisco Nueva Generación")
    profile = read.organization_profile(engine, cjng)
    assert [(m["name"], m["kind"], m["text"]) for m in profile["members"]] == [
        ("Julio César Montero Pinzón", "member_of", "Julio César Montero Pinzón, a CJNG operator")]
    assert [(m["text"], m["source"]) for m in profile["money"]] == [("$5 million", "c_sanction.txt")]
    (sanction,) = profile["sanctions"]
    assert (sanction["organizer"], [t["name"] for t in sanction["targets"]]) == (
        "U.S. Department of the Treasury", ["Julio César Montero Pinzón"])
    person = read.person_profile(engine, _entity(engine, "Julio César Montero Pinzón"))
    assert {(r["kind"], r["other"]) for r in person["relations"]} == {
        ("member_of", "Cártel de Jalisco Nueva Generación"), ("sanctioned_by", "U.S. Department of the Treasury")}


def test_store_relations_nationality_in_export_and_edges(engine):
    export = {d["source"]: d for d in evaluation_export(engine)["documents"]}
    ojeda = next(e for e in export["a_fuel_en.txt"]["entities"] if e["name"] == "Rafael Ojeda")
    assert ojeda["nationality"] == ["mx"]  # Secretary of the Mexican Navy
    edges = read.relation_edges(engine, kinds=["sanctioned_by"])
    assert [(e["source_name"], e["target_name"], e["evidence"][0]["cue"]) for e in edges] == [
        ("Julio César Montero Pinzón", "U.S. Department of the Treasury", "sanctioned")]


def test_store_relations_timeline_treats_undated_events_explicitly(engine):
    dated = read.event_timeline(engine, date_from="2019-01", date_to="2019-01", undated="exclude")
    assert [(e["type"], e["date"]) for e in dated] == [("seizure", "2019-01-28")]
    everything = read.event_timeline(engine)
    assert all(e["dated"] for e in everything[:-1]) or not everything[-1]["dated"]
    assert {e["type"] for e in read.event_timeline(engine, date_from="2025")} == {"sanction"}
    with pytest.raises(ValueError):
        read.event_timeline(engine, undated="sometimes")


def test_store_relations_event_judgements_are_replayed(engine, tmp_path):
    from pesquisa.pipeline import resolve_store

    export = {d["source"]: d for d in evaluation_export(engine)["documents"]}
    event_id = next(e["id"] for e in export["a_fuel_en.txt"]["events"] if e["type"] == "seizure")
    pieces = record_event_judgement(engine, "split-event", event_id)
    assert len(pieces) == 2 and event_id in pieces
    resolve_store(engine)  # a later resolution keeps the judgement
    export = {d["source"]: d for d in evaluation_export(engine)["documents"]}
    ids = {d: next(e["id"] for e in export[d]["events"] if e["type"] == "seizure") for d in ("a_fuel_en.txt", "b_fuel_es.txt")}
    assert ids["a_fuel_en.txt"] != ids["b_fuel_es.txt"]
    merged = record_event_judgement(engine, "merge-event", ids["a_fuel_en.txt"], ids["b_fuel_es.txt"])
    assert merged == [event_id]


def test_store_relations_cli_event_judgements_and_errors(engine, tmp_path):
    db = engine.url.database
    runner = CliRunner()
    out = tmp_path / "e.json"
    runner.invoke(get_app(), ["export", "--db", db, "--output", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    event_id = next(e["id"] for d in data["documents"] if d["source"] == "a_fuel_en.txt" for e in d["events"]
                    if e["type"] == "seizure")
    shown = runner.invoke(get_app(), ["show", "event", event_id, "--db", db])
    assert "a_fuel_en.txt" in shown.stdout and "b_fuel_es.txt" in shown.stdout and "because:" in shown.stdout
    result = runner.invoke(get_app(), ["split-event", "evt-nope", "--db", db])
    assert result.exit_code == 1 and result.stderr.strip() == "Error: evt-nope: no such event"
    result = runner.invoke(get_app(), ["merge-event", event_id, "evt-nope", "--db", db])
    assert result.exit_code == 1 and result.stderr.strip() == "Error: evt-nope: no such event"


def test_store_relations_migration_0003_upgrades_a_0002_database(tmp_path):
    import sqlite3

    from sqlalchemy import inspect

    path = tmp_path / "old.sqlite"
    open_store(path).dispose()
    from pesquisa.store import schema

    later = ["relations", "failures", "event_components",
             *(t.name for t in (*schema.OFFICIAL_TABLES, *schema.RESOLUTION_TABLES))]
    with sqlite3.connect(path) as conn:  # make it a database of revision 0002: no later tables, no event columns
        for table in later:
            conn.execute(f"DROP TABLE {table}")
        for table, columns in (("event_reports", ("status", "country", "target_local_ids", "target_ids", "amounts")),
                               ("events", ("status", "country"))):
            for column in columns:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
    engine = open_store(path)
    inspector = inspect(engine)
    assert "relations" in inspector.get_table_names()
    assert {"status", "country", "amounts"} <= {c["name"] for c in inspector.get_columns("event_reports")}
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()  # the head
    assert set(later) <= set(inspector.get_table_names())
    open_store(path).dispose()  # re-running is a no-op


def test_store_relations_show_organization_lists_members_money_and_sanctions(engine):
    result = CliRunner().invoke(get_app(), ["show", "organization", "CJNG", "--db", engine.url.database])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Members\n  Julio César Montero Pinzón (member_of Cártel de Jalisco Nueva Generación)" in out
    assert "c_sanction.txt [" in out and "$5 million" in out
    assert "Sanctions\n  2025-08-13 by U.S. Department of the Treasury: Julio César Montero Pinzón" in out
