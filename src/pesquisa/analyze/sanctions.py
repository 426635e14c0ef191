"""Sanctions as the analyst reads them: each stored match with its list entry, in the JSON the CLI and API share.

Matching itself is ``pesquisa.resolve.sanctions`` (pure) run by ``pesquisa.pipeline``
after every import and ingest; this module only reads what was stored.
"""

from __future__ import annotations

from sqlalchemy import Engine

from pesquisa.store.read import official as read_official

MATCH_FIELDS = ("entity_id", "entity_name", "list", "list_id", "list_name", "programs", "score", "evidence", "status")


def sanctions_report(engine: Engine, *, entity_id: str | None = None) -> list[dict]:
    """One object per stored match (``MATCH_FIELDS``), by entity name then score (read-only)."""
    return [{k: row[k] for k in MATCH_FIELDS} for row in read_official.sanction_matches(engine, entity_id=entity_id)]


def entity_sanctions(engine: Engine, entity_id: str) -> list[dict]:
    """The matches of one entity with the list entry behind each (aliases, births, identifiers, file and line)."""
    out = []
    for row in read_official.sanction_matches(engine, entity_id=entity_id):
        out.append({**{k: row[k] for k in MATCH_FIELDS},
                    "entry": {"kind": row["kind"], "aliases": row["aliases"], "birth_dates": row["birth_dates"],
                              "nationalities": row["nationalities"], "identifiers": row["identifiers"],
                              "links": row["links"],
                              "remarks": row["remarks"], "source_file": row["source_file"],
                              "source_line": row["source_line"]}})
    return out
