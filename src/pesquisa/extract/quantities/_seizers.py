"""The figure that does the seizing: "the navy's 3 patrol boats intercepted a fishing vessel", "dos patrullas
interceptaron una camioneta". A count right before a seizure verb that takes an object of its own is the verb's
subject, no goods seized ("23 vehicles, 2 boats seized in crackdown" and "4 mil armas aseguradas" still are)."""

from __future__ import annotations

from pesquisa.extract.quantities._draft import Draft
from pesquisa.extract.quantities._subsets import Subsets

# what may stand between the subject and its verb: an adverb or an auxiliary ("later", "have", "han")
BETWEEN = r"\s+(?:[a-z]+ly\s+|later\s+|also\s+|have\s+|had\s+|han\s+|habian\s+|tambien\s+)?"


class Seizers(Subsets):
    """Reads whether a count is the subject of the seizure verb after it."""

    def seizes_itself(self, d: Draft) -> bool:
        """True when a seizure verb follows ``d`` and takes an object of its own (an article or a number): the figure
        seized it, "3 patrol boats intercepted a vessel", "dos patrullas interceptaron una camioneta"."""
        verb = self.rx(BETWEEN + r"WORDS[a-z]*\s+", "seizure_triggers").match(self.scan, d.end)
        if verb is None:
            return False
        return self.rx(r"(?:WORDS|\d)(?![a-z])", "object_articles").match(self.scan, verb.end()) is not None
