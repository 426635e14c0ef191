"""Positions over time: a person's quotes grouped by topic, each dated and pointing at its span.

"What did Ebrard say about arms?" is one question: every quote of the person, sorted into
the topics of ``data/topics.yaml`` (weapons, fentanyl, kingpins, sovereignty, migration,
cooperation, money) by the words of the quote itself, English and Spanish alike. A quote
may belong to several topics; a quote about none goes under ``other``, so nothing said is
left out. Within a topic, quotes run oldest first (undated last): a position over time.

**When it was said.** A quote's date is the date its own sentence gives outside the quoted
words ("Ebrard said on Friday", "declaró el pasado martes", already resolved against the
publication date by extraction); a date inside the quoted words is what the quote is about,
not when it was said. A date after the document's publication cannot be when it was said
and is passed over. Without one, the document's publication date stands in, and
``date_source`` says which it is (``quote``, ``document``, or none).

Pure functions over rows (``group_positions``), plus ``person_positions`` which reads them
through ``pesquisa.store.read``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from pesquisa.errors import NotFoundError
from pesquisa.quote_context import OTHER, attribution_region, could_be_when_said, quote_context, quote_date, topic_terms
from pesquisa.store import read
from pesquisa.store.read.positions import SpeakerFacts, speaker_facts
from pesquisa.topics import aliases_of, topic, topics

__all__ = ["OTHER", "attribution_region", "could_be_when_said", "group_positions", "person_positions",
           "position_rows", "positions_of", "quote_date", "topic_terms"]
OTHER_LABEL = {"en": "Other", "es": "Otros temas"}


@dataclass(slots=True)
class Position:
    """One quote as a position: what was said, when, how (direct or reported), and where it is written."""

    quote_id: str
    text: str
    direct: bool
    date: str | None  # ISO date, year or month precision allowed
    date_source: str | None  # quote | document | None
    date_text: str | None  # the date expression of the sentence, when date_source is "quote"
    speaker: str | None  # as written in the document
    document_id: str
    start: int
    end: int
    source: str
    lang: str | None
    published: str | None
    topics: list[str] = field(default_factory=list)  # keys, "other" when none
    terms: dict[str, list[str]] = field(default_factory=dict)  # topic key -> words of the quote that put it there

    def to_dict(self, topic_key: str | None = None) -> dict:
        """The position as JSON; with ``topic_key``, ``terms`` are that topic's words only."""
        terms = self.terms.get(topic_key, []) if topic_key else sorted({w for ws in self.terms.values() for w in ws})
        return {"quote_id": self.quote_id, "text": self.text, "direct": self.direct, "date": self.date,
                "date_source": self.date_source, "date_text": self.date_text, "speaker": self.speaker,
                "document_id": self.document_id, "start": self.start, "end": self.end,
                "span": [self.start, self.end], "source": self.source, "lang": self.lang,
                "published": self.published, "topics": list(self.topics), "terms": terms}


@dataclass(slots=True)
class TopicPositions:
    """The positions of one topic (or ``other``), oldest first."""

    key: str
    label: str
    label_es: str
    positions: list[Position]

    def to_dict(self) -> dict:
        return {"topic": self.key, "label": self.label, "label_es": self.label_es, "count": len(self.positions),
                "positions": [p.to_dict(self.key) for p in self.positions]}


def _position(q: dict, context: dict) -> Position:
    """The quote row ``q`` as a position, dated and sorted into topics by ``context`` (``quote_context``'s shape)."""
    said = context["said_date"]
    terms = context["topic_terms"] or {}
    return Position(q["id"], q["text"], bool(q["direct"]), said or q["published"],
                    "quote" if said else ("document" if q["published"] else None),
                    context["said_text"] if said else None, q["speaker"], q["document_id"], q["start"], q["end"],
                    q["source"], q["lang"], q["published"], list(terms) or [OTHER], terms)


def positions_of(facts: SpeakerFacts) -> list[Position]:
    """Every quote of ``facts`` as a dated ``Position`` with its topics, oldest first, undated last (pure).

    A quote row written with its context (``topics``, ``said_date``: ``store.write``) is taken
    as stored; one without is dated and sorted into topics here, from ``facts.dates`` and ``facts.bodies``.
    """
    missing = [q for q in facts.quotes if q.get("topics") is None]
    computed = quote_context(missing, facts.dates, facts.bodies) if missing else {}
    out = [_position(q, computed.get(q["id"]) or q) for q in facts.quotes]
    return sorted(out, key=lambda p: (p.date is None, p.date or "", p.source, p.start))


