"""People and organizations in a briefing: who said what (positions) and who is most involved (actors).

Positions are the stored quotes on the topic that state a stand (``takes_position``), by speaker (the most-quoted first) and date,
direct and reported, each citing the quote and the words that name its speaker; the quote
stays in its own language. Actors are the people and organizations that take part in the
most facts the briefing selected (events, quotes, relations), each with its relations to
others as the sources state them, else the events it takes part in.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from pesquisa.report.brief._events import selected_events
from pesquisa.report.brief._records import Citation, Item
from pesquisa.report.brief._scope import Scope
from pesquisa.report.brief._text import clip, event_label, limit, phrase, quoted, relation_label, settings

ACTOR_TYPES = ("organization", "person")


def selected_quotes(scope: Scope) -> list[tuple[dict, str | None]]:
    """(quote, its document's date) of the quotes on the topic and inside the dates."""
    out = []
    for q in scope.facts.quotes:
        if scope.about(q["document_id"], q["start"], q["end"]):
            date = scope.doc_date(q["document_id"])
            if scope.admit(("quote", q["id"]), date):
                out.append((q, date))
    return out


def takes_position(scope: Scope, quote: dict) -> bool:
    """True when a quote states a position: spoken by a known person, or quoted directly from a known body.

    "Officials said", "according to a joint statement" and a ministry's reported account of
    what happened are news, not a stand anyone took.
    """
    kind = scope.facts.types.get(quote["speaker_id"] or "")
    return kind == "person" or (kind == "organization" and bool(quote["direct"]))


def _quote_item(scope: Scope, q: dict, date: str | None, speaker: str) -> Item:
    """"Speaker (date, direct): “quote”", citing the quote and the speaker's words."""
    lang = scope.lang
    cite = scope.cite(q["document_id"], q["start"], q["end"])
    cites = [cite]
    if q["speaker_start"] is not None and q["speaker_end"] is not None and not (
            q["start"] <= q["speaker_start"] and q["speaker_end"] <= q["end"]):
        cites.append(scope.cite(q["document_id"], q["speaker_start"], q["speaker_end"]))
    how = phrase("direct" if q["direct"] else "reported", lang)
    text = f"{speaker} ({date or phrase('undated', lang)}, {how}): {quoted(clip(cite.text, limit('excerpt_chars')), lang)}"
    return Item(text, cites)


def position_items(scope: Scope) -> list[Item]:
    """Quotes on the topic grouped by speaker, most-quoted first, each speaker's by date (limits counted)."""
    by_speaker: dict[str, list[tuple[dict, str | None]]] = defaultdict(list)
    names: dict[str, str] = {}
    for q, date in selected_quotes(scope):
        if not takes_position(scope, q):
            scope.left_out["unattributed"] += 1
            continue
        by_speaker[q["speaker_id"]].append((q, date))
        names[q["speaker_id"]] = scope.name(q["speaker_id"])
    order = sorted(by_speaker, key=lambda k: (-len(by_speaker[k]), names[k], k))
    items = []
    for n, key in enumerate(order):
        told = sorted(by_speaker[key], key=lambda x: (x[1] or "9999", x[0]["document_id"], x[0]["start"]))
        if n >= limit("speakers"):
            scope.over_limit(len(told))
            continue
        items += [_quote_item(scope, q, date, names[key]) for q, date in told[:limit("quotes_per_speaker")]]
        scope.over_limit(len(told) - limit("quotes_per_speaker"))
    return items


def selected_relations(scope: Scope) -> list[dict]:
    """The relations between actors (nationality left out) on the topic and inside the dates."""
    out = []
    for r in scope.facts.relations:
        if r["kind"] == "national_of" or not r["subject_id"] or not r["object_id"]:
            continue
        if scope.about(r["document_id"], r["start"], r["end"]) and scope.admit(
                ("relation", r["id"]), r["date"] or scope.doc_date(r["document_id"])):
            out.append(r)
    return out


def _involvement(scope: Scope, events: list, quotes: list, relations: list[dict]) -> Counter:
    """Entity id -> how many selected facts it takes part in (events, quotes spoken, relations)."""
    counts: Counter = Counter()
    for ev, _date, _own in events:
        ids = {i for r in ev["reports"] for i in [r["organizer_id"], *r["participant_ids"], *(r["target_ids"] or [])]}
        counts.update(i for i in ids if i)
    counts.update(q["speaker_id"] for q, _d in quotes if q["speaker_id"])
    for r in relations:
        counts.update({r["subject_id"], r["object_id"]})
    return counts


def _actor_parts(scope: Scope, ident: str, events: list, relations: list[dict]) -> tuple[list[str], list[Citation]]:
    """What an item says of an actor: its relations (else the events it takes part in), with their citations."""
    parts, cites = [], []
    own = [r for r in relations if ident in (r["subject_id"], r["object_id"])]
    for r in own[:limit("relations_per_actor")]:
        out = r["subject_id"] == ident
        other = scope.name(r["object_id"] if out else r["subject_id"])
        parts.append(f"{relation_label(r['kind'], 'out' if out else 'in', scope.lang)} {other}")
        cites.append(scope.cite(r["document_id"], r["start"], r["end"]))
    if not parts:
        for ev, date, own_date in events:
            reports = [r for r in ev["reports"]
                       if ident in {r["organizer_id"], *r["participant_ids"], *(r["target_ids"] or [])}]
            if reports and len(parts) < limit("relations_per_actor"):
                when = date if own_date else phrase("reported_on", scope.lang, date=date) if date else None
                parts.append(event_label(ev["type"], scope.lang) + (f" ({when})" if when else ""))
                cites.append(scope.cite(reports[0]["document_id"], reports[0]["start"], reports[0]["end"]))
    return parts, list({c.key: c for c in cites}.values())


def actor_items(scope: Scope) -> list[Item]:
    """The organizations, then the people, most involved in the briefing's facts, with their relations."""
    events = selected_events(scope, list(settings()["event_types"]))
    quotes = selected_quotes(scope)
    relations = selected_relations(scope)
    counts = _involvement(scope, events, quotes, relations)
    items = []
    for kind in ACTOR_TYPES:
        ranked = sorted((i for i in counts if scope.facts.types.get(i) == kind),
                        key=lambda i: (-counts[i], scope.name(i), i))
        for ident in ranked[:limit("actors_per_type")]:
            parts, cites = _actor_parts(scope, ident, events, relations)
            if not parts:
                spoken = [q for q, _d in quotes if q["speaker_id"] == ident]
                if not spoken:
                    continue
                parts = [phrase("quoted", scope.lang)]
                cites = [scope.cite(spoken[0]["document_id"], spoken[0]["start"], spoken[0]["end"])]
            items.append(Item(f"{scope.name(ident)} ({phrase(kind, scope.lang)}): {'; '.join(parts)}", cites))
        scope.over_limit(len(ranked) - limit("actors_per_type"))
    return items

