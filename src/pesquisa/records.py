"""Typed records handed from one pipeline stage to the next.

ingest -> ``RawDocument`` -> clean -> ``CleanDocument`` -> extract -> ``Extraction``
-> store. Resolution then works across the whole store: ``pesquisa.pipeline`` reads the
stored in-document entities and event reports as ``resolve.EntityRef`` and
``resolve.EventReport``, and the pure resolvers hand back ``resolve.ResolvedEntity`` and
``resolve.ResolvedEvent`` for the store to write (those records live in ``pesquisa.resolve``).

Every fact record carries a ``Span`` in the *clean* text of its document; the
``OffsetMap`` of the ``CleanDocument`` maps it back to the raw original. Dicts only
appear at the JSON and SQL edges (``to_dict``/``from_dict``).
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


def make_id(prefix: str, *parts: object) -> str:
    """Stable id from the natural key ``parts`` (same key, same id, on any machine)."""
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{prefix}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


@dataclass(slots=True, frozen=True)
class Span:
    """Character offsets [start, end) in a document's clean text."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class RawDocument:
    """One document as read from its source, before any cleaning.

    ``raw`` is the decoded original (HTML markup kept for HTML); ``content_type``
    is ``text`` or ``html``. ``source`` is the name the document is known by in
    exports (the file name, or ``file.jsonl#3`` for the third line of a JSONL file).
    """

    source: str
    raw: str
    content_type: str = "text"
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None

    @property
    def id(self) -> str:
        """Content hash: the same bytes give the same document id wherever they come from."""
        return "doc-" + hashlib.sha256(self.raw.encode("utf-8")).hexdigest()[:20]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RawDocument:
        return cls(**data)


@dataclass(slots=True)
class OffsetMap:
    """Piecewise map from clean-text offsets to raw-text offsets.

    ``segments`` holds ``(clean_start, clean_end, raw_start, raw_end)`` tuples in
    clean order. Equal-length segments map character by character; a segment whose
    lengths differ (a repaired character, a fixed translation slip) maps its start to
    the raw start and its end to the raw end.
    """

    segments: list[tuple[int, int, int, int]] = field(default_factory=list)

    def add(self, clean_start: int, clean_end: int, raw_start: int, raw_end: int) -> None:
        if self.segments:
            cs, ce, rs, re_ = self.segments[-1]
            same_shift = ce - cs == re_ - rs and clean_end - clean_start == raw_end - raw_start
            if ce == clean_start and re_ == raw_start and same_shift:
                self.segments[-1] = (cs, clean_end, rs, raw_end)
                return
        self.segments.append((clean_start, clean_end, raw_start, raw_end))

    def to_raw(self, pos: int, *, end: bool = False) -> int:
        """Raw offset of clean offset ``pos`` (``end=True`` for an exclusive end)."""
        if not self.segments:
            return pos
        starts = [s[0] for s in self.segments]
        i = bisect.bisect_right(starts, pos) - 1
        if end and i > 0 and pos == self.segments[i][0]:
            i -= 1  # an end offset belongs to the segment it closes
        i = max(i, 0)
        cs, ce, rs, re_ = self.segments[i]
        if ce - cs == re_ - rs:
            return rs + min(max(pos - cs, 0), ce - cs)
        return re_ if end and pos >= ce else rs if pos <= cs else (re_ if end else rs)

    def span_to_raw(self, span: Span) -> Span:
        return Span(self.to_raw(span.start), self.to_raw(span.end, end=True))

    def to_list(self) -> list[list[int]]:
        return [list(s) for s in self.segments]

    @classmethod
    def from_list(cls, data: list[list[int]]) -> OffsetMap:
        return cls([tuple(s) for s in data])  # type: ignore[misc]


@dataclass(slots=True)
class CleanDocument:
    """A document after cleaning: the raw original, its clean body and the map between."""

    id: str
    source: str
    raw: str
    body: str
    offsets: OffsetMap
    lang: str
    content_type: str = "text"
    title: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None
    removed: list[str] = field(default_factory=list)  # boilerplate lines dropped, for inspection
    repairs: list[str] = field(default_factory=list)  # what the cleaner repaired (mojibake, lost bytes)

    def text(self, span: Span) -> str:
        return self.body[span.start:span.end]


