"""Figures in a briefing: seizures counted once, stated statistics, and totals by item and period.

Seizures come from the store's seizure ledger (``store.read.seizure_ledger``): a seizure
told by several outlets is one item citing every report, its figure written as the first
report wrote it and the others given as "also reported as". A seizure that states an official
aggregate (the reconciliation pairs it with a series), or whose sentence states a period
longer than a month or an aggregate cue ("over the past year", "en lo que va del año"), is a
total already: it is listed, and not added again. Totals are separate items,
``derived``, citing the one quantity each seizure adds (so a check can add them up again).
Where an official series answers a figure, its reconciliation verdict is part of the item.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from pesquisa.analyze.periods import find_periods
from pesquisa.analyze.reconcile import crime_of
from pesquisa.report.brief._events import result_event_items
from pesquisa.report.brief._records import Citation, Item, Total
from pesquisa.report.brief._scope import Scope
from pesquisa.report.brief._text import event_label, format_figure, phrase, quoted, settings
from pesquisa.text import fold_chars, fold_form

SHOWN_VERDICTS = ("consistent", "close", "inconsistent")  # "no official series" says nothing about the figure


@cache
def _aggregate_cues() -> re.Pattern[str]:
    cues = {fold_form(c) for forms in settings()["aggregate_cues"].values() for c in forms}
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")(?!\w)")


def is_aggregate(sentence: str, published: str | None) -> bool:
    """True when a seizure's sentence states a period longer than a month or an aggregate cue: a total, not one seizure."""
    if _aggregate_cues().search(fold_chars(sentence)):
        return True
    return any(p.start != p.end for p in find_periods(sentence, published=published))


def line_is_aggregate(scope: Scope, line: dict) -> bool:
    """True when a ledger line's first figure is a total over a period, not one seizure.

    Either the reconciliation read it as an official aggregate (whatever its verdict), or
    its sentence says so (``is_aggregate``).
    """
    first = line["reports"][0]
    if first["quantity_id"] in scope.verdicts:
        return True
    start, end = scope.sentence(first["document_id"], first["span"][0])
    return is_aggregate(scope.body(first["document_id"])[start:end], scope.doc_date(first["document_id"]))


def _date(scope: Scope, line: dict) -> tuple[str | None, bool]:
    """A ledger line's date (its event's, else the quantity's document's) and whether it is the event's own."""
    ev = scope.events.get(line["event_id"] or "")
    if ev and ev["date"]:
        return ev["date"], True
    first = line["reports"][0]
    quantity = scope.quantities.get(first["quantity_id"], {})
    return quantity.get("date") or scope.doc_date(first["document_id"]), False


def selected_seizures(scope: Scope, *, items: frozenset[str] | None = None) -> list[tuple[dict, str | None, bool]]:
    """(ledger line, date, own date?) of the seizures on the topic and inside the dates, oldest first.

    ``items`` (lower case) keeps only seizures of those items.
    """
    out = []
    for line in scope.ledger["seizures"]:
        if items is not None and (line["item"] or "").lower() not in items:
            continue
        if not any(scope.about(r["document_id"], r["span"][0], r["span"][1]) for r in line["reports"]):
            continue
        date, own = _date(scope, line)
        if scope.admit(("seizure", line["reports"][0]["quantity_id"]), date):
            out.append((line, date, own))
    return sorted(out, key=lambda x: (x[1] is None, x[1] or "", x[0]["reports"][0]["quantity_id"]))


def _telling_reports(scope: Scope, line: dict) -> list[dict]:
    """The event reports whose sentence holds one of the line's quantities (who seized, where)."""
    ev = scope.events.get(line["event_id"] or "")
    if not ev:
        return []
    spans = [(v["document_id"], v["span"][0], v["span"][1]) for v in line["reports"]]
    return [r for r in ev["reports"] if any(d == r["document_id"] and r["start"] <= s and e <= r["end"]
                                             for d, s, e in spans)]


def _verdict(scope: Scope, quantity_id: str) -> str | None:
    """The reconciliation verdict of a figure, when an official series answers it."""
    verdict = scope.verdicts.get(quantity_id)
    return verdict if verdict in SHOWN_VERDICTS else None


