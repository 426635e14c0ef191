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
    if summary.failures:
        total = sum(summary.failures.values())
        by_stage = ", ".join(f"{stage}: {n}" for stage, n in summary.failures.items())
        failed = Table(title=f"Inputs that could not be taken in: {total} ({by_stage}); most recent")
        for column in ("file", "stage", "problem", "last seen"):
            failed.add_column(column, overflow="fold")
        for f in summary.recent_failures:
            where = f["path"] + (f["location"] if f["location"].startswith("#") else f" {f['location']}").rstrip()
            failed.add_row(where, f["stage"], f["problem"], f["last_seen"])
        console.print(failed)
    console.print(f"Open the web UI: pesquisa serve --db {db}  (then http://127.0.0.1:8000)", highlight=False)


@show_app.command("person")
def show_person_cli(name: str, db: DbOption = DEFAULT_DB) -> None:
    """A person: names, role timeline with sources, quotes, relations and nationality."""
    _show_entity(name, db, "person")


@show_app.command("organization")
def show_org_cli(name: str, db: DbOption = DEFAULT_DB) -> None:
    """An organization: names in every language, members, relations, money, sanctions and seizures with their spans."""
    _show_entity(name, db, "organization")


def _show_entity(name: str, db: str, kind: str) -> None:
    from pesquisa.report.summary import role_timeline
    from pesquisa.store import read

    engine = _open(db)
    entity = read.find_entity(engine, name, type=kind)
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
    quotes = read.quotes_by_speaker(engine, entity["id"])
    if quotes:
        console.print("[bold]Quotes[/bold]")
    for q in quotes:
        console.print(f"“{q['text']}” — {q['source']} [{q['start']}:{q['end']}]", highlight=False, markup=False,
                      soft_wrap=True)
    _show_relations(engine, entity["id"], kind)


def _show_relations(engine, entity_id: str, kind: str) -> None:
    """Relations, and for an organization its members, money, sanctions and seizures, each with its span."""
    from pesquisa.store import read

    def line(text: str, fact: dict) -> None:
        console.print(f"  {text}\n      {fact['source']} [{fact['span'][0]}:{fact['span'][1]}]: {fact['text']}",
                      highlight=False, markup=False, soft_wrap=True)

    if kind == "person":
        profile = read.person_profile(engine, entity_id)
        if profile["nationality"]:
            console.print("nationality: " + ", ".join(profile["nationality"]), highlight=False)
        if profile["relations"]:
            console.print("[bold]Relations[/bold]")
        for r in profile["relations"]:
            line(f"{r['kind']} {'→' if r['direction'] == 'out' else '←'} {r['other']}", r)
        return
    org = read.organization_profile(engine, entity_id)
    sections = (("Members", [(f"{m['name']} ({m['kind']} {m['of']})", m) for m in org["members"]]),
                ("Relations", [(f"{r['subject']} {r['kind']} {r['object']}", r) for r in org["relations"]]),
                ("Money", [(m["text"], m) for m in org["money"]]),
                ("Sanctions", [(f"{s['date'] or 'undated'} by {s['organizer'] or '?'}: "
                                f"{', '.join(t['name'] for t in s['targets']) or '-'}", s["reports"][0])
                               for s in org["sanctions"]]),
                ("Seizures", [(f"{s['date'] or 'undated'} by {s['organizer'] or '?'}: "
                               f"{', '.join(a['item'] or '?' for a in s['amounts']) or '-'}", s["reports"][0])
                              for s in org["seizures"]]))
    for title, rows in sections:
        if rows:
            console.print(f"[bold]{title}[/bold]")
        for text, fact in rows:
            line(text, fact)


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
                      f"same_place={e['same_place']} same_date={e['same_date']} same_organizer={e['same_organizer']}"
                      + (f" because: {'; '.join(e['reasons'])}" if e.get("reasons") else ""),
                      highlight=False, soft_wrap=True)


@app.command("merge")
def merge_cli(first: str, second: str, db: DbOption = DEFAULT_DB,
              author: Annotated[str, typer.Option(help="Who decided.")] = "analyst") -> None:
    """Record that two entities are the same (survives every re-run and re-ingest); never one with itself or across types."""
    from pesquisa.judging import merge_entities

    result = merge_entities(_open(db), first, second, author=author)["result"]
    console.print(f"merged {first} and {second} -> {result}", highlight=False)


@app.command("split")
def split_cli(entity_id: str, db: DbOption = DEFAULT_DB,
              author: Annotated[str, typer.Option(help="Who decided.")] = "analyst") -> None:
    """Record that an entity mixes different people: split it by name (survives re-ingest)."""
    from pesquisa.pipeline import record_judgement

    result = record_judgement(_open(db), "split", entity_id, None, author=author)
    console.print(f"split {entity_id} -> {result}", highlight=False)


@app.command("merge-event")
def merge_event_cli(first: str, second: str, db: DbOption = DEFAULT_DB,
                    author: Annotated[str, typer.Option(help="Who decided.")] = "analyst") -> None:
    """Record that two events are one (their reports merge; survives every re-run and re-ingest); same type only."""
    from pesquisa.judging import merge_events

    result = merge_events(_open(db), first, second, author=author)["result"]
    console.print(f"merged {first} and {second} -> {result}", highlight=False)


@app.command("split-event")
def split_event_cli(event_id: str, db: DbOption = DEFAULT_DB,
                    author: Annotated[str, typer.Option(help="Who decided.")] = "analyst") -> None:
    """Record that an event mixes different events: its reports in different documents stay apart."""
    from pesquisa.pipeline import record_event_judgement

    result = record_event_judgement(_open(db), "split-event", event_id, None, author=author)
    console.print(f"split {event_id} -> {', '.join(result)}", highlight=False)


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
    """The full CLI with its commands in modules of their own (ingest, network, serve, import, sanctions,
    reconcile, tracker, brief, positions, judgements) registered once."""
    global _REGISTERED
    if not _REGISTERED:
        from pesquisa.cli.ingest import register as register_ingest

        register_ingest(app)
        from pesquisa.cli.network import app as network_app
        from pesquisa.cli.network_build import register as register_build

        register_build(network_app)
        app.add_typer(network_app, name="network", help="Actor networks: build, stats, disruption.")
        from pesquisa.cli.serve import register as register_serve

        register_serve(app)
        from pesquisa.cli.official import register as register_official

        register_official(app)
        from pesquisa.cli.tracker import register as register_tracker

        register_tracker(app)
        from pesquisa.cli.brief import register as register_brief

        register_brief(app)
        from pesquisa.cli.comfort import register as register_comfort

        register_comfort(app)
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
