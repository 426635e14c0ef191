"""Goods and cash a court forfeits, told as a seizure: "Two houses were forfeited to the United States", "3 properties
subject to forfeiture", "agreed to forfeit four houses, two trucks and $412,000 in cash", "Un juez decretó el decomiso
de tres casas", "El juez decomisó cinco casas". A forfeiture is no seizure at the scene: the goods are counted and the
cash is money, in English and in Spanish alike."""

from __future__ import annotations

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._elided import Elided
from pesquisa.records import Span


class Forfeits(Elided):
    """Tells a forfeiture from a seizure."""

    def is_forfeited(self, d: Draft, clause: Span) -> bool:
        """True when the quantity is forfeited, not seized: a judgment word before it in its clause, a court seizing,
        or a sentence whose every seizure word is one of a judgment ("forfeit", "decretó el decomiso")."""
        if self.rx("(?<![a-z0-9])WORDS", "judgment_words").search(self.scan, clause.start, d.start) or \
                self.court_forfeits(clause.start, d.start):
            return True  # "ordered to forfeit two trucks", "Juez decomisa 80 millones de pesos"
        sentence = self.sentence_span(d.sentence)
        if self.court_forfeits(sentence.start, d.start):
            return True  # "El juez ordenó ... y decomisó cinco casas"
        judged = [m.span() for m in self.rx("(?<![a-z0-9])WORDS", "judgment_words").finditer(self.scan, sentence.start,
                                                                                             sentence.end)]
        seized = [m.start() for m in self.rx("(?<![a-z0-9])WORDS", "seizure_triggers").finditer(self.scan, sentence.start,
                                                                                              sentence.end)]
        return bool(judged and seized) and all(any(a <= s < b for a, b in judged) for s in seized)
