"""Add the failures table: what an ingest could not take in, by file, part and stage (issue 16).

A frozen copy of the DDL (not ``schema.failures``), so this migration keeps creating the
table it created even after the schema module moves on.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "failures",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("location", sa.String(256), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("problem", sa.Text, nullable=False),
        sa.Column("detail", sa.Text),
        sa.Column("first_seen", sa.String(32), nullable=False),
        sa.Column("last_seen", sa.String(32), nullable=False),
    )
    op.create_index("ix_failures_path", "failures", ["path", "location"])


def downgrade() -> None:
    op.drop_index("ix_failures_path", table_name="failures")
    op.drop_table("failures")
