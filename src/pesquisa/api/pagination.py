"""Pagination: ``limit``/``offset`` in, ``{total, limit, offset, items}`` out, for every list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Query

MAX_LIMIT = 500
DATE_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # YYYY, YYYY-MM, YYYY-MM-DD, or blank (a form left empty)


@dataclass(slots=True)
class PageParams:
    """Which slice of a list to return."""

    limit: int = 50
    offset: int = 0

    def slice(self, items: list) -> list:
        """The page of an in-memory list."""
        return items[self.offset:self.offset + self.limit]

    def envelope(self, items: list, total: int, **extra) -> dict:
        """The page as JSON: total over all pages, the slice asked for and its items."""
        return {"total": total, "limit": self.limit, "offset": self.offset, **extra, "items": items}


def page_params(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
                offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0) -> PageParams:
    """FastAPI dependency: the page asked for."""
    return PageParams(limit, offset)


DateFrom = Annotated[str | None, Query(pattern=DATE_PATTERN, description="From this date (YYYY[-MM[-DD]]).")]
DateTo = Annotated[str | None, Query(pattern=DATE_PATTERN, description="Up to this date, inclusive.")]
