"""Command-line interface: ``pesquisa COMMAND``.

Each command parses its arguments, calls one library function and prints the
result. Known errors print ``Error: ...`` on one line and exit 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.core import TyperGroup

from pesquisa.errors import PesquisaError


class _Group(TyperGroup):
    """Top-level group: a known error becomes ``Error: ...`` on stderr and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except PesquisaError as err:
            errors.print(f"Error: {err}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None


app = typer.Typer(help="pesquisa: an evidence-backed knowledge base from news on organized crime.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, cls=_Group)
show_app = typer.Typer(help="Show one person, organization or event with its sources.", no_args_is_help=True)
app.add_typer(show_app, name="show")

console = Console()
errors = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", envvar="PESQUISA_DB_URL",
                                       help="SQLite file or database URL.")]
DEFAULT_DB = "pesquisa.sqlite"


def fail(message: str) -> None:
    errors.print(f"Error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def _open(db: str, *, create: bool = False):
    from pesquisa.store import open_store

    return open_store(db, create=create)


@app.command("ingest")
def ingest_cli(
    paths: Annotated[list[Path], typer.Argument(
        help="Files and folders (.txt .html .htm .jsonl .warc .warc.gz .rss .atom .xml).")],
    db: DbOption = DEFAULT_DB,
    force: Annotated[bool, typer.Option(help="Re-extract documents already stored.")] = False,
    silent: Annotated[bool, typer.Option(help="No progress bar.")] = False,
) -> None:
    """Ingest documents into the knowledge base (resumes: stored documents are skipped)."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import ingest_documents

    missing = [p for p in paths if not p.exists()]
    if missing:
        fail(f"{missing[0]}: no such file or folder")
    engine = _open(db, create=True)
    total = _count_documents(paths)
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}"), console=errors, disable=silent or not errors.is_terminal)
    with progress:
        task = progress.add_task("", total=total)

        def step(source: str, status: str) -> None:
            progress.update(task, advance=1, description=f"{Path(source).name} {status}")

        report = ingest_documents(engine, iter_documents(paths), force=force, on_document=step)
    for err in report.failed:
        errors.print(f"Error: {err}", markup=False, highlight=False, soft_wrap=True)
    console.print(f"{len(report.added)} added, {len(report.skipped)} already stored, {len(report.failed)} failed; "
                  f"{report.resolution.get('entities', 0)} entities, {report.resolution.get('events', 0)} events "
                  f"in {db}", highlight=False)
    if report.failed:
        raise typer.Exit(1)


def _count_documents(paths: list[Path]) -> int | None:
    """Roughly how many documents ``paths`` hold, for the progress bar (JSONL: one per line)."""
    from pesquisa.ingest import SUPPORTED_SUFFIXES

    total = 0
    files = [p for root in paths for p in ([root] if root.is_file() else sorted(root.rglob("*")))]
    for path in files:
        if not path.is_file() or ("".join(path.suffixes[-2:]).lower() not in SUPPORTED_SUFFIXES and \
                path.suffix.lower() not in SUPPORTED_SUFFIXES):
            continue
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total or None


@app.command("export")
def export_cli(
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option(
        "--format", help="eval (score.py's format) or ftm (FollowTheMoney JSON lines).")] = "eval",
    output: Annotated[str, typer.Option("--output", "-o", help="File to write, '-' for stdout.")] = "-",
) -> None:
    """Export the knowledge base: the evaluation export or FollowTheMoney entities."""
    from pesquisa.report.export import evaluation_export, followthemoney_entities

    engine = _open(db)
    if format == "eval":
        text = json.dumps(evaluation_export(engine), ensure_ascii=False, indent=1)
    elif format == "ftm":
        text = "\n".join(json.dumps(e, ensure_ascii=False) for e in followthemoney_entities(engine)) + "\n"
    else:
        fail(f"--format {format}: unknown format (use eval or ftm)")
    if output == "-":
        sys.stdout.write(text)
    else:
        Path(output).write_text(text, encoding="utf-8")
        console.print(f"wrote {output}", highlight=False)


@app.command("summary")
def summary_cli(db: DbOption = DEFAULT_DB, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Counts of what the knowledge base holds and the most-quoted people."""
    from pesquisa.report.summary import summarize

    summary = summarize(_open(db))
    if as_json:
        console.print_json(json.dumps(summary.to_dict()))
        return
    table = Table(title=f"pesquisa knowledge base: {db}", show_header=False)
    for key, value in summary.counts.items():
        table.add_row(key, str(value))
    table.add_row("languages", ", ".join(f"{k}: {v}" for k, v in sorted(summary.languages.items())))
    console.print(table)
    quoted = Table(title="Most-quoted people")
    quoted.add_column("person")
    quoted.add_column("quotes", justify="right")
    quoted.add_column("id")
    for ident, name, n in summary.most_quoted:
        quoted.add_row(name, str(n), ident)
    console.print(quoted)
    console.print(f"Open the web UI: pesquisa serve --db {db}  (then http://127.0.0.1:8000)", highlight=False)


@show_app.command("person")
def show_person_cli(name: str, db: DbOption = DEFAULT_DB) -> None:
    """A person: names, role timeline with sources, quotes."""
    _show_entity(name, db, "person")


@show_app.command("organization")
def show_org_cli(name: str, db: DbOption = DEFAULT_DB) -> None:
    """An organization: names in every language and where it is mentioned."""
    _show_entity(name, db, "organization")


def _show_entity(name: str, db: str, kind: str) -> None:
    from pesquisa.report.summary import find_entity, role_timeline

    engine = _open(db)
    entity = find_entity(engine, name, type=kind)
    console.print(f"[bold]{entity['name']}[/bold]  {entity['id']}  ({entity['type']})")
    if entity["aliases"]:
        console.print("also: " + "; ".join(entity["aliases"]), highlight=False)
    timeline = role_timeline(engine, entity["id"])
    if timeline:
        console.print("[bold]Role timeline[/bold] (date the document asserts it; claims side by side)")
        for r in timeline:
            qualifier = f"({r['qualifier']}) " if r["qualifier"] else ""
            org = f" — {r['organization']}" if r["organization"] else ""
            console.print(f"  {r['date'] or 'undated':10}  {qualifier}{r['title']}{org}\n"
                          f"              {r['source']} [{r['span'][0]}:{r['span'][1]}]: …{r['evidence']}…",
                          highlight=False, markup=False, soft_wrap=True)
    from sqlalchemy import select

    from pesquisa.store import schema as t

    with engine.connect() as conn:
        quotes = conn.execute(select(t.quotes.c.text, t.quotes.c.start, t.quotes.c.end, t.documents.c.source)
                              .join(t.documents, t.documents.c.id == t.quotes.c.document_id)
                              .where(t.quotes.c.speaker_id == entity["id"])).all()
    if quotes:
        console.print("[bold]Quotes[/bold]")
    for text, start, end, source in quotes:
        console.print(f"“{text}” — {source} [{start}:{end}]", highlight=False, markup=False, soft_wrap=True)


@show_app.command("event")
def show_event_cli(event_id: str, db: DbOption = DEFAULT_DB) -> None:
    """An event: the reports merged into it and the evidence for each merge."""
    from pesquisa.report.summary import event_page

    page = event_page(_open(db), event_id)
    console.print(f"[bold]{page['type']}[/bold] {page['id']}  date: {page['date'] or '?'}  place: {page['place'] or '?'}",
                  soft_wrap=True)
    for r in page["reports"]:
        console.print(f"- {r['source']} [{r['span'][0]}:{r['span'][1]}] date={r['date'] or '?'} "
                      f"participants={', '.join(r['participants']) or '-'}\n  {r['sentence']}", highlight=False,
                      soft_wrap=True)
    for e in page["evidence"]:
        console.print(f"merged {e['reports'][0]} + {e['reports'][1]}: shared={', '.join(e['shared_participants']) or '-'} "
                      f"same_place={e['same_place']} same_date={e['same_date']} same_organizer={e['same_organizer']}",
                      highlight=False, soft_wrap=True)


@app.command("merge")
def merge_cli(first: str, second: str, db: DbOption = DEFAULT_DB,
              author: Annotated[str, typer.Option(help="Who decided.")] = "analyst") -> None:
    """Record that two entities are the same (survives every re-run and re-ingest)."""
    from pesquisa.pipeline import record_judgement

    result = record_judgement(_open(db), "merge", first, second, author=author)
    console.print(f"merged {first} and {second} -> {result}", highlight=False)


@app.command("split")
def split_cli(entity_id: str, db: DbOption = DEFAULT_DB,
              author: Annotated[str, typer.Option(help="Who decided.")] = "analyst") -> None:
    """Record that an entity mixes different people: split it by name (survives re-ingest)."""
    from pesquisa.pipeline import record_judgement

    result = record_judgement(_open(db), "split", entity_id, None, author=author)
    console.print(f"split {entity_id} -> {result}", highlight=False)


@app.command("eval")
def eval_cli(
    gold: Annotated[list[Path], typer.Option("--gold", help="Gold file(s) of shared/eval/gold.")],
    db: DbOption = DEFAULT_DB,
    corpus: Annotated[Path | None, typer.Option(help="Raw files (default: beside the gold).")] = None,
) -> None:
    """Score the stored knowledge base against gold annotations and list misses by cause."""
    from pesquisa.report.evaluate import evaluate

    engine = _open(db)
    for path in gold:
        if not path.is_file():
            fail(f"{path}: no such gold file")
        result = evaluate(engine, path, corpus=corpus)
        console.print(f"[bold]{path.name}[/bold]")
        for cause, misses in result["causes"].items():
            console.print(f"  {cause}: {len(misses)}", highlight=False)
            for miss in misses:
                console.print(f"    {miss}", highlight=False, markup=False)
        for line in result["summary_lines"]:
            console.print("  " + line, highlight=False, markup=False)


_REGISTERED = False


def get_app() -> typer.Typer:
    """The full CLI with its sub-apps (network, serve, import, sanctions, reconcile) registered once."""
    global _REGISTERED
    if not _REGISTERED:
        from pesquisa.cli.network import app as network_app
        from pesquisa.cli.network_build import register as register_build

        register_build(network_app)
        app.add_typer(network_app, name="network", help="Actor networks: build, stats, disruption.")
        from pesquisa.cli.serve import register as register_serve

        register_serve(app)
        from pesquisa.cli.official import register as register_official

        register_official(app)
        _REGISTERED = True
    return app


def main() -> None:
    """Entry point: known errors become one line on stderr and exit status 1."""
    cli = get_app()
    try:
        cli()
    except PesquisaError as err:
        errors.print(f"Error: {err}", markup=False, highlight=False)
        sys.exit(1)


__all__ = ["app", "get_app", "main"]
