"""Exports read from the store: the evaluation export and FollowTheMoney entities.

The evaluation export is the format ``shared/eval/score.py`` reads (see the README
there): one object with a ``documents`` list, each holding its clean body, its
resolved entities with the surface forms used in it, quotes with speaker ids,
quantities and events. It is written from what is stored (``store.read.export_facts``),
never from a side path.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Engine

from pesquisa.store import read
from pesquisa.store.read import ExportFacts


def evaluation_export(engine: Engine) -> dict:
    """The evaluation export of every stored document, by source (read-only)."""
    facts = read.export_facts(engine)
    nationality: dict[str, set[str]] = defaultdict(set)
    for rows in facts.relations.values():
        for rel in rows:
            if rel["kind"] == "national_of" and rel["subject_id"] and rel["value"]:
                nationality[rel["subject_id"]].add(rel["value"])
    return {"documents": [_export_document(facts, doc, nationality) for doc in facts.documents]}


def _export_document(facts: ExportFacts, doc: dict, nationality: dict[str, set[str]]) -> dict:
    """One document of the evaluation export: body, entities with their surface forms, quotes, quantities, events."""
    did, entities = doc["id"], facts.entities
    forms: dict[str, list[str]] = defaultdict(list)
    for m in facts.mentions.get(did, []):
        if m["entity_id"] and m["text"] not in forms[m["entity_id"]]:
            forms[m["entity_id"]].append(m["text"])
    return {
        "id": did, "source": doc["source"], "url": doc["url"], "title": doc["title"],
        "published": doc["published"], "lang": doc["lang"], "body": doc["body"],
        "entities": [{"id": eid, "type": entities[eid]["type"], "name": entities[eid]["name"], "mentions": texts,
                      **({"nationality": sorted(nationality[eid])} if eid in nationality else {})}
                     for eid, texts in forms.items() if eid in entities],
        "quotes": [{"text": q["text"], "speaker": q["speaker"], "speaker_id": q["speaker_id"],
                    "direct": q["direct"], "span": [q["start"], q["end"]], "cue": q["cue"],
                    "date": doc["published"]} for q in facts.quotes.get(did, [])],
        "quantities": [{"text": n["text"], "value": n["value"], "unit": n["unit"], "item": n["item"],
                        "kind": n["kind"], "qualifier": n["qualifier"], "value_max": n["value_max"],
                        "span": [n["start"], n["end"]], "date": n["date"] or doc["published"]}
                       for n in facts.quantities.get(did, [])],
        "events": _export_events(facts, did),
        "relations": [{"kind": r["kind"], "subject_id": r["subject_id"], "object_id": r["object_id"],
                       "value": r["value"], "cue": r["cue"], "span": [r["start"], r["end"]]}
                      for r in facts.relations.get(did, [])],
    }


def _export_events(facts: ExportFacts, did: str) -> list[dict]:
    """The events a document reports, one entry per event however many sentences tell it."""
    doc_events: dict[str, dict] = {}
    for rep in facts.reports.get(did, []):
        ev = facts.events.get(rep["event_id"])
        if not ev:
            continue
        if ev["id"] in doc_events:  # the same event told in several sentences: one entry, all participants
            known = doc_events[ev["id"]]
            for key in ("participant_ids", "target_ids"):
                known[key] += [p for p in rep[key] or [] if p not in known[key]]
            known["amounts"] += rep["amounts"] or []
            known["organizer_id"] = known["organizer_id"] or rep["organizer_id"]
            known["spans"].append([rep["start"], rep["end"]])
            continue
        place = facts.entities.get(ev["place_id"] or rep["place_id"] or "")
        doc_events[ev["id"]] = {
            "id": ev["id"], "type": ev["type"], "date": ev["date"] or rep["date"],
            "place": place["name"] if place else None, "participant_ids": list(rep["participant_ids"]),
            "organizer_id": rep["organizer_id"], "trigger": rep["trigger"],
            "status": ev["status"] or rep["status"], "country": ev["country"] or rep["country"],
            "target_ids": list(rep["target_ids"] or []), "amounts": list(rep["amounts"] or []),
            "spans": [[rep["start"], rep["end"]]]}
    return list(doc_events.values())


def followthemoney_entities(engine: Engine) -> Iterator[dict]:
    """Resolved people and organizations as FollowTheMoney entities (Person, Organization), by id (read-only)."""
    from followthemoney import model

    rows = read.actors(engine)
    titles = read.titles_by_entity(engine)
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
    """A FollowTheMoney ``Sanction`` for each stored sanction match, linked to its Person or Organization, or to the
    Vessel or Company named in the text that it was read from (read-only).

    The list entry travels with it: its uid (``authorityId``), name, programmes, the file and
    line it was read from, and the match's score and evidence (``description``).
    """
    from followthemoney import model

    from pesquisa.records import make_id
    from pesquisa.store.read.official import sanction_matches

    for m in sanction_matches(engine):
        if m["in_text"]:  # a listed vessel or company named in the text: the thing the sanction is of
            named = model.make_entity("Vessel" if m["kind"] == "vessel" else "Company")
            named.id = m["entity_id"]
            named.add("name", m["entity_name"])
            yield named.to_dict()
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
    """Write ``data`` as indented UTF-8 JSON to ``path`` (the evaluation export's file format)."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
