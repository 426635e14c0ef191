"""``pesquisa brief``: a cited briefing of the knowledge base (Markdown, HTML or JSON), and its check.

``--output F.md|F.html|F.json`` picks the format from the suffix; ``--json`` prints the JSON
to stdout (or, with ``--output F.json``, writes it); neither prints Markdown. ``--check
F.json`` re-verifies a briefing against the store: exit 0 with a one-line OK summary, or 1
with one line per failing citation or figure.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from pesquisa.cli import DEFAULT_DB, DbOption, console, errors, fail

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".json": "json"}


def _engine(db: str):
    from pesquisa.store import open_store
    from pesquisa.store.official import ensure_official_schema

    engine = open_store(db, create=False)
    ensure_official_schema(engine)  # reconciliation verdicts read the official tables (a store made before them gets them)
    return engine


def _check(path: Path, db: str) -> None:
    """Re-verify the briefing at ``path``: the OK line, or each failure and exit 1."""
    from pesquisa.report.brief import check_briefing

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        fail(f"{path}: not a JSON file ({err})")
    report = check_briefing(_engine(db), data)
    if report.ok:
        console.print(f"{report.summary()} ({path})", highlight=False, markup=False, soft_wrap=True)
        return
    for failure in report.failures:
        console.print(f"FAIL {failure}", highlight=False, markup=False, soft_wrap=True)
    fail(f"{path}: {report.summary()}")


def brief_cli(
    db: DbOption = DEFAULT_DB,
    topic: Annotated[str | None, typer.Option(help="A topic of data/topics.yaml (weapons, fentanyl, ...); "
                                                   "none: everything.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From this date (YYYY[-MM[-DD]]).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Up to this date, inclusive.")] = None,
    lang: Annotated[str, typer.Option(help="Language of the prose: en or es (quotes stay as written).")] = "en",
    output: Annotated[Path | None, typer.Option("--output", "-o", dir_okay=False,
                                                help="Write to F.md, F.html or F.json (format from the suffix).")]
    = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON to stdout (or to --output F.json).")] = False,
    check: Annotated[Path | None, typer.Option(exists=True, dir_okay=False, readable=True,
                                               help="Re-verify the briefing F.json against the store.")] = None,
) -> None:
    """A briefing of the knowledge base: key developments, results, positions, actors (and, for --topic weapons,
    the arms-trafficking picture), every item citing its sources; or --check one against the store.
    """
    from pesquisa.report.brief import build_briefing, make_filters, to_html, to_markdown

    if check is not None:
        if output is not None or as_json:
            fail("--check: give it alone (no --output or --json)")
        _check(check, db)
        return
    kind = FORMATS.get(output.suffix.lower()) if output is not None else ("json" if as_json else "markdown")
    if output is not None and kind is None:
        fail(f"--output {output}: unknown format (use .md, .html or .json)")
    if as_json and kind != "json":
        fail(f"--json: --output {output} is not a .json file")
    briefing = build_briefing(_engine(db), make_filters(topic=topic, date_from=date_from, date_to=date_to, lang=lang))
    text = (json.dumps(briefing.to_dict(), ensure_ascii=False, indent=2) + "\n" if kind == "json"
            else to_html(briefing) if kind == "html" else to_markdown(briefing))
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as err:
        fail(f"{output}: cannot write ({err.strerror or err})")
    errors.print(f"{output}: {len(briefing.sections)} sections, {len(briefing.items)} items", highlight=False,
                 markup=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add ``brief`` to the CLI."""
    app.command("brief")(brief_cli)
