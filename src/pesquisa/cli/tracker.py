"""``pesquisa tracker``: a cooperation framework's goals and indicators, the evidence over time, the latest figure.

Parses its options, calls ``pesquisa.analyze.tracker.tracker_report`` and prints a table per
goal, or with ``--json`` the whole report as one JSON object, or with ``--csv`` one row per
evidence item. A bad framework file is one line, ``Error: <file>: <problem>``, and exit 1.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.table import Table

from pesquisa.cli import DEFAULT_DB, DbOption, console, fail

FrameworkOption = Annotated[str | None, typer.Option(
    "--framework", metavar="PATH", help="Framework file (YAML) or the id of a shipped one [default: bicentennial].")]


def tracker_cli(db: DbOption = DEFAULT_DB, framework: FrameworkOption = None,
                as_json: Annotated[bool, typer.Option("--json", help="The report as one JSON object.")] = False,
                as_csv: Annotated[bool, typer.Option("--csv", help="The evidence rows as CSV.")] = False) -> None:
    """Per goal and indicator of a framework: the stored facts that evidence it over time, official series, latest figure."""
    from pesquisa.analyze.framework import load_framework
    from pesquisa.analyze.tracker import tracker_csv, tracker_report
    from pesquisa.store import open_store
    from pesquisa.store.official import ensure_official_schema

    if as_json and as_csv:
        fail("--json, --csv: choose one")
    fw = load_framework(framework)  # a bad file is reported before the store is opened
    engine = open_store(db, create=False)
    ensure_official_schema(engine)
    report = tracker_report(engine, fw)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif as_csv:
        sys.stdout.write(tracker_csv(report))
    else:
        _print_tables(report.to_dict())


def _print_tables(report: dict) -> None:
    """One table per goal: indicator, how much evidence and over which dates, latest figure and its source."""
    console.print(f"{report['name']} ({report['year']})", highlight=False, style="bold")
    for goal in report["goals"]:
        table = Table(title=goal["name"], title_justify="left")
        for column, justify in (("indicator", "left"), ("evidence", "right"), ("over", "left"),
                                ("latest figure", "right"), ("date", "left"), ("source", "left")):
            table.add_column(column, justify=justify, overflow="fold")  # type: ignore[arg-type]
        for ind in goal["indicators"]:
            latest = ind["latest"] or {}
            table.add_row(ind["name"], str(len(ind["evidence"])), _period(ind["evidence"]), _figure(latest),
                          latest.get("date") or "", latest.get("source") or "")
        console.print(table)


def _period(evidence: list[dict]) -> str:
    """The dates the evidence spans and how many items are undated ("2023-01 … 2026-01-20, 2 undated")."""
    dates = sorted(e["date"] for e in evidence if e["date"])
    undated = len(evidence) - len(dates)
    parts = [f"{dates[0]} … {dates[-1]}" if len(dates) > 1 else dates[0]] if dates else []
    if undated:
        parts.append(f"{undated} undated")
    return ", ".join(parts)


def _figure(latest: dict) -> str:
    """A value with its unit ("18,000", "210.19 kg", "-9.2 %"); "" for none."""
    if not latest:
        return ""
    value = latest["value"]
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {latest['unit']}" if latest.get("unit") else text


def register(app: typer.Typer) -> None:
    """Add ``tracker`` to the CLI."""
    app.command("tracker")(tracker_cli)
