"""A figure listed after cases of a crime, its noun left out and a crime of its own named after it: "23 complaints for
femicide and 410 for domestic violence", "1,240 denuncias por robo y 41 por secuestro". It is the statistic of its own
crime when that crime is against people (``case_crimes``), a count otherwise, whatever the figure before it was."""

from __future__ import annotations

import itertools
import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._seized_rows import SeizedRows

# the crime named after a figure: "410 for domestic violence", "41 por secuestro", "95 of burglary", "7 por el delito
# de robo"; the word after it, its first (not a pronoun nor an article: "5 of them", "12 de los 40")
OWN_CRIME = re.compile(r"[^\s]+(?:\s+(?:mil|thousand))?\s+(?:for|of|por|de|del)\s+(?:(?:el|la|the)\s+)?"
                       r"(?:(?:delito|delitos|crime|crimes)\s+(?:de\s+|of\s+)?)?"
                       r"(?!(?:them|those|these|which|whom|ellos|ellas|los|las|estos|estas|the|el|la)(?![a-z]))[a-z]")

# between the cases and the figure: the crime of the cases and a joiner ("denuncias| por robo y |41")
LISTED_AFTER_CRIME = re.compile(r"(?:\s+(?:for|of|por|de|del)\s+[a-z ]{1,40}?)?\s*(?:,|,?\s+(?:and|y|e))\s+")


class Crimes(SeizedRows):
    """Kinds, then the figures listed after cases of a crime read by the crime named after each."""

    def classify(self, drafts: list[Draft]) -> None:
        super().classify(drafts)
        for prev, d in itertools.pairwise(drafts):
            if self.names_own_crime(prev, d):
                crime = self.rx(r"\s+(?:for|of|por|de|del)\s+(?:(?:el|la|the)\s+)?(?:(?:delito|delitos|crime|crimes)\s+"
                                r"(?:de\s+|of\s+)?)?WORDS(?![a-z])", "case_crimes")
                d.kind = "statistic" if crime.match(self.scan, self.numeral_end(d)) else "count"
        for d in drafts:
            if d.form == "bare" and d.kind == "count" and not (d.percent or d.currency) and self.cases_told_before(d):
                d.kind = "statistic"  # "las denuncias por robo sumaron 1,876, y las de secuestro 48"

    def cases_told_before(self, d: Draft) -> bool:
        """True when the cases of a crime against people are told right before the bare figure ``d`` by a pronoun, after
        cases named earlier in its sentence: "las denuncias por narcomenudeo sumaron 1,876, y las de secuestro 48"."""
        sentence = self.sentence_span(d.sentence)
        told = self.rx(r"(?<![a-z])(?:las|los|those)\s+(?:de|del|por|for|of)\s+(?:(?:el|la|the)\s+)?(?:(?:delito|delitos|crime"
                       r"|crimes)\s+(?:de\s+|of\s+)?)?WORDS(?:\s+[a-z]+){0,2}?\s+\Z", "case_crimes").search(
            self.scan, sentence.start, d.start)
        return told is not None and self.rx(r"(?<![a-z])WORDS(?![a-z])", "case_nouns").search(
            self.scan, sentence.start, told.start()) is not None

    def names_own_crime(self, prev: Draft, d: Draft) -> bool:
        """True when ``d``, listed in the sentence of cases of a crime (``prev``) with its noun left out, names a crime
        of its own after it."""
        if prev.head not in self.words("case_nouns") or prev.sentence != d.sentence or d.percent or d.currency:
            return False
        if d.form not in ("bare", "elided") or (d.item is not None and d.item != prev.item):
            return False
        if not LISTED_AFTER_CRIME.fullmatch(self.scan, prev.end, d.start):
            return False
        return OWN_CRIME.match(self.scan, d.start) is not None

    def numeral_end(self, d: Draft) -> int:
        """Where the numeral of ``d`` ends: its first word, and a scale after it ("1,2 mil")."""
        m = re.compile(r"[^\s]+(?:\s+(?:mil|thousand))?").match(self.scan, d.start)
        return m.end() if m else d.end
