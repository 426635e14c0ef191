"""``pesquisa import``, ``pesquisa sanctions``, ``pesquisa reconcile``: the news against the official record.

Each command parses its arguments, calls one library function and prints text, or with
``--json`` one JSON object per line (JSON Lines, like ``export --format ftm``). Known
errors print ``Error: ...`` and exit 1; a bad row of an official file prints
``Error: <file>:<line>: <problem>`` and the rest of the file is still imported (exit 1 at the end).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pesquisa.cli import DEFAULT_DB, DbOption, console, errors, fail

import_app = typer.Typer(help="Import official files: CBP seizure statistics, the OFAC SDN list, SESNSP victims.",
                         no_args_is_help=True)
sanctions_app = typer.Typer(help="People and organizations of the knowledge base on sanctions lists.",
                            invoke_without_command=True)

FilesArg = Annotated[list[Path], typer.Argument(help="CSV files.", show_default=False)]
SilentOption = Annotated[bool, typer.Option("--silent", help="No progress bar.")]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]


def _engine(db: str, *, create: bool):
    from pesquisa.store import open_store
    from pesquisa.store.official import ensure_official_schema

    engine = open_store(db, create=create)
    ensure_official_schema(engine)
    return engine


def _line_count(paths: list[Path]) -> int | None:
    """Lines in ``paths`` (the header included), for the progress bar; None when a file cannot be read."""
    total = 0
    for path in paths:
        try:
            with path.open("rb") as fh:
                while chunk := fh.read(1 << 20):
                    total += chunk.count(b"\n")
        except OSError:
            return None
    return total or None


def _import(kind: str, files: list[Path], db: str, silent: bool) -> None:
    from pesquisa.pipeline import import_official

    missing = [p for p in files if not p.exists()]
    if missing:
        fail(f"{missing[0]}: no such file")
    engine = _engine(db, create=True)
    progress = Progress(TextColumn(f"[bold]import {kind}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}"), console=errors, disable=silent or not errors.is_terminal)
    with progress:
        task = progress.add_task("", total=_line_count(files))

        def step(name: str, n: int) -> None:
            progress.update(task, advance=n, description=name)

        report = import_official(engine, kind, [str(p) for p in files], on_rows=step)
    for failure in report.failed:
        errors.print(f"Error: {failure}", markup=False, highlight=False, soft_wrap=True)
    console.print(f"{report.rows} rows from {len(report.files)} file(s), {len(report.failed)} failed; in {db}",
                  highlight=False)
    for dataset, cov in report.datasets.items():
        console.print(f"  {dataset}: {cov['rows']} rows, {cov['first_month']} to {cov['last_month']}", highlight=False)
    if report.sanctions:
        console.print("  " + ", ".join(f"{k}: {v}" for k, v in report.sanctions.items()), highlight=False)
    if report.failed:
        raise typer.Exit(1)


@import_app.command("cbp")
def import_cbp_cli(files: FilesArg, db: DbOption = DEFAULT_DB, silent: SilentOption = False) -> None:
    """CBP nationwide or AMO drug seizure CSVs, as official monthly series (pounds and kilograms)."""
    _import("cbp", files, db, silent)


@import_app.command("ofac")
def import_ofac_cli(file: Annotated[Path, typer.Argument(help="The SDN list (sdn.csv).", show_default=False)],
                    db: DbOption = DEFAULT_DB, silent: SilentOption = False) -> None:
    """The OFAC SDN list: persons, companies, vessels with programmes, aliases, births, identifiers, links."""
    _import("ofac", [file], db, silent)


@import_app.command("sesnsp")
def import_sesnsp_cli(file: Annotated[Path, typer.Argument(help="timeseries_victimas.csv.", show_default=False)],
                      db: DbOption = DEFAULT_DB, silent: SilentOption = False) -> None:
    """SESNSP victims of crime by state, month and crime."""
    _import("sesnsp", [file], db, silent)


@sanctions_app.callback()
def sanctions_cli(ctx: typer.Context, db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Matches of people and organizations with sanctions list entries (confirm or reject them below)."""
    ctx.obj = {"db": db}  # `pesquisa sanctions --db X confirm ...` means X too
    if ctx.invoked_subcommand is not None:
        return
    from pesquisa.analyze.sanctions import sanctions_report

    matches = sanctions_report(_engine(db, create=False))
    if as_json:
        for match in matches:
            typer.echo(json.dumps(match, ensure_ascii=False))
        return
    if not matches:
        console.print("no matches (import a list with `pesquisa import ofac sdn.csv`)", highlight=False)
    for m in matches:
        console.print(f"{m['entity_name']}  {m['entity_id']}\n  = {m['list']} {m['list_id']} {m['list_name']} "
                      f"[{', '.join(m['programs'])}] score {m['score']} ({m['status']})", highlight=False, markup=False)
        for note in m["evidence"]:
            console.print(f"    - {note}", highlight=False, markup=False)


