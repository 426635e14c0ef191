"""The figure a valuation word prices: "valued at $13 million" prices the sum right after it, not the cash listed after
that sum. In "heroin worth $290,000 and $12,000 in cash", "heroína valuada en 2 millones de pesos y 300 mil pesos en
efectivo" the second sum is cash seized, and the first stays the goods' value even when listed before cash."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._lexicon import commodity_key
from pesquisa.extract.quantities._scanner import Scanner
from pesquisa.records import Span

DIGIT = re.compile(r"\d")
# what may stand between a valuation word and the sum it prices: "worth about", "valued at more than", "con un valor de"
PRICED_GAP = 30
# goods, then "por" and the sum they are worth: "decomisan cocaína por Q2 mil millones", "aseguran mercancía apócrifa
# por más de 3 millones de pesos" (at most one word between the goods and "por")
FOR_SUM = re.compile(r"(?:\s+[a-z]+)?\s+por\s+(?:(?:mas\s+de|menos\s+de|unos|unas|cerca\s+de|casi|alrededor\s+de)\s+)?")
WORD_START = re.compile(r"(?<![a-z0-9])(?=[a-z])")


class Valued(Scanner):
    """Reads which sum a valuation word prices."""

    def priced_by_word(self, d: Draft, before: Span) -> bool:
        """True when a valuation word in ``before`` prices ``d``: no other figure stands between them, or ``d`` is no
        cash ("valued at $2 million and $3 million" prices both; "worth $290,000 and $12,000 in cash" only the first)."""
        words = list(self.rx("(?<![a-z0-9])WORDS", "valuation_words").finditer(self.scan, before.start, before.end))
        if not words:
            return False
        if DIGIT.search(self.scan, words[-1].end(), d.start) is None:
            return True
        return self.rx(r"(?:\s*\([^()]{1,40}\))?\s+WORDS", "cash_words").match(self.scan, d.end) is None

    def prices_goods(self, d: Draft) -> bool:
        """True when a valuation word ends right before the sum ``d`` ("worth $290,000", "valuados en 2 millones"):
        the goods' value, no cash."""
        start = max(self.clause_span(d).start, d.start - PRICED_GAP)
        words = list(self.rx("(?<![a-z0-9])WORDS", "valuation_words").finditer(self.scan, start, d.start))
        return bool(words) and re.fullmatch(r"[a-z\s]*", self.scan[words[-1].end():d.start]) is not None

    def goods_for_sum(self, d: Draft) -> bool:
        """True for a Spanish sum told after goods other than cash and "por": "decomisa cocaína por Q2 mil millones" is
        what the cocaine is worth, no cash seized ("aseguran 2 millones de pesos por lavado" names no goods)."""
        start = max(self.clause_span(d).start, d.start - 2 * PRICED_GAP)
        for w in WORD_START.finditer(self.scan, start, d.start):
            m = self.lex.commodity_re.match(self.scan, w.start())
            if m and FOR_SUM.fullmatch(self.scan, m.end(), d.start):
                return self.lex.commodities[commodity_key(m.group(1))] != "cash"
        return False
