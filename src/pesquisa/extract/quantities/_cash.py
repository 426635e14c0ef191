"""Money listed with goods seized. Before cash seized: "se hallaron 1.5 MDD y 800 mil pesos en efectivo", "found $40,000
and 300,000 pesos in cash": the cash words after the last sum tell what all the sums listed before it were; a sum told
on its own ("la red lavó 5 millones de dólares y se aseguraron 800 mil pesos en efectivo") stays money. And added after
goods seized: "aseguraron 12 fusiles y 2 mil 500 cartuchos, además de 600 mil pesos", "seized 12 rifles, as well as
$600,000". And between two goods seized in one list: "110 pounds of fentanyl, $3.4 million in drug proceeds and 89
firearms"."""

from __future__ import annotations

import itertools
import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._valued import Valued

DIGIT_RE = re.compile(r"\d")
# nothing but a list's joiner between two sums: "1.5 MDD y 800 mil pesos", "$40,000, 300,000 pesos and"
LISTED = re.compile(r"\s*(?:,\s*(?:(?:y|e|and)\s+)?|\s(?:y|e|and)\s+)")

# the goods' word a headline leaves bare after the weight, then a list's joiner: "88 kg ganja, "
GOODS_LISTED = re.compile(r"(?:\s+[a-z]+)?" + LISTED.pattern)

# an addition after goods seized, a hedge before the sum: ", además de 600 mil pesos", ", as well as about $600,000"
ADDED = re.compile(r"\s*,?\s*(?:adem[aá]s\s+de|as[ií]\s+como|junto\s+con|as\s+well\s+as|along\s+with|plus)\s+"
                   r"(?:[a-záéíóúñ]+\s+){0,2}")

# a sum's own words, then a list's joiner: " in drug proceeds and ", " en efectivo, "
SUM_WORDS_LISTED = re.compile(r"(?:\s+(?:in|en|de)(?:\s+[a-záéíóúñ.]+){1,3})?" + LISTED.pattern)


class CashLists(Valued):
    """Reads sums listed before the cash seized as the same seizure."""

    def read_cash_listed_before(self, drafts: list[Draft]) -> None:
        """Makes money listed right before cash seized ("1.5 MDD y 800 mil pesos en efectivo"), or added right after
        goods seized ("12 fusiles, además de 600 mil pesos"), seized too."""
        listed: set[int] = set()  # sums made seized here: "$10,000, 2 millones de pesos y 5 mil euros en efectivo"
        for prev, d in reversed(list(itertools.pairwise(drafts))):
            if prev.currency and d.currency and prev.kind == "money" and d.kind == "seizure" and \
                    LISTED.fullmatch(self.scan, prev.end, d.start) and not self.prices_goods(prev) and \
                    (id(d) in listed or self.rx(r"\s+WORDS", "cash_words").match(self.scan, d.end)):
                prev.kind = "seizure"
                listed.add(id(prev))
        for prev, d in itertools.pairwise(drafts):
            if prev.kind == "seizure" and d.currency and d.kind == "money" and prev.sentence == d.sentence and \
                    ADDED.fullmatch(self.scan, prev.end, d.start):
                d.kind = "seizure"  # "12 fusiles, además de 600 mil pesos"
        for i, (prev, d) in enumerate(itertools.pairwise(drafts), start=1):
            if d.currency and d.kind == "money" and prev.kind == "seizure" and prev.sentence == d.sentence and \
                    LISTED.fullmatch(self.scan, prev.end, d.start):
                self.read_sums_between_goods(drafts, i)
            if d.currency and d.kind == "money" and prev.kind == "seizure" and prev.sentence == d.sentence and \
                    GOODS_LISTED.fullmatch(self.scan, prev.end, d.start) and \
                    self.ends_seized_list(prev, d, drafts[i + 1] if i + 1 < len(drafts) else None):
                d.kind = "seizure"  # "NCB seizes 88 kg ganja, Rs 12 lakh": the sum the seizure verb took last

    def ends_seized_list(self, prev: Draft, d: Draft, nxt: Draft | None) -> bool:
        """True for a sum that ends a list of goods a seizure verb opens, with no valuation word in the list: "seizes 88
        kg ganja, Rs 12 lakh", "aseguraron 40 kilos de cocaína y 2 millones de pesos" (not "worth Rs 12 lakh")."""
        if nxt is not None and nxt.sentence == d.sentence and self.listed_next(d, nxt):
            return False  # the list goes on past the sum
        clause = self.clause_span(prev)
        verbs = list(self.rx("(?<![a-z0-9])WORDS", "seizure_triggers").finditer(self.scan, clause.start, prev.start))
        if not verbs or DIGIT_RE.search(self.scan, verbs[-1].end(), prev.start):
            return False  # the verb takes the first figure of the list
        return self.rx("(?<![a-z0-9])WORDS", "valuation_words").search(self.scan, verbs[-1].end(), d.start) is None

    def cash_apposed(self, d: Draft) -> bool:
        """True for a sum apposed to the cash named right before it: "A quantity of cash, €12,000, was also seized"."""
        return self.rx(r"(?<![a-z])WORDS\s*[,:(]\s*(?:[a-z]+\s+)?\Z", "cash_nouns").search(
            self.scan, max(0, d.start - 40), d.start) is not None

    def read_sums_between_goods(self, drafts: list[Draft], first: int) -> None:
        """Makes the sums listed from ``first`` seized when goods seized follow them in the list: "110 pounds of
        fentanyl, $3.4 million in drug proceeds and 89 firearms", "150 kilos, 1.2 millones de dólares, 400 mil pesos y
        9 armas"."""
        last = first
        while last + 1 < len(drafts) and drafts[last].currency and drafts[last].kind == "money" and \
                drafts[last + 1].sentence == drafts[first].sentence and self.listed_next(drafts[last], drafts[last + 1]):
            last += 1
        if last > first and drafts[last].kind == "seizure" and not drafts[last].currency:
            for d in drafts[first:last]:
                d.kind = "seizure"

    def listed_next(self, d: Draft, nxt: Draft) -> bool:
        """True when only the sum's own words ("in drug proceeds", "en efectivo") and a list's joiner part it from the
        next figure."""
        return SUM_WORDS_LISTED.fullmatch(self.scan, d.end, nxt.start) is not None
