"""The official record: CBP seizure series, SESNSP victim counts, sanctions list entries, matches and judgements.

Like 0001, the tables are created from ``pesquisa.store.schema`` (``OFFICIAL_TABLES``), each
only if missing, so the migration is safe on a database that already has them.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

from pesquisa.store.schema import OFFICIAL_TABLES

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in OFFICIAL_TABLES:
        table.create(bind, checkfirst=True)


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(OFFICIAL_TABLES):
        table.drop(bind, checkfirst=True)
