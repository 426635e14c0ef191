"""Keep on each event report the first words of its sentence (``event_reports.opening``): "En otro hecho, ...",
"In a separate attack, ..." tell another event than those of the article before it (``resolve._separate``). Stored
at write time, so resolution reads them without reading the article's body. Idempotent: a database created by 0001
from the current schema already has the column.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("event_reports")}
    if "opening" not in present:
        op.add_column("event_reports", sa.Column("opening", sa.String(80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event_reports") as batch:
        batch.drop_column("opening")
