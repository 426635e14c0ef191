"""Figures listed before one unit: "1,900 and 640 pounds of fentanyl", "2 mil y 850 kilos de cocaína". Each figure of
the list is a weight in that unit, of the goods named after it; with "respectively" ("of fentanyl and meth,
respectively") the n-th figure weighs the n-th goods. Figures listed before a percent are percents: "rose 1.5 and 2
percent"."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import MASS_OR_VOLUME, Draft
from pesquisa.extract.quantities._items import ARTICLE
from pesquisa.extract.quantities._lexicon import commodity_key
from pesquisa.extract.quantities._scanner import LISTED, Scanner

NEXT_GOODS = re.compile(r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s(?:and|y|e)\s+)" + ARTICLE)


class Respective(Scanner):
    """Gives the figures listed before a weight that weight's unit and, told "respectively", their own goods."""

    def share_units(self, drafts: list[Draft]) -> None:
        i = 0
        while i < len(drafts):
            first = i
            while i + 1 < len(drafts) and self.bare(drafts[i]) and drafts[i + 1].sentence == drafts[i].sentence and \
                    LISTED.fullmatch(self.scan, drafts[i].end, drafts[i + 1].start):
                i += 1
            if i > first and drafts[i].unit in MASS_OR_VOLUME and drafts[i].value_max is None:
                self.give_unit(drafts[first:i], drafts[i])
            elif i > first and drafts[i].percent and drafts[i].value_max is None:
                for d in drafts[first:i]:  # "rose 1.5 and 2 percent", "bajó 8 y 11 por ciento": each one a percent
                    d.percent, d.unit, d.raw_unit = True, drafts[i].unit, drafts[i].raw_unit
            i += 1

    def bare(self, d: Draft) -> bool:
        return d.form == "bare" and not d.measured and d.item is None and d.value_max is None

    def give_unit(self, listed: list[Draft], measure: Draft) -> None:
        factor = measure.value / measure.raw_value if measure.raw_value else 1.0
        for d in listed:
            d.value, d.unit, d.raw_unit, d.form = d.raw_value * factor, measure.unit, measure.raw_unit, "measure"
            d.commodity, d.item = measure.commodity, measure.commodity or measure.item
        goods = self.goods_listed(measure) if measure.commodity else []
        if len(goods) == len(listed) + 1:
            for d, commodity in zip([*listed, measure], goods, strict=True):
                d.commodity = d.item = commodity

    def goods_listed(self, measure: Draft) -> list[str]:
        """The goods named after the weight, one per figure, when the sentence says "respectively"; else none."""
        goods, pos = [measure.commodity or ""], measure.end
        while (m := NEXT_GOODS.match(self.scan, pos)) and (g := self.lex.commodity_re.match(self.scan, m.end())):
            goods.append(self.lex.commodities[commodity_key(g.group(1))])
            pos = g.end()
        sentence = self.sentence_span(measure.sentence)
        told = self.rx(r"(?<![a-z])WORDS(?![a-z])", "respectively_words").search(self.scan, pos, sentence.end)
        return goods if told else []
