"""Issue 16: the hostile corpus (tests/hostile.py, 500+ files) ingested in ONE batch beside the shared articles.

One `pesquisa ingest` in a child process over news, dev, dx, dy and the hostile folder:
no traceback, no hang (a wall-clock limit), peak RSS of the child at most 1 GB, every
shared article stored, every hostile file stored or named with its reason, exit status 1.
The per-document time budget is lowered to 15 s so the giant runs (a line of 120,000
place names, number soup, 500,000 entities) cost the suite seconds, not minutes; they are
then named as timeouts, which is one of the outcomes the issue asks for.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import hostile
import pytest
from sqlalchemy import create_engine, select

from pesquisa.records import RawDocument

VENV_BIN = Path(sys.executable).parent
WALL_LIMIT_S = 900  # a hang shows as a timeout, not as a suite that never ends
MAX_RSS_MB = 1024
# Runs a command and prints its exit status, wall time and the peak RSS of its process tree
# (ru_maxrss of the waited-for children: the ingest alone, not the test process).
MEASURE = """
import json, resource, subprocess, sys, time
start = time.monotonic()
try:
    rc = subprocess.run(sys.argv[2:], stdout=open(sys.argv[1] + ".out", "w"), stderr=open(sys.argv[1] + ".err", "w"),
                        timeout=float(sys.argv[1].rsplit("@", 1)[1])).returncode
except subprocess.TimeoutExpired:
    rc = "timeout"
print(json.dumps({"rc": rc, "seconds": round(time.monotonic() - start, 1),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024}))
"""


@pytest.fixture(scope="module")
def hostile_run(shared: Path, tmp_path_factory) -> dict:
    """Build the corpus, ingest it with the shared articles in one batch; what happened."""
    import subprocess

    base = tmp_path_factory.mktemp("hostile")
    root = base / "files"
    manifest = hostile.build(root)
    db = base / "kb.sqlite"
    folders = [shared / "corpus" / name for name in ("news", "dev", "dx", "dy")]
    env = {**os.environ, "PESQUISA_DOCUMENT_TIMEOUT": "15"}
    prefix = f"{base / 'run'}@{WALL_LIMIT_S}"
    measured = subprocess.run([sys.executable, "-c", MEASURE, prefix, str(VENV_BIN / "pesquisa"), "ingest", *map(str, folders),
                               str(root), "--db", str(db), "--silent"], capture_output=True, text=True, env=env,
                              timeout=WALL_LIMIT_S + 60)
    result = json.loads(measured.stdout)
    engine = create_engine(f"sqlite:///{db}")
    from pesquisa.store import schema as t

    with engine.connect() as conn:
        stored = {row[0] for row in conn.execute(select(t.documents.c.path))}
        ids = set(conn.execute(select(t.documents.c.id)).scalars())
        failures = conn.execute(select(t.failures.c.path)).all()
    engine.dispose()
    return {**result, "root": root, "manifest": manifest, "folders": folders, "stored": stored, "ids": ids,
            "failure_rows": len(failures), "stdout": Path(prefix + ".out").read_text(encoding="utf-8"),
            "stderr": Path(prefix + ".err").read_text(encoding="utf-8")}


def test_ingest_hostile_corpus_has_every_category(hostile_run):
    manifest = hostile_run["manifest"]
    assert len(manifest) >= 500
    categories = {entry["category"] for entry in manifest.values()}
    assert {"FIFO", "symlink to a device", "symlink loop", "deep JSON", "huge number in JSON", "lone surrogate",
            "bad date", "latin-1 file name", "feed item with bad date", "meta charset", "entity run", "huge number",
            "huge word", "number soup", "unsupported or damaged", "hidden file", "decompression bomb", "zip bomb",
            "billion laughs", "XXE", "fuzzed warc", "fuzzed pdf", "fuzzed docx", "fuzzed eml"} <= categories


def test_ingest_hostile_batch_ends_with_status_1_no_traceback_no_hang(hostile_run):
    assert hostile_run["rc"] == 1, hostile_run["stderr"][-2000:]
    assert "Traceback" not in hostile_run["stderr"]
    stray = [line for line in hostile_run["stderr"].splitlines() if not line.startswith(("Error: ", "Skipped: "))]
    assert stray == []  # every line a reader can act on; no library noise
    print(f"hostile batch: {hostile_run['seconds']} s, peak RSS {hostile_run['peak_rss_mb']} MB")


def test_ingest_hostile_batch_peak_memory_within_1_gb(hostile_run):
    assert hostile_run["peak_rss_mb"] <= MAX_RSS_MB


def test_ingest_hostile_every_shared_article_stored(hostile_run):
    articles = {str(p) for folder in hostile_run["folders"] for p in folder.glob("*.txt")}
    assert len(articles) >= 40
    assert articles - hostile_run["stored"] == set()


def _named(full: str, lines: list[str], kind: str) -> list[str]:
    """The ``kind`` lines ("Error" or "Skipped") that name ``full`` or a folder above it."""
    out = []
    for line in lines:
        if not line.startswith(f"{kind}: "):
            continue
        rest = line[len(kind) + 2:]
        if rest.startswith(full) and rest[len(full):len(full) + 1] in (":", " ", "#"):
            out.append(rest)
        elif full.startswith(rest.split(": ", 1)[0] + "/"):
            out.append(rest)
    return out


def _stored_already(full: str, ids: set[str]) -> bool:
    """True when every document of the file is in the store, under this path or another (same content)."""
    from pesquisa.ingest import read_path

    path = Path(full)
    if "\\x" in full:  # a printable Latin-1 name ("Se\\xf1or") back to the bytes on disk
        path = Path(os.fsdecode(full.encode("ascii").decode("unicode_escape").encode("latin-1")))
    docs = [d for d in read_path(path) if isinstance(d, RawDocument)]
    return bool(docs) and all(d.id in ids for d in docs)


def test_ingest_hostile_every_file_stored_or_named_with_its_reason(hostile_run):
    root, lines, stored = hostile_run["root"], hostile_run["stderr"].splitlines(), hostile_run["stored"]
    wrong = []
    for rel, entry in hostile_run["manifest"].items():
        full = f"{root}/{rel}"
        errors, skips = _named(full, lines, "Error"), _named(full, lines, "Skipped")
        expect = entry["expect"]
        if expect == "store":
            ok = full in stored or _stored_already(full, hostile_run["ids"])
        elif expect == "skip":
            ok = bool(skips)
        elif expect.startswith("fail:"):
            ok = any(expect[5:] in e for e in errors)
        else:
            ok = full in stored or bool(errors) or bool(skips) or _stored_already(full, hostile_run["ids"])
        if not ok:
            wrong.append(f"{rel} ({entry['category']}, expected {expect}): {errors or skips or 'not stored'}")
    assert wrong == []


def test_ingest_hostile_failures_recorded_in_the_store(hostile_run):
    errors = [line for line in hostile_run["stderr"].splitlines() if line.startswith("Error: ")]
    assert 100 < hostile_run["failure_rows"] <= len(errors)  # one row per input part and stage
    assert f"{len(errors)} failed" in hostile_run["stdout"]
