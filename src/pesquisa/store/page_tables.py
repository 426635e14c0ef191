"""The entity page tables (issue 15): ``entity_documents`` and ``fact_actors``, derived from each document's facts.

An entity page lists the documents that name an entity (oldest first), the events it took
part in, and an organization's sanctions, seizures and money. Worked out per request, these
scanned every fact of the entity and re-read bodies: 58,000 mentions of one place sorted
through a join at 20,000 documents, thousands of candidate reports tested for a shared
paragraph. The rows here hold the answer per document: which entities it names (with its
date and source, the order pages list documents in), and which entities each event report
and money amount involves, and how. They depend only on one document's facts and their
resolved ids, so a resolution rewrites them for exactly the documents whose ids it changed
(``store.write.write_resolution``; a report whose event alone changed has its event id set
in place, ``set_events``), and a document written again loses them until it is resolved;
adding documents never rebuilds them for the store. ``speaker_topics`` does the same
for the positions panel: each attributed quote under each of its topics, in position order.

How a fact involves an entity (``role``): the report names it as ``organizer``,
``participant``, ``target`` or ``place``; or, for sanction and seizure reports and money
amounts, a mention of it shares the fact's ``paragraph``: no line break between the two
starts, i.e. as many line breaks before one as before the other.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from pesquisa.store import schema as t

PARAGRAPH_KINDS = ("sanction", "seizure")  # report types whose paragraph neighbours are kept (organization profiles)
NAMING_ROLES = ("organizer", "participant", "target", "place")
BATCH = 200  # documents read and rewritten at a time


def refresh(conn: Connection, documents: Iterable[str]) -> int:
    """Rewrite the page rows of ``documents`` from their facts as stored now (writes, in the caller's
    transaction); returns how many rows were written."""
    docs = sorted(set(documents))
    written = 0
    for first in range(0, len(docs), BATCH):
        batch = docs[first:first + BATCH]
        forget(conn, batch)
        rows = page_rows(conn, batch)
        for table in t.PAGE_TABLES:
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])
                written += len(rows[table.name])
    return written


def set_events(conn: Connection, reports: list[tuple[str, str, str]]) -> None:
    """Set the event of the page rows of ``reports`` ((document id, report id, event id); writes): what the rows of a
    report whose event alone changed would hold if its document were refreshed."""
    if reports:
        c = t.fact_actors.c
        conn.execute(update(t.fact_actors).where(c.document_id == bindparam("_doc"), c.fact_id == bindparam("_fact"))
                     .values(event_id=bindparam("_event")),
                     [{"_doc": doc, "_fact": rid, "_event": event} for doc, rid, event in reports])


def forget(conn: Connection, documents: list[str]) -> None:
    """Drop the page rows of ``documents`` (writes)."""
    for table in t.PAGE_TABLES:
        conn.execute(delete(table).where(table.c.document_id.in_(documents)))


def page_rows(conn: Connection, documents: list[str]) -> dict[str, list[dict]]:
    """The ``entity_documents`` and ``fact_actors`` rows of ``documents`` (read-only), keyed by table name.

    Steps: the entities each document mentions or quotes (one row per pair, with the
    document's date and source); each report's named entities; the paragraph of each
    sanction or seizure report and money amount, and the entities mentioned in it.
    """
    d, m, q, r, n = t.documents.c, t.mentions.c, t.quotes.c, t.event_reports.c, t.quantities.c
    docs = {row.id: row for row in conn.execute(select(d.id, d.published, d.source).where(d.id.in_(documents)))}
    mentions = conn.execute(select(m.document_id, m.entity_id, m.start)
                            .where(m.document_id.in_(documents), m.entity_id.is_not(None))).all()
    speakers = conn.execute(select(q.document_id, q.speaker_id).distinct()
                            .where(q.document_id.in_(documents), q.speaker_id.is_not(None))).all()
    named = Counter((doc, ent) for doc, ent, _ in mentions)
    entity_documents = [{"entity_id": ent, "document_id": doc, "sort_date": docs[doc].published or "9999",
                         "source": docs[doc].source, "mentions": named[(doc, ent)]}
                        for doc, ent in sorted(named.keys() | {(doc, ent) for doc, ent in speakers})]
    reports = conn.execute(select(r.id, r.document_id, r.type, r.event_id, r.organizer_id, r.participant_ids,
                                  r.target_ids, r.place_id, r.start).where(r.document_id.in_(documents))).all()
    money = conn.execute(select(n.id, n.document_id, n.start)
                         .where(n.document_id.in_(documents), n.kind == "money")).all()
    actors: dict[tuple[str, str, str], dict] = {}
    for rep in reports:
        for role, ids in (("organizer", [rep.organizer_id]), ("participant", rep.participant_ids or []),
                          ("target", rep.target_ids or []), ("place", [rep.place_id])):
            for ent in ids:
                if ent:
                    actors[(ent, rep.id, role)] = {"kind": rep.type, "event_id": rep.event_id,
                                                   "document_id": rep.document_id, "start": rep.start}
    facts = [(rep.id, rep.document_id, rep.start, rep.type, rep.event_id)
             for rep in reports if rep.type in PARAGRAPH_KINDS]
    facts += [(row.id, row.document_id, row.start, "money", None) for row in money]
    for (fact, doc, start, kind, event), entities in _paragraph_neighbours(conn, facts, mentions).items():
        for ent in entities:
            actors[(ent, fact, "paragraph")] = {"kind": kind, "event_id": event, "document_id": doc, "start": start}
    return {"entity_documents": entity_documents,
            "fact_actors": [{"entity_id": ent, "fact_id": fact, "role": role, **rest}
                            for (ent, fact, role), rest in sorted(actors.items())],
            "speaker_topics": _speaker_topics(conn, documents, docs)}


def _speaker_topics(conn: Connection, documents: list[str], docs: dict) -> list[dict]:
    """One row per (quote, topic) of the attributed quotes of ``documents`` (``docs``: id -> published, source),
    with its position order; a quote stored without its topics gets one row, topic ""."""
    q = t.quotes.c
    out = []
    for row in conn.execute(select(q.id, q.document_id, q.speaker_id, q.topics, q.said_date, q.start)
                            .where(q.document_id.in_(documents), q.speaker_id.is_not(None))):
        date = row.said_date if row.said_date is not None else docs[row.document_id].published
        order = {"undated": int(date is None), "sort_date": date or "", "source": docs[row.document_id].source,
                 "start": row.start, "document_id": row.document_id}
        for topic in sorted(set(row.topics)) if row.topics is not None else [""]:
            out.append({"speaker_id": row.speaker_id, "quote_id": row.id, "topic": topic, **order})
    return out


def _paragraph_neighbours(conn: Connection, facts: list[tuple], mentions: Sequence) -> dict[tuple, set[str]]:
    """Each of ``facts`` (id, document id, start, kind, event id) -> the entities mentioned in its paragraph;
    ``mentions`` are (document id, entity id, start) rows."""
    wanted = sorted({fact[1] for fact in facts})
    if not wanted:
        return {}
    breaks = {doc: [found.start() for found in re.finditer("\n", body)] for doc, body in conn.execute(
        select(t.documents.c.id, t.documents.c.body).where(t.documents.c.id.in_(wanted)))}
    by_paragraph: dict[tuple[str, int], set[str]] = defaultdict(set)
    for doc, ent, start in mentions:
        if doc in breaks:
            by_paragraph[(doc, bisect_right(breaks[doc], start - 1))].add(ent)
    return {fact: by_paragraph.get((fact[1], bisect_right(breaks[fact[1]], fact[2] - 1)), set()) for fact in facts}
