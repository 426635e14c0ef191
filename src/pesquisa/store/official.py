"""Write the official record: series rows, list entries, sanction matches and the analyst's judgements of them.

Imports are idempotent: a row's id hashes its natural key (see
``pesquisa.ingest._official.records``), and each batch replaces the rows with its ids, so
importing a file twice, or two releases that repeat months, stores each figure once.
Batches are written in their own transactions (a few thousand rows each), so memory stays
bounded and an interrupted import keeps what it finished.

A list entry that a later complete import of its list no longer has is retired
(``retired_at``), never erased: matches stop using it, its history stays.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, Table, bindparam, delete, func, insert, select, update

from pesquisa.ingest import SanctionEntry, SeizureRow, VictimCount
from pesquisa.records import make_id
from pesquisa.store import schema as t

SESNSP_DATASET = "sesnsp-victims"


def now() -> str:
    """The current UTC time as stored (ISO, seconds)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _upsert(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Replace the rows with these ids (delete then insert: the same on SQLite and PostgreSQL)."""
    if not rows:
        return
    ids = [r["id"] for r in rows]
    for i in range(0, len(ids), 500):
        conn.execute(delete(table).where(table.c.id.in_(ids[i:i + 500])))
    conn.execute(insert(table), rows)


def seizure_row(row: SeizureRow) -> dict:
    """The database row of a CBP seizure record (pounds as written, kilograms beside them)."""
    return {"id": row.id, "dataset": row.dataset, "fiscal_year": row.fiscal_year, "month": row.month,
            "component": row.component, "region": row.region, "land_filter": row.land_filter, "area": row.area,
            "drug": row.drug, "item": row.item, "events": row.events, "pounds": row.pounds, "kg": row.kg,
            "year_to_date": row.year_to_date, "source_file": row.source_file, "source_line": row.source_line}


def write_seizures(engine: Engine, rows: Iterable[SeizureRow]) -> int:
    """Store one batch of CBP rows (writes, one transaction); returns how many."""
    data = list({r.id: seizure_row(r) for r in rows}.values())
    with engine.begin() as conn:
        _upsert(conn, t.official_seizures, data)
    return len(data)


def write_victims(engine: Engine, rows: Iterable[VictimCount]) -> int:
    """Store one batch of SESNSP rows (writes, one transaction); returns how many."""
    data = list({r.id: {"id": r.id, "dataset": SESNSP_DATASET, "month": r.month, "state": r.state,
                        "crime": r.crime, "total": r.total, "source_file": r.source_file,
                        "source_line": r.source_line} for r in rows}.values())
    with engine.begin() as conn:
        _upsert(conn, t.official_victims, data)
    return len(data)


def update_coverage(engine: Engine, dataset: str, files: Iterable[str]) -> dict:
    """Record which months ``dataset`` really covers and which files fed it (writes); returns the record.

    A CBP dataset covers its first to last month. SESNSP pads months after its last
    release with zeros, so its coverage ends at the last month with any victim counted.
    """
    with engine.begin() as conn:
        if dataset == SESNSP_DATASET:
            table = t.official_victims
            first = conn.execute(select(func.min(table.c.month))).scalar()
            last = conn.execute(select(func.max(table.c.month)).where(table.c.total > 0)).scalar()
            count = conn.execute(select(func.count()).select_from(table)).scalar_one()
        else:
            table = t.official_seizures
            where = table.c.dataset == dataset
            first, last, count = conn.execute(select(func.min(table.c.month), func.max(table.c.month),
                                                     func.count()).where(where)).one()
        known = conn.execute(select(t.official_datasets.c.files).where(t.official_datasets.c.dataset == dataset)).scalar()
        record = {"dataset": dataset, "first_month": first, "last_month": last, "rows": count,
                  "files": sorted(set(known or []) | set(files)), "imported_at": now()}
        conn.execute(delete(t.official_datasets).where(t.official_datasets.c.dataset == dataset))
        conn.execute(insert(t.official_datasets), [record])
    return record


def entry_rows(entry: SanctionEntry, seen_at: str) -> dict[str, list[dict]]:
    """The rows of every sanctions table for one list entry, keyed by table name."""
    eid = entry.id
    names = [("primary", entry.name), *entry.aliases]
    return {
        "sanction_entries": [{
            "id": eid, "list": entry.dataset, "uid": entry.uid, "name": entry.name, "kind": entry.kind,
            "programs": entry.programs, "title": entry.title, "birth_dates": entry.birth_dates,
            "birth_places": entry.birth_places, "nationalities": entry.nationalities,
            "citizenships": entry.citizenships, "gender": entry.gender, "vessel": entry.vessel,
            "remarks": entry.remarks, "source_file": entry.source_file, "source_line": entry.source_line,
            "seen_at": seen_at, "retired_at": None}],
        "sanction_names": list({make_id("sdnn", eid, kind, name): {
            "id": make_id("sdnn", eid, kind, name), "entry_id": eid, "kind": kind, "name": name}
            for kind, name in names}.values()),
        "sanction_identifiers": list({make_id("sdni", eid, i.label, i.value, i.country): {
            "id": make_id("sdni", eid, i.label, i.value, i.country), "entry_id": eid, "label": i.label,
            "scheme": i.scheme, "value": i.value, "country": i.country} for i in entry.identifiers}.values()),
        "sanction_links": list({make_id("sdnl", eid, name): {
            "id": make_id("sdnl", eid, name), "entry_id": eid, "target_name": name, "target_entry_id": None}
            for name in entry.links}.values()),
    }


CHILD_TABLES = (t.sanction_names, t.sanction_identifiers, t.sanction_links)


def write_sanction_entries(engine: Engine, entries: Iterable[SanctionEntry], *, seen_at: str) -> int:
    """Store one batch of list entries with their names, identifiers and links (writes, one transaction).

    An entry stored before is replaced whole (its old aliases and identifiers go with it).
    Returns how many entries.
    """
    rows: dict[str, list[dict]] = {"sanction_entries": [], **{tb.name: [] for tb in CHILD_TABLES}}
    for entry in {e.id: e for e in entries}.values():
        for name, items in entry_rows(entry, seen_at).items():
            rows[name].extend(items)
    ids = [r["id"] for r in rows["sanction_entries"]]
    with engine.begin() as conn:
        for table in CHILD_TABLES:
            for i in range(0, len(ids), 500):
                conn.execute(delete(table).where(table.c.entry_id.in_(ids[i:i + 500])))
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])
        _upsert(conn, t.sanction_entries, rows["sanction_entries"])
    return len(ids)


def finish_list_import(engine: Engine, list_name: str, *, seen_at: str) -> dict[str, int]:
    """After a complete import of ``list_name``: retire entries it no longer has, resolve links (writes).

    A link ("Linked To: CARTEL DE JALISCO NUEVA GENERACION") points to the entry of the
    same list whose primary name is written the same way, when there is exactly one.
    Returns counts of retired entries and resolved links.
    """
    e = t.sanction_entries
    with engine.begin() as conn:
        retired = conn.execute(update(e).where(e.c.list == list_name, e.c.seen_at < seen_at, e.c.retired_at.is_(None))
                               .values(retired_at=seen_at)).rowcount
        by_name: dict[str, list[str]] = {}
        for eid, name in conn.execute(select(e.c.id, e.c.name).where(e.c.list == list_name, e.c.retired_at.is_(None))):
            by_name.setdefault(name.upper(), []).append(eid)
        links = conn.execute(select(t.sanction_links.c.id, t.sanction_links.c.target_name)
                             .join(e, e.c.id == t.sanction_links.c.entry_id).where(e.c.list == list_name)).all()
        targets = [{"_id": link_id, "v_target": hits[0] if len(hits := by_name.get(name.upper(), [])) == 1 else None}
                   for link_id, name in links]
        if targets:
            conn.execute(update(t.sanction_links).where(t.sanction_links.c.id == bindparam("_id"))
                         .values(target_entry_id=bindparam("v_target")), targets)
        resolved = sum(1 for x in targets if x["v_target"])
    return {"retired": retired, "links": len(links), "links_resolved": resolved}


def write_sanction_matches(engine: Engine, matches: Iterable[dict]) -> int:
    """Replace the stored sanction matches with ``matches`` (rows of ``sanction_matches``; writes). Returns how many."""
    stamp = now()
    rows = [{**m, "id": make_id("sm", m["entity_id"], m["entry_id"]), "matched_at": stamp} for m in matches]
    rows = list({r["id"]: r for r in rows}.values())
    with engine.begin() as conn:
        conn.execute(delete(t.sanction_matches))
        if rows:
            conn.execute(insert(t.sanction_matches), rows)
    return len(rows)


def add_sanction_judgement(engine: Engine, decision: str, entity_id: str, list_name: str, list_id: str, *,
                           author: str = "analyst") -> None:
    """Store an analyst's confirm or reject of a sanction match (writes); matching replays it every time.

    A new decision about the same entity and entry retires the earlier one (``deleted_at``).
    """
    stamp = now()
    j = t.sanction_judgements
    with engine.begin() as conn:
        conn.execute(update(j).where(j.c.entity_id == entity_id, j.c.list == list_name, j.c.list_id == list_id,
                                     j.c.deleted_at.is_(None)).values(deleted_at=stamp))
        conn.execute(insert(j).values(decision=decision, entity_id=entity_id, list=list_name, list_id=list_id,
                                      author=author, created_at=stamp))


def ensure_official_schema(engine: Engine) -> None:
    """Apply pending migrations when the official tables are missing (a store made before them; writes then).

    Looked up once per engine: tables once there stay, and every entity page asks (reading the
    table list each time was a statement per page)."""
    from sqlalchemy import inspect

    from pesquisa.store.db import migrate

    if engine in _OFFICIAL_SCHEMA_SEEN:
        return
    if "sanction_judgements" not in inspect(engine).get_table_names():
        migrate(engine)
    _OFFICIAL_SCHEMA_SEEN.add(engine)


_OFFICIAL_SCHEMA_SEEN: weakref.WeakSet[Engine] = weakref.WeakSet()  # engines whose official tables are known there
