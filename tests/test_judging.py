"""Judgements checked, recorded and undone (judging.py), and over HTTP (api/history.py, api/judgements.py)."""

from __future__ import annotations

import pytest
from _web_fixtures import TOKEN
from fastapi.testclient import TestClient

from pesquisa import judging
from pesquisa.errors import RefusedError
from pesquisa.store import open_store, read


@pytest.fixture
def engine(comfort_scratch):
    return open_store(comfort_scratch, create=False)


def _id(engine, name: str) -> str:
    return read.find_entity(engine, name)["id"]


def _event_of_type(engine, type: str) -> str:
    return read.event_ids(engine, type=type)[0]


def test_judging_merge_refuses_itself_and_other_types(engine):
    ebrard, sre = _id(engine, "Marcelo Ebrard"), _id(engine, "Secretaría de Relaciones Exteriores")
    with pytest.raises(RefusedError) as itself:
        judging.merge_entities(engine, ebrard, ebrard)
    assert str(itself.value) == f"{ebrard}: cannot merge Marcelo Ebrard ({ebrard}) with itself"
    with pytest.raises(RefusedError) as across:
        judging.merge_entities(engine, ebrard, sre)
    assert str(across.value) == (f"{ebrard}: cannot merge Marcelo Ebrard ({ebrard}), a person, with Secretaría de "
                                 f"Relaciones Exteriores ({sre}), an organization (only entity records of one type "
                                 "can be merged)")
    assert across.value.errors == {"other": str(across.value)}
    visit, seizure = _event_of_type(engine, "visit"), _event_of_type(engine, "seizure")
    with pytest.raises(RefusedError, match=r"a visit, with the seizure of no date .*, a seizure"):
        judging.merge_events(engine, visit, seizure)
    with pytest.raises(RefusedError, match="with itself"):
        judging.merge_events(engine, visit, visit)
    assert read.judgement_history(engine).total == 0  # nothing written


def test_judging_merge_then_undo_restores_the_ids(engine):
    ebrard, amlo = _id(engine, "Marcelo Ebrard"), _id(engine, "Andrés Manuel López Obrador")
    done = judging.merge_entities(engine, amlo, ebrard, author="ana")
    merged = min(ebrard, amlo)
    assert (done["kind"], done["result"], done["judgement_id"]) == ("merge", merged, 1)
    assert read.resolve_id(engine, max(ebrard, amlo)) == merged
    row = read.judgement_row(engine, 1)
    assert (row["status"], row["author"], row["detail"]["names"]) == (
        "standing", "ana", [f"Andrés Manuel López Obrador ({amlo})", f"Marcelo Ebrard ({ebrard})"])
    assert row["target_now"] == row["other_now"] == merged

    undone = judging.undo_judgement(engine, 1, author="bea")
    assert (undone["status"], undone["undone_by"]) == ("undone", "bea") and undone["deleted_at"]
    assert read.entity_exists(engine, ebrard) and read.entity_exists(engine, amlo)
    assert read.resolve_id(engine, max(ebrard, amlo)) == max(ebrard, amlo)  # the redirect is gone
    assert [q["text"] for q in read.quotes_by_speaker(engine, amlo)] == [
        "Mexico will not accept foreign agents operating on its territory.", "Our sovereignty is not negotiable"]
    assert read.judgements(engine) == []  # the replay reads standing judgements only
    with pytest.raises(RefusedError, match=r"judgement 1: already undone \(.*, by bea\)"):
        judging.undo_judgement(engine, 1)


def test_judging_split_event_and_undo(engine):
    visit = _event_of_type(engine, "visit")
    done = judging.split_event(engine, visit, author="ana")
    assert (done["kind"], done["judgement_id"]) == ("split-event", 1)
    judging.undo_judgement(engine, 1)
    history = read.judgement_history(engine, kind="split-event", status="undone")
    assert [(j["id"], j["subject"], j["target_label"]) for j in history.items] == [(1, "event", "visit undated")]
    assert read.judgement_history(engine, status="standing").total == 0


def test_judging_merge_events_of_one_type_and_undo(scratch_db):
    engine = open_store(scratch_db, create=False)
    first, second = read.event_ids(engine, type="meeting")[:2]
    reports = read.event_report_ids(engine, first) + read.event_report_ids(engine, second)
    done = judging.merge_events(engine, first, second)
    (merged,) = done["result"].split(", ")
    assert sorted(read.event_report_ids(engine, merged)) == sorted(reports)
    judging.undo_judgement(engine, done["judgement_id"])
    assert {read.event_of_report(engine, r) for r in reports} == {first, second}


@pytest.fixture
def client(comfort_scratch):
    from pesquisa.web import create_app

    app = create_app(str(comfort_scratch), token=TOKEN)
    return TestClient(app), app.state.engine


def test_api_history_writes_need_the_token(client):
    http, _ = client
    assert http.post("/api/judgements/1/undo").status_code == 401
    assert http.post("/api/events/merge", json={"target": "a", "other": "b"}).status_code == 401
    assert http.post("/api/events/evt-x/split", headers={"X-Pesquisa-Token": "guess"}).status_code == 401
    assert http.get("/api/judgements").json() == {"total": 0, "limit": 50, "offset": 0, "items": []}
    assert http.get("/api/judgements/9").json()["error"] == "judgement 9: no such judgement"


def test_api_history_refusals_are_422_and_undo_works(client):
    http, engine = client
    auth = {"Authorization": f"Bearer {TOKEN}"}
    ebrard, sre = _id(engine, "Marcelo Ebrard"), _id(engine, "Secretaría de Relaciones Exteriores")
    across = http.post("/api/entities/merge", json={"target": ebrard, "other": sre}, headers=auth)
    assert across.status_code == 422
    assert across.json()["error"].startswith(f"{ebrard}: cannot merge Marcelo Ebrard ({ebrard}), a person, with")
    events = http.post("/api/events/merge", json={"target": _event_of_type(engine, "visit"),
                                                  "other": _event_of_type(engine, "seizure")}, headers=auth)
    assert events.status_code == 422
    salazar = _id(engine, "Ken Salazar")
    merged = http.post("/api/entities/merge", json={"target": ebrard, "other": salazar, "author": "ana"}, headers=auth)
    assert merged.status_code == 200 and merged.json()["judgement_id"] == 1
    listed = http.get("/api/judgements", params={"kind": "merge"}).json()["items"]
    assert [(j["id"], j["kind"], j["status"], j["author"], j["target_name"], j["other_name"]) for j in listed] == [
        (1, "merge", "standing", "ana", f"Marcelo Ebrard ({ebrard})", f"Ken Salazar ({salazar})")]
    undo = http.post("/api/judgements/1/undo", json={"author": "bea"}, headers=auth)
    assert (undo.status_code, undo.json()["status"], undo.json()["undone_by"]) == (200, "undone", "bea")
    again = http.post("/api/judgements/1/undo", headers=auth)
    assert again.status_code == 422 and again.json()["errors"] == {"judgement": "already undone"}
    assert http.get(f"/api/entities/{salazar}").json()["name"] == "Ken Salazar"
    assert http.get("/api/judgements", params={"status": "standing"}).json()["total"] == 0
