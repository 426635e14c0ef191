"""The unit of work of an ingest: one raw document cleaned and extracted, or why it was not.

``process_document`` is what a worker runs for one document (issue 16): one picklable
``RawDocument`` in, its ``Extraction`` or an ``IngestFailure`` out, within the document's
time budget, never raising for the document's sake. ``process_documents`` does the same
for a batch, with one difference in how, not in what: the bodies of the batch are parsed
together (``extract.parse_batch``: spaCy's networks over several texts at once, about an
eighth less CPU than one at a time, the same ``Doc`` for each text). A batch parse that
fails or outlives one document's budget is dropped, and each document is then parsed alone
within its own budget, so a batch gives exactly what its documents give one by one.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from traceback import format_exc
from typing import Any

from pesquisa.errors import InputError
from pesquisa.ingest import IngestFailure
from pesquisa.limits import DEFAULT_LIMITS, DocumentTimeout, Limits, time_budget
from pesquisa.records import CleanDocument, Extraction, RawDocument

log = logging.getLogger(__name__)

__all__ = ["clean_documents", "failure_place", "process_document", "process_documents", "warm_up"]

Cleaned = tuple[CleanDocument, float]  # the clean document and the seconds of its budget cleaning took


def process_document(raw: RawDocument, limits: Limits = DEFAULT_LIMITS) -> Extraction | IngestFailure:
    """Clean and extract one document within its time budget: its extraction, or why there is none.

    Never raises for the document's sake: bad input, a clean body over the size limit, a
    spent time budget (``limits.document_timeout``, SIGALRM, see ``pesquisa.limits``) and
    a bug met on this input (the traceback kept in ``detail``) all come back as an
    ``IngestFailure`` with the stage. Pure and picklable in and out, for worker processes.
    """
    cleaned = _clean(raw, limits)
    return cleaned if isinstance(cleaned, IngestFailure) else _extract(raw, cleaned, limits)


def process_documents(raws: list[RawDocument], limits: Limits = DEFAULT_LIMITS,
                      cleaned: list[Cleaned | IngestFailure] | None = None) -> list[Extraction | IngestFailure]:
    """``process_document`` of each of ``raws``, in order, their bodies parsed together per language.

    Steps: clean each document within its budget (unless ``cleaned`` gives what ``clean_documents`` gave for them,
    elsewhere); parse the clean bodies of each language together within one document's budget (a long body, or the
    bodies of a language whose batch parse failed or ran out of time, are parsed alone later); extract each
    document from its parse within what is left of its budget.
    """
    from pesquisa.extract import document_lang, parse_batch

    if cleaned is None:
        cleaned = clean_documents(raws, limits)
    by_lang: dict[str, list[int]] = {}
    for i, item in enumerate(cleaned):
        if not isinstance(item, IngestFailure):
            by_lang.setdefault(document_lang(item[0]), []).append(i)
    parsed: dict[int, Any] = {}
    for lang, indexes in by_lang.items():
        try:
            warm_up(lang, limits)  # once per process, outside any document's budget
            with time_budget(limits.document_timeout):
                docs = parse_batch([cleaned[i][0].body for i in indexes], lang)  # type: ignore[index]
        except (DocumentTimeout, Exception, RecursionError):
            log.debug("batch parse failed; %d documents parsed one by one", len(indexes), exc_info=True)
            continue
        parsed.update((i, doc) for i, doc in zip(indexes, docs, strict=True) if doc is not None)
    return [item if isinstance(item, IngestFailure) else _extract(raw, item, limits, doc=parsed.get(i))
            for i, (raw, item) in enumerate(zip(raws, cleaned, strict=True))]


def clean_documents(raws: list[RawDocument], limits: Limits = DEFAULT_LIMITS) -> list[Cleaned | IngestFailure]:
    """Each of ``raws`` cleaned within its budget (with the seconds it took), or why it was not: the first step of
    ``process_documents``, which an ingest's writer runs ahead while the workers are busy (issue 15)."""
    return [_clean(raw, limits) for raw in raws]


