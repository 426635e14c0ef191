"""``GET /api/tracker`` and its CSV: the CLI's JSON, one indicator on request, errors in the one shape."""

from __future__ import annotations

import csv
import io

from _web_fixtures import body_of

from pesquisa.analyze.tracker import CSV_COLUMNS, tracker_report


def test_api_tracker_is_the_cli_report(web_client, web_engine):
    response = web_client.get("/api/tracker")
    assert response.status_code == 200
    out = response.json()
    assert out == tracker_report(web_engine).to_dict()
    assert [g["id"] for g in out["goals"]] == ["protect", "prevent", "pursue"]
    for goal in out["goals"]:
        for ind in goal["indicators"]:
            for e in ind["evidence"]:
                assert body_of(web_engine, e["document_id"])[e["start"]:e["end"]] == e["text"]


def test_api_tracker_one_indicator_and_its_csv(web_client):
    whole = web_client.get("/api/tracker").json()
    firearms = next(i for g in whole["goals"] for i in g["indicators"] if i["id"] == "firearms-seized")
    one = web_client.get("/api/tracker", params={"indicator": "firearms-seized"}).json()
    assert [(g["id"], [i["id"] for i in g["indicators"]]) for g in one["goals"]] == [("prevent", ["firearms-seized"])]
    assert one["goals"][0]["indicators"][0] == firearms
    response = web_client.get("/api/tracker.csv", params={"indicator": "firearms-seized"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="tracker-bicentennial-firearms-seized.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert response.text.splitlines()[0] == ",".join(CSV_COLUMNS)
    assert [(r["document_id"], int(r["start"]), int(r["end"]), r["text"]) for r in rows] == [
        (e["document_id"], e["start"], e["end"], e["text"]) for e in firearms["evidence"]]
    everything = list(csv.DictReader(io.StringIO(web_client.get("/api/tracker.csv").text)))
    assert len(everything) == sum(len(i["evidence"]) for g in whole["goals"] for i in g["indicators"])


def test_api_tracker_errors_have_the_one_shape(web_client):
    unknown = web_client.get("/api/tracker", params={"indicator": "nope"})
    assert unknown.status_code == 404
    assert unknown.json()["error"].startswith("nope: no such indicator in bicentennial (known: homicides, ")
    framework = web_client.get("/api/tracker.csv", params={"framework": "nope"})
    assert framework.json() == {"ok": False, "error": "nope: no such framework (known: bicentennial)", "errors": {},
                                "status": 404}
    path = web_client.get("/api/tracker", params={"framework": "../../etc/passwd"})  # only shipped ids, never a path
    assert path.status_code == 422 and set(path.json()["errors"]) == {"framework"}
    assert "/api/tracker" in {e["path"] for e in web_client.get("/api").json()["endpoints"]}
