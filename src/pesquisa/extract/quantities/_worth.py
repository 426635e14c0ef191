"""Money told as the value of goods: "$1.5 million worth of methamphetamine", "$9 million in fentanyl", "5 millones de
pesos en cocaína". The sum keeps its kind; the goods it is the value of are its item (cash is no goods valued: "$85,000 in
cash" stays as it reads). And British money told in words after a valuation or before a dollar conversion: "cocaine worth
an estimated 4 million pounds ($5 million)" is sterling, no weight."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._items import ARTICLE
from pesquisa.extract.quantities._lexicon import commodity_key
from pesquisa.extract.quantities._scanner import Scanner

WORTH_OF = re.compile(r"\s+(?:worth\s+of|in|en)\s+" + ARTICLE)
# a dollar conversion in brackets after the sum: "4 million pounds ($5 million)", "(about US$ 2.5m)"
DOLLARS_AFTER = re.compile(r"\s*\(\s*(?:[a-z]+\s+){0,2}?(?:us\s*)?\$")
STERLING = ("pound", "pounds")


class Worth(Scanner):
    """Names the goods a sum of money is the value of; reads British pounds told in words as money."""

    def read_sterling(self, drafts: list[Draft]) -> None:
        """Makes "pounds" sterling of a weight that names no goods and is a value ("worth an estimated 4 million pounds")
        or converted into dollars ("4 million pounds ($5 million)")."""
        for d in drafts:
            if self.lang != "en" or d.unit != "kg" or d.item is not None or (d.raw_unit or "").lower() not in STERLING:
                continue
            valued = self.rx(r"(?<![a-z0-9])WORDS(?:\s+[a-z]+){0,2}\s*\Z", "valuation_words").search(
                self.scan, max(0, d.start - 40), d.start)
            if valued or DOLLARS_AFTER.match(self.scan, d.end):
                d.currency, d.unit, d.value = "GBP", None, d.raw_value

    def read_worth_goods(self, drafts: list[Draft]) -> None:
        for d in drafts:
            if not d.currency or d.item is not None or d.percent:
                continue
            m = WORTH_OF.match(self.scan, d.end)
            g = self.lex.commodity_re.match(self.scan, m.end()) if m else None
            if g is None or self.scan[g.end():g.end() + 1].isalnum():
                continue
            commodity = self.lex.commodities[commodity_key(g.group(1))]
            if commodity != "cash":
                d.item = commodity
