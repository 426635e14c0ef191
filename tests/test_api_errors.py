"""The one error shape, security headers, OpenAPI without a CDN."""

from __future__ import annotations

import re


def test_api_errors_shape_is_pinned(web_client):
    response = web_client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.json() == {"ok": False, "error": "Not Found", "errors": {}, "status": 404}


def test_api_errors_not_found_names_the_id(web_client):
    response = web_client.get("/api/entities/per-0000000000000000")
    assert response.status_code == 404
    assert response.json() == {"ok": False, "error": "per-0000000000000000: no such entity", "errors": {},
                               "status": 404}
    assert web_client.get("/api/documents/doc-nope").json()["error"] == "doc-nope: no such document"
    assert web_client.get("/api/events/evt-nope").json()["error"] == "evt-nope: no such event"


def test_api_errors_validation_lists_fields(web_client):
    body = web_client.get("/api/documents?date_from=March&limit=0").json()
    assert body["ok"] is False and body["status"] == 422
    assert set(body["errors"]) == {"date_from", "limit"}
    assert body["error"].startswith(("date_from: ", "limit: "))


def test_api_errors_html_page_has_the_same_fields(web_client):
    response = web_client.get("/documents/doc-nope")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "doc-nope: no such document" in response.text
    assert "<h1>404</h1>" in response.text


def test_api_errors_json_when_asked(web_client):
    response = web_client.get("/documents/doc-nope", headers={"accept": "application/json"})
    assert response.json() == {"ok": False, "error": "doc-nope: no such document", "errors": {}, "status": 404}


def test_api_security_headers_on_every_response(web_client):
    for path in ("/", "/api/summary", "/api/nothing-here"):
        headers = web_client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_api_openapi_offline(web_client):
    schema = web_client.get("/openapi.json").json()
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/documents/{doc_id}/raw", "/api/entities",
                 "/api/entities/{entity_id}", "/api/entities/{entity_id}/network", "/api/entities/merge",
                 "/api/entities/{entity_id}/split", "/api/quotes", "/api/quantities", "/api/quantities/totals",
                 "/api/events", "/api/events/{event_id}", "/api/search", "/api/summary"):
        assert path in schema["paths"], path
    # Swagger UI and ReDoc fetch their scripts from a CDN: they are off.
    assert web_client.get("/docs").status_code == 404
    assert web_client.get("/redoc").status_code == 404
    index = web_client.get("/api").json()
    assert {"method": "GET", "path": "/api/quotes", "summary": "List quotes"} in index["endpoints"]


def test_api_pages_load_nothing_from_elsewhere(web_client):
    for path in ("/", "/?q=Ebrard", "/quantities", "/events", "/entities", "/quotes", "/documents"):
        html = web_client.get(path).text
        sources = re.findall(r'<(?:script|link|img)[^>]*(?:src|href)="([^"]+)"', html)
        assert sources and all(s.startswith("/static/") for s in sources), (path, sources)


def test_api_exports_are_honest():
    import pesquisa.api
    import pesquisa.web

    for module in (pesquisa.api, pesquisa.web):
        assert all(hasattr(module, name) for name in module.__all__)
    assert pesquisa.api.__all__ == ["ApiError", "create_app", "error_body"]



def test_api_errors_blank_date_fields_mean_no_filter(web_client):
    """A web form submitted with its date fields left empty filters nothing (it used to answer 422)."""
    everything = web_client.get("/api/quotes").json()["total"]
    blank = web_client.get("/api/quotes?date_from=&date_to=")
    assert blank.status_code == 200 and blank.json()["total"] == everything
    assert web_client.get("/events?date_from=&date_to=").status_code == 200
    assert web_client.get("/api/quotes?date_from=yesterday").status_code == 422  # still validated when given
