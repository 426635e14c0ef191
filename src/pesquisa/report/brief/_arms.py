"""The arms-trafficking picture (the collaborative report on "routes, organizations, tactics"): its sections.

Read from sentences whose paragraph is about arms trafficking (the topic ``arms.yaml`` names):

- **routes**: a sentence with a flow word ("southbound", "provenía", "bought in") and a
  county ("Pima County", "condado de Harris"), a crossing ("the Nogales port of entry",
  "puente internacional de Laredo") or a state (place mentions of the store, states from
  ``regions.yaml``); the cities and countries it names are listed beside them;
- **tactics**: straw purchases, "hormiga" smuggling, ghost guns, parts kits... (the
  bilingual lexicon of ``arms.yaml``), each sentence that names one;
- **figures**: seizures of weapons and ammunition (counted once, totals derived) and the
  figures stated about them;
- **organizations**: those named in these passages, most often first.

Every item cites its sentence; counties and crossings are read from the text, so a new one
needs no code.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from typing import Any

from pesquisa.lexicon import fold, read_data
from pesquisa.report.brief._records import Citation, Item
from pesquisa.report.brief._results import seizure_item, selected_seizures, statistic_items, total_items
from pesquisa.report.brief._scope import Scope
from pesquisa.report.brief._text import clip, limit, phrase, quoted
from pesquisa.text import fold_chars, fold_form

# A route names a county, a crossing or a state: a city alone is where things happen (a meeting,
# a seizure), a country alone ("into Mexico") says nothing of the way.
ROUTE_KINDS = ("county", "crossing", "state")


def _terms(terms: list[str]) -> re.Pattern[str]:
    """One whole-word pattern over folded text for ``terms`` (a trailing ``*`` is a word prefix)."""
    parts = [re.escape(t[:-1]) + r"\w*" if t.endswith("*") else re.escape(t)
             for t in sorted({fold_form(str(t)) for t in terms}, key=len, reverse=True)]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


@cache
def arms_settings() -> dict[str, Any]:
    """``data/arms.yaml`` compiled: topic, items, tactic patterns, flow and crossing words, county and crossing regexes."""
    data = read_data("arms.yaml")
    routes = data["routes"]
    places = read_data("places.yaml")
    return {
        "topic": data["topic"],
        "items": frozenset(str(i).lower() for i in data["items"]),
        "tactics": [(key, t["name"], _terms(t["terms"])) for key, t in data["tactics"].items()],
        "flow": _terms(routes["flow"]),
        "crossing_words": _terms(routes["crossing_words"]),
        "crossings": [re.compile(p) for p in routes["crossing_patterns"]],
        "counties": [re.compile(p) for p in routes["county_patterns"]],
        "states": {fold(s) for s in read_data("regions.yaml")} - {fold(s) for s in routes["not_states"]},
        "countries": {fold(f) for p in places if len(p["key"]) == 2 for f in [p["name"], *p["aliases"]]},
    }


def arms_topic() -> str:
    """The topic key whose briefing carries the arms-trafficking picture."""
    return str(arms_settings()["topic"])


def passages(scope: Scope) -> list[tuple[str, int, int, str]]:
    """(document id, start, end, text) of every sentence in a paragraph on the topic, documents by date then source."""
    docs = sorted(scope.facts.documents.items(), key=lambda d: (d[1]["published"] or "9999", d[1]["source"]))
    out = []
    for doc_id, doc in docs:
        for start, end in scope.sentences(doc_id):
            if scope.about(doc_id, start, end):
                out.append((doc_id, start, end, doc["body"][start:end]))
    return out


def _admit(scope: Scope, doc_id: str, start: int) -> bool:
    return scope.admit(("passage", doc_id, start), scope.doc_date(doc_id))


def route_places(scope: Scope, doc_id: str, start: int, end: int, text: str) -> list[tuple[str, str]]:
    """(name, kind) of the counties, crossings, states, countries and cities a sentence names, in that order."""
    cfg = arms_settings()
    found: list[tuple[str, str]] = []
    spans: list[tuple[int, int]] = []  # the counties' and crossings' own words: no place of their own ("condado de Harris")
    for pattern in cfg["counties"]:
        found += [(m.group(1), "county") for m in pattern.finditer(text)]
        spans += [m.span() for m in pattern.finditer(text)]
    if cfg["crossing_words"].search(fold_chars(text)):
        for pattern in cfg["crossings"]:
            found += [(m.group(1), "crossing") for m in pattern.finditer(text)]
            spans += [m.span() for m in pattern.finditer(text)]
    for m in scope.mentions.get(doc_id, []):
        inside = any(a <= m["start"] - start and m["end"] - start <= b for a, b in spans)
        if m["type"] == "place" and start <= m["start"] and m["end"] <= end and not inside:
            name = scope.name(m["entity_id"]) or m["text"]
            key = fold(name)
            kind = ("county" if key.endswith(" county") else "state" if key in cfg["states"]
                    else "country" if key in cfg["countries"] else "city")
            found.append((name, kind))
    order = {"county": 0, "crossing": 1, "state": 2, "city": 3, "country": 4}
    seen: dict[str, tuple[str, str]] = {}
    for name, kind in found:
        seen.setdefault(fold(name), (name, kind))
    return sorted(seen.values(), key=lambda p: order[p[1]])


def route_items(scope: Scope) -> list[Item]:
    """Sentences that tell where weapons come from or cross: the places by kind, and the sentence quoted."""
    items = []
    for doc_id, start, end, text in passages(scope):
        if not arms_settings()["flow"].search(fold_chars(text)):
            continue
        places = route_places(scope, doc_id, start, end, text)
        if not any(kind in ROUTE_KINDS for _name, kind in places) or not _admit(scope, doc_id, start):
            continue
        named = "; ".join(f"{name} ({phrase(kind, scope.lang)})" for name, kind in places)
        items.append(Item(f"{phrase('route', scope.lang)}: {named} — {quoted(clip(text, limit('excerpt_chars')), scope.lang)}",
                          [scope.cite(doc_id, start, end)]))
    return items


def tactic_items(scope: Scope) -> list[Item]:
    """For each tactic of the lexicon, every sentence that names it, quoted."""
    items = []
    sentences = passages(scope)
    for _key, name, pattern in arms_settings()["tactics"]:
        label = name.get(scope.lang) or name["en"]
        for doc_id, start, end, text in sentences:
            if pattern.search(fold_chars(text)) and _admit(scope, doc_id, start):
                items.append(Item(f"{label}: {quoted(clip(text, limit('excerpt_chars')), scope.lang)}",
                                  [scope.cite(doc_id, start, end)]))
    return items


def arms_figure_items(scope: Scope) -> list[Item]:
    """Seizures of weapons and ammunition (each once), figures stated about them, and their totals."""
    items = arms_settings()["items"]
    seizures = selected_seizures(scope, items=items)
    stated = statistic_items(scope, kinds=("statistic", "count"), items=items)
    unnamed = statistic_items(scope, items=frozenset({""}))  # "77 o 78% de las armas": a rate without an item
    return [seizure_item(scope, *s) for s in seizures] + stated + unnamed + total_items(scope, seizures)


def arms_organization_items(scope: Scope) -> list[Item]:
    """Organizations named in the passages on arms trafficking, most often first, each citing where (three at most)."""
    counts: Counter = Counter()
    where: dict[str, list[Citation]] = defaultdict(list)
    sentences = passages(scope)
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc_id, start, end, _text in sentences:
        by_doc[doc_id].append((start, end))
    for m in scope.facts.mentions:
        if m["type"] != "organization" or not m["entity_id"]:
            continue
        for start, end in by_doc.get(m["document_id"], []):
            if start <= m["start"] < end and _admit(scope, m["document_id"], start):
                counts[m["entity_id"]] += 1
                cite = scope.cite(m["document_id"], start, end)
                if cite not in where[m["entity_id"]]:
                    where[m["entity_id"]].append(cite)
    ranked = sorted(counts, key=lambda i: (-counts[i], scope.name(i), i))
    scope.over_limit(len(ranked) - limit("actors_per_type"))
    return [Item(f"{scope.name(i)}: {phrase('named_in_arms', scope.lang)}", where[i][:3])
            for i in ranked[:limit("actors_per_type")]]
