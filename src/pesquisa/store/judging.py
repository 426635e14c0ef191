"""Writes of the judgement history: an analyst's judgement undone is retired (``deleted_at``), never erased.

Adding a judgement stays in ``store.write`` (``add_judgement``, ``add_event_judgement``);
this module only retires one. The resolution replay reads standing judgements only
(``store.read.judgements``, ``event_judgements``: ``deleted_at IS NULL``), so a retired
judgement stops counting at the next resolution, and the row stays for the history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select, update

from pesquisa.store import schema as t


def retire_judgement(engine: Engine, judgement_id: int, *, author: str = "analyst") -> str | None:
    """Mark the standing judgement ``judgement_id`` undone by ``author`` now (writes); its ``deleted_at``, None if none.

    Returns None when there is no such judgement or it was undone before (nothing is written then).
    Who undid it is kept in the row's ``detail`` (``undone_by``) beside what was there.
    """
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with engine.begin() as conn:
        row = conn.execute(select(t.judgements.c.detail, t.judgements.c.deleted_at)
                           .where(t.judgements.c.id == judgement_id)).first()
        if row is None or row.deleted_at is not None:
            return None
        conn.execute(update(t.judgements).where(t.judgements.c.id == judgement_id)
                     .values(deleted_at=now, detail={**(row.detail or {}), "undone_by": author}))
    return now


def annotate_judgement(engine: Engine, judgement_id: int, **fields: object) -> None:
    """Add ``fields`` to a judgement's ``detail`` (writes): what the history shows of it, such as the names as judged.

    Keys already there (the report ids of an event judgement) are kept.
    """
    with engine.begin() as conn:
        detail = conn.execute(select(t.judgements.c.detail).where(t.judgements.c.id == judgement_id)).scalar()
        conn.execute(update(t.judgements).where(t.judgements.c.id == judgement_id)
                     .values(detail={**(detail or {}), **fields}))
