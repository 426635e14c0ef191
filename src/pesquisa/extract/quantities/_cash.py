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
from pesquisa.extract.quantities._scanner import Scanner

# nothing but a list's joiner between two sums: "1.5 MDD y 800 mil pesos", "$40,000, 300,000 pesos and"
LISTED = re.compile(r"\s*(?:,\s*(?:(?:y|e|and)\s+)?|\s(?:y|e|and)\s+)")

# an addition after goods seized, a hedge before the sum: ", además de 600 mil pesos", ", as well as about $600,000"
ADDED = re.compile(r"\s*,?\s*(?:adem[aá]s\s+de|as[ií]\s+como|junto\s+con|as\s+well\s+as|along\s+with|plus)\s+"
                   r"(?:[a-záéíóúñ]+\s+){0,2}")

# a sum's own words, then a list's joiner: " in drug proceeds and ", " en efectivo, "
SUM_WORDS_LISTED = re.compile(r"(?:\s+(?:in|en|de)(?:\s+[a-záéíóúñ.]+){1,3})?" + LISTED.pattern)


class CashLists(Scanner):
    """Reads sums listed before the cash seized as the same seizure."""

    def read_cash_listed_before(self, drafts: list[Draft]) -> None:
        """Makes money listed right before cash seized ("1.5 MDD y 800 mil pesos en efectivo"), or added right after
        goods seized ("12 fusiles, además de 600 mil pesos"), seized too."""
        listed: set[int] = set()  # sums made seized here: "$10,000, 2 millones de pesos y 5 mil euros en efectivo"
        for prev, d in reversed(list(itertools.pairwise(drafts))):
            if prev.currency and d.currency and prev.kind == "money" and d.kind == "seizure" and \
                    LISTED.fullmatch(self.scan, prev.end, d.start) and \
                    (id(d) in listed or self.rx(r"\s+WORDS", "cash_words").match(self.scan, d.end)):
                prev.kind = "seizure"
                listed.add(id(prev))
        for prev, d in itertools.pairwise(drafts):
            if prev.kind == "seizure" and d.currency and d.kind == "money" and prev.sentence == d.sentence and \
                    ADDED.fullmatch(self.scan, prev.end, d.start):
                d.kind = "seizure"  # "12 fusiles, además de 600 mil pesos"
        for prev, d, nxt in zip(drafts, drafts[1:], drafts[2:], strict=False):
            if d.currency and d.kind == "money" and prev.kind == nxt.kind == "seizure" and \
                    prev.sentence == d.sentence == nxt.sentence and LISTED.fullmatch(self.scan, prev.end, d.start) and \
                    self.listed_next(d, nxt):
                d.kind = "seizure"  # "110 pounds of fentanyl, $3.4 million in drug proceeds and 89 firearms"

    def listed_next(self, d: Draft, nxt: Draft) -> bool:
        """True when only the sum's own words ("in drug proceeds", "en efectivo") and a list's joiner part it from the
        next figure."""
        return SUM_WORDS_LISTED.fullmatch(self.scan, d.end, nxt.start) is not None
