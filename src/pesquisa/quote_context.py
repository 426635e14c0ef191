"""When a quote was said and what it is about: the two facts positions over time sort and group by.

**When it was said.** A quote's date is the date its own sentence gives outside the quoted
words ("Ebrard said on Friday", "declaró el pasado martes", already resolved against the
publication date by extraction); a date inside the quoted words is what the quote is about,
not when it was said. A date after the document's publication cannot be when it was said
and is passed over.

**What it is about.** The topics of ``data/topics.yaml`` whose terms the quote's own words
hold (``topic_terms``), English and Spanish alike.

Both depend on the quote's document alone, so ``store.write`` keeps them on the quote's row
when a document is written (``quote_context``), and an entity page sorts and counts a
speaker's quotes by topic in the database instead of re-reading every body (issue 15). Like
every extracted fact, they follow ``topics.yaml`` as it was when the document was ingested.
Pure functions.
"""

from __future__ import annotations

from collections import defaultdict

from pesquisa.text import fold_chars, split_sentences
from pesquisa.topics import Topic, topics

__all__ = ["OTHER", "attribution_region", "could_be_when_said", "quote_context", "quote_date", "topic_terms"]

OTHER = "other"  # the topic of a quote about none of topics.yaml's


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


def topic_terms(text: str, known: dict[str, Topic] | None = None) -> dict[str, list[str]]:
    """Topic key -> the words of ``text`` that make it about the topic (as written), for every topic it is about."""
    folded = fold_chars(text)
    out = {}
    for key, t in (known if known is not None else topics()).items():
        words = list(dict.fromkeys(text[s:e] for s, e in (m.span() for m in t.pattern.finditer(folded))))
        if words:
            out[key] = words
    return out


def quote_context(quotes: list[dict], dates: list[dict], bodies: dict[str, str]) -> dict[str, dict]:
    """Quote id -> ``topics`` (keys, ``[OTHER]`` for none), ``topic_terms``, ``said_date`` and ``said_text``
    (the date mention of its sentence, or None) for quote rows with ``published`` (pure).

    ``dates`` are date rows (``document_id``, ``start``, ``end``, ``text``, ``value``) of the
    quotes' documents, ``bodies`` their clean bodies; a body is split into sentences only when
    its document has a date with a value.
    """
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for d in dates:
        if d.get("value"):
            by_doc[d["document_id"]].append(d)
    sentences: dict[str, list[tuple[int, int]]] = {}
    out = {}
    for q in quotes:
        doc = q["document_id"]
        said = None
        if by_doc.get(doc):
            if doc not in sentences:
                sentences[doc] = [(s.start, s.end) for s in split_sentences(bodies.get(doc, ""))]
            said = quote_date(q, by_doc[doc], sentences[doc])
        terms = topic_terms(q["text"])
        out[q["id"]] = {"topics": list(terms) or [OTHER], "topic_terms": terms,
                        "said_date": said["value"] if said else None, "said_text": said["text"] if said else None}
    return out
