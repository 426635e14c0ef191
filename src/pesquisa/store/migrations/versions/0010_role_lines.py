"""Index roles by (person, date, qualifier, title, organization): the lines of a role timeline, each
line's rows in the order they were stored, so an entity page counts a line's titles and reads its
first sources from the index alone, however often the person is titled (issue 15).

A new store gets the index from 0001 (``schema``); ``if_not_exists`` lets this migration run there too.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_roles_lines", "roles", ["entity_id", "date", "qualifier", "title", "organization_id"],
                    if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_roles_lines", table_name="roles", if_exists=True)
