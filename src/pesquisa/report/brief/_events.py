"""Events in a briefing: the timeline of meetings, calls, visits and agreements, and arrests and extraditions.

An event is on the topic when the paragraph of any of its reports is; its date is the
event's own, else (written "reported YYYY-MM-DD") the earliest publication date of the
documents that tell it. Each item cites the sentence of every report merged into the event,
so the participants, place and date it names can be read in the sources.
"""

from __future__ import annotations

from pesquisa.report.brief._records import Citation, Item
from pesquisa.report.brief._scope import Scope
from pesquisa.report.brief._text import clip, event_label, limit, phrase, quoted, settings

MAX_NAMES = 8


def selected_events(scope: Scope, types: list[str]) -> list[tuple[dict, str | None, bool]]:
    """(event, date, own date?) of the events of ``types`` on the topic and inside the dates, oldest first.

    Undated events come last; the date of an event without one is its earliest document's.
    """
    out = []
    for ev in scope.facts.events:
        if ev["type"] not in types:
            continue
        if not any(scope.about(r["document_id"], r["start"], r["end"]) for r in ev["reports"]):
            continue
        published = sorted(d for d in (scope.doc_date(r["document_id"]) for r in ev["reports"]) if d)
        date = ev["date"] or (published[0] if published else None)
        if scope.admit(("event", ev["id"]), date):
            out.append((ev, date, bool(ev["date"])))
    return sorted(out, key=lambda x: (x[1] is None, x[1] or "", x[0]["id"]))


def event_citations(scope: Scope, ev: dict) -> list[Citation]:
    """The sentence of every report of the event, one citation per distinct passage."""
    seen: dict[tuple, Citation] = {}
    for r in ev["reports"]:
        cite = scope.cite(r["document_id"], r["start"], r["end"])
        seen.setdefault(cite.key, cite)
    return list(seen.values())


def _ids(ev: dict, field: str) -> list[str]:
    """The entity ids in ``field`` of every report of the event, in order, without repeats."""
    out: list[str] = []
    for r in ev["reports"]:
        value = r.get(field)
        for ident in ([value] if isinstance(value, str) else value or []):
            if ident and ident not in out:
                out.append(ident)
    return out


def _names(scope: Scope, ids: list[str]) -> str:
    """The names of ``ids`` (known ones, at most ``MAX_NAMES``), comma-separated."""
    names = [n for n in (scope.name(i) for i in ids) if n]
    return ", ".join(dict.fromkeys(names[:MAX_NAMES]))


def _when(scope: Scope, date: str | None, own: bool) -> str:
    """The date as an item writes it: the event's own, "reported <date>", or "undated"."""
    if date is None:
        return phrase("undated", scope.lang)
    return date if own else phrase("reported_on", scope.lang, date=date)


def _head(scope: Scope, ev: dict, date: str | None, own: bool) -> str:
    """"Meeting in Washington (2021-10-07, planned)": type, place, date and status of an event."""
    lang = scope.lang
    place = scope.name(ev["place_id"]) or ev["place"]
    head = event_label(ev["type"], lang) + (" " + phrase("in_place", lang, place=place) if place else "")
    status = ", " + phrase("planned", lang) if ev["status"] == "planned" else ""
    return f"{head} ({_when(scope, date, own)}{status})"


def development_items(scope: Scope) -> list[Item]:
    """Meetings, calls, visits, agreements and commitments: who took part, where, when; what was agreed, quoted."""
    items = []
    quoted_types = settings()["quoted_events"]
    for ev, date, own in selected_events(scope, settings()["developments"]):
        text = _head(scope, ev, date, own)
        people = _names(scope, [*_ids(ev, "organizer_id"), *_ids(ev, "participant_ids")])
        if people:
            text += f": {people}"
        cites = event_citations(scope, ev)
        if ev["type"] in quoted_types:
            text += " — " + quoted(clip(cites[0].text, limit("excerpt_chars")), scope.lang)
        items.append(Item(text, cites))
    return items


def result_event_items(scope: Scope) -> list[Item]:
    """Arrests and extraditions: whom (the targets) and with whom (the other actors), when, where."""
    items = []
    lang = scope.lang
    for ev, date, own in selected_events(scope, settings()["results"]):
        targets = _ids(ev, "target_ids")
        others = [i for i in [*_ids(ev, "organizer_id"), *_ids(ev, "participant_ids")] if i not in targets]
        text = _head(scope, ev, date, own)
        if targets:
            text += f" {phrase('of', lang)} {_names(scope, targets)}"
        if others and _names(scope, others):
            text += f"; {phrase('with', lang)} {_names(scope, others)}"
        items.append(Item(text, event_citations(scope, ev)))
    return items
