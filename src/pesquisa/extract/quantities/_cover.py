"""The load that hid the goods, no goods seized: a weight of cargo ("oculta en un cargamento de 18 toneladas de aguacate",
"a tractor-trailer hauling 40,000 pounds of onions") and the boxes or pallets the goods were hidden among ("escondidos
entre 1.200 cajas de fruta", "concealed among 900 boxes of bananas", "hidden behind 40 pallets of bottled water"): a
count of packaging after a word of hiding place, holding no commodity. And the packages a boat or a vehicle stopped
carried, told after the stop: "interceptaron una narcolancha. La embarcación transportaba 95 fardos de arpillera", "The
vessel was carrying 60 bundles": the bundles hold the cargo seized, whatever they are wrapped in. So do the packages a
load was packed in, in a text that tells a seizure anywhere (a headline tells it before the body's verb): "The cocaine
was packed in 8,000 bricks", "la droga estaba repartida en 240 fardos". The weight of each of those packages is no load
of its own: "105 fardos de unos 35 kilos cada uno", "500 packages of about one pound each"."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._draft import MASS_OR_VOLUME, Draft
from pesquisa.extract.quantities._scanner import Scanner
from pesquisa.records import Span

# things counted, then the size of each: "fardos de unos", "packages of about"
EACH_SIZED = re.compile(r"[a-z]s\s+(?:de|of)\s+(?:[a-z]+\s+){0,2}\Z")


class Cover(Scanner):
    """Reads the cargo and the packaging that concealed the goods seized, and the packages carried."""

    def packs_seized_load(self, d: Draft) -> bool:
        """True for the packages a load was packed in ("packed in 8,000 bricks") in a text that seizes or finds goods."""
        if d.packaging not in ("packages", "packs") or d.unit is not None or d.currency or self.rx(
                r"(?<![a-z])WORDS\s+(?:[a-z]+\s+)?\Z", "packing_words").search(self.scan, max(0, d.start - 30), d.start) is None:
            return False
        whole = Span(0, len(self.scan))
        return self.has_trigger("seizure_triggers", whole) or self.has_trigger("discovery_triggers", whole)

    def carries_packages(self, d: Draft) -> bool:
        """True for a count of packages ("fardos", "bundles") right after a word of carrying in its clause."""
        return d.packaging == "packages" and d.unit is None and not d.currency and self.rx(
            r"(?<![a-z])WORDS\s+(?:[a-z]+\s+)?\Z", "carried_words").search(self.scan, max(0, d.start - 40), d.start) is not None

    def is_cover_load(self, d: Draft) -> bool:
        """True for the load or the packaging that hid the goods, not the goods themselves."""
        if d.commodity is not None:
            return False
        if d.unit in MASS_OR_VOLUME and d.item is not None and self.rx(
                r"(?<![a-z0-9])WORDS\s+(?:[a-z]+\s+)?\Z", "cover_load_words").search(self.scan, max(0, d.start - 40), d.start):
            return True  # "oculta en un cargamento de 18 toneladas de aguacate": the load that hid the goods
        if d.value_max is not None or d.unit is not None or d.currency:
            return False
        packs = d.packaging is not None or d.head in self.words("cover_packaging")
        if packs and self.rx(r"(?<![a-z0-9])WORDS\s+\Z", "hiding_places").search(self.scan, max(0, d.start - 25), d.start):
            return True
        return self.packs_other_goods(d)

    def packs_other_goods(self, d: Draft) -> bool:
        """True for packages of something that is no drug, the goods hidden in them: "cannabis concealed in 40 sacks of
        maize", "cocaína oculta en 300 costales de fertilizante" (not "hidden in 40 sacks", which held the drug)."""
        if d.head not in self.lex.packaging and d.head not in self.words("cover_packaging"):
            return False
        of = re.compile(r"\s+(?:of|de)\s+(?=[a-z])").match(self.scan, d.end)
        if of is None or self.lex.commodity_re.match(self.scan, of.end()) is not None:
            return False
        return self.rx(r"(?<![a-z0-9])WORDS\s+\Z", "hidden_in_words").search(self.scan, max(0, d.start - 30), d.start) is not None

    def sizes_each(self, d: Draft) -> bool:
        """True for the weight of each of the things counted right before it: "105 fardos de unos 35 kilos cada uno",
        "packed in 500 packages of about one pound each": a size, no goods of its own."""
        return d.unit in MASS_OR_VOLUME and EACH_SIZED.search(self.scan, max(0, d.start - 40), d.start) is not None and \
            self.rx(r"\s+WORDS(?![a-z])", "each_words").match(self.scan, d.end) is not None
