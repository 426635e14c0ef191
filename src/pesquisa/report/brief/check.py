"""Re-verify a briefing against the store (``pesquisa brief --check F.json``).

A briefing is only as good as its citations, so the check trusts nothing in the file:

1. each citation's document exists, its ``source`` is the document's, and its ``text`` is
   exactly ``body[start:end]`` of the clean body;
2. every number written in an item (``figures_of``: ISO dates and years aside) appears in
   the text of one of its citations, unless the item is ``derived`` and the number is its
   total as written;
3. a derived item's ``total`` is the sum of the stored quantities its citations point at
   (the seizure ledger's figures), so an edited total fails as surely as an edited figure;
4. a ``verdict`` is the reconciliation verdict of one of its cited quantities.

Read-only: the store is read, never written.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sqlalchemy import Engine

from pesquisa.analyze.reconcile import reconcile_quantities
from pesquisa.report.brief._records import Briefing, Item
from pesquisa.report.brief._text import figures_of, format_figure
from pesquisa.store import read


@dataclass(slots=True)
class CheckReport:
    """What a check looked at and each failure, one line naming the section, item and citation or figure."""

    items: int = 0
    citations: int = 0
    figures: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        """One line: "OK: ..." or how many failures, with what was checked."""
        checked = f"{self.items} items, {self.citations} citations, {self.figures} figures checked against the store"
        n = len(self.failures)
        return f"OK: {checked}" if self.ok else f"{n} failure{'' if n == 1 else 's'}: {checked}"


def _citation_failures(item: Item, docs: dict[str, dict]) -> list[str]:
    """Why citations of ``item`` do not stand (unknown document, other source, text not the body's span)."""
    out = []
    for n, c in enumerate(item.citations, 1):
        doc = docs.get(c.document_id)
        if doc is None:
            out.append(f"citation {n}: no document {c.document_id} in the store")
        elif doc["source"] != c.source:
            out.append(f"citation {n}: source {c.source!r} is not the document's ({doc['source']!r})")
        elif not 0 <= c.start <= c.end <= len(doc["body"]) or doc["body"][c.start:c.end] != c.text:
            out.append(f"citation {n}: text is not body[{c.start}:{c.end}] of {c.document_id}")
    return out


def _figure_failures(item: Item) -> tuple[int, list[str]]:
    """How many figures ``item`` writes, and each one found in none of its citations (its total aside)."""
    cited = {f for c in item.citations for f in figures_of(c.text)}
    if item.derived and item.total is not None:
        cited.add(format_figure(item.total.value))
    figures = figures_of(item.text)
    return len(figures), [f"figure {f!r} is in none of its citations" + ("" if item.derived else " (not derived)")
                          for f in dict.fromkeys(figures) if f not in cited]


def _derived_failures(item: Item, stored: dict[tuple, list[dict]]) -> list[str]:
    """Why a derived item's total does not stand: missing, not written, or not the sum of its cited quantities."""
    if item.total is None:
        return ["derived without a total"]
    out = []
    if format_figure(item.total.value) not in figures_of(item.text):
        out.append(f"derived total {format_figure(item.total.value)} is not written in the item")
    parts = []
    for n, c in enumerate(item.citations, 1):
        rows = stored.get(c.key, [])
        row = next((r for r in rows if r["kind"] == "seizure"), rows[0] if rows else None)
        if row is None:
            out.append(f"citation {n}: no stored quantity at {c.document_id}[{c.start}:{c.end}] to add up")
        else:
            parts.append(row["value"])
    total = sum(parts)
    if not out and not math.isclose(total, item.total.value, rel_tol=1e-9, abs_tol=1e-6):
        out.append(f"derived total {format_figure(item.total.value)} is not the sum of its cited parts "
                   f"({format_figure(total)})")
    return out


def check_briefing(engine: Engine, data: dict) -> CheckReport:
    """Re-verify a briefing's JSON against the store (read-only); raises ``InputError`` when it is not a briefing."""
    briefing = Briefing.from_dict(data)
    docs = read.cited_documents(engine, {c.document_id for i in briefing.items for c in i.citations})
    wanted = {c.key for i in briefing.items if i.derived or i.verdict for c in i.citations}
    stored = read.quantities_at(engine, wanted)
    verdict_ids = [r["id"] for i in briefing.items if i.verdict for c in i.citations for r in stored.get(c.key, [])]
    verdicts = {qid: claim.verdict for qid, claim in reconcile_quantities(engine, verdict_ids).items()}
    report = CheckReport()
    for s_n, section in enumerate(briefing.sections, 1):
        for i_n, item in enumerate(section.items, 1):
            report.items += 1
            report.citations += len(item.citations)
            problems = _citation_failures(item, docs)
            figures, wrong = _figure_failures(item)
            report.figures += figures
            problems += wrong
            if item.derived:
                problems += _derived_failures(item, stored)
            if item.verdict and item.verdict not in {verdicts.get(r["id"]) for c in item.citations
                                                     for r in stored.get(c.key, [])}:
                problems.append(f"verdict {item.verdict!r} is not the reconciliation of its cited figures")
            where = f"section {s_n} ({section.heading}) item {i_n}"
            report.failures += [f"{where}: {p}" for p in problems]
    return report
