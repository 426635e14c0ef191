"""Create the knowledge base: documents, entities, facts with spans, events, judgements.

Revision ID: 0001
Revises:
"""

from alembic import op

from pesquisa.store.schema import ALL_TABLES

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in ALL_TABLES:
        table.create(bind, checkfirst=True)


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(ALL_TABLES):
        table.drop(bind, checkfirst=True)
