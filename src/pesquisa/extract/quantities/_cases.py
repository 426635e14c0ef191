"""Crimes counted as cases: "174 casos de secuestro", "from 120 to 174 cases" after "Kidnappings rose 45%". A count
of cases of a crime against people is the crime's statistic, like "418 secuestros" or "2,000 homicides"; cases of
other matters ("3 cases of fraud", "carpetas de investigación") stay counts."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._scanner import Scanner

# a change told in percent before the cases: "aumentaron 45 %, al pasar de 120 a 174 casos"
PERCENT_CHANGE = re.compile(r"\d\s*(?:%|por\s+ciento|percent|per\s+cent)(?![a-z])")


class Cases(Scanner):
    """Reads whether a count of cases counts a crime against people."""

    def counts_crime_cases(self, d: Draft) -> bool:
        """True for cases of a crime against people: named after them ("174 casos de secuestro", "cases of kidnapping")
        or the subject of a change in percent before them ("Los secuestros aumentaron 45 %, al pasar de 120 a 174
        casos")."""
        if d.head not in self.words("case_nouns"):
            return False
        if self.rx(r"\s+(?:de|del|of)\s+(?:(?:el|la|the)\s+)?WORDS(?![a-z])", "case_crimes").match(self.scan, d.end):
            return True
        sentence = self.sentence_span(d.sentence)
        crime = self.rx("(?<![a-z])WORDS(?![a-z])", "case_crimes").search(self.scan, sentence.start, d.start)
        return crime is not None and PERCENT_CHANGE.search(self.scan, crime.end(), d.start) is not None
