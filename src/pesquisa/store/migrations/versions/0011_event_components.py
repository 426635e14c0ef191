"""The evidence component and content digest of each resolved event report (``event_components``), so an
ingest reads only the components its new reports touch instead of every report sharing a blocking key
with them (issue 15). Stores that predate it are resolved from scratch once (``resolve_store`` finds
events without components and rebuilds), which fills it.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

from pesquisa.store.schema import event_components

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    event_components.create(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    event_components.drop(op.get_bind(), checkfirst=True)
