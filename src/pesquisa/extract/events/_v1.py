"""Events, first version (``pesquisa.events.v1``), kept so configurations naming it keep working.

A sentence that holds a trigger (``data/events.yaml``) states an event of that type
(only the first type, in the data file's order, whose trigger it holds);
its participants are the people it names (organizations become the organizer), its
place the first place it names, its date the first date it gives (resolved against
the publication date when relative). Reports of one event in several documents are
merged later, in ``resolve``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from pesquisa.extract.nlp import doc_text
from pesquisa.lexicon import read_data
from pesquisa.records import DateMention, Event, LocalEntity, Span

PRONOUN = re.compile(r"\b(he|she|él|ella)\b", re.I)


@cache
def _triggers() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for kind, entries in read_data("events.yaml")["triggers"].items():
        words = [w for w in entries if not w.lower().startswith("re:")]  # v1 reads plain words only
        pattern = r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")"
        out.append((kind, re.compile(pattern, re.I)))
    return out


def extract_events_v1(doc: Doc, entities: list[LocalEntity], dates: list[DateMention], *,
                   published: str | None) -> list[Event]:
    """At most one event per sentence: the first type with a trigger; participants, place and date from the sentence."""
    events: list[Event] = []
    for sent in doc.sents:
        span = Span(sent.start_char, sent.end_char)
        text = sent.text
        for kind, pattern in _triggers():
            match = pattern.search(text)
            if not match:
                continue
            inside = [(m, e) for e in entities for m in e.mentions if span.contains(m.span)]
            people = sorted({e.local_id for m, e in inside if e.type == "person"})
            if PRONOUN.search(text):  # "the dialogue in which he, ... took part": the last person named
                before = [(m.span.start, e.local_id) for e in entities if e.type == "person"
                          for m in e.mentions if m.span.end <= span.start]
                if before:
                    people = sorted(set(people) | {max(before)[1]})
            orgs = [e.local_id for m, e in sorted(inside, key=lambda t: t[0].span.start) if e.type == "organization"]
            # the place the event happens "in"/"en" comes first, then any place the sentence names
            text = doc_text(doc)
            located = [(not re.search(r"\b(in|en|at)\s+(the\s+|la\s+|el\s+)?$", text[max(0, m.span.start - 8):m.span.start]),
                        m.span.start, e.local_id) for m, e in inside if e.type == "place"]
            places = [local for _rank, _start, local in sorted(located)]
            when = next((d.value for d in dates if span.contains(d.span) and d.value), None)
            if kind in {"meeting", "call"} and len(people) < 1 and not orgs:
                continue
            events.append(Event(kind, span, match.group(0), participants=people,
                                place=places[0] if places else None, date=when,
                                organizer=orgs[0] if orgs else None))
            break
    return events
