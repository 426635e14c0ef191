"""A ranking of places continued in a sentence of its own, its noun named by the sentence before.

Reports of places ranked by a figure go on after the leader's sentence: "Guanajuato encabezó la lista con 2 mil 104
víctimas. Le siguieron Chihuahua, con mil 387, y Baja California, con mil 290", "Tijuana led with 1,210 killings.
Next came Juárez, with 980", "Chihuahua followed with 1,387". The figures name no noun of their own; they count what
the leader's figure counts. The words that open such a sentence before the place (``ranking_followers``) or stand
between the place and "con"/"with" (``ranking_follower_verbs``) are in quantity_kinds.yaml.
"""

from __future__ import annotations

import re

from pesquisa.extract.quantities._scanner import Scanner

# A sentence opening a ranking whose noun the sentence before named: "Celaya, con 388, León, con 341, e Irapuato, con
# 226, concentraron casi la mitad de los casos", "Tijuana, with 1,210, led the list", "Chihuahua followed with 1,387"
RANKING_OPENER = re.compile(r"[\s\"“]*(?:the\s+)?[A-ZÁÉÍÓÚ][\w.]*(?:\s+(?:(?:de|del|la|el|of|the)\s+)?[A-ZÁÉÍÓÚ][\w.]*){0,3}"
                            r"\s*,?\s*(?:([a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,3})\s*,?\s+)?(?:con|with)\s+")


class RankingOpeners(Scanner):
    """Reads where a sentence opens a ranking of places."""

    def opens_ranking(self, start: int, end: int) -> bool:
        """True when the sentence from ``start`` to the figure at ``end`` opens with a place and "con"/"with" before
        it: "Celaya, con 388", "Le siguieron Chihuahua, con 1,387", "Next came Juárez, with 980", "Chihuahua followed
        with 1,387"."""
        lead = self.rx(r"[\s\"“]*WORDS,?\s+", "ranking_followers").match(self.scan, start, end)
        m = RANKING_OPENER.fullmatch(self.text, lead.end() if lead else start, end)
        if m is None:
            return False
        return m.group(1) is None or " ".join(self.scan[m.start(1):m.end(1)].split()) in self.words("ranking_follower_verbs")
