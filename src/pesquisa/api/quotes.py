"""Quotes: filter by speaker (id or name), topic words, publication date range, language, direct or reported."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Engine, func, select

from pesquisa.api.deps import get_engine
from pesquisa.api.documents import quote_dict
from pesquisa.api.pagination import DateFrom, DateTo, PageParams, page_params, within_dates
from pesquisa.errors import NotFoundError
from pesquisa.report.summary import find_entity
from pesquisa.store import schema as t
from pesquisa.store.search import matching_ids

router = APIRouter(prefix="/api/quotes", tags=["quotes"])


def speaker_id_for(engine: Engine, speaker: str) -> str | None:
    """The entity id a speaker filter names (an id, old id, name or alias), None when it names nobody."""
    try:
        return find_entity(engine, speaker, type="person")["id"]
    except NotFoundError:
        try:
            return find_entity(engine, speaker)["id"]
        except NotFoundError:
            return None


def list_quotes(engine: Engine, page: PageParams, *, speaker: str | None = None, q: str | None = None,
                date_from: str | None = None, date_to: str | None = None, lang: str | None = None,
                direct: bool | None = None) -> dict:
    """A page of quotes, newest documents first, each with speaker, document id and span (read-only)."""
    stmt = (select(t.quotes, t.documents.c.source, t.documents.c.published, t.documents.c.lang)
            .join(t.documents, t.documents.c.id == t.quotes.c.document_id))
    extra = {}
    if speaker and speaker.strip():
        ident = speaker_id_for(engine, speaker.strip())
        if ident is None:  # nobody by that name: quotes whose speaker is written so
            stmt = stmt.where(func.lower(t.quotes.c.speaker).contains(speaker.strip().lower(), autoescape=True))
        else:
            stmt = stmt.where(t.quotes.c.speaker_id == ident)
            extra["speaker_id"] = ident
    if q and q.strip():
        stmt = stmt.where(t.quotes.c.id.in_(matching_ids(engine, q, "quote")))
    stmt = within_dates(stmt, t.documents.c.published, date_from, date_to)
    if lang:
        stmt = stmt.where(t.documents.c.lang == lang)
    if direct is not None:
        stmt = stmt.where(t.quotes.c.direct == direct)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
        rows = conn.execute(stmt.order_by(t.documents.c.published.desc().nulls_last(), t.documents.c.source,
                                          t.quotes.c.start).limit(page.limit).offset(page.offset)).mappings().all()
        names = dict(conn.execute(select(t.entities.c.id, t.entities.c.name)
                                  .where(t.entities.c.id.in_({r["speaker_id"] for r in rows}))).all())
    return page.envelope([quote_dict(r, names, r) for r in rows], total, **extra)


@router.get("", summary="List quotes")
def quotes_endpoint(page: Annotated[PageParams, Depends(page_params)],
                    engine: Annotated[Engine, Depends(get_engine)],
                    speaker: Annotated[str | None, Query(description="Speaker entity id or name.")] = None,
                    q: Annotated[str | None, Query(description="Topic words in the quote.")] = None,
                    date_from: DateFrom = None, date_to: DateTo = None,
                    lang: Annotated[str | None, Query(description="Document language.")] = None,
                    direct: Annotated[bool | None, Query(description="Only direct (true) or reported (false).")] = None
                    ) -> dict:
    """Quotes with text, direct flag, speaker name and id, document id and span."""
    return list_quotes(engine, page, speaker=speaker, q=q, date_from=date_from, date_to=date_to, lang=lang,
                       direct=direct)
