"""Relations between actors; event reports with status, country, targets and amounts; events with status, country.

Adds the ``relations`` table (member_of, sanctioned_by, arrested_by, national_of, ... each
with its span) and the event columns of issue 11. Idempotent: a database created by
0001 from the current schema already has them, so each table and column is added only
when missing (frozen copy of the DDL).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_COLUMNS: dict[str, list[tuple[str, sa.types.TypeEngine]]] = {
    "event_reports": [("status", sa.String(16)), ("country", sa.String(8)), ("target_local_ids", sa.JSON()),
                      ("target_ids", sa.JSON()), ("amounts", sa.JSON())],
    "events": [("status", sa.String(16)), ("country", sa.String(8))],
}


def _span_columns() -> list[sa.Column]:
    return [sa.Column("start", sa.Integer, nullable=False), sa.Column("end", sa.Integer, nullable=False),
            sa.Column("raw_start", sa.Integer, nullable=False), sa.Column("raw_end", sa.Integer, nullable=False)]


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    for table, columns in _COLUMNS.items():
        have = {c["name"] for c in inspector.get_columns(table)}
        for name, kind in columns:
            if name not in have:
                op.add_column(table, sa.Column(name, kind))
    if "relations" not in inspector.get_table_names():
        op.create_table(
            "relations",
            sa.Column("id", sa.String(64), primary_key=True),
            sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), nullable=False, index=True),
            sa.Column("kind", sa.String(32), nullable=False),
            sa.Column("subject_local_id", sa.String(64), nullable=False),
            sa.Column("subject_id", sa.String(64), index=True),
            sa.Column("object_local_id", sa.String(64)),
            sa.Column("object_id", sa.String(64), index=True),
            sa.Column("value", sa.String(64)),
            sa.Column("cue", sa.Text, nullable=False),
            sa.Column("date", sa.String(10)),
            *_span_columns(),
        )


def downgrade() -> None:
    op.drop_table("relations")
    for table, columns in _COLUMNS.items():
        for name, _kind in columns:
            op.drop_column(table, name)
