"""Keep on each quote what it is about (``topics``, ``topic_terms``) and when it was said (``said_date``,
``said_text``), so an entity page counts and sorts a speaker's positions by topic in the database
instead of re-reading and re-splitting every body the speaker is quoted in (issue 15).

``store.write`` sets them for every document written from now on; this migration adds the
columns where they are missing (a new store gets them from 0001) and computes them for the
quotes already stored (``pesquisa.quote_context``), 200 documents at a time.

Revision ID: 0008
Revises: 0007
"""

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from pesquisa.quote_context import quote_context
from pesquisa.store import schema as t

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = (("topics", sa.JSON()), ("topic_terms", sa.JSON()), ("said_date", sa.String(10)), ("said_text", sa.Text()))
BATCH = 200


def upgrade() -> None:
    bind = op.get_bind()
    present = {c["name"] for c in sa.inspect(bind).get_columns("quotes")}
    for name, type_ in COLUMNS:
        if name not in present:
            op.add_column("quotes", sa.Column(name, type_, nullable=True))
    q, d = t.quotes.c, t.documents.c
    docs = sorted(r[0] for r in bind.execute(sa.select(q.document_id).where(q.topics.is_(None)).distinct()))
    update = (sa.update(t.quotes).where(q.id == sa.bindparam("_id"))
              .values(topics=sa.bindparam("v_topics"), topic_terms=sa.bindparam("v_terms"),
                      said_date=sa.bindparam("v_date"), said_text=sa.bindparam("v_text")))
    for first in range(0, len(docs), BATCH):
        batch = docs[first:first + BATCH]
        found = bind.execute(sa.select(d.id, d.published, d.body).where(d.id.in_(batch))).all()
        published = {r[0]: r[1] for r in found}
        bodies = {r[0]: r[2] for r in found}
        quotes = [{**r, "published": published.get(r["document_id"])} for r in bind.execute(
            sa.select(q.id, q.document_id, q.text, q.start, q.end, q.speaker_start, q.speaker_end)
            .where(q.document_id.in_(batch))).mappings()]
        dates: dict[str, list[dict]] = defaultdict(list)
        for r in bind.execute(sa.select(t.dates.c.document_id, t.dates.c.start, t.dates.c.end, t.dates.c.text,
                                        t.dates.c.value)
                              .where(t.dates.c.document_id.in_(batch), t.dates.c.value.is_not(None))
                              .order_by(t.dates.c.document_id, t.dates.c.start)).mappings():
            dates[r["document_id"]].append(dict(r))
        context = quote_context(quotes, [x for doc in batch for x in dates[doc]], bodies)
        if context:
            bind.execute(update, [{"_id": k, "v_topics": v["topics"], "v_terms": v["topic_terms"],
                                   "v_date": v["said_date"], "v_text": v["said_text"]} for k, v in context.items()])


def downgrade() -> None:
    for name, _type in reversed(COLUMNS):
        op.drop_column("quotes", name)
