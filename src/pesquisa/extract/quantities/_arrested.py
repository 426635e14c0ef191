"""People counted after a definite article as the subject of their own arrest: "Los tres tripulantes fueron
capturados", "The four passengers were detained", also past a relative clause on them ("Las cuatro mujeres que
viajaban en la unidad fueron aprehendidas") or an apposition that tells who they were ("Los tres tripulantes, dos
ecuatorianos y un colombiano, fueron detenidos"; "The three crew members - two Ecuadorians and a Colombian - were
arrested"). The article usually refers back ("the two countries"), but people an
arrest took that the text had not counted before are a new fact; "Dos hombres huyeron ... Los dos hombres fueron
detenidos" counts them again and adds nothing. So are the people a court judges: "Condenados a 62 años los siete
acusados", "The four defendants were sentenced"."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._scanner import Scanner
from pesquisa.records import Span

# the passive after the noun: "fueron capturados", "were later arrested", "han sido detenidos"
PASSIVE = r"\s*WORDS\s+"
# the longest relative clause read through, in words ("que viajaban en la camioneta blanca")
CLAUSE_WORDS = 12
# an apposition between commas, dashes or brackets right after the noun: ", dos ecuatorianos y un colombiano,"
APPOSITION = re.compile(r"\s*(?:,|\s[-\u2013\u2014]|\()[^,.;:()\u2013\u2014]{1,60}?(?:,|\s[-\u2013\u2014]|\))")


def taken_by_an_arrest(scan: Scanner, d: Draft) -> bool:
    """True when the people counted by ``d`` are the subject of a passive arrest right after them (or after a relative
    clause on them), and the text did not count them before."""
    if d.item_words and d.item_words.split()[-1] in scan.words("judged_people"):
        return _judged(scan, d) and not _counted_before(scan, d, people=True)  # "Condenados a 62 años los siete acusados"
    if not d.item_words or d.item_words.split()[-1] not in scan.words("arrestable_people"):
        return False
    if _active_arrest_before(scan, d.start):
        return not _counted_before(scan, d)  # "detuvo a los tres hombres a bordo", "arrested the four men inside"
    aboard = scan.rx(r"\s+WORDS(?![a-z])", "aboard_words").match(scan.scan, d.end)  # "the three men aboard were ..."
    apposition = APPOSITION.match(scan.scan, d.end)
    after = _after_relative_clause(scan, d.end) + ([apposition.end()] if apposition else [])
    if not any(_passive_arrest_at(scan, pos) for pos in [d.end, *after, *([aboard.end()] if aboard else [])]):
        return False
    return not _counted_before(scan, d)


def _judged(scan: Scanner, d: Draft) -> bool:
    """True when the sentence of ``d`` tells a judgment outside its own words: "han sido condenados", "were sentenced"."""
    span = scan.sentence_span(d.sentence)
    return any(scan.has_trigger("judgment_verbs", part) for part in (Span(span.start, d.start), Span(d.end, span.end)))


def _active_arrest_before(scan: Scanner, start: int) -> bool:
    """True when an arrest verb and a definite article end right before ``start``: "detuvo a los (tres hombres)",
    "arrested the (four men)"."""
    arrest = scan.rx(r"(?<![a-z])WORDS\s+(?:a\s+)?(?:los|las|the)\s+\Z", "arrest_words")
    return arrest.search(scan.scan, max(0, start - 40), start) is not None


def _counted_before(scan: Scanner, d: Draft, *, people: bool = False) -> bool:
    """True when the text before ``d`` counted the same people, by the same figure and noun: "Dos hombres huyeron ...
    Los dos hombres fueron detenidos" (not "38 personas ... Las tres personas fueron detenidas", another group); with
    ``people``, by the same figure and any word for people: "Two men were arrested ... The two defendants"."""
    figure = scan.scan[d.start:d.end].split()[0]
    number = "|".join(re.escape(f) for f in {figure, f"{d.value:g}"})
    nouns = scan.words("arrestable_people") | scan.words("judged_people") if people else set()
    noun = "|".join(re.escape(n) for n in sorted(nouns | {d.item_words.split()[-1]}))
    return re.search(rf"(?<![a-z0-9])(?:{number})\s+(?:[a-z]+\s+){{0,2}}?(?:{noun})(?![a-z])", scan.scan[:d.start]) is not None


def _passive_arrest_at(scan: Scanner, pos: int) -> bool:
    """True when a passive auxiliary and an arrest word ("fueron detenidos", "were later arrested") start at ``pos``."""
    arrest = scan.rx("WORDS(?![a-z])", "arrest_words")
    m = scan.rx(PASSIVE, "passive_auxiliaries").match(scan.scan, pos)
    return m is not None and bool(arrest.match(scan.scan, m.end()) or arrest.match(scan.scan, scan.scan.find(" ", m.end()) + 1))


def _after_relative_clause(scan: Scanner, pos: int) -> list[int]:
    """Word starts within a relative clause opening at ``pos`` ("que viajaban en la unidad", ", who were riding in the
    car,"), where the main verb may follow; none when no clause opens there. A second opener or a sentence break ends
    the search: "que denunciaron que sus hijos fueron detenidos" is someone else's arrest."""
    # a complement may stand between the noun and its clause: "los seis trabajadores de Pemex que operaban la válvula"
    opener = scan.rx(r"(?:\s+(?:de|del|of)\s+[a-z]+)?\s*,?\s*WORDS\s", "relative_openers").match(scan.scan, pos)
    if opener is None:
        return []
    span = scan.sentence_span(scan.sentence_of(pos))
    starts = []
    for w in list(re.finditer(r"[,;:]?\s*([a-z]+)", scan.scan[opener.end():span.end]))[:CLAUSE_WORDS]:
        if w.group(1) in scan.words("relative_openers") or w.group(0).startswith((";", ":")):
            break
        starts.append(opener.end() + w.start(1))
    return starts
