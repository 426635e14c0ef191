"""Crash safety of the ingest: kill -9 at random moments, then one full run; nothing lost, nothing twice.

    .venv/bin/python bench/kill_loop.py [--kills 15] [--seed 16] [--shared ../shared]

Corpus: ../shared/corpus/{news,dev,dx,dy} plus tests/data (PDF, DOCX, EML, MBOX). Steps:
1. a clean run into a fresh store: the reference counts of every table and its entity ids;
2. into a second store, ``--kills`` ingests each killed with SIGKILL after a seeded random
   delay within the clean run's duration;
3. one full ingest into the second store;
4. compare: documents lost, documents stored twice (same source), every table's count, the
   entity ids, and ``PRAGMA integrity_check``. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]
TABLES = ("documents", "mentions", "roles", "quotes", "quantities", "dates", "event_reports", "entities", "events",
          "redirects", "failures")


def ingest(paths: list[Path], db: Path) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "pesquisa"), "ingest", *map(str, paths), "--db", str(db), "--silent"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def snapshot(db: Path) -> dict:
    """Counts of every table, entity ids, documents per source and the integrity check of ``db``."""
    with sqlite3.connect(db) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        entities = {r[0] for r in conn.execute("SELECT id FROM entities")}
        twice = conn.execute("SELECT count(*) FROM (SELECT source FROM documents GROUP BY source, path "
                             "HAVING count(*) > 1)").fetchone()[0]
        sources = {r[0] for r in conn.execute("SELECT path || '|' || source FROM documents")}
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return {"counts": counts, "entities": entities, "twice": twice, "sources": sources, "integrity": integrity}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=15)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    paths = [args.shared / "corpus" / name for name in ("news", "dev", "dx", "dy")]
    paths += [ROOT / "tests" / "data" / n for n in ("navy_seizure.pdf", "extradition.docx", "tip.eml", "desk.mbox")]
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        clean_db, killed_db = Path(folder) / "clean.sqlite", Path(folder) / "killed.sqlite"
        started = time.monotonic()
        ingest(paths, clean_db).wait()
        clean_seconds = time.monotonic() - started
        reference = snapshot(clean_db)
        print(f"clean run: {reference['counts']['documents']} documents in {clean_seconds:.1f} s")
        for i in range(args.kills):
            process = ingest(paths, killed_db)
            delay = rng.uniform(0.5, clean_seconds)
            time.sleep(delay)
            killed = process.poll() is None
            if killed:
                process.send_signal(signal.SIGKILL)
            process.wait()
            stored = snapshot(killed_db)["counts"]["documents"] if killed_db.exists() else 0
            print(f"kill {i + 1:2d} after {delay:5.1f} s: {'killed' if killed else 'had finished'}, {stored} documents stored")
        ingest(paths, killed_db).wait()
        after = snapshot(killed_db)
        lost = len(reference["sources"] - after["sources"])
        print(f"after one full run: lost={lost} stored_twice={after['twice']} integrity_check={after['integrity']}")
        print("table,clean,after_kills,equal")
        for table in TABLES:
            a, b = reference["counts"][table], after["counts"][table]
            print(f"{table},{a},{b},{a == b}")
        print(f"entity ids equal: {reference['entities'] == after['entities']}")


if __name__ == "__main__":
    main()
