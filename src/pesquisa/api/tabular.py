"""Lists as CSV: every list endpoint answers ``?format=csv`` (or ``Accept: text/csv``) with the rows of its JSON.

One helper for every route: a route builds its JSON page as always and hands it to
``respond``, which returns it unchanged, or its ``items`` as CSV. The CSV has the same
rows, in the same order, under the same filters and page (``limit``/``offset``) as the
JSON; the total over all pages travels in the ``X-Total-Count`` header.

Rows are flattened by one rule (``flatten``), so a column means the same in every file:

- a scalar is written as is (``None`` empty, booleans ``true``/``false``);
- a span (a key ending in ``span``: ``[start, end]`` or ``None``) becomes ``<key>_start`` and ``<key>_end``;
- a nested object becomes ``<key>.<field>`` columns; a list of scalars one cell joined by ``"; "``;
- a list of objects (an event's reports) one cell of compact JSON.

The header is the union of the rows' columns in first-seen order, after the ``columns`` a
route names (so an empty list still has its header where the route knows its columns). UTF-8 with a byte order
mark, so spreadsheet programs read accents right; quoting by the ``csv`` module. A text cell
starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading ``'``: news text is
untrusted, and a spreadsheet would otherwise run it as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal

from fastapi import Query, Request
from fastapi.responses import Response

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {}}, "description": "JSON, or the items as CSV with ?format=csv"}}

Format = Annotated[Literal["json", "csv"] | None, Query(
    alias="format", description="json (default) or csv: the same rows as CSV (also with Accept: text/csv).")]


def wants_csv(request: Request, fmt: str | None) -> bool:
    """True when the client asks for CSV: ``?format=csv``, or ``Accept: text/csv`` without ``?format=json``."""
    if fmt is not None:
        return fmt == "csv"
    return "text/csv" in request.headers.get("accept", "")


def cell(value: Any) -> str:
    """One CSV cell: empty for None, ``true``/``false``, numbers as written, text guarded against formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def flatten(item: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """A JSON object as one CSV row: column -> value (see the module docstring for the rule)."""
    row: dict[str, Any] = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        if key.endswith("span") and (value is None or _is_pair(value)):
            row[f"{name}_start"], row[f"{name}_end"] = value if value is not None else (None, None)
        elif isinstance(value, Mapping):
            row.update(flatten(value, f"{name}."))
        elif isinstance(value, list | tuple):
            if all(not isinstance(v, Mapping | list | tuple) for v in value):
                row[name] = "; ".join(cell(v) for v in value)
            else:
                row[name] = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        else:
            row[name] = value
    return row


def _is_pair(value: Any) -> bool:
    return isinstance(value, list | tuple) and len(value) == 2 and all(isinstance(v, int) for v in value)


def to_csv(items: Iterable[Mapping[str, Any]], columns: Iterable[str] = ()) -> str:
    """The items as CSV text: a header row (``columns``, then the rows' others in first-seen order), one row per item."""
    rows = [flatten(item) for item in items]
    columns = list(dict.fromkeys([*columns, *(k for row in rows for k in row)]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
    return out.getvalue()


def csv_response(items: Iterable[Mapping[str, Any]], name: str, *, total: int | None = None,
                 columns: Iterable[str] = ()) -> Response:
    """A CSV download of ``items`` named ``<name>.csv`` (UTF-8 with BOM), the total over all pages in a header."""
    headers = {"Content-Disposition": f'attachment; filename="{name}.csv"'}
    if total is not None:
        headers["X-Total-Count"] = str(total)
    return Response("\ufeff" + to_csv(items, columns), media_type=CSV_MEDIA_TYPE, headers=headers)


def respond(request: Request, fmt: str | None, page: dict, name: str, *, columns: Iterable[str] = ()) -> dict | Response:
    """The JSON page as it is, or its ``items`` as CSV when the client asks for CSV (see ``wants_csv``)."""
    if wants_csv(request, fmt):
        return csv_response(page["items"], name, total=page.get("total"), columns=columns)
    return page
