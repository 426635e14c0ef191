"""The entity page tables (``store.page_tables``): which entities each document names, in the order pages
list documents, and which entities each event report and money amount involves, so an entity page
reads index ranges instead of scanning every fact of the entity (issue 15).

A resolution keeps them from now on (``store.write.write_resolution``); this migration creates them
(``checkfirst``: a store that has them keeps them) and fills them for every document already stored,
200 documents at a time.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

from pesquisa.store import page_tables
from pesquisa.store import schema as t

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in t.PAGE_TABLES:
        table.create(bind, checkfirst=True)
    docs = bind.execute(sa.select(t.documents.c.id).order_by(t.documents.c.id)).scalars().all()
    page_tables.refresh(bind, docs)


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(t.PAGE_TABLES):
        table.drop(bind, checkfirst=True)
