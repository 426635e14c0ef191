"""Store stage: SQLAlchemy Core tables, Alembic migrations, writes and reads.

SQLite by default (``./pesquisa.sqlite``), PostgreSQL by changing the URL.
"""

from pesquisa.store.db import DEFAULT_DB, database_url, migrate, open_store
from pesquisa.store.write import document_rows, replace_rows, stored_document_ids, write_extraction

__all__ = ["DEFAULT_DB", "database_url", "document_rows", "migrate", "open_store", "replace_rows",
           "stored_document_ids", "write_extraction"]