def _clean(raw: RawDocument, limits: Limits) -> Cleaned | IngestFailure:
    """The clean document within its budget (and the seconds spent), or why there is none."""
    # imported on the first document, not with the pipeline: the writer of a pooled ingest never
    # cleans or extracts, and importing spaCy was most of its start, before any worker started
    from pesquisa.clean import clean_document

    path, location = failure_place(raw)
    warm_up(limits=limits)
    try:
        started = time.monotonic()
        with time_budget(limits.document_timeout):
            clean = clean_document(raw)
            if len(clean.body) > limits.max_document_chars:
                return IngestFailure(path, f"clean text of {len(clean.body):,} characters exceeds the limit of "
                                           f"{limits.max_document_chars:,} ({limits.env_name('max_document_chars')})",
                                     location=location, stage="clean")
        return clean, time.monotonic() - started
    except (DocumentTimeout, Exception, RecursionError) as err:
        return _failure(raw, "clean", err, limits)


def _extract(raw: RawDocument, cleaned: Cleaned, limits: Limits, *, doc: Any = None) -> Extraction | IngestFailure:
    """The extraction within what cleaning left of the budget (``doc``: the body already parsed), or why there is none."""
    from pesquisa.extract import document_lang, extract_document

    clean, spent = cleaned
    budget = limits.document_timeout
    try:
        # the spaCy model and the word lists load once per process (a worker's first document): no time of this document's
        warm_up(document_lang(clean), limits)
        with time_budget(max(budget - spent, 0.001) if budget else budget):
            return extract_document(clean) if doc is None else extract_document(clean, doc=doc)
    except (DocumentTimeout, Exception, RecursionError) as err:
        return _failure(raw, "extract", err, limits)


# a sentence of each language that the warm-up runs through cleaning and extraction
_WARM_UP_TEXTS = {
    "en": "Agents seize fentanyl in Nogales\n\nFederal agents seized 40 kilograms of fentanyl in Nogales, Arizona, on Monday, "
          "officials said. \"We will keep working with Mexico,\" said Ana Ruiz, the port director, who met the governor.\n",
    "es": "Aseguran fentanilo en Nogales\n\nAgentes federales aseguraron 40 kilos de fentanilo en Nogales, Sonora, el lunes, "
          "informó la Fiscalía. \"Seguiremos trabajando con Estados Unidos\", dijo Ana Ruiz, la fiscal, quien se reunió "
          "con el gobernador.\n"}
_warm: set[str] = set()


def warm_up(lang: str | None = None, limits: Limits = DEFAULT_LIMITS) -> None:
    """Once per process, what the first document would otherwise pay for inside its time budget: the cleaner's cues and
    model (``lang`` None), else also ``lang``'s spaCy pipeline and the extractors' word lists and patterns, built by
    cleaning and extracting one sentence within a budget of its own. On a loaded machine the first document had run
    out of its budget on them."""
    from pesquisa.clean import clean_document

    key = lang or "clean"
    if key in _warm:
        return
    _warm.add(key)
    if lang is not None:  # (only then: a writer that cleans ahead for its workers never imports spaCy)
        from pesquisa.extract import extract_document, load_pipeline

        load_pipeline(lang)
    try:
        with time_budget(limits.document_timeout):
            clean = clean_document(RawDocument(source="warm-up.txt", raw=_WARM_UP_TEXTS.get(lang or "en", _WARM_UP_TEXTS["en"])))
            if lang is not None and clean.lang == lang:
                extract_document(clean)
    except (DocumentTimeout, Exception, RecursionError):  # what a warm-up leaves undone, the first document pays, as before
        log.debug("warm-up failed", exc_info=True)


def _failure(raw: RawDocument, stage: str, err: BaseException, limits: Limits) -> IngestFailure:
    """The failure of ``raw`` at ``stage`` (called while ``err`` is handled: the traceback is kept for a bug)."""
    path, location = failure_place(raw)
    if isinstance(err, DocumentTimeout):
        return IngestFailure(path, f"{stage} took longer than {limits.document_timeout:g} s "
                                   f"({limits.env_name('document_timeout')})", location=location, stage="timeout")
    if isinstance(err, InputError):
        return IngestFailure(path, err.problem, location=location, stage=stage)
    log.debug("%s failed in %s", raw.source, stage, exc_info=True)
    return IngestFailure(path, f"internal error in {stage}: {type(err).__name__}: {err}"[:300],
                         location=location, stage=stage, detail=format_exc())


def failure_place(raw: RawDocument) -> tuple[str, str]:
    """(path, location) naming a document in a failure: ``("/data/a.jsonl", "#3")`` for a line's article."""
    path = raw.path or raw.source
    name = Path(path).name
    location = raw.source[len(name):] if raw.source.startswith(name) else ""
    return path, location
