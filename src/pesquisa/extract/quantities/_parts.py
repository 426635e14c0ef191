"""A number word whose noun is left out because it counts a part of a group counted before it: "97 personas, de las
cuales once son menores", "Of the 28 people indicted, 19 remain at large, while nine have been extradited". A bare
number word is otherwise no count ("one of them", "the two met")."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._scanner import Scanner

# a sentence opening with the whole its parts are of: "Of the 28 people", "Of the six crew members", "De los detenidos"
WHOLE_OPENS = re.compile(r"[\s\"“«]*(?:of|de)\s+(?:the|los|las)\s+[a-z0-9]")


def counts_a_part(scan: Scanner, d: Draft) -> bool:
    """True when the bare number word ``d`` counts a part of the group before it: right after "de las cuales" / "of
    whom", or in a sentence opening with the group counted, the subject right after it ("Of the 412 arrests, sixty-three
    involved") or the subject of a state ("while nine have been extradited", "y seis siguen prófugos")."""
    if d.value < 2:
        return False  # "of them, one was a minor": one person, too often the start of a story
    if scan.rx(r"(?<![a-z])WORDS\s*,?\s*\Z", "part_openers").search(scan.scan, max(0, d.start - 30), d.start):
        return True
    span = scan.sentence_span(scan.sentence_of(d.start))
    whole = WHOLE_OPENS.match(scan.scan, span.start)
    if whole is None:
        return False
    if re.fullmatch(r"[^,;:.]{0,60},\s*", scan.scan[whole.end():d.start]):
        return True  # "Of the 412 arrests, sixty-three involved drivers under 18": the subject right after the whole
    return scan.rx(r"\s+WORDS(?![a-z])", "part_predicates").match(scan.scan, d.end) is not None
