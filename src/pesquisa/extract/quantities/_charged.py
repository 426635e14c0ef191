"""Goods a court case is about: "convicted for importing 52 kilograms of cocaine", "pleaded guilty to smuggling 40
pounds of meth", "sentenciado por transportar 200 kilos de metanfetamina". The load the defendant was caught with is the
seizure the case tells, not a count; a trafficking someone is only said to have done ("accused of moving tons over a
decade", "habría introducido") stays no seizure (see ``_potential``)."""

from __future__ import annotations

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._scanner import Scanner
from pesquisa.records import Span

# what may stand between the deed and the figure: a qualifier of a few words ("more than", "alrededor de")
DEED_THEN_FIGURE = r"(?<![a-z])WORDS\s+(?:[a-z]+\s+){0,3}\Z"


class Charged(Scanner):
    """Reads the goods of the deed a defendant is charged with, convicted or sentenced for."""

    def charged_with_goods(self, d: Draft, clause: Span) -> bool:
        """True when ``d`` is the object of a charged deed right before it in its clause ("for importing", "to
        smuggling", "with possession of", "por transportar")."""
        return self.rx(DEED_THEN_FIGURE, "charged_deeds").search(self.scan, max(clause.start, d.start - 90), d.start) is not None
