"""Issue 16, server: size limits, cross-site refusal, the exposure warning and several workers."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest
from _web_fixtures import TOKEN

from pesquisa.api.guard import MAX_BODY_BYTES, MAX_QUERY_BYTES
from pesquisa.api.server import free_port
from pesquisa.cli.serve import exposure_warnings

MERGE = {"target": "per-nope", "other": "per-none"}


def test_api_guard_long_query_is_414(web_client):
    response = web_client.get("/api/search", params={"q": "a" * (MAX_QUERY_BYTES + 1)})
    assert response.status_code == 414
    assert response.json() == {"ok": False, "error": f"query string longer than {MAX_QUERY_BYTES} bytes",
                               "errors": {"query": "too long"}, "status": 414}
    assert response.headers["x-frame-options"] == "DENY"  # refusals carry the security headers too


def test_api_guard_large_body_is_413_declared_or_chunked(web_client):
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    declared = web_client.post("/api/entities/merge", content=b" " * (MAX_BODY_BYTES + 1), headers=headers)
    chunked = web_client.post("/api/entities/merge", content=(b" " * 1000 for _ in range(70)), headers=headers)
    assert declared.status_code == chunked.status_code == 413
    assert chunked.json()["error"] == f"request body larger than {MAX_BODY_BYTES} bytes"


def test_api_guard_cross_site_post_refused(web_client):
    for headers in ({"Origin": "https://evil.example"}, {"Referer": "https://evil.example/form"}, {"Origin": "null"},
                    {"Origin": "http://testserver.evil.example"}):
        response = web_client.post("/api/entities/merge", json=MERGE, headers=headers)
        assert response.status_code == 403, headers
        assert response.json()["errors"] == {"origin": "refused"}


def test_api_guard_same_origin_no_origin_or_token_header_reaches_the_route(web_client):
    no_origin = web_client.post("/api/entities/merge", json=MERGE)  # curl, scripts: not a forgery vector
    assert (no_origin.status_code, no_origin.json()["errors"]) == (401, {"token": "missing"})
    same_site = web_client.post("/api/entities/merge", json=MERGE, headers={"Origin": "http://testserver"})
    assert (same_site.status_code, same_site.json()["errors"]) == (401, {"token": "missing"})
    wrong = web_client.post("/api/entities/merge", json=MERGE, headers={"Authorization": "Bearer wrong"})
    assert (wrong.status_code, wrong.json()["errors"]) == (401, {"token": "wrong"})
    right = web_client.post("/api/entities/merge", json=MERGE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert (right.status_code, right.json()["error"]) == (404, "per-nope: no such entity")


def test_api_guard_reads_are_not_affected(web_client):
    assert web_client.get("/api/search", params={"q": "Ebrard"}).status_code == 200


@pytest.mark.parametrize("host, token, expected", [
    ("127.0.0.1", None, []),
    ("0.0.0.0", None, ["warning: binding 0.0.0.0: the workbench and every document in it are reachable by others on the network",
                       "warning: writes (merge, split) need the token; none is set, so they are off (set PESQUISA_TOKEN to enable them)"]),
    ("0.0.0.0", "s3cret", ["warning: binding 0.0.0.0: the workbench and every document in it are reachable by others on the network",
                           "warning: writes (merge, split) need the token; keep it secret"]),
])
def test_api_guard_exposure_warnings(host, token, expected):
    assert exposure_warnings(host, token) == expected


def test_api_guard_serve_with_two_workers(web_db):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", "from pesquisa.cli import main; main()", "serve", "--db", str(web_db),
                                "--port", str(port), "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, env={k: v for k, v in os.environ.items() if k != "PESQUISA_TOKEN"})
    try:
        deadline = time.monotonic() + 180  # (two workers start slowly on a loaded machine)
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/summary", timeout=2)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()  # (its output is read once it has stopped: a live server's never ends)
                    pytest.fail(f"the server did not answer: {process.communicate(timeout=20)[0]}")
                time.sleep(0.2)
        assert response.json()["counts"]["documents"] == 20
        assert all(httpx.get(f"http://127.0.0.1:{port}/api/summary", timeout=5).status_code == 200 for _ in range(6))
    finally:
        process.terminate()
        output = process.communicate(timeout=20)[0]
    assert "2 workers" in output
