"""`pesquisa serve`: registered on the CLI, loopback by default, fails in one line without a database."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
from typer.testing import CliRunner

from pesquisa.api.server import free_port
from pesquisa.cli import get_app


def test_web_serve_help_defaults_to_loopback():
    result = CliRunner().invoke(get_app(), ["serve", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "[default: 127.0.0.1]" in result.output
    assert "PESQUISA_TOKEN" in result.output


def test_web_serve_missing_database_is_one_line(tmp_path):
    result = CliRunner().invoke(get_app(), ["serve", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {tmp_path / 'none.sqlite'}: no such database (run `pesquisa ingest` first)"


def test_web_serve_runs_on_loopback(web_db):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", "from pesquisa.cli import main; main()", "serve",
                                "--db", str(web_db), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={k: v for k, v in os.environ.items() if k != "PESQUISA_TOKEN"})
    try:
        deadline = time.monotonic() + 60  # startup imports take 15-20 s on a loaded 2-core machine
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/summary", timeout=1)
                break
            except httpx.TransportError:
                # no stdout.read() in the message: it blocks until a still-running server exits
                assert process.poll() is None and time.monotonic() < deadline, "server did not answer in time"
                time.sleep(0.1)
        assert response.json()["counts"]["documents"] == 20
        denied = httpx.post(f"http://127.0.0.1:{port}/api/entities/merge", json={"target": "a", "other": "b"})
        assert denied.status_code == 403  # no token configured: writes are off
    finally:
        process.terminate()
        process.wait(10)
