"""Archive scale: ingest, incremental ingest, re-ingest, resolution and network disruption as the store grows.

Builds recombined corpora from the shared articles (each document: paragraphs of two or
three articles of one language, shuffled, so every document has its own content hash;
written to a temporary folder, never committed), then prints, measured in the same run:

- throughput of pesquisa against bare spaCy on the same texts (``_throughput``: every case a fresh
  process timed from its start, wall and CPU seconds): cleaning and extraction in one process against
  spaCy in one, and whole ingests with 1 and 2 workers against spaCy's ``nlp.pipe(n_process=2)``;
- for each size N: fresh ingest (seconds, per-document ms, peak RSS of the ingest
  process), 100 new documents into the N-document store against 100 into an empty one,
  re-ingest of the N stored documents, and resolution of the store from scratch
  against the incremental resolution of the last 100;
- betweenness disruption (top-k, sequential) on a seeded G(n, m) graph: networkx
  against the compiled path, with the removed nodes compared.

Every ingest runs in its own process (``pesquisa ingest``), so peak RSS is that of one
ingest. ``--src DIR`` runs another checkout's ``src`` (e.g. a copy of main) for a
before/after comparison on the same corpus. ``--resolution-sizes`` measures resolution alone on
stores of copies of a store's extracted facts; ``--resolution-memory`` adds, per size, a
resolution from scratch alone in its own process (CPU seconds and peak RSS, the issue's memory
bar). Figures, not asserts.

    .venv/bin/python bench/scale.py                      # a few minutes: sizes 200 and 500
    .venv/bin/python bench/scale.py --sizes 1000,5000 --graph 5000,20000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _throughput import throughput

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("news", "dev", "dx", "dy")
INCREMENT = 100


def articles(shared: Path) -> dict[str, list[list[str]]]:
    """Paragraphs of every shared article, by language (py3langid on the whole text)."""
    import py3langid

    out: dict[str, list[list[str]]] = {}
    for folder in FOLDERS:
        for path in sorted((shared / "corpus" / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            paragraphs = [p.strip() for p in text.split("\n") if len(p.strip()) > 40]
            lang = py3langid.classify(text)[0]
            out.setdefault(lang if lang in ("en", "es") else "en", []).append(paragraphs)
    return out


def recombine(pool: dict[str, list[list[str]]], count: int, seed: int) -> list[str]:
    """``count`` distinct documents: paragraphs of 2-3 articles of one language, shuffled (distinct hashes)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    docs: list[str] = []
    langs = sorted(pool)
    while len(docs) < count:
        lang = rng.choice(langs)
        chosen = rng.sample(pool[lang], min(len(pool[lang]), rng.randint(2, 3)))
        paragraphs = [p for art in chosen for p in rng.sample(art, max(1, min(len(art), rng.randint(3, 8))))]
        rng.shuffle(paragraphs)
        text = "\n\n".join(paragraphs) + "\n"
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            docs.append(text)
    return docs


