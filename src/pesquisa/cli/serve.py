"""``pesquisa serve``: the web workbench and JSON API over one knowledge base (loopback by default)."""

from __future__ import annotations

from typing import Annotated

import typer

from pesquisa.cli import DEFAULT_DB, DbOption

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve_cli(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to bind (loopback by default; anything else exposes it).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    token: Annotated[str | None, typer.Option(envvar="PESQUISA_TOKEN",
                                                 help="Token that enables merge/split (POST); off without one.")]
    = None,
) -> None:
    """Serve the web UI and the JSON API (http://HOST:PORT/, API under /api, OpenAPI at /openapi.json)."""
    import uvicorn

    from pesquisa.web import create_app

    app = create_app(db, token=token)  # StoreError (-> "Error: ...") when the database is missing
    if host not in LOOPBACK:
        typer.echo(f"warning: binding {host}: the knowledge base is reachable from other machines", err=True)
    typer.echo(f"pesquisa: http://{host}:{port}/ ({db}; merge/split {'on' if token else 'off'})")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the CLI."""
    app.command("serve")(serve_cli)
