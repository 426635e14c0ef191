"""Build a briefing from the knowledge base: sections of items, each item citing the passages it stands on.

Sections, in order: key developments (meetings, calls, visits, agreements), results
(seizures counted once, arrests, extraditions, stated figures, derived totals), positions
(quotes by speaker and date), actors (the most involved, with their relations); the
briefing of the arms topic adds the arms-trafficking picture (routes, tactics, weapons and
ammunition figures, organizations). Nothing is written that the store does not hold: names,
dates and figures come from stored facts, figures as the sources write them, and the few
fixed phrases from ``data/brief.yaml`` in the language asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Engine

from pesquisa.analyze.reconcile import reconcile_quantities
from pesquisa.errors import ConfigError
from pesquisa.report.brief._arms import (
    arms_figure_items,
    arms_organization_items,
    arms_topic,
    route_items,
    tactic_items,
)
from pesquisa.report.brief._events import development_items
from pesquisa.report.brief._people import actor_items, position_items
from pesquisa.report.brief._records import Briefing, Item, Section
from pesquisa.report.brief._results import result_items
from pesquisa.report.brief._scope import BriefFilters, Scope
from pesquisa.report.brief._text import heading, phrase
from pesquisa.store import read
from pesquisa.topics import topics

SECTIONS = ("developments", "results", "positions", "actors")
ARMS_SECTIONS = ("routes", "tactics", "arms_figures", "arms_organizations")
BUILDERS: dict[str, Callable[[Scope], list[Item]]] = {
    "developments": development_items, "results": result_items, "positions": position_items,
    "actors": actor_items, "routes": route_items, "tactics": tactic_items, "arms_figures": arms_figure_items,
    "arms_organizations": arms_organization_items,
}


def now() -> str:
    """The current UTC time as a briefing states it (ISO, seconds)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def sections_for(filters: BriefFilters) -> tuple[str, ...]:
    """The sections of a briefing with these filters: the four of every briefing, plus the arms picture for its topic."""
    return SECTIONS + (ARMS_SECTIONS if filters.topic == arms_topic() else ())


def _verdicts(engine: Engine, facts: read.BriefFacts, ledger: dict) -> dict[str, str]:
    """Quantity id -> reconciliation verdict, for the seizures and stated figures that claim an official aggregate."""
    ids = [line["reports"][0]["quantity_id"] for line in ledger["seizures"]]
    ids += [q["id"] for q in facts.quantities if q["kind"] in ("statistic", "count")]
    return {qid: claim.verdict for qid, claim in reconcile_quantities(engine, ids).items()}


def build_briefing(engine: Engine, filters: BriefFilters, *, sections: tuple[str, ...] | None = None,
                   title: str | None = None, generated: str | None = None) -> Briefing:
    """The briefing of the store under ``filters`` (read-only; the official tables must exist).

    1. read every fact once (``store.read.brief_facts``) and the seizure ledger;
    2. reconcile the figures that claim an official aggregate (``analyze.reconcile``);
    3. build each section through the filters (topic by paragraph, dates, limits);
    4. title it in the language of the prose and say what the filters left out.

    ``sections`` picks sections by key (default ``sections_for(filters)``); an unknown key
    raises ``ConfigError``.
    """
    keys = sections or sections_for(filters)
    unknown = [k for k in keys if k not in BUILDERS]
    if unknown:
        raise ConfigError(f"section {unknown[0]}: no such section (known: {', '.join(BUILDERS)})")
    facts = read.brief_facts(engine)
    ledger = read.seizure_ledger(engine)
    scope = Scope(facts, ledger, filters)
    scope.verdicts = _verdicts(engine, facts, ledger)
    built = [Section(key, heading(key, filters.lang), BUILDERS[key](scope)) for key in keys]
    if title is None:
        label = topics()[filters.topic].label(filters.lang) if filters.topic else None
        title = phrase("title_topic", filters.lang, topic=label) if label else phrase("title", filters.lang)
    return Briefing(title, generated or now(), filters.to_dict(), built, dict(scope.left_out))


def build_arms_picture(engine: Engine, filters: BriefFilters, *, generated: str | None = None) -> Briefing:
    """The arms-trafficking picture alone: routes, tactics, figures, organizations (read-only; topic set to arms)."""
    arms = BriefFilters(arms_topic(), filters.date_from, filters.date_to, filters.lang)
    return build_briefing(engine, arms, sections=ARMS_SECTIONS, title=phrase("arms_title", filters.lang),
                          generated=generated)
