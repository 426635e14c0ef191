"""Issue 15's increment bar, end to end: the same new files ingested into an empty store and into a copy of each
given store, wall and CPU, by stage.

Each run is one ``pesquisa ingest NEW --db COPY --silent [--workers W]`` in its own process, on a fresh copy of
the store (an empty one for the reference), rounds alternating (every store and worker count once per round).
Stages, timed in the ingest's process around the pipeline's own calls: extraction (cleaning, parsing and
extracting: in the workers, or in this process with one worker), the write of each document, resolution, the
search index and the rest (sanctions, checkpoint). CPU is user + system of the process tree (the workers
included); on a shared machine it is the fairer figure, wall depends on the load (printed per run).

    .venv/bin/python bench/increment_stages.py NEW_DIR STORE.sqlite [STORE2.sqlite ...] --workers 2,1 --rounds 3

A store built by older code may resolve from scratch on its first ingest (the rules changed): bring it up to
date first (ingest one new file into it) so the runs measure an increment. Figures, not asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import json, os, resource, sys, time
import pesquisa.pipeline as P
from pesquisa.cli import main

stats = {}


def timed(name, key):
    fn = getattr(P, name)

    def inner(*a, **k):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return fn(*a, **k)
        finally:
            got = stats.setdefault(key, [0.0, 0.0])
            got[0] += time.perf_counter() - wall
            got[1] += time.process_time() - cpu
    setattr(P, name, inner)


if __name__ == "__main__":  # the workers are spawned: they import this module again
    for name, key in (("write_extraction", "write"), ("resolve_store", "resolve"), ("update_search_index", "search"),
                      ("refresh_sanctions", "rest"), ("checkpoint", "rest"), ("ingest_documents", "ingest")):
        timed(name, key)
    wall = time.perf_counter()
    try:
        main()
    except SystemExit as e:
        assert not e.code, e
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print("STAGES " + json.dumps({"wall": time.perf_counter() - wall, "cpu_main": me.ru_utime + me.ru_stime,
                                  "cpu_workers": kids.ru_utime + kids.ru_stime, "load": os.getloadavg()[0],
                                  **stats}), file=sys.stderr)
"""

STAGES = ("extract", "write", "resolve", "search", "rest")


def run(new: Path, store: Path | None, workers: int, work: Path) -> dict[str, float]:
    """One ingest of ``new`` into a fresh copy of ``store`` (None: an empty store); wall and CPU per stage."""
    db = work / "run.sqlite"
    for path in work.glob("run.sqlite*"):
        path.unlink()
    if store:
        shutil.copy(store, db)
    script = work / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), "ingest", str(new), "--db", str(db), "--silent",
                           "--workers", str(workers)], capture_output=True, text=True, check=False)
    line = next((x for x in done.stderr.splitlines() if x.startswith("STAGES")), None)
    if done.returncode or not line:
        raise SystemExit(f"ingest into {store or 'an empty store'} failed:\n{done.stdout}\n{done.stderr}")
    got = json.loads(line.split(" ", 1)[1])
    stage = {key: got.get(key, [0.0, 0.0]) for key in ("write", "resolve", "search", "rest", "ingest")}
    loop_wall = stage["ingest"][0] - sum(stage[k][0] for k in ("resolve", "search", "rest"))
    loop_cpu = stage["ingest"][1] - sum(stage[k][1] for k in ("resolve", "search", "rest"))
    out = {"wall": got["wall"], "cpu": got["cpu_main"] + got["cpu_workers"], "load": got["load"],
           # extraction: the workers' CPU, or this process's loop less its writes; its wall: the loop less the writes
           "extract_wall": loop_wall - stage["write"][0], "extract_cpu": loop_cpu - stage["write"][1] + got["cpu_workers"]}
    for key in ("write", "resolve", "search", "rest"):
        out[f"{key}_wall"], out[f"{key}_cpu"] = stage[key]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("new", type=Path, help="folder of the new files (none of them already in the stores)")
    parser.add_argument("stores", type=Path, nargs="+", help="stores to add them to (each copied fresh per run)")
    parser.add_argument("--workers", default=f"{os.cpu_count() or 1},1", help="worker counts, comma-separated")
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    workers = [int(x) for x in options.workers.split(",") if x]
    cases = [(w, s) for w in workers for s in (None, *options.stores)]
    runs: dict[tuple[int, Path | None], list[dict[str, float]]] = {case: [] for case in cases}
    fields = ["wall", "cpu", *(f"{s}_{m}" for s in STAGES for m in ("wall", "cpu"))]
    print("round,workers,store,load," + ",".join(fields), flush=True)
    with tempfile.TemporaryDirectory(prefix="pesquisa-increment-") as tmp:
        for number in range(1, options.rounds + 1):
            for w, store in cases:
                got = run(options.new, store, w, Path(tmp))
                runs[(w, store)].append(got)
                print(f"{number},{w},{store.name if store else 'empty'},{got['load']:.1f}," +
                      ",".join(f"{got[f]:.2f}" for f in fields), flush=True)
    print(f"\nmedians of {options.rounds}; ratio: into the store / into an empty store")
    print("workers,store," + ",".join(f"{f},ratio" for f in fields))
    for w, store in cases:
        med = {f: statistics.median(r[f] for r in runs[(w, store)]) for f in fields}
        empty = {f: statistics.median(r[f] for r in runs[(w, None)]) for f in fields}
        print(f"{w},{store.name if store else 'empty'}," +
              ",".join(f"{med[f]:.2f},{med[f] / empty[f]:.2f}" if empty[f] > 0.005 else f"{med[f]:.2f}," for f in fields))


if __name__ == "__main__":
    main()
