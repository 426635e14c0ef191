"""The records of a briefing: citations, items, sections, the briefing; JSON in and out.

JSON shape (``pesquisa brief --json``, ``GET /api/brief``)::

    {"title", "generated", "filters": {"topic", "from", "to", "lang"}, "left_out": {...},
     "sections": [{"key", "heading", "items": [{"text", "citations": [{"source", "document_id",
                   "start", "end", "text"}], "derived"?, "total"?, "verdict"?}]}]}

``derived`` is present (true) only on items computed from their cited parts; such an item
carries its ``total`` (``value``, ``unit``) so a check can add the parts up again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pesquisa.errors import InputError


@dataclass(slots=True, frozen=True)
class Citation:
    """A passage of a stored document: its ``text`` is exactly ``body[start:end]``."""

    source: str
    document_id: str
    start: int
    end: int
    text: str

    @property
    def key(self) -> tuple[str, int, int]:
        """(document id, start, end): the same passage cited twice is one source note."""
        return (self.document_id, self.start, self.end)

    def to_dict(self) -> dict:
        return {"source": self.source, "document_id": self.document_id, "start": self.start, "end": self.end,
                "text": self.text}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Citation:
        """The citation of a briefing JSON; raises ``InputError`` naming ``where`` when a field is missing or wrong."""
        if not isinstance(data, dict):
            raise InputError(where, "a citation must be an object")
        fields = {"source": str, "document_id": str, "start": int, "end": int, "text": str}
        for name, kind in fields.items():
            if not isinstance(data.get(name), kind) or isinstance(data.get(name), bool):
                raise InputError(where, f"citation field '{name}' missing or not {kind.__name__}")
        return cls(data["source"], data["document_id"], data["start"], data["end"], data["text"])


@dataclass(slots=True, frozen=True)
class Total:
    """What a derived item adds up: the sum of its cited quantities' values, in ``unit`` (None for counts)."""

    value: float
    unit: str | None


@dataclass(slots=True)
class Item:
    """One sentence of a briefing with the passages it stands on."""

    text: str
    citations: list[Citation]
    derived: bool = False
    total: Total | None = None
    verdict: str | None = None  # reconciliation verdict of the figure against an official series

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"text": self.text, "citations": [c.to_dict() for c in self.citations]}
        if self.derived:
            out["derived"] = True
        if self.total is not None:
            out["total"] = {"value": self.total.value, "unit": self.total.unit}
        if self.verdict is not None:
            out["verdict"] = self.verdict
        return out

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Item:
        """The item of a briefing JSON; raises ``InputError`` naming ``where`` when it is malformed."""
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise InputError(where, "an item must be an object with a 'text'")
        cites = data.get("citations")
        if not isinstance(cites, list):
            raise InputError(where, "'citations' missing or not a list")
        total = data.get("total")
        if total is not None and not (isinstance(total, dict) and isinstance(total.get("value"), int | float)):
            raise InputError(where, "'total' must be an object with a numeric 'value'")
        return cls(data["text"], [Citation.from_dict(c, f"{where} citation {n}") for n, c in enumerate(cites, 1)],
                   derived=data.get("derived") is True,
                   total=Total(float(total["value"]), total.get("unit")) if total else None,
                   verdict=data.get("verdict"))


@dataclass(slots=True)
class Section:
    """A heading and its items; ``key`` names the kind of section (``developments``, ``routes`` ...)."""

    key: str
    heading: str
    items: list[Item] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"key": self.key, "heading": self.heading, "items": [i.to_dict() for i in self.items]}


@dataclass(slots=True)
class Briefing:
    """A briefing: title, when it was made, the filters asked, what they left out, and its sections."""

    title: str
    generated: str
    filters: dict[str, str | None]
    sections: list[Section]
    left_out: dict[str, int] = field(default_factory=dict)

    @property
    def items(self) -> list[Item]:
        """Every item, section after section."""
        return [i for s in self.sections for i in s.items]

    def to_dict(self) -> dict:
        return {"title": self.title, "generated": self.generated, "filters": dict(self.filters),
                "left_out": dict(self.left_out), "sections": [s.to_dict() for s in self.sections]}

    @classmethod
    def from_dict(cls, data: Any, where: str = "briefing") -> Briefing:
        """A briefing from its JSON; raises ``InputError`` naming the part at fault."""
        if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
            raise InputError(where, "not a briefing (an object with 'sections')")
        sections = []
        for n, s in enumerate(data["sections"], 1):
            if not isinstance(s, dict) or not isinstance(s.get("items"), list):
                raise InputError(f"{where} section {n}", "a section must be an object with 'items'")
            items = [Item.from_dict(i, f"{where} section {n} item {m}") for m, i in enumerate(s["items"], 1)]
            sections.append(Section(str(s.get("key", "")), str(s.get("heading", "")), items))
        return cls(str(data.get("title", "")), str(data.get("generated", "")), dict(data.get("filters") or {}),
                   sections, dict(data.get("left_out") or {}))
