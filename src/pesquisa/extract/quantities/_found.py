"""Goods seized by a sentence told before their own: news tells the seizure once and the cargo after it ("Semar aseguró
una embarcación ... La embarcación transportaba 179 bultos de cocaína"). And the things a search turned up right after
a seizure was told ("La Guardia Civil ha intervenido 3.600 kilos de hachís ... En la nave los agentes hallaron también
dos narcolanchas y seis motores"): found in the same search, they were seized with the goods. And the first thing a
seizure verb takes past asides of place ("aseguró en inmediaciones de Isla Socorro, Colima, dos embarcaciones")."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.quantities._draft import MASS_OR_VOLUME, Draft
from pesquisa.extract.quantities._elided import Elided
from pesquisa.extract.quantities._lexicon import load_quantity_lexicon
from pesquisa.records import Span

# what held the goods, told after the thing found: "dos buques que almacenaban diésel", "two trucks carrying fuel"
HOLDING = r"\s*,?\s*(?:(?:que|which|that|who)\s+)?(?:(?:were|was|estaban|estaba)\s+)?(?:[a-z]+\s+)?WORDS(?![a-z])"
DOSE_KG = 0.001  # less than a gram is a dose, never the cargo of a seizure told before


@cache
def packaging_re() -> re.Pattern[str]:
    """The packaging words of any language ("pills", "paquetes", "bundles"), whole words, compiled once."""
    forms = sorted(load_quantity_lexicon().packaging, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, forms)) + r")(?![a-z])")


class Found(Elided):
    """Reads goods and things seized by a seizure told before."""

    def seized_or_found(self, d: Draft, clause: Span) -> bool:
        """True when the clause of ``d`` seizes it ("seized 14 vehicles"), or finds it right after a sentence that told a
        seizure ("hallaron también dos narcolanchas"); not what held the goods ("detectar dos buques que almacenaban")."""
        outside = self.outside_item(d, clause)
        if any(self.has_trigger("seizure_triggers", s) for s in outside) or self.first_object_after_asides(d):
            return True
        holds = self.rx(HOLDING, "carried_words").match(self.scan, d.end)  # "detectar dos buques que almacenaban diésel"
        return holds is None and any(self.has_trigger("discovery_triggers", s) for s in outside) and \
            self.seizure_told_before(d, sentences=1)

    def first_object_after_asides(self, d: Draft) -> bool:
        """True when ``d`` is the first thing after a seizure verb of its sentence, past asides of place or time between
        commas and nothing that opens a clause: "aseguró en inmediaciones de Isla Socorro, Colima, dos embarcaciones"."""
        sentence = self.sentence_span(d.sentence)
        verbs = list(self.rx("(?<![a-z0-9])WORDS", "seizure_triggers").finditer(self.scan, max(sentence.start, d.start - 90),
                                                                                  d.start))
        if not verbs or "," not in self.scan[verbs[-1].end():d.start]:
            return False
        gap = self.scan[verbs[-1].end():d.start]
        if self.rx(r"[a-z]*\s*,?\s*WORDS\s", "aside_prepositions").match(gap) is None:
            return False  # "Tras el aseguramiento, la Marina desplegó dos helicópteros": a clause of its own follows
        return re.search(r"\d", gap) is None and self.rx(r"(?<![a-z])WORDS(?![a-z])", "clause_openers").search(gap) is None

    def seizure_told_before(self, d: Draft, *, sentences: int = 2) -> bool:
        """True when one of the ``sentences`` before the quantity's own reports a seizure (for drugs, arms, fuel).

        News tells the seizure once and the cargo after it ("Semar aseguró una embarcación
        ... La embarcación transportaba 179 bultos de cocaína"); goods counted right after
        such a sentence are what was seized, and so is a weight after a sentence that finds
        goods ("localizaron droga oculta en un tractocamión. El cargamento sumó 300 kilos").
        A sentence of a court's judgment ("ordered to forfeit $2.7 million") seized nothing, and
        goods in a sentence of what can be ("a kilogram can be pressed into 10,000 pills") are
        none seized.
        """
        if self.tells_possibility(d.sentence) or (d.unit == "kg" and d.value < DOSE_KG):
            return False  # "A lethal dose of fentanyl is about 2 milligrams": a dose, no cargo
        # "recovered 122,000 guns ... A buyer bought 84 rifles" seized none; "found 11 rifles ... Among the weapons
        # were two .50-caliber rifles" picks out goods found
        # and packages of the goods found: "found marijuana under a tarp. Agents counted 52 bundles"
        packed = d.packaging == "packages" and d.commodity is not None and d.unit is None
        weighed = d.unit in MASS_OR_VOLUME or packed or self.opens_with_subset_of_goods(d)
        reach = sentences + (d.unit not in MASS_OR_VOLUME and not packed and weighed)
        # a parse's blank "sentences" between paragraphs are no sentence told
        before = [i for i in range(d.sentence - 1, max(-1, d.sentence - 3 * reach - 1), -1) if not self.blank_sentence(i)][:reach]
        return any((self.has_trigger("seizure_triggers", self.sentence_span(i)) or (weighed and self.finds_goods(i)))
                   and not self.tells_judgment(i) for i in before)

    def finds_goods(self, sentence: int) -> bool:
        """True when sentence number ``sentence`` finds goods it names ("localizaron droga oculta en un tractocamión"),
        or names by their packaging ("Officers found the pills in 30 packages")."""
        span = self.sentence_span(sentence)
        return self.has_trigger("discovery_triggers", span) and (any(
            not self.scan[m.start() - 1:m.start()].isalnum()
            for m in self.lex.commodity_re.finditer(self.scan, span.start, span.end)) or
            packaging_re().search(self.scan, span.start, span.end) is not None)
