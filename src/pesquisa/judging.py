"""Analyst judgements as the workbench makes them: checked first, recorded, undone.

Recording and replaying a judgement is the pipeline's business (``pipeline.record_judgement``,
``record_event_judgement``, ``resolve_store``); this module, on the pipeline's layer, adds
what an analyst at a form needs around it:

- **checks before anything is written**: merging an entity or event with itself, or a
  person with an organization (a meeting with an arrest), is refused with a
  ``RefusedError`` naming both sides, which the API answers with 422 and the pages show;
- **the id of the judgement made**, so the history can point at it;
- **undo**: ``undo_judgement`` retires a judgement (``deleted_at``, who undid it kept
  beside it) and re-resolves, so the store is as if it had never been made; the
  resolution replay reads standing judgements only.

Every function here writes; each returns a dict the API and the CLI print as they are.
"""

from __future__ import annotations

from sqlalchemy import Engine

from pesquisa.errors import RefusedError
from pesquisa.pipeline import record_event_judgement, record_judgement, refresh_sanctions, resolve_store
from pesquisa.store import read
from pesquisa.store.db import checkpoint
from pesquisa.store.judging import annotate_judgement, retire_judgement
from pesquisa.store.search import refresh_search_index


def merge_refusal(a: dict, b: dict, *, what: str = "entity") -> str | None:
    """Why two entities (or events: rows with ``id``, ``type``) must not be merged, or None when they may be."""
    label_a, label_b = _label(a), _label(b)
    if a["id"] == b["id"]:
        return f"{a['id']}: cannot merge {label_a} with itself"
    if a["type"] != b["type"]:
        return (f"{a['id']}: cannot merge {label_a}, {_article(a['type'])} {a['type']}, with {label_b}, "
                f"{_article(b['type'])} {b['type']} (only {what} records of one type can be merged)")
    return None


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _label(row: dict) -> str:
    """How a side of a judgement is named in a message: its name, else its type and date, and its id."""
    if row.get("name"):
        return f"{row['name']} ({row['id']})"
    return f"the {row['type']} of {row.get('date') or 'no date'} ({row['id']})"


def _entity(engine: Engine, ident: str) -> dict:
    """The current entity row of ``ident`` (an id or old id); ``NotFoundError`` when there is none."""
    return read.find_entity(engine, read.require_entity(engine, ident))


def _event(engine: Engine, ident: str) -> dict:
    """The current event row of ``ident`` (old ids followed); ``NotFoundError`` when there is none."""
    return read.event(engine, ident, reports_limit=0).event  # the row alone: no report read


def merge_entities(engine: Engine, target: str, other: str, *, author: str = "analyst") -> dict:
    """Record that ``target`` and ``other`` are one entity, after the checks (writes); what it did.

    Raises ``NotFoundError`` for an unknown id and ``RefusedError`` for a self-merge or a merge
    across types.
    """
    a, b = _entity(engine, target), _entity(engine, other)
    refusal = merge_refusal(a, b)
    if refusal:
        raise RefusedError(refusal, errors={"other": refusal})
    result = record_judgement(engine, "merge", a["id"], b["id"], author=author)
    return _made(engine, "merge", a["id"], b["id"], result, names=[_label(a), _label(b)])


def split_entity(engine: Engine, target: str, *, author: str = "analyst") -> dict:
    """Record that ``target`` mixes different people and split it by name (writes); what it did."""
    row = _entity(engine, target)
    result = record_judgement(engine, "split", row["id"], None, author=author)
    return _made(engine, "split", row["id"], None, result, names=[_label(row)])


def merge_events(engine: Engine, target: str, other: str, *, author: str = "analyst") -> dict:
    """Record that two events are one, after the checks (writes); what it did. Refuses self- and cross-type merges."""
    a, b = _event(engine, target), _event(engine, other)
    refusal = merge_refusal(a, b, what="event")
    if refusal:
        raise RefusedError(refusal, errors={"other": refusal})
    result = record_event_judgement(engine, "merge-event", a["id"], b["id"], author=author)
    return _made(engine, "merge-event", a["id"], b["id"], ", ".join(result), names=[_label(a), _label(b)])


def split_event(engine: Engine, target: str, *, author: str = "analyst") -> dict:
    """Record that an event mixes different events: its reports in different documents stay apart (writes)."""
    row = _event(engine, target)
    result = record_event_judgement(engine, "split-event", row["id"], None, author=author)
    return _made(engine, "split-event", row["id"], None, ", ".join(result), names=[_label(row)])


def _made(engine: Engine, kind: str, target: str, other: str | None, result: str, *, names: list[str]) -> dict:
    """What a judgement did: kind, sides, resulting ids and the id of the judgement row (which keeps the names)."""
    judgement_id = read.latest_judgement_id(engine, kind, target)
    if judgement_id is not None:
        annotate_judgement(engine, judgement_id, names=names)
    return {"ok": True, "kind": kind, "target": target, "other": other, "result": result,
            "judgement_id": judgement_id}


def undo_judgement(engine: Engine, judgement_id: int, *, author: str = "analyst") -> dict:
    """Undo judgement ``judgement_id`` (writes): retire it, re-resolve, re-index; the judgement as it now stands.

    Steps: check it exists (``NotFoundError``) and stands (``RefusedError`` when undone
    before); set ``deleted_at`` and ``undone_by``; resolve the store again without it;
    refresh the search index and the sanction matches (ids may have changed back).
    """
    row = read.judgement_row(engine, judgement_id)
    if row["deleted_at"]:
        raise RefusedError(f"judgement {judgement_id}: already undone ({row['deleted_at']}, by {row['undone_by']})",
                           errors={"judgement": "already undone"})
    if retire_judgement(engine, judgement_id, author=author) is None:  # undone meanwhile by another request
        raise RefusedError(f"judgement {judgement_id}: already undone", errors={"judgement": "already undone"})
    resolve_store(engine, full=True)  # a retired judgement can part ids that no new document touches
    refresh_search_index(engine)
    refresh_sanctions(engine)
    checkpoint(engine)
    return {"ok": True, **read.judgement_row(engine, judgement_id)}