@dataclass(slots=True)
class Mention:
    """A name of a person, organization or place as written in one document.

    ``source`` says what found it: ``model`` (spaCy's entity recognizer), ``lexicon`` (a
    name or alias of ``data/organizations.yaml`` / ``places.yaml``), ``rule`` (a pattern:
    a name after a credit, a withheld surname, a nickname, a company suffix) or ``title``
    (a model person right after a title word, trusted like a rule). It is stored as the
    mention's ``method``.
    """

    type: str  # person | organization | place
    text: str
    span: Span
    name: str  # normalized name (titles and possessives stripped)
    key: str | None = None  # lexicon key for organizations and places found in the lexicon
    local_id: str = ""  # in-document entity this mention belongs to
    # How it was found (stored as ``mentions.method``):
    #   model   - a spaCy entity span (PERSON, ORG, GPE ...), cleaned;
    #   title   - a spaCy PERSON span right after a title ("Canciller Marcelo Ebrard"), so surely a person;
    #   lexicon - a name or alias of an organization or place in data/organizations.yaml or places.yaml;
    #   rule    - a pattern (extract.entities, word lists in data/names.yaml): a person after a photo
    #             credit, with a withheld surname ("Homero «N»"), around or after a nickname
    #             ("Joaquín “El Chapo” Guzmán", "alias “El Tarjetas”"); a company before its suffix
    #             ("S.A. de C.V."); cartels named together ("the Sinaloa and Jalisco cartels").
    source: str = "model"
    alias_of: str | None = None  # for a nickname: the name of the person it belongs to


@dataclass(slots=True)
class LocalEntity:
    """All mentions of one real-world entity inside one document."""

    local_id: str
    type: str
    name: str  # the fullest name used in the document
    key: str | None = None  # lexicon key, when known
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Role:
    """A title or role the document asserts for a person, with the span that says so."""

    person: str  # local id
    title: str
    span: Span
    organization: str | None = None  # local id of the organization, if named
    qualifier: str | None = None  # "then", "former", "entonces", ...
    date: str | None = None  # the date the document asserts it (publication date by default)


@dataclass(slots=True)
class Quote:
    """Something said: direct (in quotation marks) or reported ("said that ...")."""

    text: str
    span: Span
    direct: bool
    speaker: str | None  # name or description as resolved
    speaker_local_id: str | None
    speaker_span: Span | None
    verb: str | None = None
    # why this speaker: subject | pronoun | title | according | joint | unnamed | carrier (a document's author)
    # | description (an organization described) | country (a place speaking through its government)
    # | name (a written-out name no entity holds)
    cue: str | None = None


@dataclass(slots=True)
class Quantity:
    """A number with its unit, item and meaning, normalized."""

    text: str
    span: Span
    value: float
    unit: str | None  # kg | l | m | ha | % | USD | MXN | ... | None for counts
    item: str | None
    kind: str  # seizure | money | statistic | count | length
    raw_value: float | None = None
    raw_unit: str | None = None
    qualifier: str | None = None  # more than | nearly | at least | ...
    value_max: float | None = None  # upper bound of a range


@dataclass(slots=True)
class DateMention:
    """A date expression and the ISO date it resolves to."""

    text: str
    span: Span
    value: str | None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    relative: bool = False


@dataclass(slots=True)
class Event:
    """Something that happened (or is planned): a meeting, call, seizure, arrest, agreement..."""

    type: str
    span: Span  # the sentence that states it
    trigger: str
    participants: list[str] = field(default_factory=list)  # local ids
    place: str | None = None  # local id of a place entity
    date: str | None = None
    organizer: str | None = None
    planned: bool = False  # told in the future ("will meet", "se reunirán")
    country: str | None = None  # where it happened (place or hosting organization), ISO 3166 alpha-2 lower case
    targets: list[str] = field(default_factory=list)  # local ids acted upon: the arrested, sanctioned, extradited, attacked
    amounts: list[Span] = field(default_factory=list)  # quantities it concerns (what was seized, how many were sent)
    trigger_span: Span | None = None


@dataclass(slots=True)
class Relation:
    """A link between two actors that a document asserts, with the span that says so.

    ``kind``: member_of, leader_of, faction_of, sanctioned_by, designated_by, charged_by,
    arrested_by, extradited_by, works_for, paid_by, laundered_for, financed_by, linked_to, allied_with, rival_of, met, called,
    relative_of, owner_of, national_of. The object is a local entity id, or for ``national_of`` a country code in
    ``value``; a ``relative_of`` keeps the kin word as said ("son", "hermano") in ``value``; ``owner_of`` ties the owner
    (a person or an organization) to the company they own or control ("empresa propiedad de X", "a front company for").
    """

    kind: str
    subject: str  # local id
    span: Span
    object: str | None = None  # local id
    value: str | None = None  # a country code for national_of, the kin word for relative_of
    cue: str = ""  # the words that state it


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one clean document."""

    document: CleanDocument
    entities: list[LocalEntity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def entity(self, local_id: str | None) -> LocalEntity | None:
        return next((e for e in self.entities if e.local_id == local_id), None)
