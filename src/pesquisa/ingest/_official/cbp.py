"""CBP drug seizure statistics: the monthly CSVs of cbp.gov's "Nationwide Drug Seizures" and "AMO Drug Seizures".

Columns: ``FY, Month (abbv), Component, Region, Land Filter, Area of Responsibility | Branch,
Drug Type, Count of Event, Sum Qty (lbs)``. The fiscal year runs October to September, so
October 2022 belongs to FY2023; the current year is written ``2026 (FYTD)``. Which release
a file is (nationwide or AMO) is read from its header, not its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pesquisa.calendar import month_numbers
from pesquisa.ingest._failure import IngestFailure
from pesquisa.ingest._official._csv import csv_records
from pesquisa.ingest._official.records import SeizureRow
from pesquisa.lexicon import read_data

FISCAL_YEAR = re.compile(r"^\s*(\d{4})\s*(\(FYTD\))?\s*$", re.I)


@cache
def cbp_layout() -> dict:
    """The CBP section of official.yaml (columns, datasets, components, drug names)."""
    return read_data("official.yaml")["cbp"]


def calendar_month(fiscal_year: int, month: int) -> str:
    """YYYY-MM of month ``month`` of US fiscal year ``fiscal_year`` (October to December are the year before)."""
    year = fiscal_year - 1 if month >= 10 else fiscal_year
    return f"{year:04d}-{month:02d}"


def fiscal_year_of(month: str) -> int:
    """The US fiscal year a YYYY-MM month falls in."""
    year, mon = int(month[:4]), int(month[5:7])
    return year + 1 if mon >= 10 else year


def _number(text: str) -> float:
    return float(text.replace(",", "").strip())


def read_cbp(path: Path | str) -> Iterator[SeizureRow | IngestFailure]:
    """Rows of one CBP drug seizure CSV, streamed; a failure naming file and line for each bad row.

    Steps: read the header and choose the dataset by its area column (``Area of
    Responsibility``: nationwide; ``Branch``: AMO); then turn each row into a
    ``SeizureRow`` with its calendar month and kilograms. A file without the CBP columns
    yields one failure and nothing else. Read-only; never raises for bad input.
    """
    path = Path(path)
    layout = cbp_layout()
    cols = layout["columns"]
    months = month_numbers()
    index: dict[str, int] = {}
    dataset = ""
    for record in csv_records(path):
        if isinstance(record, IngestFailure):
            yield record
            return
        line, fields = record
        if not index:
            header = [f.strip() for f in fields]
            dataset = next((name for name, d in layout["datasets"].items() if d["area_column"] in header), "")
            missing = [c for c in cols.values() if c not in header]
            if not dataset or missing:
                wanted = ", ".join(missing) or " or ".join(d["area_column"] for d in layout["datasets"].values())
                yield IngestFailure(path.name, f"not a CBP drug seizure file (missing column {wanted})")
                return
            index = {key: header.index(col) for key, col in cols.items()}
            index["area"] = header.index(layout["datasets"][dataset]["area_column"])
            continue
        yield _seizure_row(fields, index, dataset, months, path.name, line)
    if not index:
        yield IngestFailure(path.name, "empty file (no header)")


def _seizure_row(fields: list[str], index: dict[str, int], dataset: str, months: dict[str, int], name: str,
                 line: int) -> SeizureRow | IngestFailure:
    """One parsed row, or the failure saying what is wrong with it."""
    where = f"{name}:{line}"
    if len(fields) < len(index):
        return IngestFailure(where, f"expected {len(index)} columns, found {len(fields)}")
    layout = cbp_layout()
    get = {key: fields[i].strip() for key, i in index.items()}
    fy = FISCAL_YEAR.match(get["fiscal_year"])
    if not fy:
        return IngestFailure(where, f"fiscal year {get['fiscal_year']!r} is not a year")
    month = months.get(get["month"].lower().rstrip("."))
    if month is None:
        return IngestFailure(where, f"month {get['month']!r} is not a month name")
    component = layout["components"].get(get["component"])
    if component is None:
        return IngestFailure(where, f"unknown component {get['component']!r}")
    try:
        events = int(_number(get["events"]))
        pounds = _number(get["pounds"])
    except ValueError:
        return IngestFailure(where, f"count {get['events']!r} or pounds {get['pounds']!r} is not a number")
    if pounds < 0 or events < 0:
        return IngestFailure(where, "negative count or weight")
    drug = get["drug"]
    item = layout["drugs"].get(drug, drug.lower().rstrip("*"))
    return SeizureRow(dataset=dataset, fiscal_year=int(fy.group(1)), month=calendar_month(int(fy.group(1)), month),
                      component=component, region=get["region"], land_filter=get["land_filter"], area=get["area"],
                      drug=drug, item=item, events=events, pounds=pounds, source_file=name, source_line=line,
                      year_to_date=bool(fy.group(2)))
