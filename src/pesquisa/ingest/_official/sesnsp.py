"""SESNSP victims of crime (fuero común) by state and month, in the long form of lapanquecita/incidencia-delictiva.

Columns: ``isodate, entidad, delito, total``; one row per month (first of the month), state
(or ``Nacional``) and crime subtype. The file pads months after its last release with
zeros; the store marks where real data end (see ``pesquisa.store.official``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pesquisa.ingest._failure import IngestFailure
from pesquisa.ingest._official._csv import csv_records
from pesquisa.ingest._official.records import VictimCount
from pesquisa.lexicon import read_data

ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:-\d{2})?$")


def read_sesnsp(path: Path | str) -> Iterator[VictimCount | IngestFailure]:
    """Victim counts of one SESNSP time-series CSV, streamed; a failure naming file and line for each bad row.

    A file without the expected columns yields one failure and nothing else. Read-only.
    """
    path = Path(path)
    cols = read_data("official.yaml")["sesnsp"]["columns"]
    index: dict[str, int] = {}
    for record in csv_records(path):
        if isinstance(record, IngestFailure):
            yield record
            return
        line, fields = record
        if not index:
            header = [f.strip() for f in fields]
            missing = [c for c in cols.values() if c not in header]
            if missing:
                yield IngestFailure(path.name, f"not a SESNSP victims file (missing column {', '.join(missing)})")
                return
            index = {key: header.index(col) for key, col in cols.items()}
            continue
        where = f"{path.name}:{line}"
        if len(fields) < len(index):
            yield IngestFailure(where, f"expected {len(index)} columns, found {len(fields)}")
            continue
        get = {key: fields[i].strip() for key, i in index.items()}
        date = ISO_MONTH.match(get["date"])
        if not date or not 1 <= int(date.group(2)) <= 12:
            yield IngestFailure(where, f"date {get['date']!r} is not an ISO date")
            continue
        if not get["state"] or not get["crime"]:
            yield IngestFailure(where, "state or crime is empty")
            continue
        try:
            total = int(get["total"].replace(",", ""))
        except ValueError:
            yield IngestFailure(where, f"total {get['total']!r} is not a whole number")
            continue
        yield VictimCount(month=f"{date.group(1)}-{date.group(2)}", state=get["state"], crime=get["crime"],
                          total=total, source_file=path.name, source_line=line)
    if not index:
        yield IngestFailure(path.name, "empty file (no header)")
