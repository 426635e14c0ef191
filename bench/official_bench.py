"""Import each official file into a fresh store: seconds and peak memory, as ratios to references of the same run.

    .venv/bin/python bench/official_bench.py [--shared ../shared] [--kb KB.sqlite]

Each import runs in its own process so its peak RSS is its own. References, measured in the
same run: reading the same file with the bare ``csv`` module (time), and a process that loads
``pesquisa.pipeline`` (spaCy included) and opens a store but imports nothing (memory).
With ``--kb`` (a store built by ``pesquisa ingest``), the SDN list and both nationwide CBP
files are imported into a copy of it, and the sanction matches and the reconciliation are printed.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FILES = [
    ("cbp", "seizures/cbp/nationwide-drugs-fy19-fy22.csv"),
    ("cbp", "seizures/cbp/nationwide-drugs-fy23-fy26-apr.csv"),
    ("cbp", "seizures/cbp/amo-drug-seizures-fy19-fy22.csv"),
    ("cbp", "seizures/cbp/amo-drug-seizures-fy23-fy26-dec.csv"),
    ("ofac", "sanctions/ofac/sdn.csv"),
    ("sesnsp", "mexico/sesnsp-victimas/timeseries_victimas.csv"),
]
CHILD = """
import sys, time, resource
from pesquisa.store import open_store
from pesquisa.pipeline import import_official  # spaCy comes with the pipeline module: in the reference too
engine = open_store(sys.argv[1])
start = time.perf_counter()
if sys.argv[2] != "none":
    report = import_official(engine, sys.argv[2], sys.argv[3:])
    rows, failed = report.rows, len(report.failed)
else:
    rows = failed = 0
seconds = time.perf_counter() - start
print(rows, failed, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def child(db: Path, kind: str, *paths: Path) -> tuple[int, int, float, int]:
    """Rows, failures, seconds and peak RSS (KiB) of one import in a fresh process."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(db), kind, *map(str, paths)], check=True,
                         capture_output=True, text=True).stdout.split()
    return int(out[0]), int(out[1]), float(out[2]), int(out[3])


def csv_seconds(path: Path) -> float:
    start = time.perf_counter()
    with path.open(newline="", encoding="utf-8", errors="replace") as fh:
        for _ in csv.reader(fh):
            pass
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument("--kb", type=Path, help="A store built by pesquisa ingest, for matches and reconciliation.")
    args = ap.parse_args()
    data = args.shared / "data"
    with tempfile.TemporaryDirectory() as tmp:
        base = child(Path(tmp) / "base.sqlite", "none")
        print(f"reference process (load pesquisa.pipeline, open a store, import nothing): peak RSS {base[3] / 1024:.0f} MiB")
        print("file,rows,failed,seconds,csv_seconds,ratio_to_csv,peak_rss_mib,rss_ratio")
        for kind, rel in FILES:
            path = data / rel
            rows, failed, seconds, rss = child(Path(tmp) / f"{path.stem}.sqlite", kind, path)
            ref = csv_seconds(path)
            print(f"{path.name},{rows},{failed},{seconds:.2f},{ref:.3f},{seconds / ref:.0f},{rss / 1024:.0f},"
                  f"{rss / base[3]:.2f}")
        if args.kb:
            kb = Path(tmp) / "kb.sqlite"
            shutil.copy(args.kb, kb)
            nationwide = [data / rel for kind, rel in FILES[:2]]
            print(f"\nSDN into {args.kb.name}: {child(kb, 'ofac', data / FILES[4][1])[2]:.2f} s (import and matching)")
            print(f"CBP nationwide into {args.kb.name}: {child(kb, 'cbp', *nationwide)[2]:.2f} s")
            for command in (["sanctions", "--json"], ["reconcile", "--json"]):
                start = time.perf_counter()
                out = subprocess.run([str(Path(sys.executable).parent / "pesquisa"), *command, "--db", str(kb)],
                                     check=True, capture_output=True, text=True).stdout
                took = time.perf_counter() - start
                items = [json.loads(line) for line in out.splitlines() if line.strip()]
                print(f"\npesquisa {' '.join(command)}: {len(items)} objects in {took:.2f} s")
                for item in items:
                    if command[0] == "sanctions":
                        print(f"  {item['entity_name']} = {item['list_id']} {item['list_name']} "
                              f"[{', '.join(item['programs'])}] {item['score']}")
                    else:
                        official = item.get("official_value")
                        print(f"  [{item['verdict']}] {item['text']!r} {item['period']['start']}..{item['period']['end']} "
                              f"official={official} {item.get('official_unit') or ''} ({item['reason'][:90]})")
    print(f"\nbench process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
