"""Open the knowledge base and keep its schema current.

The database is chosen by URL: ``sqlite:///pesquisa.sqlite`` by default (a file
path is accepted too), ``postgresql+psycopg://...`` for teams. ``open_store``
applies pending Alembic migrations, each once, in a transaction; re-running is a
no-op.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError, OperationalError

from pesquisa.errors import StoreError

DEFAULT_DB = "pesquisa.sqlite"


def database_url(db: str | Path | None = None) -> str:
    """SQLAlchemy URL for ``db`` (a URL or a file path); ``PESQUISA_DB_URL`` or ./pesquisa.sqlite by default."""
    if db is None:
        db = os.environ.get("PESQUISA_DB_URL", DEFAULT_DB)
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL never corrupts the store and loses no commit when a process dies
    # (kill -9); only a power cut can take back the last commits. FULL syncs the log on every
    # document's commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("pesquisa.store").joinpath("migrations")))
    return config


def migrate(engine: Engine) -> None:
    """Apply pending migrations (writes the schema; a no-op when current)."""
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def checkpoint(engine: Engine) -> None:
    """Fold SQLite's write-ahead log into the main file, so the .sqlite file alone holds everything."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def open_store(db: str | Path | None = None, *, create: bool = True) -> Engine:
    """Engine for the knowledge base at ``db``, migrated to the current schema.

    Raises ``StoreError`` when the file is not a database or cannot be opened.
    """
    url = database_url(db)
    if url.startswith("sqlite:///") and not create:
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            raise StoreError(f"{path}: no such database (run `pesquisa ingest` first)")
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        if create or "alembic_version" not in inspect(engine).get_table_names():
            migrate(engine)
    except (DatabaseError, OperationalError) as err:
        raise StoreError(f"{url}: cannot open database ({err.orig})") from err
    return engine
