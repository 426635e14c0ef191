"""A sentence of background between a dated event and a day counted from it.

"Gunmen ambushed a patrol in Celaya on Saturday ... Celaya has for years been one of the most violent cities in Mexico.
Two days later, soldiers arrested four suspects": the sentence between tells how things stand (its verb in the present,
or the present perfect: "is", "has been", "es", "ha sido", "registra"), no news of a day of its own, so the days counted
after it still count from the ambush's. A sentence told in the past ("El alcalde pidió calma.", "The mayor called for
calm.") may be news of an unknown day, and still stops the count. So does not one whose subject is the pair of the
event just told ("De acuerdo con un comunicado, ambos funcionarios coincidieron en ...", "The two officials agreed on
..."), with or without an agreement of its own: it tells more of that event.
"""

from __future__ import annotations

from pesquisa._required import searched
from pesquisa.extract.events._context import DocumentContext
from pesquisa.records import Span

_AUX = frozenset({"aux", "aux:pass", "cop", "auxpass"})


def tells_background(ctx: DocumentContext, sentence: Span) -> bool:
    """True when ``sentence`` tells how things stand: its main verb, or the first auxiliary of it, is finite and in the
    present tense (none of its verbs a past finite one)."""
    span = ctx.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    if len(roots) != 1 or any("Past" in t.morph.get("Tense", []) and "Fin" in t.morph.get("VerbForm", []) for t in tokens):
        return False
    root = roots[0]
    finite = next((c for c in root.children if c.dep_ in _AUX and c.i < root.i), root)
    return "Pres" in finite.morph.get("Tense", []) and "Fin" in finite.morph.get("VerbForm", [])


def tells_the_pair(ctx: DocumentContext, sentence: Span) -> bool:
    """True when ``sentence`` opens on the pair or group of an event told before ("ambos funcionarios coincidieron",
    "the two ministers agreed": events.yaml ``group_subjects``)."""
    return searched(ctx.cues.group_subjects, ctx.body[sentence.start:sentence.end])
