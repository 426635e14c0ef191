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
from pesquisa.store import read
from pesquisa.store.read.positions import SpeakerFacts, speaker_facts
from pesquisa.text import split_sentences
from pesquisa.topics import Topic, aliases_of, topic, topics

OTHER = "other"
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


def could_be_when_said(value: str, published: str | None) -> bool:
    """True when a date may be when a quote was said: not after the publication (at the precision both share)."""
    if not published:
        return True
    n = min(len(value), len(published))
    return value[:n] <= published[:n]


def attribution_region(quote: dict, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentences holding the quote and its speaker: where "said on Friday" would be written."""
    lo = min(quote["start"], quote["speaker_start"] if quote.get("speaker_start") is not None else quote["start"])
    hi = max(quote["end"], quote["speaker_end"] if quote.get("speaker_end") is not None else quote["end"])
    start = max((s for s, e in sentences if s <= lo), default=lo)
    end = min((e for s, e in sentences if e >= hi), default=hi)
    return start, max(end, hi)


def quote_date(quote: dict, dates: list[dict], sentences: list[tuple[int, int]]) -> dict | None:
    """The date mention that says when ``quote`` was said, or None (see the module docstring).

    Candidates lie in the quote's sentences, outside the quoted words, with a value not after
    the publication; the one nearest the speaker (else the quote) wins.
    """
    start, end = attribution_region(quote, sentences)
    anchor = quote["speaker_start"] if quote.get("speaker_start") is not None else quote["start"]
    found = [d for d in dates
             if d["document_id"] == quote["document_id"] and start <= d["start"] and d["end"] <= end
             and not (quote["start"] <= d["start"] < quote["end"]) and d.get("value")
             and could_be_when_said(d["value"], quote.get("published"))]
    return min(found, key=lambda d: (abs(d["start"] - anchor), d["start"])) if found else None


def topic_terms(text: str, known: dict[str, Topic]) -> dict[str, list[str]]:
    """Topic key -> the words of ``text`` that make it about the topic (as written), for every topic it is about."""
    out = {}
    for key, t in known.items():
        words = list(dict.fromkeys(text[s:e] for s, e in t.spans(text)))
        if words:
            out[key] = words
    return out


def positions_of(facts: SpeakerFacts) -> list[Position]:
    """Every quote of ``facts`` as a dated ``Position`` with its topics, oldest first, undated last (pure)."""
    known = topics()
    sentences = {doc: [(s.start, s.end) for s in split_sentences(body)] for doc, body in facts.bodies.items()}
    out = []
    for q in facts.quotes:
        said = quote_date(q, facts.dates, sentences.get(q["document_id"], []))
        terms = topic_terms(q["text"], known)
        out.append(Position(
            q["id"], q["text"], bool(q["direct"]),
            said["value"] if said else q["published"],
            "quote" if said else ("document" if q["published"] else None),
            said["text"] if said else None, q["speaker"], q["document_id"], q["start"], q["end"], q["source"],
            q["lang"], q["published"], list(terms) or [OTHER], terms))
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


POSITION_COLUMNS = ("topic", "topic_label", "entity_id", "entity_name", "quote_id", "text", "direct", "date",
                    "date_source", "date_text", "speaker", "document_id", "start", "end", "span_start", "span_end",
                    "source", "lang", "published", "terms", "topics")


def position_rows(result: dict) -> list[dict]:
    """``person_positions`` as flat rows, one per (topic, quote), for CSV (a quote of two topics is two rows)."""
    return [{"topic": g["topic"], "topic_label": g["label"], "entity_id": result["entity_id"],
             "entity_name": result["name"], **{k: v for k, v in p.items() if k != "topics"},
             "topics": p["topics"]} for g in result["topics"] for p in g["positions"]]
