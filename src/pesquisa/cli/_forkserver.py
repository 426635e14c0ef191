"""The workers' forkserver started first thing in ``pesquisa ingest`` (issue 15), while this process goes on.

The forkserver of an ingest's pool imports the models and word lists (``pipeline.WORKER_PRELOAD``) before it forks the
first worker: about 4 s of CPU on one core. Started when the pool starts, it began after this process had imported the
pipeline, opened (and migrated) the store and read the first documents, and the other core waited through both.
Started here, before any of that, the two overlap; the pool then finds it running (``runners._start_pool``).

Only where a pool may be started: the local engine, more than one worker, and at least ``POOL_MIN`` documents in the
input. A forkserver no pool used (the documents were already stored, or fewer than ``POOL_MIN`` were new) is stopped
when the ingest is done (``stop_unused``), without waiting for its preload.
"""

from __future__ import annotations

import os
import signal

# the same as ``pipeline.WORKER_PRELOAD`` and ``pipeline.runners.POOL_MIN_DOCUMENTS`` (tests/test_ingest_early_forkserver.py);
# named here so that this module imports neither (importing the pipeline is what the forkserver should overlap)
PRELOAD = ("pesquisa.pipeline._worker_preload",)
POOL_MIN = 64

_started = False


def start_early(engine: str, workers: int, documents: int | None) -> bool:
    """Start the forkserver with the pool's preload now if a pool may run; True when it did."""
    global _started
    import multiprocessing

    if engine != "local" or workers < 2 or (documents or 0) < POOL_MIN or \
            "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    from multiprocessing import forkserver

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", *PRELOAD])  # as ``runners._start_pool`` sets it
    forkserver.ensure_running()
    _started = True
    return True


def stop_unused() -> None:
    """Stop the forkserver started here if no pool used it (a pool stops its own: ``runners._let_go``)."""
    global _started
    if not _started:
        return
    _started = False
    from multiprocessing import forkserver

    from pesquisa.pipeline import runners

    if runners._stopping is not None:  # a pool ran: its thread stops the forkserver after the workers
        return
    server = getattr(forkserver, "_forkserver", None)
    pid = getattr(server, "_forkserver_pid", None)
    if server is None or pid is None:
        return
    try:
        os.kill(pid, signal.SIGTERM)  # it may still be importing the models: no need to wait for that
    except ProcessLookupError:
        pass
    server._stop()  # closes its pipe and waits for it
