"""A figure counting a part of the one before it ("87 víctimas, entre ellas 12 menores", "left 19 dead, including four
police officers", "seized 14 vehicles, seven of them armored", "de ellas, 1,210 fueron mujeres"), or telling the same
money in another currency ("3 million pesos ($160,000)", "450 mil dólares, unos 8.2 millones de pesos"), and a group
named by its crime, whose members are no victims ("a kidnapping ring")."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._rows import RESTATED, SeizedLists

# a figure told of the people counted before it: "; de ellas, 1,210 fueron mujeres", "of them, 120 were women"
OF_THEM = re.compile(r"(?:de\s+(?:ellas|ellos|las\s+cuales|los\s+cuales)|of\s+(?:them|whom)|among\s+them)\s*,?\s*\Z")
# the state a count of victims was left in, told after it: "19 dead", "19 people wounded", "11 muertos"
STATE_AFTER = r"(?:\s+[a-z]+)?\s+WORDS(?=\s*,)"


class Subsets(SeizedLists):
    """Reads whether a figure counts a part of the figure before it, converts its money or names a crime's group."""

    def converts_money(self, prev: Draft, d: Draft) -> bool:
        """True when the money ``d`` tells ``prev`` in another currency: in brackets ("3 million pesos ($160,000)", "(about
        £31,000)"), after "or" / "es decir" ("2,300 millones de pesos, es decir, unos 125 millones de dólares") or after a
        comma and a hedge ("450 mil dólares no declarados, unos 8.2 millones de pesos"); not a list of sums ("2 millones
        de pesos, 150 mil dólares y 30 mil euros")."""
        hedge = self.ends_with("qualifiers", d.start, window=30)
        if re.fullmatch(r"\s*\(\s*", self.scan[prev.end:hedge.start() if hedge else d.start]):
            return True  # a hedge inside the bracket too: "$40,000 (about £31,000)", "40 mil dólares (unos 680 mil pesos)"
        if prev.currency == d.currency or prev.sentence != d.sentence:
            return False
        gap = self.scan[prev.end:hedge.start() if hedge else d.start]
        return RESTATED.fullmatch(gap) is not None or \
            (hedge is not None and re.fullmatch(r"(?:\s+[a-z]+){0,3}\s*,\s*", gap) is not None)

    def opens_subset(self, prev: Draft, d: Draft) -> bool:
        """True when ``d`` counts a part of ``prev``, in its sentence after "including" / "entre ellos"."""
        if prev.sentence != d.sentence:
            return False
        if d.form == "partitive" and re.fullmatch(r"(?:\s+(?:en|in)\s+[^\d,;:.()]{1,30})?\s*,\s*", self.scan[prev.end:d.start]):
            return True  # "seized 14 vehicles, seven of them armored", "23 homicidios en Guanajuato, 11 de ellos en Celaya"
        end = prev.end  # "left 19 dead, including four officers", "dejó 11 muertos, entre ellos dos policías"
        told = self.rx(STATE_AFTER, "death_words").match(self.scan, end) if prev.kind == "statistic" else None
        return self.rx(r"(?:\s+(?:de|del|of)\s+[a-z]+)?\s*,?\s*WORDS\s*\Z", "subset_openers").fullmatch(
            self.scan, told.end() if told else end, d.start) is not None  # "87 víctimas de trata, entre ellas 12 menores"

    def read_victims_parts(self, drafts: list[Draft]) -> None:
        """Makes a bare figure told of the victims counted before it in its sentence a statistic: "5 mil 420 víctimas,
        9.3% más que en 2024; de ellas, 1,210 fueron mujeres", "420 people were killed; of them, 120 were women" (a
        percentage between them is stepped over)."""
        for n, d in enumerate(drafts):
            if d.kind != "count" or d.form != "bare" or not OF_THEM.search(self.scan, max(0, d.start - 30), d.start):
                continue
            before = [p for p in drafts[:n] if p.sentence == d.sentence and not p.percent]
            if before and before[-1].kind == "statistic" and before[-1].form == "np":
                d.kind = "statistic"

    def names_crime_group(self, start: int, end: int) -> bool:
        """True when the death word ending at ``end`` names a group by its crime: "a kidnapping ring", "una banda de
        secuestro" (their members are no victims; "members of a group were killed" are)."""
        return bool(self.rx(r"\s+WORDS(?![a-z])", "crime_groups").match(self.scan, end) or
                    self.rx(r"(?<![a-z])WORDS\s+(?:de|del)\s+[a-z]+\Z", "crime_groups").search(self.scan, start, end))
