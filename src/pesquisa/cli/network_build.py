"""`pesquisa network build`: the actor network of the knowledge base, written as GEXF, GraphML or CSV."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def build_cli(
    output: Annotated[Path, typer.Option("--output", "-o", help="FILE.gexf, FILE.graphml or FILE.csv", dir_okay=False)],
    db: Annotated[str, typer.Option("--db", envvar="PESQUISA_DB_URL", help="SQLite file or database URL.")] = "pesquisa.sqlite",
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest publication date (ISO).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest publication date (ISO).")] = None,
    lang: Annotated[str | None, typer.Option(help="Only documents in this language (en, es).")] = None,
    event_type: Annotated[list[str] | None, typer.Option("--event-type", help="Event types that link participants.")] = None,
    kind: Annotated[list[str] | None, typer.Option("--kind", help="Edge kinds: met, co_mention, quoted_about, role.")] = None,
) -> None:
    """Build the person/organization network of the knowledge base, every edge with its source spans."""
    from pesquisa.analyze.io import write_graph
    from pesquisa.analyze.kb import MEETING_TYPES, NetworkFilter, build_kb_graph
    from pesquisa.store import open_store

    if output.suffix.lower() not in {".gexf", ".graphml", ".csv"}:
        typer.echo(f"Error: {output}: unknown format (use .gexf, .graphml or .csv)", err=True)
        raise typer.Exit(1)
    flt = NetworkFilter(date_from, date_to, lang, tuple(event_type or MEETING_TYPES),
                        tuple(kind or ("met", "co_mention", "quoted_about", "role")))
    G = build_kb_graph(open_store(db, create=False), flt)
    for _a, _b, data in G.edges(data=True):
        data["spans"] = json.dumps(data["spans"], ensure_ascii=False)
    write_graph(G, output)
    typer.echo(f"wrote {output}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")


def register(app: typer.Typer) -> None:
    """Add `build` to the `pesquisa network` sub-app."""
    app.command("build")(build_cli)