def _judge(decision: str, entity: str, list_id: str, db: str, list_name: str, author: str) -> None:
    from pesquisa.pipeline import record_sanction_judgement

    result = record_sanction_judgement(_engine(db, create=False), decision, entity, list_id, list_name=list_name,
                                       author=author)
    console.print(f"{decision}ed: {result['entity_id']} - {list_name} {list_id}", highlight=False)


ListOption = Annotated[str, typer.Option("--list", help="The sanctions list.")]
AuthorOption = Annotated[str, typer.Option(help="Who decided.")]
SubDbOption = Annotated[str | None, typer.Option("--db", help="SQLite file or database URL (default: the one "
                                                               "given to `sanctions`, else ./pesquisa.sqlite).")]


@sanctions_app.command("confirm")
def sanctions_confirm_cli(ctx: typer.Context, entity: str, list_id: str, db: SubDbOption = None,
                          list_name: ListOption = "us-ofac-sdn", author: AuthorOption = "analyst") -> None:
    """Record that ENTITY is the person or organization of list entry LIST_ID (replayed on every re-run)."""
    _judge("confirm", entity, list_id, db or (ctx.obj or {}).get("db") or DEFAULT_DB, list_name, author)


@sanctions_app.command("reject")
def sanctions_reject_cli(ctx: typer.Context, entity: str, list_id: str, db: SubDbOption = None,
                         list_name: ListOption = "us-ofac-sdn", author: AuthorOption = "analyst") -> None:
    """Record that ENTITY is not list entry LIST_ID (the match stays hidden on every re-run)."""
    _judge("reject", entity, list_id, db or (ctx.obj or {}).get("db") or DEFAULT_DB, list_name, author)


def reconcile_cli(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Claims in the news that state an official aggregate, paired with the official series, and a verdict."""
    from pesquisa.analyze.reconcile import reconcile

    results = reconcile(_engine(db, create=False))
    if as_json:
        for r in results:
            typer.echo(json.dumps(r.to_dict(), ensure_ascii=False))
        return
    if not results:
        console.print("no claims of official aggregates found", highlight=False)
    for r in results:
        official = (f"official {r.official_value:,.2f} {r.official_unit}" if r.official_value is not None
                    else "no official figure")
        diff = f" ({r.relative_difference:+.1%})" if r.relative_difference is not None else ""
        when = f"{r.period.start}..{r.period.end}" if r.period else "no period"
        console.print(f"[{r.verdict}] {r.text!r} {r.item} {when}: "
                      f"claim {r.claim_value:,.2f} {r.claim_unit}, {official}{diff}", highlight=False, markup=False)
        console.print(f"    {r.reason}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    """Add ``import``, ``sanctions`` and ``reconcile`` to the CLI."""
    app.add_typer(import_app, name="import")
    app.add_typer(sanctions_app, name="sanctions")
    app.command("reconcile")(reconcile_cli)
