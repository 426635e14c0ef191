"""``pesquisa positions``, ``pesquisa judgements``, ``pesquisa undo``: positions over time and the judgement history.

Each command parses its arguments, calls one library function and prints text, or with
``--json`` the JSON the API answers, or with ``--csv`` the CSV it answers. Known errors
print ``Error: ...`` and exit 1.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from pesquisa.cli import DEFAULT_DB, DbOption, console, fail

JsonOption = Annotated[bool, typer.Option("--json", help="The JSON the API answers.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="The CSV the API answers.")]
AuthorOption = Annotated[str, typer.Option(help="Who decided.")]


def _open(db: str):
    from pesquisa.store import open_store

    return open_store(db, create=False)


def positions_cli(name: str, db: DbOption = DEFAULT_DB,
                  topic: Annotated[str | None, typer.Option(help="Only this topic (weapons, fentanyl, kingpins, "
                                                                 "sovereignty, migration, cooperation, money, other).")]
                  = None, as_json: JsonOption = False, as_csv: CsvOption = False) -> None:
    """A person's quotes by topic over time: date, direct or reported, text and source span of each."""
    from pesquisa.analyze.positions import POSITION_COLUMNS, person_positions, position_rows
    from pesquisa.api.tabular import to_csv

    try:
        result = person_positions(_open(db), name, topic_key=topic)
    except KeyError as err:
        fail(f"--topic: {err.args[0]}")
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        return
    if as_csv:
        sys.stdout.write(to_csv(position_rows(result), POSITION_COLUMNS))
        return
    console.print(f"[bold]{result['name']}[/bold]  {result['entity_id']}  {result['total']} quotes", highlight=False)
    for group in result["topics"]:
        console.print(f"[bold]{group['label']}[/bold] ({group['topic']}): {group['count']}", highlight=False)
        for p in group["positions"]:
            said = f"{p['date'] or 'undated'} ({p['date_source'] or 'no date'})"
            text = f"“{p['text']}”" if p["direct"] else p["text"]
            terms = f"  [{', '.join(p['terms'])}]" if p["terms"] else ""
            console.print(f"  {said:24} {'direct  ' if p['direct'] else 'reported'} {text} — {p['source']} "
                          f"[{p['start']}:{p['end']}]{terms}", highlight=False, markup=False, soft_wrap=True)


def judgements_cli(db: DbOption = DEFAULT_DB,
                   kind: Annotated[str | None, typer.Option(help="merge, split, merge-event or split-event.")] = None,
                   status: Annotated[str | None, typer.Option(help="standing or undone.")] = None,
                   as_json: JsonOption = False, as_csv: CsvOption = False) -> None:
    """Every analyst judgement, newest first: id, kind, what it was about, author, time, undone or not."""
    from pesquisa.api.tabular import to_csv
    from pesquisa.api.views import JUDGEMENT_COLUMNS, judgement_dict
    from pesquisa.store import read
    from pesquisa.store.read.judgements import ENTITY_KINDS, EVENT_KINDS, STATUSES

    if kind and kind not in (*ENTITY_KINDS, *EVENT_KINDS):
        fail(f"--kind {kind}: unknown kind (use {', '.join((*ENTITY_KINDS, *EVENT_KINDS))})")
    if status and status not in STATUSES:
        fail(f"--status {status}: unknown status (use {', '.join(STATUSES)})")
    engine = _open(db)
    rows = read.judgement_history(engine, kind=kind, status=status, limit=1_000_000)
    items = [judgement_dict(r) for r in rows.items]
    if as_json:
        for item in items:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        return
    if as_csv:
        sys.stdout.write(to_csv(items, JUDGEMENT_COLUMNS))
        return
    for j in items:
        sides = j["target_name"] or j["target"]
        if j["other"]:
            sides += f" + {j['other_name'] or j['other']}"
        now = list(dict.fromkeys(label for label in (j["target_label"], j["other_label"]) if label))
        sides += f" (now {' and '.join(now) or 'gone'})"
        undone = f"  undone {j['deleted_at']} by {j['undone_by']}" if j["deleted_at"] else ""
        console.print(f"{j['id']:>4}  {j['kind']:11} {sides}  by {j['author']} {j['created_at']}{undone}",
                      highlight=False, markup=False, soft_wrap=True)


def undo_cli(judgement_id: int, db: DbOption = DEFAULT_DB, author: AuthorOption = "analyst") -> None:
    """Undo a judgement (see ``pesquisa judgements``): it stops counting, the store is resolved again without it."""
    from pesquisa.judging import undo_judgement

    row = undo_judgement(_open(db), judgement_id, author=author)
    console.print(f"undid judgement {judgement_id} ({row['kind']} {row['target']}"
                  f"{' + ' + row['other'] if row['other'] else ''})", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``positions``, ``judgements`` and ``undo`` to the CLI."""
    app.command("positions")(positions_cli)
    app.command("judgements")(judgements_cli)
    app.command("undo")(undo_cli)
