"""Judgement forms of the web UI (web/judging.py), in-process: token, refusals shown at the form, history and undo."""

from __future__ import annotations

import re

import pytest
from _web_fixtures import TOKEN
from fastapi.testclient import TestClient

from pesquisa.store import read


@pytest.fixture
def site(comfort_scratch):
    from pesquisa.web import create_app

    app = create_app(str(comfort_scratch), token=TOKEN)
    return TestClient(app), app.state.engine


def _refusal(html: str) -> str:
    (found,) = re.findall(r'<p class="refusal" role="alert">(.*?)</p>', html)
    return found


def test_web_judging_forms_list_same_type_partners(site):
    http, engine = site
    ebrard = read.find_entity(engine, "Marcelo Ebrard")["id"]
    page = http.get(f"/entities/{ebrard}").text
    assert f'<form class="judge-form merge" method="post" action="/entities/{ebrard}/judge">' in page
    options = re.findall(r'<option value="([^"]+)" label="([^"]+)">', page)
    assert {label.split(" (")[0] for _, label in options} == {"Andrés Manuel López Obrador", "Antony Blinken",
                                                              "Ken Salazar"}  # people only, not Ebrard himself
    visit = read.event_ids(engine, type="visit")[0]
    assert "<datalist id=\"merge-choices\"></datalist>" in http.get(f"/events/{visit}").text  # no other visit


def test_web_judging_refusals_shown_at_the_form(site):
    http, engine = site
    ebrard = read.find_entity(engine, "Marcelo Ebrard")["id"]
    wrong = http.post(f"/entities/{ebrard}/judge", data={"action": "merge", "other": "Ken Salazar", "token": "guess"})
    assert (wrong.status_code, _refusal(wrong.text)) == (401, "<strong>401</strong> missing or wrong token")
    itself = http.post(f"/entities/{ebrard}/judge", data={"action": "merge", "other": ebrard, "token": TOKEN})
    assert itself.status_code == 422
    assert _refusal(itself.text) == f"<strong>422</strong> {ebrard}: cannot merge Marcelo Ebrard ({ebrard}) with itself"
    across = http.post(f"/entities/{ebrard}/judge", data={"action": "merge", "other": "Secretaría de Relaciones "
                                                                                      "Exteriores", "token": TOKEN})
    assert across.status_code == 422 and "a person, with Secretaría de Relaciones Exteriores" in _refusal(across.text)
    assert 'value="Secretaría de Relaciones Exteriores"' in across.text  # what was typed stays in the field
    nobody = http.post(f"/entities/{ebrard}/judge", data={"action": "merge", "other": "Nobody Atall", "token": TOKEN})
    assert (nobody.status_code, _refusal(nobody.text)) == (404, "<strong>404</strong> Nobody Atall: no such entity")
    visit, seizure = read.event_ids(engine, type="visit")[0], read.event_ids(engine, type="seizure")[0]
    events = http.post(f"/events/{visit}/judge", data={"action": "merge", "other": seizure, "token": TOKEN})
    assert events.status_code == 422 and "a visit, with the seizure of no date" in _refusal(events.text)
    assert http.get("/api/judgements").json()["total"] == 0


def test_web_judging_merge_by_name_then_undo_from_the_history(site):
    http, engine = site
    ebrard, salazar = read.find_entity(engine, "Marcelo Ebrard")["id"], read.find_entity(engine, "Ken Salazar")["id"]
    made = http.post(f"/entities/{salazar}/judge", data={"action": "merge", "other": "Marcelo Ebrard", "author": "ana",
                                                         "token": TOKEN}, follow_redirects=False)
    merged = min(ebrard, salazar)
    assert (made.status_code, made.headers["location"]) == (303, f"/entities/{merged}?judgement=1#judge")
    notice = re.findall(r'<p class="notice" role="status">(.*?)</p>', http.get(made.headers["location"]).text)
    assert notice[0].startswith(f"Judgement #1 recorded: merge of Ken Salazar ({salazar}) and Marcelo Ebrard "
                                f"({ebrard}) by ana, ")
    history = http.get("/judgements").text
    assert '<tr id="j-1" class="standing">' in history and '<form class="undo-form" method="post" ' \
                                                            'action="/judgements/1/undo">' in history
    undone = http.post("/judgements/1/undo", data={"token": TOKEN, "author": "bea"}, follow_redirects=False)
    assert (undone.status_code, undone.headers["location"]) == (303, "/judgements?judgement=1#j-1")
    marked = http.get("/judgements?judgement=1").text
    assert '<tr id="j-1" class="undone marked">' in marked and " by bea</td>" in marked
    assert "undo-form" not in marked  # an undone judgement has no undo button
    again = http.post("/judgements/1/undo", data={"token": TOKEN})
    assert again.status_code == 422 and "judgement 1: already undone" in _refusal(again.text)
    assert read.entity_exists(engine, ebrard) and read.entity_exists(engine, salazar)


def test_web_judging_split_goes_to_the_history_and_forms_need_a_form(site):
    http, engine = site
    amlo = read.find_entity(engine, "Andrés Manuel López Obrador")["id"]
    split = http.post(f"/entities/{amlo}/judge", data={"action": "split", "token": TOKEN}, follow_redirects=False)
    assert (split.status_code, split.headers["location"]) == (303, "/judgements?judgement=1#j-1")
    as_json = http.post(f"/entities/{amlo}/judge", json={"action": "split", "token": TOKEN})
    assert as_json.status_code == 415
    cross_site = http.post(f"/entities/{amlo}/judge", data={"action": "split", "token": TOKEN},
                           headers={"Origin": "https://evil.example"})
    assert cross_site.status_code == 403  # the request guard refuses a form posted from another site


def test_web_judging_disabled_without_a_token(comfort_scratch, monkeypatch):
    from pesquisa.web import create_app

    monkeypatch.delenv("PESQUISA_TOKEN", raising=False)
    http = TestClient(create_app(str(comfort_scratch)))
    engine = http.app.state.engine
    ebrard = read.find_entity(engine, "Marcelo Ebrard")["id"]
    assert "Merge and split are off" in http.get(f"/entities/{ebrard}").text
    refused = http.post(f"/entities/{ebrard}/judge", data={"action": "split", "token": "x"})
    assert refused.status_code == 403 and "judgements are disabled" in _refusal(refused.text)
