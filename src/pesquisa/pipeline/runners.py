"""Where ``process_document`` runs: in this process, in a pool of worker processes, or on a Ray cluster.

Cleaning and extraction are pure per document (``process_document``: one picklable
``RawDocument`` in, its ``Extraction`` or an ``IngestFailure`` out), so they can run
anywhere while this process stays the only writer. Every runner gives the results in
input order, so an ingest stores the same documents in the same order however it ran:
the export is the same with one worker, several, or a cluster.

Memory stays flat: at most ``window`` documents (a local pool given batches: two batches per
worker, and one more batch per worker read ahead) are in flight (read, sent, not yet stored),
whatever the size of the input. A small batch (under ``POOL_MIN_DOCUMENTS``)
is processed here, since starting workers (each loads the spaCy models) would cost
more than it saves.

- ``local``: ``concurrent.futures.ProcessPoolExecutor`` whose workers inherit no state from
  the writer (open database connections, a progress thread): they are forked by a
  ``forkserver`` that imported the unit of work and loaded what it needs once (``preload``),
  so two workers pay for their start once, not twice (``spawn`` where there is no forkserver).
- ``ray``: Ray tasks on an existing cluster (``address``, e.g. ``ray://host:10001`` or
  ``host:6379``) or a local one started for the ingest. Workers import pesquisa, so the
  cluster's nodes need it installed (or a ``runtime_env`` that ships it).
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

from pesquisa.errors import ConfigError
from pesquisa.limits import DEFAULT_LIMITS, Limits
from pesquisa.records import Extraction, RawDocument

ENGINES = ("local", "ray")
WINDOW_PER_WORKER = 4  # documents in flight per worker: enough to keep each busy, few enough to stay small
# Documents per task of a local pool given a batch work (``process_documents``: their parse
# batched, an eighth less CPU); two batches in flight per worker, so one waits while one runs.
BATCH_SIZE = 8
BATCHES_PER_WORKER = 2
TAIL_TASKS_PER_WORKER = 2  # the input's last documents: this many smaller tasks per worker
# Below this many documents a local pool costs more than it saves: each worker loads the spaCy
# models (seconds) before its first document; 41 articles took as long with 2 workers as with 1.
POOL_MIN_DOCUMENTS = 64

Work = Callable[[RawDocument, Limits], Any]
BatchWork = Callable[..., list[Any]]  # (documents, limits[, prepared]): one result each, in order
# the first step of a batch work, which this process can run ahead while the workers are busy (its result is handed
# to the batch work as its third argument)
BatchPrepare = Callable[[list[RawDocument], Limits], Any]
# batches prepared here while the pool starts, at most (documents held: this many times ``BATCH_SIZE``); about
# what one core cleans while the other loads the models
PREPARED_AHEAD = 24


@dataclass(frozen=True, slots=True)
class RunnerConfig:
    """How to run the per-document work: the engine, how many workers, the cluster address (Ray)."""

    engine: str = "local"
    workers: int = 1
    address: str | None = None
    pool_min: int = POOL_MIN_DOCUMENTS  # fewer documents than this run here (local engine)

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ConfigError(f"--engine {self.engine}: unknown engine (known: {', '.join(ENGINES)})")
        if self.workers < 1:
            raise ConfigError(f"--workers {self.workers}: at least one worker is needed")
        if self.address and self.engine != "ray":
            raise ConfigError("--address: only the ray engine runs on a cluster")


SERIAL = RunnerConfig()  # one worker, here


def run_documents(documents: Iterable[RawDocument], work: Work, config: RunnerConfig = SERIAL,
                  limits: Limits = DEFAULT_LIMITS, *, batch_work: BatchWork | None = None,
                  batch_prepare: BatchPrepare | None = None,
                  preload: tuple[str, ...] = ()) -> Iterator[tuple[RawDocument, Extraction | Any]]:
    """``(document, work(document, limits))`` for each document, in input order, run as ``config`` says.

    ``batch_work``, giving what ``work`` gives for each of a list of documents, lets a local
    pool hand its workers ``BATCH_SIZE`` documents per task; ``batch_prepare``, its first step, run
    here on the batches not yet sent while this process waits for the workers (``_pool_batches``).
    ``preload`` names the modules a local pool's forkserver imports once before it forks the workers
    (what they all need).
    """
    source = iter(documents)
    window = config.workers * WINDOW_PER_WORKER
    head = [] if config.engine == "local" and config.workers == 1 else list(islice(source, config.pool_min))
    rest = chain(head, source)  # lazily: a document is read only when its turn comes
    if config.engine == "local" and (config.workers == 1 or len(head) < config.pool_min):
        for doc in rest:
            yield doc, work(doc, limits)
        return
    if config.engine == "ray":
        yield from _ray(rest, work, config, limits, window)
    elif batch_work is not None:
        yield from _pool_batches(rest, batch_work, config.workers, limits, preload, batch_prepare)
    else:
        yield from _pool(rest, work, config.workers, limits, window, preload)


def _pool_batches(documents: Iterator[RawDocument], work: BatchWork, workers: int, limits: Limits,
                  preload: tuple[str, ...], prepare: BatchPrepare | None = None) -> Iterator[tuple[RawDocument, Any]]:
    """Ordered results from a pool of ``workers`` processes, each task a batch of ``BATCH_SIZE`` documents.

    With ``prepare``, while the forkserver loads the models (seconds on one core, the other one idle) this process
    prepares the batches behind the first one (up to ``PREPARED_AHEAD``) and later sends each with what it prepared
    (issue 15); the first task is sent from a thread meanwhile, since sending it waits for the first worker's fork.
    Only then: once the workers run, both cores are busy, and the same work costs more here (measured: about 13 ms
    of CPU a document against 10.5 in a worker) and is sent through the pool's queue. Each document is prepared
    once, here or in a worker.
    """
    pool = _start_pool(workers, preload)
    batches = _batches(documents, workers)
    ready: deque[tuple[list[RawDocument], Any]] = deque()  # prepared here, not sent yet
    pending: deque[tuple[list[RawDocument], Future]] = deque()
    try:
        if prepare is not None and (first := next(batches, None)) is not None:
            _prepare_while_starting(pool, work, first, limits, pending, ready, batches, prepare)
        while True:
            while len(pending) < workers * BATCHES_PER_WORKER and (item := _next(ready, batches)) is not None:
                batch, prepared = item
                future = pool.submit(work, batch, limits) if prepared is None else \
                    pool.submit(work, batch, limits, prepared)
                pending.append((batch, future))
            if not pending:
                return
            head, future = pending.popleft()
            yield from zip(head, future.result(), strict=True)
    finally:
        _let_go(pool)


def _prepare_while_starting(pool: ProcessPoolExecutor, work: BatchWork, first: list[RawDocument], limits: Limits,
                            pending: deque, ready: deque, batches: Iterator[list[RawDocument]],
                            prepare: BatchPrepare) -> None:
    """Send ``first`` from a thread (the send waits until the forkserver has loaded what it preloads and forked the
    first worker) and prepare the next batches here meanwhile, up to ``PREPARED_AHEAD``."""
    sent: list[Future | BaseException] = []

    def send() -> None:
        try:
            sent.append(pool.submit(work, first, limits))
        except BaseException as err:  # raised here, in this process's thread, below
            sent.append(err)

    starter = threading.Thread(target=send, name="pesquisa-pool-start")
    starter.start()
    try:
        while starter.is_alive() and len(ready) < PREPARED_AHEAD and (unsent := next(batches, None)) is not None:
            ready.append((unsent, prepare(unsent, limits)))
    finally:
        starter.join()
    if isinstance(sent[0], BaseException):
        raise sent[0]
    pending.append((first, sent[0]))


def _next(ready: deque[tuple[list[RawDocument], Any]], batches: Iterator[list[RawDocument]]
          ) -> tuple[list[RawDocument], Any] | None:
    """The next batch to send, prepared here (first) or not (None with it), or None when there is none left."""
    if ready:
        return ready.popleft()
    batch = next(batches, None)
    return None if batch is None else (batch, None)


def _batches(documents: Iterator[RawDocument], workers: int) -> Iterator[list[RawDocument]]:
    """The pool's tasks: ``BATCH_SIZE`` documents each, but the last ``workers * BATCH_SIZE`` documents or fewer
    shared out in ``TAIL_TASKS_PER_WORKER`` smaller tasks per worker (issue 15). With full batches to the end, one
    worker parsed the input's last batch alone while the other had nothing left (a quarter to a half of a batch's
    time idle on each ingest); a text's parse does not depend on the batch it is in (``extract.parse_batch``)."""
    ahead: deque[RawDocument] = deque()
    while chunk := list(islice(documents, BATCH_SIZE)):
        ahead.extend(chunk)
        while len(ahead) > workers * BATCH_SIZE:
            yield [ahead.popleft() for _ in range(BATCH_SIZE)]
    size = -(-len(ahead) // (workers * TAIL_TASKS_PER_WORKER))  # ceiling
    while ahead:
        yield [ahead.popleft() for _ in range(min(size, len(ahead)))]


def _pool(documents: Iterator[RawDocument], work: Work, workers: int, limits: Limits,
          window: int, preload: tuple[str, ...]) -> Iterator[tuple[RawDocument, Any]]:
    """Ordered results from a pool of ``workers`` processes, ``window`` documents in flight."""
    pool = _start_pool(workers, preload)
    try:
        pending: deque[tuple[RawDocument, Future]] = deque()
        for doc in documents:
            pending.append((doc, pool.submit(work, doc, limits)))
            if len(pending) >= window:
                first, future = pending.popleft()
                yield first, future.result()
        while pending:
            first, future = pending.popleft()
            yield first, future.result()
    finally:
        _let_go(pool)


def _worker_start() -> None:
    """A pool worker's start: when it exits, it skips the interpreter's teardown (issue 15).

    The teardown frees every object a worker holds (both spaCy models, the word lists, the compiled
    patterns) one by one: about 0.3 s of CPU per worker, and a pool's shutdown waited 3 to 6 s for
    it on a loaded machine (0.2 s without). The worker's results are all sent by then (its queue
    writes synchronously), and the operating system frees its memory at once.
    """
    atexit.register(_exit_now)


def _exit_now() -> None:
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


_stopping: threading.Thread | None = None  # the last pool's shutdown (its workers' exit, then its forkserver's)


def _start_pool(workers: int, preload: tuple[str, ...]) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes forked by a forkserver that imported ``preload`` before the first (issue 15).

    Spawned, each worker imported pesquisa, spaCy and the command, then loaded both models and the extractors' word
    lists and patterns: about 4 s of CPU each before its first document. The forkserver does it once, and the workers
    start with it in memory (their pages shared until written). The previous pool's forkserver is stopped first, so
    this one imports this pool's ``preload``. ``spawn`` where the platform has no forkserver.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_start)
    if _stopping is not None:
        _stopping.join()
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", *preload])  # __main__: the command, imported once, not per worker
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_start)