def write_corpus(folder: Path, docs: list[str], prefix: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(docs):
        (folder / f"{prefix}_{i:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def run_pesquisa(args: list[str], src: Path | None) -> tuple[float, float]:
    """Run the pesquisa CLI in a child process; returns (seconds, peak RSS of that child in MB).

    The peak is the child's VmHWM: its ``ru_maxrss`` would start at this process's RSS (Linux keeps it
    across fork and exec), so a small ingest read as large as the bench that started it.
    """
    code = ("import sys, time; from pesquisa.cli import main; t = time.perf_counter()\n"
            "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e\n"
            "hwm = next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM'))\n"
            "print('BENCH', time.perf_counter() - t, hwm / 1024, file=sys.stderr)")
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = str(src)
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False)
    line = next((x for x in done.stderr.splitlines() if x.startswith("BENCH")), None)
    if done.returncode or not line:
        raise SystemExit(f"pesquisa {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    _, seconds, rss = line.split()
    return float(seconds), float(rss)


def run_python(code: str, src: Path | None) -> dict:
    """Run ``code`` (which prints one JSON line last) with pesquisa from ``src``; returns that JSON."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = str(src)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


RESOLVE = """
import json, time
from pesquisa.pipeline import resolve_store
from pesquisa.store import open_store
engine = open_store({db!r})
t = time.perf_counter()
try:
    counts = resolve_store(engine, full=True)
except TypeError:  # a checkout from before incremental resolution: it always resolves everything
    counts = resolve_store(engine)
print(json.dumps({{'full_s': time.perf_counter() - t, 'entities': counts.get('entities'), 'events': counts.get('events')}}))
"""

DISRUPT = """
import json, time
import networkx as nx
from pesquisa.analyze import disrupt
G = nx.gnm_random_graph({n}, {m}, seed=7)
t = time.perf_counter()
fast = disrupt(G, strategy='betweenness', mode='sequential', remove={k})
out = {{'fast_s': time.perf_counter() - t, 'fast_removed': fast.removed}}
if {slow}:
    t = time.perf_counter()
    slow = disrupt(G, strategy='betweenness', mode='sequential', remove={k}, engine='networkx')
    out.update(slow_s=time.perf_counter() - t, slow_removed=slow.removed)
print(json.dumps(out))
"""


ADD = """
FACTS = ('documents', 'mentions', 'roles', 'quotes', 'quantities', 'dates', 'event_reports')
CLEAR = dict(entity_id=None, organization_id=None, speaker_id=None, event_id=None, place_id=None, organizer_id=None,
             participant_ids='[]')

def add(db, source, first, count):
    # copies of the source store's extracted facts under new document ids (copy k of document d: d-k)
    con = sqlite3.connect(db)
    con.execute('ATTACH DATABASE ? AS src', (source,))
    docs = [r[0] for r in con.execute('SELECT id FROM src.documents ORDER BY id')]
    for n in range(first, first + count):
        doc, k = docs[n % len(docs)], n // len(docs)
        for table in FACTS:
            cols = [r[1] for r in con.execute(f'PRAGMA src.table_info({table})')]
            key = 'id' if table == 'documents' else 'document_id'
            names = ", ".join(chr(34) + c + chr(34) for c in cols)
            rows = con.execute(f'SELECT {names} FROM src.{table} WHERE {key} = ?', (doc,)).fetchall()
            out = []
            for row in rows:
                row = dict(zip(cols, row))
                row['id'] = f"{row['id']}-{k}"
                if table != 'documents':
                    row['document_id'] = f"{doc}-{k}"
                else:
                    row['source'] = f"{row['source']}-{k}"
                row.update({c: v for c, v in CLEAR.items() if c in row})
                out.append(row)
            if out:
                marks = ", ".join("?" * len(cols))
                con.executemany(f'INSERT INTO {table} ({names}) VALUES ({marks})', [tuple(r[c] for c in cols) for r in out])
    con.commit()
    con.close()
"""

RESOLUTION = """
import json, sqlite3, time
from pesquisa.pipeline import resolve_store
from pesquisa.store import open_store
from sqlalchemy import select
{add}
def timed(engine, **kw):
    t = time.perf_counter()
    try:
        resolve_store(engine, **kw)
    except TypeError:  # a checkout from before incremental resolution: it always resolves everything
        resolve_store(engine)
    return time.perf_counter() - t

out = {{}}
empty = open_store({work!r} + '/res_empty.sqlite')
add({work!r} + '/res_empty.sqlite', {source!r}, 10**6, 100)
out['empty_100_s'] = timed(empty)
for n in {sizes!r}:
    path = {work!r} + f'/res_{{n}}.sqlite'
    engine = open_store(path)
    add(path, {source!r}, 0, n)
    out[f'{{n}}_store_s'] = timed(engine)
    add(path, {source!r}, 10**6, 100)
    out[f'{{n}}_add_100_s'] = timed(engine)
    out[f'{{n}}_nothing_new_s'] = timed(engine)
    out[f'{{n}}_from_scratch_s'] = timed(engine, full=True)
print(json.dumps(out))
"""

# a store of N copies, unresolved (built in a process of its own, so the resolution's peak is its own)
SCRATCH_STORE = """
import json, sqlite3
from pesquisa.store import open_store
{add}
path = {work!r} + '/mem_{n}.sqlite'
open_store(path).dispose()
add(path, {source!r}, 0, {n})
print(json.dumps({{'path': path}}))
"""

# resolution from scratch of that store, alone in its own process: CPU and peak RSS of that process. The peak is
# VmHWM: on Linux a child's ru_maxrss starts at its parent's (kept across fork and exec), which is this bench's own
SCRATCH_MEMORY = """
import json, resource
from pesquisa.pipeline import resolve_store
from pesquisa.store import open_store

def peak_mb():
    with open('/proc/self/status') as status:
        return next(int(line.split()[1]) for line in status if line.startswith('VmHWM')) / 1024

engine = open_store({path!r})
before, rss = resource.getrusage(resource.RUSAGE_SELF), peak_mb()
resolve_store(engine, full=True)
after = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({{'cpu_s': after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
                  'before_mb': rss, 'peak_mb': peak_mb()}}))
"""


def _scratch_memory(work: Path, source: Path, sizes: list[int], src: Path | None) -> None:
    """Resolution from scratch of N copies, each size alone in its own process: CPU s, peak RSS, ratio to the first."""
    print("N,scratch_cpu_s,rss_before_mb,peak_rss_mb,peak_ratio_to_first")
    first = None
    for n in sizes:
        path = run_python(SCRATCH_STORE.format(add=ADD, work=str(work), source=str(source), n=n), src)["path"]
        got = run_python(SCRATCH_MEMORY.format(path=path), src)
        first = first or got["peak_mb"]
        print(f"{n},{got['cpu_s']:.2f},{got['before_mb']:.0f},{got['peak_mb']:.0f},{got['peak_mb'] / first:.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="200,500", help="store sizes N, comma-separated (default 200,500)")
    parser.add_argument("--graph", default="1000,4000", help="nodes,edges of the disruption graph (default 1000,4000)")
    parser.add_argument("--remove", type=int, default=5, help="nodes removed in the disruption (default 5)")
    parser.add_argument("--throughput-docs", type=int, default=100, help="documents for the spaCy comparison")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--src", type=Path, default=None, help="run pesquisa from this src folder (another checkout)")
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: throughput,stores,network")
    parser.add_argument("--resolution-sizes", default="", help="resolution-only stores (copies of the extracted "
                        "facts of --resolution-source under new document ids), e.g. 1000,5000")
    parser.add_argument("--resolution-source", type=Path, default=None, help="a store to copy facts from "
                        "(default: the shared corpus ingested first)")
    parser.add_argument("--resolution-memory", action="store_true", help="also resolve each --resolution-sizes "
                        "store from scratch alone in its own process: CPU seconds and peak RSS per size")
    parser.add_argument("--keep", type=Path, default=None, help="build corpora and stores here and keep them")
    options = parser.parse_args()
    sizes = [int(x) for x in options.sizes.split(",") if x]
    skip = set(options.skip.split(","))
    work = options.keep or Path(tempfile.mkdtemp(prefix="pesquisa-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    pool = articles(options.shared)
    largest = max(sizes) if sizes else 0
    docs = recombine(pool, largest + INCREMENT + options.throughput_docs, seed=15)
    extra = write_corpus(work / "extra", docs[largest:largest + INCREMENT], "extra")
    print(f"corpus: {sum(len(a) for a in pool.values())} shared articles recombined into {len(docs)} documents "
          f"in {work}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    if "throughput" not in skip:
        sample = write_corpus(work / "sample", docs[:options.throughput_docs], "doc")
        throughput(sample, work, options.src)
    if "stores" not in skip and sizes:
        empty = work / "empty.sqlite"
        empty_s, _ = run_pesquisa(["ingest", str(extra), "--db", str(empty), "--silent"], options.src)
        print(f"\n{INCREMENT} documents into an empty store: {empty_s:.2f} s (reference for the increments)")
        print("N,ingest_s,ms_per_doc,peak_rss_mb,rss_ratio_to_first,add_100_s,add_100_ratio_to_empty,"
              "reingest_s,resolve_from_scratch_s", flush=True)
        first_rss = None
        for n in sizes:
            folder = write_corpus(work / f"n{n}", docs[:n], "doc")
            db = work / f"n{n}.sqlite"
            seconds, rss = run_pesquisa(["ingest", str(folder), "--db", str(db), "--silent"], options.src)
            first_rss = first_rss or rss
            grown = work / f"n{n}_plus.sqlite"
            shutil.copy(db, grown)
            add_s, _ = run_pesquisa(["ingest", str(extra), "--db", str(grown), "--silent"], options.src)
            again_s, _ = run_pesquisa(["ingest", str(folder), "--db", str(db), "--silent"], options.src)
            full = run_python(RESOLVE.format(db=str(grown)), options.src)
            print(f"{n},{seconds:.1f},{1000 * seconds / n:.0f},{rss:.0f},{rss / first_rss:.2f},{add_s:.2f},"
                  f"{add_s / empty_s:.2f},{again_s:.2f},{full['full_s']:.2f}", flush=True)
    if options.resolution_sizes:
        res_sizes = [int(x) for x in options.resolution_sizes.split(",") if x]
        source = options.resolution_source
        if source is None:
            source = work / "shared.sqlite"
            run_pesquisa(["ingest", *(str(options.shared / "corpus" / f) for f in FOLDERS), "--db", str(source),
                          "--silent"], options.src)
        got = run_python(RESOLUTION.format(add=ADD, work=str(work), source=str(source), sizes=res_sizes), options.src)
        print(f"\nresolution only (facts of {source.name} copied under new document ids; no extraction)")
        print("N,resolve_N_s,add_100_s,add_100_ratio_to_empty,nothing_new_s,from_scratch_s")
        for n in res_sizes:
            print(f"{n},{got[f'{n}_store_s']:.2f},{got[f'{n}_add_100_s']:.2f},"
                  f"{got[f'{n}_add_100_s'] / got['empty_100_s']:.2f},{got[f'{n}_nothing_new_s']:.3f},"
                  f"{got[f'{n}_from_scratch_s']:.2f}")
        print(f"(100 documents into an empty store: {got['empty_100_s']:.2f} s)", flush=True)
        if options.resolution_memory:
            _scratch_memory(work, source, res_sizes, options.src)
    if "network" not in skip:
        n, m = (int(x) for x in options.graph.split(","))
        got = run_python(DISRUPT.format(n=n, m=m, k=options.remove, slow=True), options.src)
        print(f"\nbetweenness disruption, G(n={n}, m={m}, seed 7), top {options.remove} sequential")
        print(f"networkx (reference): {got['slow_s']:.2f} s; compiled: {got['fast_s']:.2f} s; "
              f"speed-up {got['slow_s'] / got['fast_s']:.1f}x; same removals: {got['slow_removed'] == got['fast_removed']}")
    if not options.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
