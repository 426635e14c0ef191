"""A percentage of change of a drug's seizures against the CBP series of its period and of its base.

News gives seizure figures as changes as often as totals: "Fentanyl seizures fell 45% in fiscal
2025", "763 pounds of fentanyl in March, a 25% increase from February", "421 libras en
septiembre, un aumento de 36% respecto a agosto". The claim is read as the change of the
seizures of that drug counted by the agency and area its sentence names (as a total's scope
is read), between the claim's period and its base: the period the base names when it names a
month or a year ("from February", "compared with March 2024"), else the same months a year
before ("from the previous fiscal year", "compared with the year before"). Its verdict is a
crime change's (``_changes``): the pounds the claimed change implies from the base against the
pounds the series holds, no better than its distance in percentage points allows. A sentence
with no word of seizing ("overdose deaths fell 20%") is no seizure change. Read-only.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from sqlalchemy import Engine

from pesquisa.analyze.periods import Period
from pesquisa.analyze.reconcile._changes import change_verdict
from pesquisa.analyze.reconcile._cues import settings
from pesquisa.analyze.reconcile._verdicts import ReconciledClaim, outside_coverage, seizure_total
from pesquisa.text import fold_chars


@cache
def _seizure_pattern() -> re.Pattern:
    words = sorted({" ".join(fold_chars(w).split()) for w in settings()["seizure_words"]}, key=len, reverse=True)
    alone = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    ambiguous = sorted({" ".join(fold_chars(w).split()) for w in settings()["seizure_words_before_amount"]}, key=len,
                       reverse=True)
    amounts = "|".join(re.escape(" ".join(fold_chars(w).split())).replace(r"\ ", r"\s+") for w in settings()["amount_openers"])
    before_amount = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ambiguous)
    return re.compile(rf"(?<![\w-])(?:(?:{alone})(?![\w-])|(?:{before_amount})\s+(?:\d|(?:{amounts})(?![\w-])))")


def tells_seizures(sentence: str) -> bool:
    """True when a sentence says its figures are seizures ("seizures", "seized", "decomisos", "aseguraron")."""
    return _seizure_pattern().search(fold_chars(sentence)) is not None


def judge_seizure_change(engine: Engine, claim: ReconciledClaim, *, base: Period, series: dict, areas: list[str] | None,
                         coverage: dict[str, dict], qualifier: str | None) -> None:
    """Fill the official change and verdict of a seizure change ``claim`` from ``base`` to its period, or the reason
    there is none (reads the series)."""
    period = claim.period
    assert period is not None
    dataset = series["series"]
    missing = outside_coverage(dataset, period, coverage, "cbp") or outside_coverage(dataset, base, coverage, "cbp")
    if missing:
        claim.reason = missing
        return
    regions = None if claim.scope["regions"] == ["all"] else claim.scope["regions"]
    now = seizure_total(engine, claim, dataset, series["components"], regions, areas)
    then = seizure_total(engine, dataclasses.replace(claim, period=base), dataset, series["components"], regions, areas)
    if not then[0]:
        claim.reason = f"no {claim.item} seized from {base.start} to {base.end}: no change to compare"
        return
    change = (now[0] - then[0]) / then[0] * 100
    implied = then[0] * (1 + claim.claim_value / 100)
    claim.official_value, claim.official_unit = change, "%"
    claim.verdict, claim.relative_difference = change_verdict(claim.claim_value, change, implied, now[0], qualifier)
    files = sorted(set(now[3]) | set(then[3]))
    claim.official_source = {"dataset": dataset, "rows": now[2] + then[2],
                             "files": [{"file": f, "lines": sorted(now[3].get(f, set()) | then[3].get(f, set()))}
                                       for f in files]}
    where = ", ".join(areas or claim.scope["regions"])
    claim.reason = (f"{claim.item} seized by {'+'.join(series['components'])} ({where}): {then[0]:,.2f} lb from "
                    f"{base.start} to {base.end}, {now[0]:,.2f} lb from {period.start} to {period.end} ({change:+.1f} %); "
                    f"the claimed change implies {implied:,.0f} lb")
