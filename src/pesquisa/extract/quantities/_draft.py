"""A quantity while it is being read, and its conversion to the ``Quantity`` record."""

from __future__ import annotations

from dataclasses import dataclass

from pesquisa.records import Quantity, Span

MASS_OR_VOLUME = ("kg", "l")
AREA = "ha"  # crops eradicated and land: measured, but never goods seized
LENGTH = "m"  # a tunnel, a wall, a distance: a length, never goods seized
# The kind a unit alone decides: a field eradicated is counted by its area, a tunnel measured by its length
UNIT_KINDS = {AREA: "count", LENGTH: "length"}


@dataclass(slots=True)
class Draft:
    """A quantity being read: offsets, value, unit and the facts its kind is decided on."""

    start: int
    end: int
    value: float
    raw_value: float
    words_only: bool
    sentence: int
    unit: str | None = None
    raw_unit: str | None = None
    currency: str | None = None
    percent: bool = False
    fell: bool = False
    times: bool = False
    rate: bool = False
    value_max: float | None = None
    qualifier: str | None = None
    item: str | None = None
    head: str | None = None  # folded head noun of the item
    item_words: str = ""  # folded item words
    commodity: str | None = None
    packaging: str | None = None
    form: str = "bare"  # measure | np | origin | partitive | rate | bare
    label: int | None = None  # start of a table row's label naming the item: "Cocaína: 1,200 kg"
    kind: str = "count"
    weighs_referred: bool = False  # the weight of goods a word refers back to: "La droga, unas 5 mil libras"

    def to_quantity(self, text: str) -> Quantity:
        return Quantity(
            text=text[self.start:self.end], span=Span(self.start, self.end), value=clean_value(self.value),
            unit=self.currency or self.unit, item=self.item, kind=self.kind, raw_value=clean_value(self.raw_value),
            raw_unit=self.raw_unit, qualifier=self.qualifier,
            value_max=None if self.value_max is None else clean_value(self.value_max))

    @property
    def measured(self) -> bool:
        return bool(self.currency or self.unit or self.percent or self.times)


def clean_value(value: float) -> float:
    """``value`` without float noise ("16.5 millones" is 16500000.0, not 16500000.000000002)."""
    rounded = round(value, 6)
    return float(round(rounded)) if abs(rounded - round(rounded)) < 1e-9 else rounded