def seizure_item(scope: Scope, line: dict, date: str | None, own: bool) -> Item:
    """One seizure: the figure as first reported, place, date, who seized, other reports' figures, verdict."""
    lang = scope.lang
    first = line["reports"][0]
    ev = scope.events.get(line["event_id"] or "")
    telling = _telling_reports(scope, line)
    place = (scope.name(ev["place_id"]) or ev["place"]) if ev else None
    when = date if own else phrase("reported_on", lang, date=date) if date else phrase("undated", lang)
    text = f"{event_label('seizure', lang)}: {first['text']}" + (f" {phrase('in_place', lang, place=place)}" if place else "")
    text += f" ({when})"
    actors = [scope.name(i) for r in telling for i in [r["organizer_id"], *r["participant_ids"]] if scope.name(i)]
    if actors:
        text += f"; {phrase('by', lang)} {', '.join(dict.fromkeys(actors))}"
    others = list(dict.fromkeys(v["text"] for v in line["reports"][1:] if v["text"] != first["text"]))
    if others:
        text += "; " + phrase("also_reported", lang, texts=", ".join(quoted(o, lang) for o in others))
    if line_is_aggregate(scope, line):
        text += " — " + phrase("aggregate", lang)
    verdict = _verdict(scope, first["quantity_id"])
    if verdict:
        text += " — " + phrase("verdict", lang, verdict=verdict)
    cites = {c.key: c for c in [*(scope.cite(v["document_id"], *v["span"]) for v in line["reports"]),
                                *(scope.cite(r["document_id"], r["start"], r["end"]) for r in telling)]}
    return Item(text, list(cites.values()), verdict=verdict)


def is_rate(quantity: dict, verdict: str | None) -> bool:
    """True for a figure that measures a result: a rate or change (%), a crime count, or one an official series answers."""
    return quantity["unit"] == "%" or verdict is not None or crime_of(quantity["item"] or quantity["text"]) is not None


def statistic_items(scope: Scope, *, kinds: tuple[str, ...] = ("statistic",), items: frozenset[str] | None = None,
                    rates_only: bool = False) -> list[Item]:
    """Figures the sources state on the topic, each citing its sentence, with a verdict.

    ``items`` (lower case; "" for none) keeps figures of those items; ``rates_only`` keeps
    only rates, changes and crime counts (``is_rate``), not every number of people or things.
    """
    out = []
    for q in scope.facts.quantities:
        if q["kind"] not in kinds or (items is not None and (q["item"] or "").lower() not in items):
            continue
        if rates_only and not is_rate(q, _verdict(scope, q["id"])):
            continue
        if not scope.about(q["document_id"], q["start"], q["end"]):
            continue
        date = q["date"] or scope.doc_date(q["document_id"])
        if not scope.admit(("quantity", q["id"]), date):
            continue
        start, end = scope.sentence(q["document_id"], q["start"])
        text = f"{phrase('stated_figure', scope.lang)}: {q['text']} ({date or phrase('undated', scope.lang)})"
        verdict = _verdict(scope, q["id"])
        if verdict:
            text += " — " + phrase("verdict", scope.lang, verdict=verdict)
        out.append((date or "9999", q["document_id"], q["start"],
                    Item(text, [scope.cite(q["document_id"], min(start, q["start"]), max(end, q["end"]))],
                         verdict=verdict)))
    return [x[-1] for x in sorted(out, key=lambda x: x[:3])]


def _total_item(scope: Scope, item: str, unit: str | None, parts: list[dict], period: str | None) -> Item:
    """A derived total: the sum of the parts' first-report figures, citing each part's quantity."""
    value = sum(p["value"] for p in parts)
    written = format_figure(value) + (f" {unit}" if unit else "")
    text = (phrase("total_period", scope.lang, item=item, period=period, value=written) if period
            else phrase("total", scope.lang, item=item, value=written))
    cites: list[Citation] = [scope.cite(p["reports"][0]["document_id"], *p["reports"][0]["span"]) for p in parts]
    return Item(text, cites, derived=True, total=Total(value, unit))


def total_items(scope: Scope, seizures: list[tuple[dict, str | None, bool]]) -> list[Item]:
    """Totals of single seizures by item and unit, then by year where they span several (each needs two parts)."""
    groups: dict[tuple[str, str], list[tuple[dict, str | None]]] = defaultdict(list)
    for line, date, _own in seizures:
        if line["item"] and not line_is_aggregate(scope, line):
            groups[(line["item"], line["unit"] or "")].append((line, date))
    out = []
    for (item, unit), parts in sorted(groups.items()):
        if len(parts) < 2:
            continue
        out.append(_total_item(scope, item, unit or None, [p for p, _d in parts], None))
        years: dict[str, list[dict]] = defaultdict(list)
        for line, date in parts:
            if date:
                years[date[:4]].append(line)
        if len(years) > 1:
            out += [_total_item(scope, item, unit or None, lines, year)
                    for year, lines in sorted(years.items()) if len(lines) > 1]
    return out


def result_items(scope: Scope) -> list[Item]:
    """Seizures (each once), arrests and extraditions, stated figures, then totals by item and period."""
    seizures = selected_seizures(scope)
    return ([seizure_item(scope, *s) for s in seizures] + result_event_items(scope)
            + statistic_items(scope, rates_only=True)
            + total_items(scope, seizures))
