"""Points of a change told without "percentage": "the rate dropped 3.1 points", "subió 3 puntos", "1.7 puntos menos que
el mes previo", "a 2-point drop". Beside a change they are percentage points, a statistic; "10 points" of a plan and
"puntos de revisión" stay what they are."""

from __future__ import annotations

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._scanner import Scanner

CHANGES = ("fall_words", "rise_words")
# a change word before the figure (not the "menos" of "al menos 3 puntos", "por lo menos"), and what may stand between
# them: "dropped by 3 points", "cayó en 12 puntos", "una caída de casi 3 puntos", "subió otros 2 puntos"
BEFORE = (r"(?<![a-z0-9])(?<!\bal\s)(?<!\blo\s)WORDS"
          r"(?:\s+(?:by|of|de|en|some|about|nearly|almost|another|casi|unos|otros|alrededor\s+de|cerca\s+de))*\s*\Z")


class Points(Scanner):
    """Reads a bare "points" / "puntos" after a figure as percentage points where a change tells it."""

    def read_percent(self, d: Draft, pos: int) -> bool:
        """Sets ``d`` to a percent or percentage points written after it at ``pos`` and returns True, else False."""
        for pattern, unit in ((self.lex.percent_re[self.lang], "%"), (self.lex.points_re[self.lang], "pp")):
            m = pattern.match(self.scan, pos)
            if m:
                d.percent, d.unit, d.raw_unit, d.end = True, unit, self.text[m.start(1):m.end(1)], m.end()
                return True
        return self.read_change_points(d, pos)

    def read_change_points(self, d: Draft, pos: int) -> bool:
        """Sets ``d`` to percentage points and returns True when "points" after it tells the size of a change."""
        m = self.rx(r"(?:\s+|-)(WORDS)(?![a-z0-9-])", "change_points").match(self.scan, pos)
        if m is None or self.rx(r"\s+WORDS(?![a-z])", "change_points_not_before").match(self.scan, m.end()):
            return False  # "3 puntos de revisión", "three points of entry"
        clause = self.clause_span(d)
        lo = max(clause.start, d.start - 60)
        after = any(self.rx(r"\s+WORDS(?![a-z])", name).match(self.scan, m.end()) for name in CHANGES)
        before = any(self.rx(BEFORE, name).search(self.scan, lo, d.start) for name in CHANGES)
        if not (after or before):
            return False
        d.percent, d.unit, d.raw_unit, d.end = True, "pp", self.text[m.start(1):m.end(1)], m.end()
        return True

    def hyphen_points(self, end: int) -> bool:
        """True for points joined to their figure: "a 2.3-percentage-point drop", "a 3-point rise" (a change after them)."""
        if self.lex.points_re[self.lang].match(self.scan, end):
            return True
        m = self.rx(r"-WORDS(?![a-z0-9-])", "change_points").match(self.scan, end)
        return m is not None and any(self.rx(r"\s+WORDS(?![a-z])", name).match(self.scan, m.end()) for name in CHANGES)
