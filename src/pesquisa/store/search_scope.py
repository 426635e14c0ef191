"""The search rows an increment's resolution can change, and their rewrite (issue 15).

``update_search_index`` compared every indexed document and quote with its row to find the
few that differ: at 2,000 documents 0.09 CPU s for 100 new ones, growing with the store.
A resolution knows what it rewrote: the documents whose facts got ids (the new ones, and
the stored ones whose refs moved: a quote's speaker is one of them) and the entities written
or removed (a quote's indexed speaker carries its entity's name). Those rows are rewritten;
no other document or quote row can differ. A count of the index against its tables then
checks what nothing rewrote (a document re-ingested under a new rowid leaves one behind):
where they disagree the whole index is compared, as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, text


@dataclass(slots=True)
class SearchScope:
    """What a resolution rewrote: the documents whose facts' ids it wrote, the entities it wrote or removed."""

    documents: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)


def _fill(conn: Connection, table: str, values: Iterable[str]) -> None:
    conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY)")
    conn.exec_driver_sql(f"DELETE FROM temp.{table}")
    rows = [{"id": v} for v in sorted(set(values))]
    if rows:
        conn.execute(text(f"INSERT INTO temp.{table} (id) VALUES (:id)"), rows)


_CANDIDATES = {  # index table -> the rowids of its source rows a scope can change
    "search_documents": "SELECT rowid FROM documents WHERE id IN (SELECT id FROM temp.scope_documents)",
    "search_quotes": "SELECT rowid FROM quotes WHERE document_id IN (SELECT id FROM temp.scope_documents) "
                     "OR speaker_id IN (SELECT id FROM temp.scope_entities)",
}


def rewrite_scoped(conn: Connection, scope: SearchScope, sources: dict[str, tuple[str, dict[str, str], str, str]]) -> None:
    """Drop and write again the index rows of the documents and quotes ``scope`` can change (``sources``: index
    table -> rowid, indexed columns, table and joins, as ``search._SOURCES``)."""
    _fill(conn, "scope_documents", scope.documents)
    _fill(conn, "scope_entities", scope.entities)
    for name, (rowid, columns, table, joins) in sources.items():
        candidates = _CANDIDATES[name]
        conn.exec_driver_sql(f"DELETE FROM {name} WHERE rowid IN ({candidates})")
        conn.exec_driver_sql(f"INSERT INTO {name} (rowid, {', '.join(columns)}) SELECT {rowid}, "
                             f"{', '.join(columns.values())} FROM {table}{joins} WHERE {rowid} IN ({candidates})")
    conn.exec_driver_sql("DROP TABLE temp.scope_documents")
    conn.exec_driver_sql("DROP TABLE temp.scope_entities")
