"""The kind of each quantity: money, statistic, seizure or count, decided from its sentence."""

from __future__ import annotations

import itertools
import re

from pesquisa.extract.quantities._draft import MASS_OR_VOLUME, Draft
from pesquisa.extract.quantities._scanner import Scanner
from pesquisa.records import Span

# Clause breaks: commas (not inside "32,000"), semicolons, colons, brackets, dashes.
CLAUSE_BREAK = re.compile(r",(?!\d)|[;:(\n—–]|\s-\s")
LIST_GAPS = {",", "and", "y", "e", ", and", ", y", "or", "o", ";"}


class Kinds(Scanner):
    """The kind of each quantity: money, statistic, seizure or count, decided from its sentence."""

    def classify(self, drafts: list[Draft]) -> None:
        """Sets each draft's kind; a bare number listed right after a statistic shares it."""
        for d in drafts:
            d.kind = self.kind_of(d)
        for prev, d in itertools.pairwise(drafts):
            if d.kind == "count" and prev.kind == "statistic" and d.form in ("origin", "partitive", "bare") \
                    and prev.sentence == d.sentence and self.scan[prev.end:d.start].strip() in LIST_GAPS:
                d.kind = "statistic"  # "27 from Mexico, 14 from Honduras, seven from Guatemala"

    def kind_of(self, d: Draft) -> str:
        """money | statistic | seizure | count, in that order of precedence."""
        if d.currency:
            return "seizure" if self.is_cash_seized(d) else "money"
        if d.percent or d.times or d.rate:
            return "statistic"
        goods = d.unit in MASS_OR_VOLUME or d.commodity is not None or d.packaging is not None
        if not goods and (self.is_death_figure(d) or d.head in self.words("population_words")):
            return "statistic"
        clause = self.clause_span(d)
        if self.rx("(?<![a-z0-9])WORDS", "capacity_words").search(self.scan, clause.start, d.start):
            return "count"  # "un buque con capacidad para 800 mil litros": what it can hold, not what was seized
        sentence = self.sentence_span(d.sentence)
        outside = self.outside_item(d, sentence)
        if goods and any(self.has_trigger(name, s) for name in ("seizure_triggers", "discovery_triggers") for s in outside):
            return "seizure"
        if (d.commodity is not None or d.unit in MASS_OR_VOLUME) and self.seizure_told_before(d):
            return "seizure"  # "aseguraron un semisumergible. (...) transportaba 179 bultos de cocaína"
        if self.is_seizable(d) and any(self.has_trigger("seizure_triggers", s) for s in self.outside_item(d, clause)):
            return "seizure"  # "seized 14 vehicles": other things, when their own clause says so
        return "count"

    def outside_item(self, d: Draft, span: Span) -> list[Span]:
        """``span`` without the quantity itself: "dos patrullas interceptoras" triggers nothing by its own words."""
        return [Span(span.start, max(span.start, d.start)), Span(min(span.end, d.end), span.end)]

    def seizure_told_before(self, d: Draft, *, sentences: int = 2) -> bool:
        """True when one of the ``sentences`` before the quantity's own reports a seizure (for drugs, arms, fuel).

        News tells the seizure once and the cargo after it ("Semar aseguró una embarcación
        ... La embarcación transportaba 179 bultos de cocaína"); goods counted right after
        such a sentence are what was seized.
        """
        first = max(0, d.sentence - sentences)
        return any(self.has_trigger("seizure_triggers", self.sentence_span(i)) for i in range(first, d.sentence))

    def is_cash_seized(self, d: Draft) -> bool:
        """True for money seized: "seized about $5 million", "netted $5 million in cash"; not "valued at $13 million"."""
        clause = self.clause_span(d)
        before = Span(clause.start, d.start)
        if self.rx("(?<![a-z0-9])WORDS", "valuation_words").search(self.scan, before.start, before.end):
            return False
        cash = self.rx(r"\s+WORDS", "cash_words").match(self.scan, d.end) is not None
        if cash and self.has_trigger("seizure_triggers", self.sentence_span(d.sentence)):
            return True
        return self.has_trigger("seizure_triggers", before)

    def clause_span(self, d: Draft) -> Span:
        """The clause around a quantity: its sentence cut at commas, semicolons, colons and dashes."""
        span = self.sentence_span(d.sentence)
        breaks = list(CLAUSE_BREAK.finditer(self.scan, span.start, d.start))
        after = CLAUSE_BREAK.search(self.scan, d.end, span.end)
        return Span(breaks[-1].end() if breaks else span.start, after.start() if after else span.end)

    def is_death_figure(self, d: Draft) -> bool:
        """True for deaths and victims: named in the item, right after it, or before it in its clause.

        A counted noun needs the death word close by ("the deaths of 53 migrants"), a bare
        number only in its clause ("Deaths ... rose from 69,000"): "3 bodies found near
        the whereabouts of 3 missing surfers" counts surfers.
        """
        if self.rx("WORDS", "death_words").search(d.item_words):
            return True
        after = r"\s+(?:were\s+|was\s+|have\s+|had\s+|fueron\s+|han\s+|habian\s+)?WORDS"
        if self.rx(after, "death_words").match(self.scan, d.end):
            return True
        relative = r",?\s+(?:que|quienes|who|that)\s[^.;:,()]{0,80}?(?<![a-z0-9])WORDS"
        if d.form == "np" and self.rx(relative, "death_words").match(self.scan, d.end):
            return True  # "dos mujeres que ... han sido asesinadas", "30 personas que han encontrado la muerte"
        clause = self.scan[self.clause_span(d).start:d.start]
        if d.form == "np":  # "people died and 35 suspects were held": the suspects did not die
            clause = " ".join(re.split(r"\s(?:and|y|e)\s", clause)[-1].split()[-3:])
        return self.rx("WORDS", "death_words").search(clause) is not None

    def has_trigger(self, name: str, span: Span) -> bool:
        """True when ``span`` holds a trigger word; a seizure verb must be no "aseguró que" ("stated that")."""
        not_before = self.words("not_before") if name == "seizure_triggers" else set()
        for m in self.rx("(?<![a-z0-9])WORDS", name).finditer(self.scan, span.start, span.end):
            following = re.findall(r"[a-z0-9]+", self.scan[m.end():min(span.end, m.end() + 40)])[:4]
            cut = next((n for n, w in enumerate(following) if w[0].isdigit() or w in not_before), None)
            objects = self.words("object_articles")
            if cut is not None and following[cut] in not_before and (cut == 0 or following[cut - 1] != "lo") \
                    and not any(w in objects for w in following[:cut]):
                continue  # "aseguró que", "aseguró este martes que"; not "asegurado en lo que va del año",
                # nor "interceptaron un semisumergible que transportaba"
            return True
        return False

    def is_seizable(self, d: Draft) -> bool:
        """True for a counted noun that is no person, group, event, victim or population."""
        if d.form != "np" or not d.head:
            return False
        if d.head in self.words("not_goods") or d.head in self.words("population_words"):
            return False
        if self.rx("WORDS", "seizure_triggers").fullmatch(d.head):
            return False  # "dos decomisos", "three seizures": the events, not the goods
        return not self.rx("WORDS", "death_words").fullmatch(d.head)
