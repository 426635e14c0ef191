"""Index mentions by (entity, document) and quotes by (speaker, document): an entity page counts
its documents and picks its events from these indexes alone, without reading a row (issue 15).

A new store gets both indexes from 0001 (``schema``); ``if_not_exists`` lets this
migration run there too.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_mentions_entity_document", "mentions", ["entity_id", "document_id"], if_not_exists=True)
    op.create_index("ix_quotes_speaker_document", "quotes", ["speaker_id", "document_id"], if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_quotes_speaker_document", table_name="quotes", if_exists=True)
    op.drop_index("ix_mentions_entity_document", table_name="mentions", if_exists=True)
