"""Exports read from the store: the evaluation export and FollowTheMoney entities.

The evaluation export is the format ``shared/eval/score.py`` reads (see the README
there): one object with a ``documents`` list, each holding its clean body, its
resolved entities with the surface forms used in it, quotes with speaker ids,
quantities and events. It is written from what is stored, never from a side path.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Engine, select

from pesquisa.store import schema as t


def _by_document(conn, table, order) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for row in conn.execute(select(table).order_by(table.c.document_id, *order)).mappings():
        out[row["document_id"]].append(dict(row))
    return out


def evaluation_export(engine: Engine) -> dict:
    """The evaluation export of every stored document (read-only)."""
    with engine.connect() as conn:
        documents = [dict(r) for r in conn.execute(select(t.documents).order_by(t.documents.c.source)).mappings()]
        entities = {r["id"]: dict(r) for r in conn.execute(select(t.entities)).mappings()}
        mentions = _by_document(conn, t.mentions, [t.mentions.c.start])
        quotes = _by_document(conn, t.quotes, [t.quotes.c.start, t.quotes.c.direct.desc()])
        quantities = _by_document(conn, t.quantities, [t.quantities.c.start])
        reports = _by_document(conn, t.event_reports, [t.event_reports.c.start])
        events = {r["id"]: dict(r) for r in conn.execute(select(t.events)).mappings()}
    out = []
    for doc in documents:
        did = doc["id"]
        forms: dict[str, list[str]] = defaultdict(list)
        for m in mentions[did]:
            if m["entity_id"] and m["text"] not in forms[m["entity_id"]]:
                forms[m["entity_id"]].append(m["text"])
        doc_entities = [{"id": eid, "type": entities[eid]["type"], "name": entities[eid]["name"], "mentions": texts}
                        for eid, texts in forms.items() if eid in entities]
        doc_events: dict[str, dict] = {}
        for rep in reports[did]:
            ev = events.get(rep["event_id"])
            if not ev:
                continue
            if ev["id"] in doc_events:  # the same event told in several sentences: one entry, all participants
                known = doc_events[ev["id"]]
                known["participant_ids"] += [p for p in rep["participant_ids"] if p not in known["participant_ids"]]
                known["spans"].append([rep["start"], rep["end"]])
                continue
            place = entities.get(ev["place_id"] or rep["place_id"] or "")
            doc_events[ev["id"]] = {
                "id": ev["id"], "type": ev["type"], "date": ev["date"] or rep["date"],
                "place": place["name"] if place else None, "participant_ids": list(rep["participant_ids"]),
                "organizer_id": rep["organizer_id"], "trigger": rep["trigger"],
                "spans": [[rep["start"], rep["end"]]]}
        out.append({
            "id": did, "source": doc["source"], "url": doc["url"], "title": doc["title"],
            "published": doc["published"], "lang": doc["lang"], "body": doc["body"],
            "entities": doc_entities,
            "quotes": [{"text": q["text"], "speaker": q["speaker"], "speaker_id": q["speaker_id"],
                        "direct": q["direct"], "span": [q["start"], q["end"]], "cue": q["cue"]}
                       for q in quotes[did]],
            "quantities": [{"text": n["text"], "value": n["value"], "unit": n["unit"], "item": n["item"],
                            "kind": n["kind"], "qualifier": n["qualifier"], "value_max": n["value_max"],
                            "span": [n["start"], n["end"]]} for n in quantities[did]],
            "events": list(doc_events.values()),
        })
    return {"documents": out}


def followthemoney_entities(engine: Engine) -> Iterator[dict]:
    """Resolved people and organizations as FollowTheMoney entities (Person, Organization, Mention)."""
    from followthemoney import model

    with engine.connect() as conn:
        rows = conn.execute(select(t.entities).where(t.entities.c.type.in_(["person", "organization"]))
                            .order_by(t.entities.c.id)).mappings().all()
        roles = conn.execute(select(t.roles.c.entity_id, t.roles.c.title)).all()
    titles: dict[str, set[str]] = defaultdict(set)
    for eid, title in roles:
        if eid:
            titles[eid].add(title)
    for row in rows:
        schema = "Person" if row["type"] == "person" else "Organization"
        proxy = model.make_entity(schema)
        proxy.id = row["id"]
        proxy.add("name", row["name"])
        for alias in row["aliases"]:
            proxy.add("alias", alias)
        for country in row["countries"]:
            proxy.add("country", country)
        if schema == "Person":
            for title in sorted(titles.get(row["id"], ())):
                proxy.add("position", title)
        yield proxy.to_dict()
    yield from sanction_entities(engine)


OFAC_AUTHORITY = "Office of Foreign Assets Control (OFAC)"


def sanction_entities(engine: Engine) -> Iterator[dict]:
    """A FollowTheMoney ``Sanction`` for each stored sanction match, linked to its Person or Organization (read-only).

    The list entry travels with it: its uid (``authorityId``), name, programmes, the file and
    line it was read from, and the match's score and evidence (``description``).
    """
    from followthemoney import model
    from sqlalchemy import inspect

    from pesquisa.records import make_id
    from pesquisa.store.read_official import sanction_matches

    if "sanction_matches" not in inspect(engine).get_table_names():
        return
    for m in sanction_matches(engine):
        proxy = model.make_entity("Sanction")
        proxy.id = make_id("sanction", m["entity_id"], m["list"], m["list_id"])
        proxy.add("entity", m["entity_id"])
        proxy.add("authority", OFAC_AUTHORITY if m["list"] == "us-ofac-sdn" else m["list"])
        proxy.add("authorityId", m["list_id"])
        proxy.add("recordId", f"{m['source_file']}:{m['source_line']}")
        proxy.add("namesMentioned", m["list_name"])
        for program in m["programs"]:
            proxy.add("program", program)
        proxy.add("status", m["status"])
        proxy.add("description", f"score {m['score']}: " + "; ".join(m["evidence"]))
        if m["list"] == "us-ofac-sdn":
            proxy.add("sourceUrl", f"https://sanctionssearch.ofac.treas.gov/Details.aspx?id={m['list_id']}")
        yield proxy.to_dict()


def write_json(data: dict, path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
