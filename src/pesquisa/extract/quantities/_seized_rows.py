"""A labelled row whose label says its goods were taken: "Vehículos recuperados: 215", "Armas aseguradas: 402",
"Laboratorios desmantelados: 4". The label is the item, so the seizure word in it lies inside the item, where a
sentence's trigger is not looked for; a bullet telling the same ("- 12 vehículos robados recuperados") is seized, and so
is the row. People ("Personas detenidas: 281") stay a count. A row of goods on the line right under a seized row is
seized too, however far the sentence that seized them: "Fentanyl: 213 lbs", "Methamphetamine: 2,486 lbs", "Cocaine:
97 lbs" under "officers seized ..."."""

from __future__ import annotations

import itertools

from pesquisa.extract.quantities._draft import MASS_OR_VOLUME, Draft
from pesquisa.extract.quantities._kinds import Kinds


class SeizedRows(Kinds):
    """Reads a labelled row of goods seized, recovered or dismantled as a seizure."""

    def classify(self, drafts: list[Draft]) -> None:
        super().classify(drafts)
        self.read_seized_told_later([d for d in drafts if d.kind == "count" and self.weighs_goods(d)], drafts)
        for d in drafts:
            if d.kind == "count" and d.label is not None and d.form == "np" and self.is_seizable(d) and \
                    self.label_seizes(d.label, d.start):
                d.kind = "seizure"
        for prev, d in itertools.pairwise(drafts):
            if d.kind == "count" and prev.kind == "seizure" and prev.label is not None and d.label is not None and \
                    (d.unit in MASS_OR_VOLUME or d.commodity is not None) and self.next_row(prev, d.label):
                d.kind = "seizure"

    def next_row(self, prev: Draft, label: int) -> bool:
        """True when the row whose label starts at ``label`` is on the line right after ``prev``'s, nothing between."""
        gap = self.scan[prev.end:label]
        return gap.count("\n") == 1 and gap.strip() == ""

    def label_seizes(self, start: int, end: int) -> bool:
        """True when the label between ``start`` and ``end`` holds a word of seizing or finding goods."""
        return any(self.rx("(?<![a-z0-9])WORDS", name).search(self.scan, start, end) is not None
                   for name in ("seizure_triggers", "discovery_triggers"))
