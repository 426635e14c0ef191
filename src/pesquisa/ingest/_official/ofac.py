"""The OFAC Specially Designated Nationals list in its legacy CSV form (``sdn.csv``).

No header; twelve columns: ``ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign,
Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks``; ``-0-`` means empty; several
programmes are joined as ``SDNTK] [ILLICIT-DRUGS-EO14059``. Everything else the list
knows about an entry is in the free-text remarks, ``;``-separated::

    DOB 1948; POB Sinaloa, Mexico; nationality Mexico; Gender Male; a.k.a. 'El Mayo'.

Hand-written because no library reads this form: followthemoney and nomenklatura read
OFAC's XML through OpenSanctions' crawler (zavod), which is not a library, and the XML
files are not among the shared data. The remark grammar is small and stable (DOB, POB,
nationality, citizen, Gender, a.k.a./f.k.a./n.k.a., Linked To, identifiers written
``<label> <number> (<country>)``); what is not understood stays in ``remarks``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pesquisa.calendar import month_numbers
from pesquisa.ingest._failure import IngestFailure
from pesquisa.ingest._official._csv import csv_records
from pesquisa.ingest._official.records import ListIdentifier, SanctionEntry
from pesquisa.lexicon import read_data

ALIAS = re.compile(r"^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.|d\.b\.a\.)\s*'(.*)'$", re.I)
ALIAS_KINDS = {"a.k.a.": "aka", "f.k.a.": "fka", "n.k.a.": "nka", "d.b.a.": "dba"}  # d.b.a.: the name a business trades under
OPEN_ALIAS = re.compile(r"^(?:[afn]\.k|d\.b)\.a\.\s*'", re.I)
ALT = re.compile(r"^alt\.\s+", re.I)
FACT = re.compile(r"^(DOB|POB|nationality|citizen|Gender|Linked To:)\s+(.+)$")
IDENTIFIER = re.compile(r"^(?P<label>.+?)\s+(?P<value>[A-Za-z0-9][A-Za-z0-9\-/. ]*?)\s+\((?P<country>[^()]+)\)$")
DAY_DATE = re.compile(r"^(?:circa\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})$")
MONTH_DATE = re.compile(r"^(?:circa\s+)?([A-Za-z]{3})\s+(\d{4})$")
YEAR_DATE = re.compile(r"^(?:circa\s+)?(\d{4})(?:\s+to\s+(\d{4}))?$")


@cache
def ofac_layout() -> dict:
    """The OFAC section of official.yaml (columns, types, identifier schemes)."""
    return read_data("official.yaml")["ofac"]


def split_programs(text: str) -> list[str]:
    """Programme tags of an entry: "SDNTK] [ILLICIT-DRUGS-EO14059" -> ["SDNTK", "ILLICIT-DRUGS-EO14059"]."""
    return [p.strip(" []") for p in text.split("] [") if p.strip(" []")]


def parse_birth_date(text: str) -> list[str]:
    """ISO dates of an OFAC date ("12 Dec 1952" -> 1952-12-12, "1960 to 1962" -> 1960 and 1962); [] if unreadable."""
    text = text.strip()
    months = month_numbers()
    if m := DAY_DATE.match(text):
        month = months.get(m.group(2).lower())
        return [f"{m.group(3)}-{month:02d}-{int(m.group(1)):02d}"] if month else []
    if m := MONTH_DATE.match(text):
        month = months.get(m.group(1).lower())
        return [f"{m.group(2)}-{month:02d}"] if month else []
    if m := YEAR_DATE.match(text):
        return [y for y in m.groups() if y]
    return []


def split_remarks(text: str) -> list[str]:
    """The ``;``-separated parts of a remarks field, keeping a quoted alias whole even if it holds a ``;``."""
    parts: list[str] = []
    for piece in text.split(";"):
        piece = piece.strip()
        if parts and OPEN_ALIAS.match(parts[-1]) and not parts[-1].endswith("'"):
            parts[-1] = f"{parts[-1]}; {piece}"  # the alias itself held a ";"
        elif piece:
            parts.append(piece)
    return parts


def read_remarks(entry: SanctionEntry, remarks: str) -> None:
    """Fill ``entry``'s aliases, birth dates and places, nationality, gender, identifiers and links from its remarks.

    Writes into ``entry`` (it is being built); parts that match no rule are left in ``entry.remarks`` only.
    """
    schemes = ofac_layout()["identifiers"]
    for part in split_remarks(remarks.strip().removesuffix(".")):
        if m := ALIAS.match(part):
            entry.aliases.append((ALIAS_KINDS[m.group(1).lower()], m.group(2).strip()))
            continue
        bare = ALT.sub("", part)
        if m := FACT.match(bare):
            label, value = m.group(1), m.group(2).strip()
            if label == "DOB":
                entry.birth_dates.extend(parse_birth_date(value))
            elif label == "POB":
                entry.birth_places.append(value)
            elif label == "nationality":
                entry.nationalities.append(value)
            elif label == "citizen":
                entry.citizenships.append(value)
            elif label == "Gender":
                entry.gender = value.lower()
            else:
                entry.links.append(value)
            continue
        if m := IDENTIFIER.match(bare):
            label = m.group("label").strip()
            entry.identifiers.append(ListIdentifier(label=label, scheme=schemes.get(label, label),
                                                    value=m.group("value").strip(), country=m.group("country").strip()))


def read_ofac(path: Path | str, *, list_name: str | None = None) -> Iterator[SanctionEntry | IngestFailure]:
    """Entries of an OFAC ``sdn.csv``, streamed; a failure naming file and line for each bad row.

    ``list_name`` defaults to ``us-ofac-sdn``. Read-only; never raises for bad input.
    """
    path = Path(path)
    layout = ofac_layout()
    empty = layout["empty"]
    width = len(layout["columns"])
    seen = 0
    for record in csv_records(path):
        if isinstance(record, IngestFailure):
            yield record
            return
        line, fields = record
        seen += 1
        where = f"{path.name}:{line}"
        if len(fields) != width:
            yield IngestFailure(where, f"expected {width} columns, found {len(fields)}")
            continue
        values = {col: (None if v.strip() == empty else v.strip()) for col, v in zip(layout["columns"], fields,
                                                                                     strict=True)}
        uid, name = values["ent_num"], values["name"]
        if not uid or not uid.isdigit():
            yield IngestFailure(where, f"entry number {fields[0].strip()!r} is not a number")
            continue
        if not name:
            yield IngestFailure(where, f"entry {uid} has no name")
            continue
        kind = layout["types"].get((values["type"] or "").lower())
        if kind is None:
            yield IngestFailure(where, f"entry {uid}: unknown type {values['type']!r}")
            continue
        entry = SanctionEntry(dataset=list_name or layout["list"], uid=uid, name=name, kind=kind,
                              programs=split_programs(values["programs"] or ""), source_file=path.name,
                              source_line=line, title=values["title"], remarks=values["remarks"])
        entry.vessel = {k: v for k in ("call_sign", "vessel_type", "tonnage", "grt", "vessel_flag", "vessel_owner")
                        if (v := values[k])}
        if values["remarks"]:
            read_remarks(entry, values["remarks"])
        yield entry
    if not seen:
        yield IngestFailure(path.name, "empty file (no entries)")
