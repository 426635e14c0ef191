"""Which facts a briefing takes: the topic (by paragraph) and the dates (the fact's own, else its document's).

A fact is on a topic when the paragraph that states it (a line of the clean body) holds one
of the topic's terms (``pesquisa.topics``): the sentence alone misses "It's not a cold
figure" right after a sentence on confiscated weapons, while the whole document would drag
in every topic it touches. Dates compare at the precision both sides have ("2023" is inside
``--from 2023-06``), as the event timeline does; an undated fact is kept only when no date
filter is given. Every fact the date filters leave out is counted once (``left_out``), so
the briefing can say how many.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from pesquisa.errors import ConfigError
from pesquisa.report.brief._records import Citation
from pesquisa.report.brief._text import LANGS, paragraph_bounds
from pesquisa.store.read import BriefFacts
from pesquisa.text import split_sentences
from pesquisa.topics import Topic, topics

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(slots=True, frozen=True)
class BriefFilters:
    """What a briefing covers: a topic key of ``data/topics.yaml`` (None: everything), dates, prose language."""

    topic: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    lang: str = "en"

    def to_dict(self) -> dict[str, str | None]:
        return {"topic": self.topic, "from": self.date_from, "to": self.date_to, "lang": self.lang}


def _date_option(option: str, value: str | None) -> str | None:
    """``value`` when it is a real YYYY, YYYY-MM or YYYY-MM-DD date, None when blank; raises ``ConfigError``."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    parts = value.split("-")
    try:
        if not _DATE.match(value):
            raise ValueError
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        raise ConfigError(f"{option} {value}: not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                          errors={option.lstrip("-"): "not a date"}) from None
    return value


def make_filters(*, topic: str | None = None, date_from: str | None = None, date_to: str | None = None,
                 lang: str | None = "en") -> BriefFilters:
    """Checked filters (blank values mean none); raises ``ConfigError`` naming the option at fault.

    An unknown topic lists the known ones; ``--from`` after ``--to`` is refused.
    """
    key = (topic or "").strip() or None
    if key is not None and key not in topics():
        raise ConfigError(f"--topic {key}: no such topic (known: {', '.join(topics())})",
                          errors={"topic": f"known: {', '.join(topics())}"})
    language = (lang or "en").strip() or "en"
    if language not in LANGS:
        raise ConfigError(f"--lang {language}: no such language (use en or es)", errors={"lang": "use en or es"})
    start, end = _date_option("--from", date_from), _date_option("--to", date_to)
    if start and end and within(start, None, end) is False:
        raise ConfigError(f"--from {start}: after --to {end}", errors={"from": "after --to"})
    return BriefFilters(key, start, end, language)


def within(date: str | None, date_from: str | None, date_to: str | None) -> bool | None:
    """True when ``date`` is inside the range at the precision both have, False outside, None when undated."""
    if not date:
        return None
    if date_from and date[:len(date_from)] < date_from[:len(date)]:
        return False
    if date_to and date[:len(date_to)] > date_to[:len(date)]:
        return False
    return True


class Scope:
    """The facts of the store seen through the filters: topic and date tests, citations, and what was left out.

    Section builders ask it whether a passage is on the topic (``about``) and whether a dated
    fact is kept (``admit``, which counts what it leaves out, once per fact).
    """

    def __init__(self, facts: BriefFacts, ledger: dict, filters: BriefFilters):
        self.facts, self.ledger, self.filters, self.lang = facts, ledger, filters, filters.lang
        self.topic: Topic | None = topics()[filters.topic] if filters.topic else None
        self.left_out = {"outside_dates": 0, "undated": 0, "over_limit": 0, "unattributed": 0}
        self.quantities = {q["id"]: q for q in facts.quantities}
        self.events = {e["id"]: e for e in facts.events}
        self.mentions: dict[str, list[dict]] = defaultdict(list)  # document id -> its place and organization mentions
        for m in facts.mentions:
            self.mentions[m["document_id"]].append(m)
        self.verdicts: dict[str, str] = {}  # quantity id -> verdict of each official-aggregate claim (builder fills it)
        self._seen: set[tuple] = set()
        self._sentences: dict[str, list[tuple[int, int]]] = {}
        self._about: dict[tuple, bool] = {}

    def body(self, document_id: str) -> str:
        """The clean body of a document ("" for an unknown id)."""
        return self.facts.documents.get(document_id, {}).get("body", "")

    def doc_date(self, document_id: str) -> str | None:
        """The publication date of a document (None when it states none)."""
        return self.facts.documents.get(document_id, {}).get("published")

    def name(self, ident: str | None) -> str:
        """The canonical name of an entity id ("" for None or an unknown id)."""
        return self.facts.names.get(ident or "", "")

    def cite(self, document_id: str, start: int, end: int) -> Citation:
        """The citation of ``body[start:end]`` of a stored document, its text read from the body itself."""
        doc = self.facts.documents[document_id]
        return Citation(doc["source"], document_id, start, end, doc["body"][start:end])

    def sentence(self, document_id: str, pos: int) -> tuple[int, int]:
        """Start and end of the sentence of the body holding offset ``pos``."""
        if document_id not in self._sentences:
            self._sentences[document_id] = [(s.start, s.end) for s in split_sentences(self.body(document_id))]
        for start, end in self._sentences[document_id]:
            if start <= pos < end:
                return start, end
        return paragraph_bounds(self.body(document_id), pos, pos)

    def sentences(self, document_id: str) -> list[tuple[int, int]]:
        """Every sentence span of a document's body."""
        self.sentence(document_id, 0)
        return self._sentences[document_id]

    def about(self, document_id: str, start: int, end: int, topic: Topic | None = None) -> bool:
        """True when the paragraph(s) holding ``body[start:end]`` are about ``topic`` (default: the briefing's; none: all)."""
        wanted = topic or self.topic
        if wanted is None:
            return True
        body = self.body(document_id)
        left, right = paragraph_bounds(body, start, end)
        key = (wanted.key, document_id, left, right)
        if key not in self._about:
            self._about[key] = wanted.matches(body[left:right])
        return self._about[key]

    def admit(self, key: tuple, date: str | None) -> bool:
        """True when a fact dated ``date`` passes the date filters; one it fails is counted in ``left_out`` once."""
        f = self.filters
        if not (f.date_from or f.date_to):
            return True
        inside = within(date, f.date_from, f.date_to)
        if inside:
            return True
        if key not in self._seen:
            self._seen.add(key)
            self.left_out["undated" if inside is None else "outside_dates"] += 1
        return False

    def over_limit(self, n: int) -> None:
        """Count ``n`` facts a section's limit leaves out."""
        self.left_out["over_limit"] += max(n, 0)
