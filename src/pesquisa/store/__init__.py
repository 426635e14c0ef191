"""Store stage: SQLAlchemy Core tables, Alembic migrations, writes (``write``) and reads (``read``).

The store only persists and reads back; ``pesquisa.pipeline`` decides what runs when.
SQLite by default (``./pesquisa.sqlite``), PostgreSQL by changing the URL.
"""

from sqlalchemy.exc import SQLAlchemyError as _SQLAlchemyError

from pesquisa.store.db import DEFAULT_DB, database_url, migrate, open_store
from pesquisa.store.read import stored_document_ids
from pesquisa.store.write import add_judgement, document_rows, write_extraction, write_resolution

# What a write the database refused raises (a locked file, a full disk, a constraint): callers
# outside the store catch this name and never import SQLAlchemy for it.
DatabaseFailure = _SQLAlchemyError

__all__ = ["DEFAULT_DB", "DatabaseFailure", "add_judgement", "database_url", "document_rows", "migrate", "open_store",
           "stored_document_ids", "write_extraction", "write_resolution"]
