"""The tracker page rendered in-process: every goal and indicator, charts, evidence linked to its span, downloads."""

from __future__ import annotations

import html as html_lib
import re

from fastapi.testclient import TestClient

from pesquisa.analyze.tracker import tracker_report
from pesquisa.web import create_app
from pesquisa.web.tracker_chart import compact, indicator_chart, year_of


def test_web_tracker_page_lists_goals_indicators_and_linked_evidence(web_client, web_engine):
    report = tracker_report(web_engine).to_dict()
    page = web_client.get("/tracker")
    assert page.status_code == 200
    text = html_lib.unescape(page.text)
    assert '<a href="/tracker">Tracker</a>' in page.text  # in the navigation of every page
    assert '<link rel="stylesheet" href="/static/tracker.css">' in page.text
    for goal in report["goals"]:
        assert f'id="goal-{goal["id"]}"' in page.text and goal["name"] in text
        for ind in goal["indicators"]:
            card = re.search(rf'<article class="indicator" id="{ind["id"]}" data-evidence="(\d+)">(.*?)</article>',
                             page.text, re.S)
            assert card and int(card.group(1)) == len(ind["evidence"]), ind["id"]
            body = card.group(2)
            for e in ind["evidence"]:
                assert f'href="/documents/{e["document_id"]}?span={e["start"]}-{e["end"]}#focus"' in body
            assert f'href="/api/tracker.csv?framework=bicentennial&amp;indicator={ind["id"]}"' in body
            assert f'href="/api/tracker?framework=bicentennial&amp;indicator={ind["id"]}"' in body
            if not ind["evidence"]:
                assert "No evidence in the knowledge base yet." in body
    assert 'href="/api/tracker.csv?framework=bicentennial" download' in page.text
    assert web_client.get("/static/tracker.css").status_code == 200


def test_web_tracker_page_draws_the_official_series(tracker_store):
    client = TestClient(create_app(str(tracker_store)))
    page = client.get("/tracker").text
    card = re.search(r'<article class="indicator" id="fentanyl-seized".*?</article>', page, re.S).group(0)
    assert card.count("<polyline") == 1 and "CBP: fentanyl seized (OFO + USBP), kg per month" in card
    assert "Latest figure: <strong>4.54 kg</strong> · 2025-03" in card
    assert "cbp-nationwide (official)" in card
    # the seizure told twice is one item, the Spanish outlet under "also"
    assert card.count('<li><span class="when">') == 1 and "also told 1 more time" in card


def test_web_tracker_chart_geometry():
    link = lambda e: f"/documents/{e['document_id']}"  # noqa: E731
    evidence = [{"document_id": "d1", "start": 0, "end": 5, "text": "5 kg", "source": "a.txt", "date": "2024-01-01",
                 "value": 5.0, "unit": "kg"},
                {"document_id": "d2", "start": 0, "end": 6, "text": "10 kg", "source": "b.txt", "date": "2025-01-01",
                 "value": 10.0, "unit": "kg"},
                {"document_id": "d3", "start": 0, "end": 4, "text": "talk", "source": "c.txt", "date": "2024-07-01"},
                {"document_id": "d4", "start": 0, "end": 4, "text": "old", "source": "d.txt", "date": None}]
    chart = indicator_chart({"evidence": evidence}, link=link, width=440, height=160)
    # no series: the kg figures are dots on the y axis, the event a mark on the strip, the undated counted
    assert [(d["x"], d["y"], d["href"]) for d in chart.dots] == [(46.0, 61.0, "/documents/d1"),
                                                                  (430.0, 8.0, "/documents/d2")]
    assert [(m["x"], m["y"]) for m in chart.marks] == [(238.0, 132)] and chart.undated == 1
    assert chart.unit == "kg" and [t["label"] for t in chart.x_ticks] == ["2025"]
    assert chart.dots[0]["title"] == "2024-01-01 · 5 kg · “5 kg” · a.txt [0:5]"
    series = [{"name": "S", "unit": "kg", "points": [{"date": "2024-01", "value": 0.0}, {"date": "2024-03", "value": 8.0}]}]
    with_series = indicator_chart({"evidence": evidence[:1], "series": series}, link=link)
    assert len(with_series.lines) == 1 and with_series.dots == [] and len(with_series.marks) == 1
    assert indicator_chart({"evidence": evidence[3:]}, link=link).empty
    assert (compact(1500), compact(2_000_000), compact(12.5), year_of("2024"), year_of("2024-07")) == (
        "1.5k", "2M", "12.5", 2024.5, 2024 + 6.5 / 12)
