"""``pesquisa serve``: the web workbench and JSON API over one knowledge base (loopback by default)."""

from __future__ import annotations

from typing import Annotated

import typer

from pesquisa.cli import DEFAULT_DB, DbOption

LOOPBACK = ("127.0.0.1", "localhost", "::1")
# uvicorn's supervisor kills and restarts a worker that does not answer its ping within 5 s (its default); on two
# busy cores with 200 clients a worker's ping thread waited longer for the GIL, so working workers were killed,
# dropping every connection they held (the load test's ReadErrors on every path, issue 15) and starting over.
WORKER_HEALTHCHECK_SECONDS = 60
# uvicorn closes a kept-alive connection idle for 5 s (its default); a client busy elsewhere that sends its next
# request on it as it closes gets a dropped connection (ReadError), not an answer.
KEEP_ALIVE_SECONDS = 30


def serve_cli(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to bind (loopback by default; anything else exposes it).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    token: Annotated[str | None, typer.Option(envvar="PESQUISA_TOKEN",
                                                 help="Token that enables merge/split (POST); off without one.")]
    = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes (each opens the database).")] = 1,
) -> None:
    """Serve the web UI and the JSON API (http://HOST:PORT/, API under /api, OpenAPI at /openapi.json).

    Writes (merge, split) always need the token; bound to anything but loopback, the
    workbench warns that others can reach it. ``--workers N`` runs N processes.
    """
    import os

    import uvicorn

    from pesquisa.web import create_app

    create_app(db, token=token)  # StoreError (-> "Error: ...") when the database is missing; checked once here
    for line in exposure_warnings(host, token):
        typer.echo(line, err=True)
    typer.echo(f"pesquisa: http://{host}:{port}/ ({db}; merge/split {'on' if token else 'off'}; "
               f"{workers} worker{'s' if workers > 1 else ''})")
    # Workers are fresh processes: they build the app from the environment (pesquisa.web.create_served_app).
    os.environ["PESQUISA_DB_URL"] = db
    if token:
        os.environ["PESQUISA_TOKEN"] = token
    else:
        os.environ.pop("PESQUISA_TOKEN", None)
    uvicorn.run("pesquisa.web:create_served_app", factory=True, host=host, port=port, workers=workers, log_level="warning",
                timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS, timeout_keep_alive=KEEP_ALIVE_SECONDS)


def exposure_warnings(host: str, token: str | None) -> list[str]:
    """What to tell the analyst before binding ``host`` (empty on loopback)."""
    if host in LOOPBACK:
        return []
    lines = [f"warning: binding {host}: the workbench and every document in it are reachable by others on the network"]
    lines.append("warning: writes (merge, split) need the token; " + (
        "keep it secret" if token else "none is set, so they are off (set PESQUISA_TOKEN to enable them)"))
    return lines


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the CLI."""
    app.command("serve")(serve_cli)
