"""Columns of an event report row as resolution reads them: its own, and the day its article came out."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from pesquisa.store import schema as t


def published_column() -> Any:
    """The publication day of the report's article (``EventReport.published``), labelled ``published``."""
    d, r = t.documents.c, t.event_reports.c
    return select(d.published).where(d.id == r.document_id).scalar_subquery().label("published")


def report_column(name: str) -> Any:
    """The column ``name`` of an event report row: stored, or the article's publication day for ``published``."""
    return published_column() if name == "published" else t.event_reports.c[name]


def report_rows_query() -> Any:
    """Every stored column of the event reports, and the day their article came out."""
    return select(t.event_reports, published_column())
