"""What the forkserver of an ingest's pool loads once, before it forks the workers (issue 15): imported for that effect.

A spawned worker imported pesquisa and spaCy, then loaded both models and built the cleaner's and the extractors'
word lists and patterns (``process.warm_up``): about 4 s of CPU per worker before its first document, 15 % of a
two-worker ingest of 300 texts. Here it is done once; each worker forked from the forkserver starts with all of it.
Both languages are loaded: the texts' languages are known only once they are cleaned, in the workers.
"""

from __future__ import annotations

import atexit
import gc
import logging

from pesquisa.extract.nlp import MODELS
from pesquisa.pipeline.process import warm_up
from pesquisa.pipeline.runners import _exit_now

for _lang in (None, *MODELS):
    try:
        warm_up(_lang)
    except Exception:  # a model not installed: a worker meets it on a document of its language, as before
        logging.getLogger(__name__).debug("warm-up of %s failed", _lang, exc_info=True)
# what is loaded now lives as long as the workers: out of the cyclic collector's reach (its collections
# in each worker walked it all, and wrote to the shared pages they walked)
gc.freeze()
# the forkserver's own exit skips freeing the models object by object (its workers leave by os._exit)
atexit.register(_exit_now)
