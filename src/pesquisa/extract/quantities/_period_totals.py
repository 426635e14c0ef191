"""An authority's total over a period, a statistic: the records it opened ("durante 2025 se abrieron 1,245 carpetas de
investigación", "en el mismo periodo se localizaron 87 fosas") and the arrests it made ("In fiscal year 2025 agents made
4,300 arrests", "en 2025 las fuerzas federales detuvieron a 1.830 personas"). One arrest or one file told of an event
stays a count: "Fueron detenidas siete personas", "la fiscalía abrió una carpeta de investigación"."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import MASS_OR_VOLUME, Draft
from pesquisa.extract.quantities._scanner import Scanner
from pesquisa.records import Span

# a year the total was made in: "en 2025", "in fiscal year 2024", "durante 2025", "since 2018", "de 2025"
YEAR_SPAN = re.compile(r"(?<![a-z])(?:en|in|durante|during|since|desde|del|de|for|fy)\s+(?:(?:fiscal\s+(?:year\s+)?)|"
                       r"(?:el\s+(?:ano\s+)?))?(?:19|20)\d\d(?![0-9])")


class PeriodTotals(Scanner):
    """Reads whether a count of records or arrests is an authority's total over a period."""

    def is_period_total(self, d: Draft) -> bool:
        """True for records or people arrested counted over a period named in the sentence."""
        if d.form != "np" or not d.head or d.value < 2:
            return False
        records = d.head in self.words("record_nouns") or \
            (d.item is not None and self.rx("WORDS", "record_nouns").fullmatch(d.item) is not None)
        people = self.words("people_nouns") | self.words("group_nouns") | self.words("arrested_nouns")
        arrested = not records and (d.head in people or d.item_words in people) and \
            self.rx(r"(?<![a-z])WORDS\s+(?:[a-z]+\s+){0,1}\Z", "arrest_verbs_before").search(
                self.scan, max(0, d.start - 40), d.start) is not None
        if not (records or arrested):
            return False
        return self.names_period(d)

    def names_period(self, d: Draft) -> bool:
        """True when the sentence of ``d`` names a year or a period a total spans ("en 2025", "en lo que va del año")."""
        sentence = self.sentence_span(d.sentence)
        if self.rx(r"(?<![a-z])(?:since|desde)\s+(?:el\s+)?(?:\d{1,2}\s+de\s+)?WORDS(?![a-z])", "months").search(
                self.scan, sentence.start, sentence.end):
            return True  # "since January", "desde enero", "desde el 1 de enero"
        return YEAR_SPAN.search(self.scan, sentence.start, sentence.end) is not None or \
            self.rx("(?<![a-z])WORDS(?![a-z])", "total_periods").search(self.scan, sentence.start, sentence.end) is not None

    def is_production_total(self, d: Draft, clause: Span) -> bool:
        """True for a weight of drugs produced over a period: "Colombia produced 2,664 tons of cocaine in 2023"."""
        return d.unit in MASS_OR_VOLUME and \
            self.rx("(?<![a-z])WORDS(?![a-z])", "production_words").search(self.scan, clause.start, d.start) is not None and \
            not self.has_trigger("seizure_triggers", clause) and self.names_period(d)
