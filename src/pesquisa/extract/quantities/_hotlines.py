"""Emergency and tip-line numbers: a number someone calls is no quantity ("after a woman called 911", "dial 999", "a 911
call", "911 dispatchers", "al número de emergencias 911"). Only the numbers of ``hotline_numbers``, and only bare or
before a noun of the call: "called 112 witnesses" counts witnesses."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._lexicon import words_pattern
from pesquisa.extract.quantities._scanner import Scanner

DIGITS = re.compile(r"\d{3}(?![\d]|[.,]\d)")
# a caller's word, then only fillers, commas and other hotline numbers up to the figure: "call 112 or 999"
CALLED = r"(?<![a-z0-9])(?:{callers})(?:[\s,]+(?:{fillers}|\d{{3}}))*[\s,]*\Z"


@cache
def called_pattern(lang: str) -> re.Pattern[str]:
    """A caller's word ending a text, then only fillers, commas and hotline numbers."""
    callers = words_pattern("WORDS", "hotline_callers", lang).pattern
    fillers = words_pattern("WORDS", "hotline_fillers", lang).pattern
    return re.compile(CALLED.format(callers=callers, fillers=fillers))


class Hotlines(Scanner):
    """Tells a hotline number from a count."""

    def dials_a_hotline(self, d: Draft) -> bool:
        """True for an emergency or tip-line number told as one called: a caller's word before it or a noun of the call
        after it, and no other noun counted."""
        m = DIGITS.match(self.scan, d.start)
        if m is None or m.group() not in self.words("hotline_numbers") or d.measured or \
                self.ends_with("qualifiers", d.start, window=30):
            return False  # "more than 999 calls" counts calls
        noun_after = self.rx(r"[\s-]+WORDS(?![a-z])", "hotline_nouns").match(self.scan, m.end())
        if d.form != "bare" and noun_after is None:
            return False  # "called 112 witnesses", "911 migrants"
        return noun_after is not None or self.called_before(d.start)

    def called_before(self, pos: int) -> bool:
        """True when a word that dials a number, or names the line dialled, ends right before ``pos``."""
        return called_pattern(self.lang).search(self.scan, max(0, pos - 60), pos) is not None
