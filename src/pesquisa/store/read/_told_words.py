"""Reads for resolution: the words beside a person's mentions in the stored bodies, which put the person on the drug
trade's side ("Mexican drug lord |Caro Quintero| pleads") or give an ordinary occupation ("|X|, a Katy real estate
agent") or a role ("el empresario |X|": ``resolve._roles``), for the people their article gives no title and no membership."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, select

from pesquisa.resolve import EntityRef
from pesquisa.resolve._occupations import occupation_told
from pesquisa.resolve._roles import roles_told
from pesquisa.resolve._trade_words import TRADE_AFTER, TRADE_BEFORE, trade_told
from pesquisa.store import schema as t


def chunks(values: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    """``values`` in lists of at most ``size`` (SQLite limits the bound parameters of one statement)."""
    batch: list[str] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def with_told_words(conn: Connection, refs: list[EntityRef]) -> None:
    """Mark ``trade`` the people their article gives no title and no membership whose mention the words beside it
    make the drug trade's (``resolve.trade_told``): "Mexican drug lord |Caro Quintero| pleads", ``civil`` those they
    give an ordinary occupation (``resolve._occupations``: "|X|, a Katy real estate agent") (reads the bodies)."""
    wanted = {(ref.document_id, ref.local_id): ref for ref in refs
              if ref.type == "person" and not ref.titles and not ref.trade}
    m, d = t.mentions.c, t.documents.c
    for batch in chunks(sorted({doc for doc, _ in wanted})):
        bodies = dict(conn.execute(select(d.id, d.body).where(d.id.in_(batch))).all())
        for doc, local, start, end in conn.execute(select(m.document_id, m.local_id, m.start, m.end)
                                                   .where(m.document_id.in_(batch), m.type == "person")):
            ref = wanted.get((doc, local))
            if ref is not None and doc in bodies:
                before, after = bodies[doc][max(0, start - TRADE_BEFORE):start], bodies[doc][end:end + TRADE_AFTER]
                # an ordinary job outweighs the trade's words beside it ("|X|, a truck driver, was sentenced"): a
                # small smuggler, not the capo who shares a longer form of the name
                ref.civil = ref.civil or occupation_told(before, after)
                ref.trade = not ref.civil and (ref.trade or trade_told(before, after))
                ref.roles |= roles_told(before, after)  # "el empresario |X|", "|X|, a Nuevo Laredo businessman"
