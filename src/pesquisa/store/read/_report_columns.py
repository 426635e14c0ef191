"""Columns of an event report row as resolution reads them: its own, the day its article came out, and the first words
of its sentence (``opening``: "En otro hecho, ...", ``resolve._separate``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from pesquisa.resolve._separate import OPENING_CHARS
from pesquisa.store import schema as t


def published_column() -> Any:
    """The publication day of the report's article (``EventReport.published``), labelled ``published``."""
    d, r = t.documents.c, t.event_reports.c
    return select(d.published).where(d.id == r.document_id).scalar_subquery().label("published")


def opening_column() -> Any:
    """The first ``OPENING_CHARS`` characters of the report's sentence in its article's body, labelled ``opening``."""
    d, r = t.documents.c, t.event_reports.c
    return select(func.substr(d.body, r.start + 1, OPENING_CHARS)).where(d.id == r.document_id).scalar_subquery().label(
        "opening")


def report_column(name: str) -> Any:
    """The column ``name`` of an event report row: stored, or the article's publication day for ``published``, or the
    first words of its sentence for ``opening``."""
    if name == "opening":
        return opening_column()
    return published_column() if name == "published" else t.event_reports.c[name]


def report_rows_query() -> Any:
    """Every stored column of the event reports, the day their article came out and the first words of their sentence."""
    return select(t.event_reports, published_column(), opening_column())
