"""Issue 15's throughput cases for ``bench/scale.py``: bare spaCy against pesquisa on the same texts, each case timed the
same way, as a user's run.

Every case is a fresh Python process, timed by this one from its start to its exit: the interpreter's start, the
imports, loading the models and reading the texts are inside every timer, and no case runs after another one warmed
its process. Beside the wall seconds (which follow the other jobs on the machine), each case's CPU seconds (user +
system of the process and the processes it started and waited for) and the load average when it ended.

- The spaCy references parse the clean bodies pesquisa parses (its cleaning made them beforehand, outside their
  timers; the raw files are about 2 % longer), split by the language pesquisa found, with the same two models, in
  batches of 8 documents (what a pesquisa worker parses at once; spaCy's default of 1,000 was slower: see
  bench/README.md, "speed18").
- ``pesquisa_clean_extract_1_worker``: cleaning, parse and extraction of the raw files in one process
  (``process_documents`` over batches of 8, what a worker does), no store.
- ``pesquisa_ingest_N_workers``: ``pesquisa ingest`` (the installed command) of the raw files into a new store.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

# the clean bodies and languages of the sample (made once, outside every timer), and both models read once so that
# the first timed case does not pay for reading their files from disk
PREPARE = """
import json, sys
from pathlib import Path
import spacy
from pesquisa.clean import clean_document
from pesquisa.extract.nlp import MODELS
from pesquisa.records import RawDocument
folder = Path(sys.argv[1])
bodies = {}
for p in sorted(folder.glob('*.txt')):
    clean = clean_document(RawDocument(p.name, p.read_text(encoding='utf-8')))
    bodies[p.name] = [clean.lang or 'en', clean.body]
Path(sys.argv[2]).write_text(json.dumps({'models': MODELS, 'bodies': bodies}))
for name in MODELS.values():
    spacy.load(name)
"""

SPACY = """
import json, sys
from pathlib import Path
import spacy
given = json.loads(Path(sys.argv[1]).read_text())
MODELS, bodies = given['models'], given['bodies']
bare = {{lang: spacy.load(name) for lang, name in MODELS.items()}}
for lang in ('en', 'es'):
    texts = [body for name, (doc_lang, body) in sorted(bodies.items()) if (doc_lang if doc_lang in MODELS else 'en') == lang]
    if texts:
        for _ in bare[lang].pipe(texts, batch_size=8, n_process={processes}):
            pass
"""

PESQUISA = """
import sys
from pathlib import Path
from pesquisa.pipeline.process import process_documents
from pesquisa.records import RawDocument
paths = sorted(Path(sys.argv[1]).glob('*.txt'))
for start in range(0, len(paths), 8):
    process_documents([RawDocument(p.name, p.read_text(encoding='utf-8'), path=str(p)) for p in paths[start:start + 8]])
"""


def timed_process(args: list[str], src: Path | None) -> tuple[float, float]:
    """Run ``python args`` in a fresh process; returns (wall seconds from its start to its exit, its CPU seconds)."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = str(src)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu


def throughput(sample: Path, work: Path, src: Path | None) -> None:
    """Print the five cases on the texts of ``sample``, with their ratios."""
    bodies = work / "bodies.json"
    timed_process(["-c", PREPARE, str(sample), str(bodies)], src)
    docs = len(json.loads(bodies.read_text())["bodies"])
    print("case,docs,seconds,docs_per_s,ratio,cpu_s,load_average")

    def line(case: str, seconds: float, cpu: float, ratio: str) -> None:
        print(f"{case},{docs},{seconds:.2f},{docs / seconds:.1f},{ratio},{cpu:.1f},{os.getloadavg()[0]:.1f}", flush=True)

    spacy1 = timed_process(["-c", SPACY.format(processes=1), str(bodies)], src)
    line("spacy_bare_1_worker (reference)", *spacy1, "1.00")
    ours = timed_process(["-c", PESQUISA, str(sample)], src)
    line("pesquisa_clean_extract_1_worker", *ours, f"{spacy1[0] / ours[0]:.2f} (throughput ratio)")
    spacy2 = timed_process(["-c", SPACY.format(processes=2), str(bodies)], src)
    line("spacy_bare_2_processes (reference)", *spacy2, "1.00")
    for workers in (1, 2):
        db = work / f"throughput_{workers}.sqlite"
        db.unlink(missing_ok=True)
        command = str(Path(sys.executable).with_name("pesquisa"))  # the installed command, as a user runs it
        got = timed_process([command, "ingest", str(sample), "--db", str(db), "--silent", "--workers", str(workers)], src)
        line(f"pesquisa_ingest_{workers}_workers", *got, f"{spacy2[0] / got[0]:.2f} (throughput ratio to spaCy with 2 "
             "processes)")
