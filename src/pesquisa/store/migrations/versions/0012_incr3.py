"""Keep on each resolution group what resolution reads of its refs (``resolution_groups.facts``: names and how
often each is used, forms, key, smallest local id, withheld surname, sides of the law), so an increment remakes
an entity from its groups' facts plus the new refs instead of reading every ref of the groups it touches
(issue 15). Groups stored before have none: an increment reads their refs, as before, and writes their facts.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("resolution_groups")}
    if "facts" not in present:
        op.add_column("resolution_groups", sa.Column("facts", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("resolution_groups") as batch:
        batch.drop_column("facts")
