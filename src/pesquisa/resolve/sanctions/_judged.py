"""The analyst's judgements replayed over the matches the rules found, in the order they were made.

A reject drops its pair. A confirm marks its pair confirmed, adding it when the rules missed it as
long as the entity and the entry still exist; a pair with no entity of the knowledge base behind
it (a vessel or a company read in the text, ``SanctionMatch.named_in_text``) can be confirmed or
rejected while the rules still find it, by the id its match carries. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pesquisa.ingest import SanctionEntry
from pesquisa.resolve.sanctions._records import KBEntity, SanctionJudgement, SanctionMatch

Pair = tuple[str, str, str]  # entity id, list, list id
MakeMatch = Callable[[KBEntity, SanctionEntry, float, list[str]], SanctionMatch]


def replay_judgements(found: dict[Pair, SanctionMatch], judgements: Iterable[SanctionJudgement],
                      entities: dict[str, KBEntity], entries: dict[tuple[str, str], SanctionEntry],
                      make: MakeMatch) -> dict[Pair, SanctionMatch]:
    """The matches ``found`` once each judgement is applied, in order (a new dict; the matches are updated in place)."""
    out = dict(found)
    for j in judgements:
        pair = (j.entity_id, j.dataset, j.list_id)
        if j.decision == "reject":
            out.pop(pair, None)
            continue
        if j.decision != "confirm":
            continue
        match = out.get(pair)
        if match is None and j.entity_id in entities and (j.dataset, j.list_id) in entries:
            match = make(entities[j.entity_id], entries[(j.dataset, j.list_id)], 1.0, [])
        if match is None:
            continue  # the entity or the entry is gone, or a name read in the text no longer is
        match.score, match.status = 1.0, "confirmed"
        if "confirmed by an analyst" not in match.evidence:
            match.evidence = [*match.evidence, "confirmed by an analyst"]
        out[pair] = match
    return out
