"""The resolution index: resolved documents, in-document entities with their name groups,
cluster founders and event blocking keys, so an ingest matches new documents against the
store instead of re-resolving it. Stores that predate it are resolved from scratch once
(``resolve_store`` finds no resolved documents and rebuilds), which fills it.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

from pesquisa.store.schema import RESOLUTION_TABLES

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in RESOLUTION_TABLES:
        table.create(bind, checkfirst=True)


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(RESOLUTION_TABLES):
        table.drop(bind, checkfirst=True)
