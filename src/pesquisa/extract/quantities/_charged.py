"""Goods a court case is about: "convicted for importing 52 kilograms of cocaine", "pleaded guilty to smuggling 40
pounds of meth", "sentenciado por transportar 200 kilos de metanfetamina". The load the defendant was caught with is the
seizure the case tells, not a count; a trafficking someone is only said to have done ("accused of moving tons over a
decade", "habría introducido") stays no seizure (see ``_potential``). So are the goods listed after a colon that ends an
arrest "with" / "con" what they carried: "detuvieron a tres hombres con un arsenal: cinco armas largas, 22 cargadores",
"arrested two men with an arsenal: five rifles"."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._scanner import Scanner
from pesquisa.records import Span

# what may stand between the deed and the figure: a qualifier of a few words ("more than", "alrededor de")
DEED_THEN_FIGURE = r"(?<![a-z])WORDS\s+(?:[a-z]+\s+){0,3}\Z"
# the carried load named before a colon that opens the list of it: "con un arsenal:", "with an arsenal of weapons:"
# the held people and the link after the deed: "arrest 12 over", "charged over", "procesan a tres por"; "over" may be
# read again as "more than" ("arrested over over 300 slabs" is no news English), so no qualifier between
HELD_OVER = r"(?<![a-z0-9])(?:{deeds})\s+(?:[a-z0-9]+\s+){{0,3}}?WORDS\s+(?:(?:some|about|nearly|almost|unos|unas|casi)\s+)?\Z"
CARRIED_THEN_LIST = re.compile(r"(?<![a-z])(?:con|with)\s+(?:[a-z]+\s+){0,3}[a-z]+\s*:\s*\Z")


class Charged(Scanner):
    """Reads the goods of the deed a defendant is charged with, convicted or sentenced for."""

    def held_or_charged(self, d: Draft, clause: Span) -> bool:
        """True when ``d`` is the object of a charged deed right before it in its clause ("for importing", "to
        smuggling", "with possession of", "por transportar"), or opens the list of a load an arrest caught."""
        return self.charged_with_goods(d, clause) or self.caught_with_list(d, clause) or self.held_over(d, clause)

    def held_over(self, d: Draft, clause: Span) -> bool:
        """True for goods an arrest or a charge is told to be over: "Gardaí arrest 12 over 300 slabs of cannabis", "Man
        charged over 98 tonnes of Class A drugs", "Procesan a tres por 200 kilos de cocaína"."""
        deeds = "|".join(p.pattern for p in (self.rx("WORDS", "arrest_words"), self.rx("WORDS", "held_over_deeds")))
        return self.rx(HELD_OVER.format(deeds=deeds), "held_over_links").search(
            self.scan, max(clause.start, d.start - 60), d.start) is not None

    def caught_with_list(self, d: Draft, clause: Span) -> bool:
        """True for the first figure after a colon that ends an arrest "with" a load: "detuvieron a tres hombres con un
        arsenal: cinco armas largas" (the figures listed after it share its seizure)."""
        sentence = self.sentence_span(d.sentence)
        lead = CARRIED_THEN_LIST.search(self.scan, max(sentence.start, d.start - 80), d.start)
        return lead is not None and lead.end() == d.start and \
            self.rx("(?<![a-z0-9])WORDS", "arrest_words").search(self.scan, sentence.start, lead.start()) is not None

    def charged_with_goods(self, d: Draft, clause: Span) -> bool:
        """True when ``d`` is the object of a charged deed right before it in its clause."""
        return self.rx(DEED_THEN_FIGURE, "charged_deeds").search(self.scan, max(clause.start, d.start - 90), d.start) is not None
