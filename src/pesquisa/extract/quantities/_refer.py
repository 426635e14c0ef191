"""What a quantity's item takes from the text before it: the drug a word refers back to, the goods of its sentence.

News names a drug once and then refers back to it ("seized 385 pounds of the drug", "1.200
kilos de la droga", "2.340 kilogramos del alcaloide", "pastillas del opioide sintético"), and
the second figure of a comparison often names no item at all ("1,200 pounds of fentanyl ...,
down from 2,100 pounds"). Both are read from the text, not from a parse: a word of
``anaphors`` (commodities.yaml) after a determiner points back to a drug of ``refer_to`` (of its
class: "the synthetic opioid" is no cocaine), the last its paragraph names, else the one the text
named most (the story's drug when the word opens a paragraph of its own); a weight or volume
with no item, in a sentence that seizes or finds, weighs the goods its sentence names last before
it (else the one drug named after it); packages with no goods hold the drug of their sentence.
The trade-off: an article that names two drugs equally often and refers back from a paragraph
naming neither gets the later one.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from pesquisa.extract.quantities._draft import MASS_OR_VOLUME, Draft
from pesquisa.extract.quantities._lexicon import commodity_key
from pesquisa.extract.quantities._scanner import Scanner

# packages that name their own contents after "de"/"of": "40 costales de sosa cáustica" hold no drug of the sentence
OTHER_CONTENTS = re.compile(r"\s+(?:de|of)\s+([a-z]+)")
# words after "de"/"of" that still lead to the sentence's drug: "1,860 paquetes de presunta cocaína"
# what stands between a word referring back and the weight it is given: "The drugs, which weighed", "La droga, que pesaba"
APPOSED = re.compile(r"\s*,?\s*(?:(?:which|that|que|la cual|el cual|los cuales|las cuales)\s+)?")
# the next figure of a list, not what packages hold: "300 pills and 2 kilos of cocaine", not "179 bultos con 4 toneladas"
LISTED_NEXT = re.compile(r"\s*(?:,|\s(?:y|e|and|plus|as well as|asi como))\s*(?:[a-z]+\s+){0,2}")
# between a figure of goods and the next, its noun left out: ", ", " y ", " (", "), ", ", and "
ELIDED_GAP = re.compile(r"[ \t]*(?:[,;(]|\)[ \t]*[,;]?)?[ \t]*(?:(?:y|e|and|or|o)[ \t]+)?")
HEDGES = ("presunt", "supuest", "probabl", "suspect", "alleged", "possibl")


class Refers(Scanner):
    """Items a quantity takes from the text before it."""

    def resolve_items(self, drafts: list[Draft]) -> None:
        """Sets the item of drafts that name their drug by referring back, or name no goods after a weighed figure."""
        for d in drafts:
            word = self.referring_word(d)
            if word is not None:
                drug = self.drug_named_before(d.start, self.lex.anaphors[" ".join(word.split())])
                if drug is not None:
                    d.commodity = drug
                    d.item = f"{drug} {d.packaging}" if d.packaging and not d.unit else drug
            elif d.item is None and d.unit in MASS_OR_VOLUME and (self.tells_seizure(d) or self.weighs_goods_before(d)):
                # "22 bundles of cocaine weighing a combined 55 pounds", "Fentanyl seizures ... to about
                # 6,000 pounds"; not "Fentanyl is 50 times more potent than heroin, and two milligrams can kill"
                d.commodity = self.drug_of_sentence(d, any_goods=True)
                d.item = d.commodity or d.item
            if d.item is None and d.unit in MASS_OR_VOLUME:
                d.commodity = self.drug_named_next(d)  # "The haul included 300 kilograms. Most of it was cocaine."
                d.item = d.commodity
            elif d.packaging and d.commodity is None and not self.names_other_contents(d):
                # "La droga estaba distribuida en 35 paquetes"; not "40 costales de sosa cáustica"
                owned = tuple((o.start, o.end) for o in drafts if o.start > d.end and o.commodity and
                              LISTED_NEXT.fullmatch(self.scan, d.end, o.start))
                d.commodity = self.drug_of_sentence(d, owned=owned) or self.drug_of_sentence_before(d)
                d.item = f"{d.commodity} {d.packaging}" if d.commodity else d.item
        self.read_elided_goods(drafts)

    def read_elided_goods(self, drafts: list[Draft]) -> None:
        """An adjective standing for the goods of the figure just before it names them: "un arma larga, dos cortas" and
        "Armas de fuego: 61 (38 largas y 23 cortas)" count short arms (``elided_modifiers``)."""
        for prev, d in itertools.pairwise(drafts):
            if d.commodity is None and prev.commodity and d.item_words in self.words("elided_modifiers") and \
                    ELIDED_GAP.fullmatch(self.scan, prev.end, d.start):
                d.commodity = d.item = prev.commodity

    def names_other_contents(self, d: Draft) -> bool:
        """True for packages that name what they hold, no drug: "40 costales de sosa cáustica"; not "500 paquetes de
        un kilo", "1,860 paquetes de presunta cocaína", "1,080 paquetes de aproximadamente un kilo"."""
        m = OTHER_CONTENTS.match(self.scan, d.end)
        # nor a size told with a hedge: "1,080 paquetes de aproximadamente un kilo", "packages of about one kilo each"
        hedged = m is not None and any(q.split()[0] == m.group(1) for q in self.words("qualifiers"))
        return m is not None and m.group(1) not in self.words("function_words") and not hedged and \
            m.group(1) not in self.lex.number_words[self.lang] and not m.group(1).startswith(HEDGES)

    def drug_named_next(self, d: Draft) -> str | None:
        """The drug named by the sentence after the quantity's when it opens by telling what the weight was
        ("Most of it was cocaine", "La mayor parte era cocaína"; ``contents_openers``), else None."""
        if d.sentence + 1 >= len(self.sentences):
            return None
        span = self.sentence_span(d.sentence + 1)
        opener = self.rx(r"[\s\"“«]*WORDS(?![a-z])", "contents_openers").match(self.scan, span.start, span.end)
        if opener is None:
            return None
        drugs = self.lex.anaphors["drug" if self.lang == "en" else "droga"]
        m = self.lex.commodity_re.search(self.scan, opener.end(), min(span.end, opener.end() + 40))
        drug = self.lex.commodities[commodity_key(m.group(1))] if m else None
        return drug if drug in drugs else None

    def weighs_goods_before(self, d: Draft) -> bool:
        """True for a weight told as what the goods before it weigh: "1.1 million fentanyl pills weighing about 240
        pounds", "126 paquetes con un peso de 150 kilos" (a bullet of a list need not seize them again)."""
        return self.rx(r"(?<![a-z])WORDS\s+(?:[a-z]+\s+){0,2}\Z", "weight_words").search(
            self.scan, max(0, d.start - 40), d.start) is not None

    def tells_seizure(self, d: Draft) -> bool:
        """True when the quantity's sentence seizes or finds something."""
        span = self.sentence_span(d.sentence)
        return any(self.rx("(?<![a-z0-9])WORDS", name).search(self.scan, span.start, span.end)
                   for name in ("seizure_triggers", "discovery_triggers"))

    def drug_of_sentence(self, d: Draft, *, any_goods: bool = False, owned: tuple[tuple[int, int], ...] = ()) -> str | None:
        """The drug the quantity's sentence names last before it (else the one it names after it), or the
        drug a word of the sentence refers back to; else None.

        "Seizures of methamphetamine fell to 13,255 pounds, and cocaine seizures rose 12% to 6,908
        pounds": each weight weighs the drug named before it; with ``any_goods``, any goods named
        before it ("10 millones de litros de diésel ... y 8 millones de litros"). A drug named after it inside the
        ``owned`` span of a later figure is that figure's: "300 pills and 2 kilos of cocaine" holds no cocaine pills.
        """
        span = self.sentence_span(d.sentence)
        lex = self.lex
        drugs = lex.anaphors["drug" if self.lang == "en" else "droga"]
        named = [(m.start(), lex.commodities[commodity_key(m.group(1))])
                 for m in lex.commodity_re.finditer(self.scan, span.start, span.end)
                 if not (m.start() > 0 and self.scan[m.start() - 1].isalnum())]
        before = [drug for pos, drug in named if pos < d.start and (any_goods or drug in drugs)]
        named = [(pos, drug) for pos, drug in named if drug in drugs]
        if not any_goods and len({drug for _, drug in named}) > 1:
            return None  # packages among "methamphetamines, cocaine and marijuana" hold none of them in particular
        after = {drug for pos, drug in named if pos >= d.start and not any(a <= pos < b for a, b in owned)}
        if before:
            return before[-1]
        if after:
            return after.pop() if len(after) == 1 else None
        m = lex.anaphor_re[self.lang].search(self.scan, span.start, span.end)
        if m is None or not self.ends_reference(m.end()):
            return None
        return self.drug_named_before(m.start(), lex.anaphors[" ".join(m.group(1).split())])

    def drug_of_sentence_before(self, d: Draft) -> str | None:
        """The one drug the sentence before names, for packages whose own sentence names none: "interceptó un
        semisumergible con 3.4 toneladas de cocaína (...). La embarcación transportaba 140 bultos"; else None."""
        own = self.sentence_span(d.sentence)
        before = next((n for n in range(d.sentence - 1, -1, -1) if not self.blank_sentence(n)), None)
        if before is None or self.lex.commodity_re.search(self.scan, own.start, own.end):
            return None  # a parse's blank "sentences" are stepped over; "20 bidones con 1,000 litros de precursores"
        if self.inspected(d):
            return None  # "officers processed 98,400 truck containers": the containers inspected, no drug's packages
        span, lex = self.sentence_span(before), self.lex
        drugs = lex.anaphors["drug" if self.lang == "en" else "droga"]
        named = {lex.commodities[commodity_key(m.group(1))] for m in lex.commodity_re.finditer(self.scan, span.start, span.end)
                 if not (m.start() > 0 and self.scan[m.start() - 1].isalnum())}
        return named.pop() if len(named) == 1 and named <= drugs else None

    def inspected(self, d: Draft) -> bool:
        """True when the clause inspects the packages, finding nothing after: "officers processed 98,400 truck
        containers"; not "revisaron el vehículo y localizaron 35 paquetes"."""
        m = self.rx("(?<![a-z])WORDS(?![a-z])", "inspection_verbs").search(self.scan, self.clause_span(d).start, d.start)
        return m is not None and not any(self.rx("(?<![a-z0-9])WORDS", name).search(self.scan, m.end(), d.start)
                                         for name in ("seizure_triggers", "discovery_triggers"))

    def referring_word(self, d: Draft) -> str | None:
        """The word naming goods by referring back, in the quantity or right after it (then taken in), or None."""
        if not (d.unit in MASS_OR_VOLUME or d.packaging or d.percent or d.commodity):
            return None
        pattern = self.lex.anaphor_re[self.lang]
        m = pattern.search(self.scan, d.start, d.end)
        if m is None and d.unit in MASS_OR_VOLUME and (apposed := self.anaphor_weighed(d)) is not None:
            d.weighs_referred = True
            return apposed  # "The drugs, which weighed about 680 kilograms", "La droga, unas 5 mil libras"
        if m is None:
            link = re.compile(r"\s+(?:(?:of|de)\s+)?").match(self.scan, d.end)
            m = pattern.match(self.scan, link.end()) if link else None
            if m is None or not self.ends_reference(m.end()):
                return None
            d.end = m.end()  # "1,2 millones de pastillas del opioide sintético"
            return m.group(1)
        return m.group(1) if self.ends_reference(m.end()) else None

    def anaphor_weighed(self, d: Draft) -> str | None:
        """The word referring back to goods whose weight the quantity gives in an apposition or with a weight verb:
        "The drugs, which weighed about 680 kilograms", "La droga, unas 5 mil libras según", "the drug weighed 40
        pounds"; else None."""
        window = max(self.sentence_span(d.sentence).start, d.start - 60)
        found = list(self.lex.anaphor_re[self.lang].finditer(self.scan, window, d.start))
        if not found:
            return None
        last = found[-1]
        apposed = APPOSED.match(self.scan, last.end())
        pos = apposed.end() if apposed else last.end()
        for name in ("weight_words", "qualifiers"):
            m = self.rx(r"WORDS\s+", name).match(self.scan, pos)
            pos = m.end() if m else pos
        return last.group(1) if pos == d.start else None

    def ends_reference(self, pos: int) -> bool:
        """False when a noun follows the word in English: "of the drug trade" names no drug."""
        if self.lang != "en":
            return True
        k = self.tok_at(pos)
        if k is None or self.starts[k] != pos + 1 or not self.toks[k].is_word:
            return True
        word = self.toks[k].text
        return word in self.words("function_words") or word in self.words("participles") or word.endswith(("ed", "ly"))

    def drug_named_before(self, pos: int, drugs: set[str]) -> str | None:
        """The drug of ``drugs`` a word at ``pos`` points back to: the last its paragraph names, else the one named most."""
        lex = self.lex
        named: list[tuple[int, str]] = []
        for m in lex.commodity_re.finditer(self.scan, 0, pos):
            canon = lex.commodities[commodity_key(m.group(1))]
            if canon in drugs and not (m.start() > 0 and self.scan[m.start() - 1].isalnum()):
                named.append((m.start(), canon))
        if not named:
            return None
        paragraph = self.text.rfind("\n", 0, pos) + 1
        if named[-1][0] >= paragraph:
            return named[-1][1]
        counts = Counter(drug for _, drug in named)
        return max(reversed(named), key=lambda n: counts[n[1]])[1]  # ties: the one named last
