"""``pesquisa ingest``: files and folders into the knowledge base, on this machine's cores or a Ray cluster."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pesquisa.cli import DEFAULT_DB, DbOption, _open, console, errors, fail
from pesquisa.errors import PesquisaError


def register(app: typer.Typer) -> None:
    """Add ``ingest`` to ``app``, first in its help."""
    app.command("ingest")(ingest_cli)
    app.registered_commands.insert(0, app.registered_commands.pop())


PathsArg = Annotated[list[Path], typer.Argument(
    help="Files and folders (.txt .html .htm .jsonl .warc .warc.gz .rss .atom .xml .pdf .docx .eml .mbox).")]
MaxFileOption = Annotated[int | None, typer.Option(
    envvar="PESQUISA_MAX_FILE_BYTES", min=1, help="Largest file read, in bytes [default: 50,000,000].")]
MaxCharsOption = Annotated[int | None, typer.Option(
    envvar="PESQUISA_MAX_DOCUMENT_CHARS", min=1, help="Longest document, in characters [default: 2,000,000].")]
TimeoutOption = Annotated[float | None, typer.Option(
    envvar="PESQUISA_DOCUMENT_TIMEOUT", min=0.001, help="Seconds to clean and extract one document [default: 120].")]
WorkersOption = Annotated[int | None, typer.Option(
    envvar="PESQUISA_WORKERS", min=1, help="Processes that clean and extract [default: the machine's cores].")]
EngineOption = Annotated[str, typer.Option(help="local (this machine) or ray (a Ray cluster).")]
AddressOption = Annotated[str | None, typer.Option(
    envvar="RAY_ADDRESS", help="Ray cluster to run on (ray engine; default: a local one for this ingest).")]


def ingest_cli(
    paths: PathsArg,
    db: DbOption = DEFAULT_DB,
    force: Annotated[bool, typer.Option(help="Re-extract documents already stored.")] = False,
    silent: Annotated[bool, typer.Option(help="No progress bar.")] = False,
    max_file_bytes: MaxFileOption = None,
    max_document_chars: MaxCharsOption = None,
    timeout: TimeoutOption = None,
    debug: Annotated[bool, typer.Option(help="Print the traceback of failures caused by a bug.")] = False,
    workers: WorkersOption = None,
    engine: EngineOption = "local",
    address: AddressOption = None,
) -> None:
    """Ingest documents into the knowledge base (resumes: stored documents are skipped).

    A file, line, entry or record that cannot be taken in is reported as one line
    (``Error: <file>[ <part>]: <problem>``), recorded in the failures table (``pesquisa
    summary``), and the rest goes on; the exit status is then 1. Cleaning and extraction
    run in ``--workers`` processes (or Ray tasks with ``--engine ray``); this process stores
    every document, so the result is the same however many workers ran.
    """
    from pesquisa.cli._forkserver import start_early, stop_unused
    from pesquisa.limits import Limits

    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        fail(f"{missing[0]}: no such file or folder")
    limits = Limits.from_env(max_file_bytes=max_file_bytes, max_document_chars=max_document_chars,
                             document_timeout=timeout)
    total = _count_documents(paths, limits.max_file_bytes)
    # the workers' forkserver loads the models while this process imports the pipeline and opens the store
    start_early(engine, workers or os.cpu_count() or 1, total)
    try:
        report, left_out = _ingest(paths, db, force, limits, workers, engine, address, silent, debug, total)
    finally:
        stop_unused()
    _tell(report, left_out, paths, db, debug=debug)


def _ingest(paths: list[Path], db: str, force: bool, limits, workers: int | None, engine: str, address: str | None,
            silent: bool, debug: bool, total: int | None):
    """The ingest itself, with a progress bar: the report and the paths left out."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import RunnerConfig, ingest_documents

    runner = RunnerConfig(engine, workers or os.cpu_count() or 1, address)
    store = _open(db, create=True)
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}"), console=errors, disable=silent or not errors.is_terminal)
    left_out: list[str] = []

    def skipped(path: Path, reason: str) -> None:
        left_out.append(f"{path}: {reason}")

    try:
        with progress:
            task = progress.add_task("", total=total)

            def step(source: str, status: str) -> None:
                progress.update(task, advance=1, description=f"{Path(source).name} {status}")

            report = ingest_documents(store, iter_documents(paths, limits=limits, on_skip=skipped), force=force,
                                      limits=limits, runner=runner, on_document=step)
    except PesquisaError:
        raise
    except Exception as err:
        if debug:
            raise
        fail(f"internal error: {type(err).__name__}: {err} (run with --debug for the traceback)")
    return report, left_out


def _tell(report, left_out: list[str], paths: list[Path], db: str, *, debug: bool) -> None:
    """Print what was left out, each failure, and the counts; exit 1 when something failed or nothing was found."""
    for line in left_out:
        errors.print(f"Skipped: {line}", markup=False, highlight=False, soft_wrap=True)
    for failure in report.failed:
        errors.print(f"Error: {failure}", markup=False, highlight=False, soft_wrap=True)
        if debug and failure.detail:
            errors.print(failure.detail, markup=False, highlight=False, soft_wrap=True)
    console.print(f"{len(report.added)} added, {len(report.skipped)} already stored, {len(report.failed)} failed; "
                  f"{report.resolution.get('entities', 0)} entities, {report.resolution.get('events', 0)} events "
                  f"in {db}", highlight=False, soft_wrap=True)
    if not (report.added or report.skipped or report.failed):
        fail(f"{', '.join(map(str, paths))}: no documents found ({len(left_out)} files or folders left out)")
    if report.failed:
        raise typer.Exit(1)


def _count_documents(paths: list[Path], max_bytes: int) -> int | None:
    """Roughly how many documents ``paths`` hold, for the progress bar (JSONL: one per line).

    Looks only at regular files within the size limit, and never follows a symlinked
    folder, so a FIFO or a link to /dev/zero cannot stall it.
    """
    import os
    import stat

    total = 0
    files = [p for root in paths for p in ([root] if not root.is_dir() else _files_under(root))]
    for path in files:
        try:
            info = os.stat(path)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
            continue
        if path.name.lower().endswith(".jsonl"):
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total or None


def _files_under(root: Path) -> list[Path]:
    """Files under ``root``, hidden entries and symlinked folders left out (as the ingest walk does)."""
    import os

    found = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and not Path(folder, d).is_symlink()]
        found += [Path(folder, f) for f in filenames if not f.startswith(".")]
    return found


