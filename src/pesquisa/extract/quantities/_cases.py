"""Victims told by their crime. Crimes counted as cases: "174 casos de secuestro", "from 120 to 174 cases" after
"Kidnappings rose 45%". A count of cases of a crime against people is the crime's statistic, like "418 secuestros" or
"2,000 homicides", and so are complaints of it ("23 denuncias por el delito de secuestro", "las de secuestro se
mantuvieron en 3 casos"); cases of other matters ("3 cases of fraud") and investigation files ("carpetas de
investigación", counted by design) stay counts. And the people
a killing or abducting verb right before the figure took: "killing seven", "privó de la libertad a cuatro
trabajadores"."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._scanner import Scanner

# a change told in percent before the cases: "aumentaron 45 %, al pasar de 120 a 174 casos"
PERCENT_CHANGE = re.compile(r"\d\s*(?:%|por\s+ciento|percent|per\s+cent)(?![a-z])")


# victims counted before a bare count of cases in the sentence: "127 mil personas desaparecidas", "1,200 people killed"
VICTIMS_COUNTED = r"\d(?:[\d.,]*\d)?(?:\s+(?:mil|millones|thousand|million))?\s+(?:[a-z]+\s+){0,2}?(?<![a-z])WORDS(?![a-z])"

# the crime the cases were filed for, told before them: "Por el delito de secuestro se presentaron 7 denuncias"
CRIME_NAMED = (r"(?<![a-z])(?:por|for)\s+(?:(?:el|la|los|las|the)\s+)?"
               r"(?:(?:delito|delitos|crime|crimes)\s+(?:de\s+|of\s+)?)?WORDS(?![a-z])")

# the crime named right after the cases: "casos de secuestro", "denuncias por el delito de secuestro"
CRIME_AFTER = (r"\s+(?:de|del|por|of|for)\s+(?:(?:el|la|the)\s+)?"
               r"(?:(?:delito|delitos|crime|crimes)\s+(?:de\s+)?)?WORDS(?![a-z])")

# where a clause ends before the cases, so a crime told in an earlier one is not theirs
CLAUSE_BREAK = re.compile(r"[,;:]|(?<![a-z])(?:mientras que|while|whereas)(?![a-z])")


class Cases(Scanner):
    """Reads whether a count of cases counts a crime against people, and whether a killing verb took the people counted."""

    def taken_by_killing(self, d: Draft) -> bool:
        """True when a verb of killing, wounding or abducting ends right before the figure, "a" and a hedge between:
        "killing seven", "mataron a siete", "privó de la libertad a cuatro trabajadores"."""
        hedge = self.ends_with("qualifiers", d.start, window=30)
        return self.rx(r"(?<![a-z])WORDS\s+(?:a\s+)?(?:otr[oa]s\s+)?\Z", "death_words").search(
            self.scan, max(0, d.start - 30), hedge.start() if hedge else d.start) is not None

    def counts_crime_cases(self, d: Draft) -> bool:
        """True for cases of a crime against people: named after them ("174 casos de secuestro", "cases of kidnapping"),
        bare after victims counted in their sentence, or the subject of a change in percent before them ("Los secuestros
        aumentaron 45 %, al pasar de 120 a 174 casos")."""
        if d.head not in self.words("case_nouns"):
            return False
        if self.rx(CRIME_AFTER, "case_crimes").match(self.scan, d.end):
            return True  # "174 casos de secuestro", "23 denuncias por el delito de secuestro"
        sentence = self.sentence_span(d.sentence)
        if not re.match(r"\s+(?:de|del|of)\s", self.scan[d.end:]) and self.rx(VICTIMS_COUNTED, "death_words").search(
                self.scan, sentence.start, d.start):
            return True  # "127 mil personas desaparecidas, y en 2024 se sumaron 13 mil 500 casos": the victims' cases
        named = self.rx(CRIME_NAMED, "case_crimes").search(self.scan, sentence.start, d.start)
        if named is not None and not re.search(r"\d", self.scan[named.end():d.start]):
            return True  # "Por el delito de secuestro se presentaron 7 denuncias": the crime they were filed for
        clause = max([sentence.start, *(m.end() for m in CLAUSE_BREAK.finditer(self.scan, sentence.start, d.start))])
        told = self.rx("(?<![a-z])WORDS(?![a-z])", "case_crimes").search(self.scan, clause, d.start)
        if told is not None and not re.search(r"\d", self.scan[told.end():d.start]):
            return True  # "las de secuestro se mantuvieron en 3 casos": the crime of its clause
        crime = self.rx("(?<![a-z])WORDS(?![a-z])", "case_crimes").search(self.scan, sentence.start, d.start)
        return crime is not None and PERCENT_CHANGE.search(self.scan, crime.end(), d.start) is not None
