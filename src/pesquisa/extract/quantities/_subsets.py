"""A figure counting a part of the one before it: "87 víctimas, entre ellas 12 menores", "left 19 dead, including four
police officers", "seized 14 vehicles, seven of them armored"."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._rows import SeizedLists

# the state a count of victims was left in, told after it: "19 dead", "19 people wounded", "11 muertos"
STATE_AFTER = r"(?:\s+[a-z]+)?\s+WORDS(?=\s*,)"


class Subsets(SeizedLists):
    """Reads whether a figure counts a part of the figure before it."""

    def opens_subset(self, prev: Draft, d: Draft) -> bool:
        """True when ``d`` counts a part of ``prev``, in its sentence after "including" / "entre ellos"."""
        if prev.sentence != d.sentence:
            return False
        if d.form == "partitive" and re.fullmatch(r"\s*,\s*", self.scan[prev.end:d.start]):
            return True  # "seized 14 vehicles, seven of them armored"
        end = prev.end  # "left 19 dead, including four officers", "dejó 11 muertos, entre ellos dos policías"
        told = self.rx(STATE_AFTER, "death_words").match(self.scan, end) if prev.kind == "statistic" else None
        return self.rx(r"(?:\s+(?:de|del|of)\s+[a-z]+)?\s*,?\s*WORDS\s*\Z", "subset_openers").fullmatch(
            self.scan, told.end() if told else end, d.start) is not None  # "87 víctimas de trata, entre ellas 12 menores"
