"""Keep on a sanction match the places in the text where a listed name was read when no entity stands behind it
(``sanction_matches.mentions``: a vessel named after "the tanker"), so the match says where it comes from.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("sanction_matches")}
    if "mentions" not in present:
        op.add_column("sanction_matches", sa.Column("mentions", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sanction_matches") as batch:
        batch.drop_column("mentions")
