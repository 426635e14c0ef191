"""Full-text search: FTS5 tables over documents, quotes and entities (SQLite only).

On other dialects, or a SQLite built without FTS5, this is a no-op and
``pesquisa.store.search`` falls back to LIKE. The tables are filled by
``refresh_search_index``; this migration only creates them (frozen copy of the DDL).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
_TABLES = {
    "search_documents": f"doc_id UNINDEXED, title, body, {_TOKENIZE}",
    "search_quotes": f"quote_id UNINDEXED, document_id UNINDEXED, text, speaker, {_TOKENIZE}",
    "search_entities": f"entity_id UNINDEXED, type UNINDEXED, name, aliases, {_TOKENIZE}",
}


def _has_fts5(bind) -> bool:  # noqa: ANN001 - alembic connection
    options = {row[0] for row in bind.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite" or not _has_fts5(bind):
        return
    for name, columns in _TABLES.items():
        op.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5({columns})")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for name in _TABLES:
        op.execute(f"DROP TABLE IF EXISTS {name}")
