"""Money told as the value of goods: "$1.5 million worth of methamphetamine", "$9 million in fentanyl", "5 millones de
pesos en cocaína". The sum keeps its kind; the goods it is the value of are its item (cash is no goods valued: "$85,000 in
cash" stays as it reads)."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._items import ARTICLE
from pesquisa.extract.quantities._lexicon import commodity_key
from pesquisa.extract.quantities._scanner import Scanner

WORTH_OF = re.compile(r"\s+(?:worth\s+of|in|en)\s+" + ARTICLE)


class Worth(Scanner):
    """Names the goods a sum of money is the value of."""

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
