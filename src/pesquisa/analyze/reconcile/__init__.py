"""Reconciliation: each stored quantity that states an official aggregate, against the official series.

A claim is an aggregate when its sentence says who counted (an agency: CBP, Border Patrol,
OFO, AMO; or another agency that publishes no series here) or where (the southwest border,
nationwide), and over which period; a seizure on a day ("On Aug. 5, CBP officers seized
5,528 pounds") states no period and is left alone, and so is a sentence that calls its figure
one seizure ("the largest seizure of the drug to date"). For each claim:

1. the scope: the agency named nearest before the quantity in its sentence (else after it,
   else earlier in the paragraph or the document), the CBP components it stands for, and
   the regions the sentence names (none named: every region);
2. the item: the quantity's own (fentanyl, cocaine...), else the drug its sentence names;
3. the period: the period words of the quantity's clause (the ones after it first, then
   before), else of its sentence, resolved against the publication date
   (``pesquisa.analyze.periods``); a bare year is a fiscal year when the claim is CBP's;
4. the official figure: the sum of the series rows of that item, scope and months, in the
   claim's own unit, and the relative difference: ``consistent`` within 2 %, ``close``
   within 10 %, ``inconsistent`` beyond.

Crime figures ("30,047 víctimas de homicidio doloso en 2024", "827 femicides in 2023") are
compared the same way with SESNSP's victims of that crime in the state the sentence names
(none named: the country), over calendar months.

Claims the series cannot answer say why, with no official figure: totals of several
countries ("Mexico and the United States seized a combined..."), pills where the series
weighs pounds, items the series does not count, agencies without a series here, and
periods outside what the series covers (before October 2018, after its last month).
Words for agencies, regions, units and cues are data (``official.yaml``). Read-only.

Cue words are found in ``_cues``, claims read from the text in ``_claims``, and judged
against the series in ``_verdicts``.
"""

from __future__ import annotations

from pesquisa.analyze.reconcile._claims import pick_period, reconcile, reconcile_quantities
from pesquisa.analyze.reconcile._cues import claim_unit, crime_of, find_cues, item_of, settings
from pesquisa.analyze.reconcile._verdicts import (
    CLOSE,
    CONSISTENT,
    INCONSISTENT,
    NO_SERIES,
    SESNSP,
    ReconciledClaim,
    verdict,
)

__all__ = ["CLOSE", "CONSISTENT", "INCONSISTENT", "NO_SERIES", "SESNSP", "ReconciledClaim", "claim_unit", "crime_of",
           "find_cues", "item_of", "pick_period", "reconcile", "reconcile_quantities", "settings", "verdict"]
