"""The store's newest migration, for tests that check a store was brought to the head."""

from __future__ import annotations

from importlib import resources

from alembic.script import ScriptDirectory


def head_revision() -> str | None:
    """The revision a migrated store reaches: the newest migration of ``pesquisa.store``."""
    return ScriptDirectory(str(resources.files("pesquisa.store").joinpath("migrations"))).get_current_head()