def _let_go(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool`` without waiting for its workers to exit (issue 15): tasks not started are cancelled, and the
    workers' exit (freeing their models) overlaps what this process does next (the resolution after an ingest),
    in a thread that the interpreter waits for before it exits."""
    global _stopping
    _stopping = threading.Thread(target=_stop, args=(pool,), name="pesquisa-pool-stop")
    _stopping.start()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Wait for ``pool``'s workers to exit, then stop the forkserver that forked them and wait for it.

    Nothing else waits for a forkserver: left alone, it outlives this process a moment, and neither
    it nor the workers it waited for count in this process's children's CPU (``getrusage``, ``time``).
    The workers are waited for first, so the forkserver has collected each one when it stops.
    CPython stops a forkserver only through a private method (``_stop``, Python 3.8 on).
    """
    pool.shutdown(wait=True, cancel_futures=True)
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()


def _ray(documents: Iterator[RawDocument], work: Work, config: RunnerConfig, limits: Limits,
         window: int) -> Iterator[tuple[RawDocument, Any]]:
    """Ordered results from Ray tasks (one CPU each), ``window`` documents in flight."""
    try:
        import ray
    except ImportError as err:  # the services extra is not installed
        raise ConfigError(f"--engine ray: Ray is not installed ({err}); pip install 'pesquisa[services]'") from None
    started = not ray.is_initialized()
    if started:
        if config.address:
            ray.init(address=config.address, logging_level=logging.ERROR, log_to_driver=False)
        else:
            ray.init(num_cpus=config.workers, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    task = ray.remote(num_cpus=1, max_retries=0)(work)
    try:
        pending: deque[tuple[RawDocument, Any]] = deque()
        for doc in documents:
            pending.append((doc, task.remote(doc, limits)))
            if len(pending) >= window:
                first, ref = pending.popleft()
                yield first, ray.get(ref)
        while pending:
            first, ref = pending.popleft()
            yield first, ray.get(ref)
    finally:
        if started:
            ray.shutdown()