def group_positions(positions: list[Position], *, topic_key: str | None = None) -> list[TopicPositions]:
    """Positions by topic in ``topics.yaml`` order, ``other`` last; empty topics left out; one topic if asked (pure)."""
    known = topics()
    keys = [topic_key] if topic_key else [*known, OTHER]
    groups = []
    for key in keys:
        members = [p for p in positions if key in p.topics]
        if not members and not topic_key:
            continue
        if key == OTHER:
            groups.append(TopicPositions(OTHER, OTHER_LABEL["en"], OTHER_LABEL["es"], members))
        else:
            groups.append(TopicPositions(key, known[key].label("en"), known[key].label("es"), members))
    return groups


def check_topic(key: str | None) -> str | None:
    """``key`` when it is a topic or ``other`` (blank -> None); raises ``KeyError`` naming the known topics."""
    if not key:
        return None
    if key != OTHER:
        topic(key)
    return key


def find_speaker(engine: Engine, name: str) -> dict:
    """The entity ``name`` stands for: an id, old id, name or alias of the store, else an alias analysts type ("AMLO").

    Raises ``NotFoundError`` (naming ``name``) when neither finds one.
    """
    try:
        return read.find_entity(engine, name)
    except NotFoundError as err:
        for alias in aliases_of(name):
            try:
                return read.find_entity(engine, alias)
            except NotFoundError:
                continue
        raise err from None


def person_positions(engine: Engine, entity: str, *, topic_key: str | None = None) -> dict:
    """The positions of the entity ``entity`` (an id, old id, name or alias, ``find_speaker``) by topic (read-only).

    Returns ``entity_id``, ``name``, ``type``, ``topic`` (the filter), ``total`` (quotes) and
    ``topics``: one group per topic with its positions. Raises ``NotFoundError`` for an
    unknown entity and ``KeyError`` for an unknown topic.
    """
    key = check_topic(topic_key)
    row = find_speaker(engine, entity)
    positions = positions_of(speaker_facts(engine, row["id"]))
    groups = group_positions(positions, topic_key=key)
    return {"entity_id": row["id"], "name": row["name"], "type": row["type"], "topic": key,
            "total": len(positions), "topics": [g.to_dict() for g in groups]}


def page_positions(engine: Engine, entity_id: str, *, topic_key: str | None = None, shown: int = 25) -> dict:
    """``person_positions`` of the current id ``entity_id`` with each topic's positions cut to the first ``shown``
    (``count`` keeps the topic's total), as an entity page lists them (read-only).

    The database counts and sorts the quotes by their stored topics and dates
    (``read.speaker_topic_page``), so a speaker quoted in thousands of documents costs what
    any does; a store with quotes written before their context was kept falls back to
    ``person_positions``. Raises ``KeyError`` for an unknown topic.
    """
    key = check_topic(topic_key)
    known = topics()
    keys = [key] if key else [*known, OTHER]
    found = read.speaker_topic_page(engine, entity_id, keys, limit=shown)
    if found is None:
        full = person_positions(engine, entity_id, topic_key=key)
        for group in full["topics"]:
            group["positions"] = group["positions"][:shown]
        return full
    total, counts, pages = found
    row = read.find_entity(engine, entity_id)
    groups = []
    for k in keys:
        if not counts[k] and not key:
            continue
        label = OTHER_LABEL if k == OTHER else {"en": known[k].label("en"), "es": known[k].label("es")}
        positions = [_position(q, q).to_dict(k) for q in pages.get(k, [])]
        groups.append({"topic": k, "label": label["en"], "label_es": label["es"], "count": counts[k],
                       "positions": positions})
    return {"entity_id": entity_id, "name": row["name"], "type": row["type"], "topic": key, "total": total,
            "topics": groups}


POSITION_COLUMNS = ("topic", "topic_label", "entity_id", "entity_name", "quote_id", "text", "direct", "date",
                    "date_source", "date_text", "speaker", "document_id", "start", "end", "span_start", "span_end",
                    "source", "lang", "published", "terms", "topics")


def position_rows(result: dict) -> list[dict]:
    """``person_positions`` as flat rows, one per (topic, quote), for CSV (a quote of two topics is two rows)."""
    return [{"topic": g["topic"], "topic_label": g["label"], "entity_id": result["entity_id"],
             "entity_name": result["name"], **{k: v for k, v in p.items() if k != "topics"},
             "topics": p["topics"]} for g in result["topics"] for p in g["positions"]]
