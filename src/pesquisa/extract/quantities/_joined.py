"""A count of people joined by one more told without a numeral: "cuatro hombres y una mujer fueron detenidos", "4 men
and a woman were arrested" are five people arrested, one figure. Two numerals ("tres hombres y dos mujeres") stay two
figures; a noun of another kind after "y un" ("dos detenidos y un arma") is no one more."""

from __future__ import annotations

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._scanner import Scanner

# one word may stand before the noun: "and a police officer", "y un presunto sicario"
ONE_MORE = r"\s+(?:y|e|and)\s+(?:un|una|a|an|one)\s+(?:[a-z]+\s+)?WORDS(?![a-z])"


class Joined(Scanner):
    """Reads the one person added to a count of people by "and a" / "y un"."""

    def join_one_more(self, d: Draft) -> None:
        """Adds the one person after a count of people ("cuatro hombres y una mujer": 5) and takes in the words."""
        if d.form != "np" or d.head not in self.words("not_goods") or d.value != int(d.value) or d.value_max is not None:
            return
        m = self.rx(ONE_MORE, "one_more_people").match(self.scan, d.end)
        if m is None:
            return
        d.value += 1
        d.raw_value += 1
        d.end = m.end()
        if d.item:
            d.item += self.text[m.start():m.end()]  # "hombres y una mujer"
