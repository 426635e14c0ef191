"""An extradition or arrest told again weeks later without naming whom it took ("sobrino de X, extraditado a inicios
de mes") is the one other outlets reported naming X as the man sent; a report naming
only people the other did not act on, one naming whom it took, and attacks stay apart."""

from __future__ import annotations

from _store_helpers import exported_documents

from pesquisa.records import RawDocument
from pesquisa.resolve import EventReport, merge_evidence, resolve_events
from pesquisa.resolve._unnamed_targets import acted_on_unnamed


def _report(rid: str, doc: str, kind: str, date: str, people: list[str], targets: list[str]) -> EventReport:
    return EventReport(rid, doc, kind, date, None, None, people, target_ids=targets)


def test_resolve_events_unnamed_target_joins_the_report_naming_him():
    at_the_time = _report("r1", "d1", "extradition", "2026-11-05", ["per-boss"], ["per-boss"])
    follow_up = _report("r2", "d2", "extradition", "2026-11", ["per-boss"], [])
    assert acted_on_unnamed(at_the_time, follow_up)
    assert merge_evidence(at_the_time, follow_up) is not None
    assert len(resolve_events([at_the_time, follow_up])) == 1


def test_resolve_events_unnamed_target_needs_the_man_acted_on():
    arrest = _report("r1", "d1", "arrest", "2026-11-05", ["per-boss", "per-minister"], ["per-boss"])
    other = _report("r2", "d2", "arrest", "2026-11", ["per-minister"], [])  # the minister announced another arrest
    assert not acted_on_unnamed(arrest, other)
    assert merge_evidence(arrest, other) is None
    named = _report("r5", "d5", "arrest", "2026-11", ["per-boss", "per-other"], ["per-other"])  # names whom it took
    assert not acted_on_unnamed(arrest, named)
    attack = _report("r3", "d3", "attack", "2026-11-05", ["per-mayor"], ["per-mayor"])
    told_again = _report("r4", "d4", "attack", "2026-11", ["per-mayor"], [])
    assert not acted_on_unnamed(attack, told_again)


def test_resolve_events_unnamed_target_in_a_follow_up_article(tmp_path):
    docs = [
        RawDocument(source="wire.txt", published="2026-11-06", raw=(
            "BOGOTA (Reuters) - Colombia extradited Jobanis de Jesús Ávila Villadiego, alias \"Chiquito Malo,\" to the "
            "United States on Thursday, police said.")),
        RawDocument(source="follow.txt", published="2026-11-19", raw=(
            "El Ejército de Colombia capturó este miércoles en Necoclí, Antioquia, a Jhon Fredy Ávila Torres, alias "
            "\"Chiquito Malo Jr.\", sobrino de Jobanis de Jesús Ávila Villadiego, extraditado a Estados Unidos a "
            "inicios de mes.")),
    ]
    sent = {source: {e["id"] for e in d["events"] if e["type"] == "extradition"}
            for source, d in exported_documents(tmp_path, docs).items()}
    assert sent["wire.txt"] and sent["wire.txt"] == sent["follow.txt"]
