"""Goods that could be or are said to have been, not goods seized: "a lab capable of producing 100 kilos", "2 mg can
kill", and the trafficking a source alleges ("la organización habría introducido otras 15 toneladas", "the ring is
believed to have smuggled 10 tons"): told in the reporting conditional or by belief, it is no cargo anyone took,
unless an arrest or a seizure word stands between ("habrían sido detenidos con 40 kilos"). So is what a vessel, a truck
or a reactor can hold, up to the seizure told after it: in "inhabilitó 2 reactores con capacidad de 500 litros y aseguró
1.5 toneladas de metanfetamina" the tonnes were seized."""

from __future__ import annotations

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._scanner import Scanner
from pesquisa.records import Span

# the words that, standing between the allegation and the figure, make it goods taken after all
TAKEN = ("seizure_triggers", "discovery_triggers", "arrest_words", "destruction_triggers")


class Potential(Scanner):
    """Reads goods that could be, or are alleged, as no goods seized."""

    def is_potential(self, d: Draft, clause: Span) -> bool:
        """True for goods that could be, not goods that were: "a lab capable of producing 100 kilos", "2 mg can kill",
        "habría introducido 15 toneladas"."""
        if self.rx("(?<![a-z0-9])WORDS", "potential_words").search(self.scan, clause.start, d.start):
            return True
        if self.is_alleged(d, clause) or self.is_believed_trade(d, clause):
            return True
        return self.rx(r"\s+WORDS(?![a-z0-9])", "modal_after").match(self.scan, d.end) is not None

    def is_alleged(self, d: Draft, clause: Span) -> bool:
        """True when ``d`` is the object of an alleged deed in its clause ("habrían movido más de 10 toneladas", "is
        believed to have smuggled 5 tons") with no seizure, discovery or arrest word between the two."""
        said = list(self.rx(r"(?<![a-z])WORDS(?![a-z])", "alleged_words").finditer(self.scan, clause.start, d.start))
        if not said:
            return False
        between = Span(said[-1].end(), d.start)
        return not any(self.has_trigger(name, between) for name in TAKEN)

    def is_believed_trade(self, d: Draft, clause: Span) -> bool:
        """True for goods a belief or an allegation says were traded: "Investigators believe the group bought more than
        200 firearms", "creen que la red vendió 300 armas"; a trade verb right before ``d``, a belief verb before it in
        its clause, no seizure, discovery or arrest word before the figure in its clause."""
        said = list(self.rx(r"(?<![a-z])WORDS(?![a-z])", "belief_verbs").finditer(self.scan, clause.start, d.start))
        if not said or self.rx(r"(?<![a-z])WORDS\s+(?:[a-z]+\s+){0,3}\Z", "trade_verbs").search(
                self.scan, said[-1].end(), d.start) is None:
            return False
        before = Span(clause.start, d.start)  # not "were arrested after they allegedly smuggled 50 pounds"
        return not any(self.has_trigger(name, before) for name in TAKEN)

    def tells_capacity(self, d: Draft, clause: Span) -> bool:
        """True for what something can hold ("un buque con capacidad para 800 mil litros"): a capacity word before ``d``
        in its clause, with no seizure word between the two."""
        said = list(self.rx("(?<![a-z0-9])WORDS", "capacity_words").finditer(self.scan, clause.start, d.start))
        return bool(said) and not self.has_trigger("seizure_triggers", Span(said[-1].end(), d.start))
