"""Phone numbers are no quantities: an emergency or tip-line number someone calls ("after a woman called 911", "dial
999", "a 911 call", "911 dispatchers", "reportaron al 911 detonaciones"), and the digit groups of a phone number
("the Garda Confidential Line on 1800 666 111"). Only the numbers of ``hotline_numbers`` are hotlines, and only bare,
before a noun of the call or after "al"/"to": "called 112 witnesses" counts witnesses."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._lexicon import words_pattern
from pesquisa.extract.quantities._scanner import Scanner

DIGITS = re.compile(r"\d{3}(?![\d]|[.,]\d)")
# a caller's word, then only fillers, commas and other hotline numbers up to the figure: "call 112 or 999"
CALLED = r"(?<![a-z0-9])(?:{callers})(?:[\s,]+(?:{fillers}|\d{{3}}))*[\s,]*\Z"
# three digit groups or more, spaced or hyphenated, an international prefix or an area code in brackets before them
PHONE = re.compile(r"(?<![\d.,])(?:\+\d{1,3}[\s.-]?)?(?:\(?\d{2,5}\)?[\s.-]){2,4}\d{2,5}(?![\d]|[.,]\d)")


@cache
def called_pattern(lang: str) -> re.Pattern[str]:
    """A caller's word ending a text, then only fillers, commas and hotline numbers."""
    callers = words_pattern("WORDS", "hotline_callers", lang).pattern
    fillers = words_pattern("WORDS", "hotline_fillers", lang).pattern
    return re.compile(CALLED.format(callers=callers, fillers=fillers))


def phone_groups(run: str) -> bool:
    """True when spaced digit groups are no number grouped in thousands: a group led by 0, a first group of four digits
    or more, a later group of other than three digits, or a prefix ("1800 666 111", "0800 555 111", "+52 55 5346 0000";
    not "1 200 300")."""
    groups = re.findall(r"\d+", run)
    return run.startswith(("+", "(")) or any(g.startswith("0") for g in groups) or len(groups[0]) > 3 or \
        any(len(g) != 3 for g in groups[1:])


class Hotlines(Scanner):
    """Tells a phone or hotline number from a count."""

    def is_phone_number(self, d: Draft) -> bool:
        """True for a figure inside a phone number or dialled as a hotline."""
        return self.dials_a_hotline(d) or self.in_phone_number(d)

    def in_phone_number(self, d: Draft) -> bool:
        """True for a figure among the digit groups of a phone number, no unit or money told with it."""
        if d.measured:
            return False
        line_start = self.scan.rfind("\n", 0, d.start) + 1
        return any(m.start() <= d.start < m.end() and phone_groups(m.group())
                   for m in PHONE.finditer(self.scan, max(line_start, d.start - 30), d.start + 30))

    def dials_a_hotline(self, d: Draft) -> bool:
        """True for an emergency or tip-line number told as one called: a caller's word before it or a noun of the call
        after it, and no other noun counted."""
        m = DIGITS.match(self.scan, d.start)
        if m is None or m.group() not in self.words("hotline_numbers") or d.measured or \
                self.ends_with("qualifiers", d.start, window=30):
            return False  # "more than 999 calls" counts calls
        noun_after = self.rx(r"[\s-]+WORDS(?![a-z])", "hotline_nouns").match(self.scan, m.end())
        if d.form != "bare" and noun_after is None and not self.ends_with("hotline_to", d.start, window=6):
            return False  # "called 112 witnesses", "911 migrants"; not "reportaron al 911 detonaciones"
        return noun_after is not None or self.called_before(d.start)

    def called_before(self, pos: int) -> bool:
        """True when a word that dials a number, or names the line dialled, ends right before ``pos``."""
        return called_pattern(self.lang).search(self.scan, max(0, pos - 60), pos) is not None
