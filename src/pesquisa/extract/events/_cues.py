"""The cue phrases of ``data/events.yaml``, compiled once: triggers, exclusions, frames, cues."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from pesquisa._required import Required, caseless, holds, narrowed, needed_by, present, required
from pesquisa.calendar import alternation
from pesquisa.lexicon import read_data
from pesquisa.records import Span


def compile_entry(entry: str) -> re.Pattern[str]:
    """A data-file entry as a pattern: ``re:`` (ignoring case) or ``RE:`` (as written), else a whole phrase.

    A phrase matches as whole words with an optional plural ending, ignoring case.
    """
    if entry.startswith("RE:"):
        return re.compile(entry[3:])
    if entry.lower().startswith("re:"):
        return re.compile(entry[3:], re.I)
    return re.compile(r"(?<!\w)" + re.escape(entry) + r"(?:e?s)?(?!\w)", re.I)


def _any(entries: list[str]) -> list[re.Pattern[str]]:
    return [compile_entry(e) for e in entries]


def _by_kind(entries: dict[str, list[str]]) -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    """(type, patterns) of each type of a data entry that lists words by event type."""
    return tuple((kind, tuple(_any(words))) for kind, words in entries.items())


def is_count_part(text: str, span: Span, cues: Cues) -> bool:
    """The count at ``span`` is one part of a head count told in parts ("two men and a woman were detained", "tres
    hombres y dos mujeres"): no head count of the event (the parts of three arrested are not "two")."""
    after, before = cues.count_parts
    return any(p.match(text, span.end) for p in after) or \
        any(p.search(text[max(0, span.start - 40):span.start]) for p in before)


@dataclass(frozen=True, slots=True)
class Cues:
    """Everything the event extractor matches, by role."""

    triggers: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]  # (type, patterns) in data-file order
    trigger_needles: tuple[tuple[Required | None, ...], ...]  # beside ``triggers``: what each needs in the text
    not_events: tuple[re.Pattern[str], ...]
    not_event_needles: tuple[Required | None, ...]  # beside ``not_events`` (``required``)
    needed: frozenset[str]  # every string of the two above
    ambiguous: frozenset[str]  # folded trigger words that need an object nearby
    ambiguous_needs: re.Pattern[str]
    day_bound: frozenset[str]  # folded trigger words that state no arrest when dated to a month or year only
    indictments: re.Pattern[str]  # "superseding indictment": a charge told as background
    at_large: tuple[re.Pattern[str], ...]  # "remain fugitives": the charged were not arrested
    arrivals: tuple[re.Pattern[str], ...]  # "upon his arrival": custody at an extradition's end, no arrest
    negations: frozenset[str]
    hypothetical_marks: frozenset[str]
    modals: frozenset[str]
    reported_future: frozenset[str]
    intentions: frozenset[str]  # lemmas of verbs whose complement is only wished or sought
    occurrences: frozenset[str]  # "ocurrido", "occurred": lemmas that assert the deed a noun names, whatever governs it
    future_auxiliaries: frozenset[str]
    future_before: tuple[re.Pattern[str], ...]
    after_marks: tuple[re.Pattern[str], ...]  # "tras", "after" right before an infinitive: done before its clause
    future_modifiers: frozenset[str]
    occurrence_verbs: frozenset[str]
    travel_verbs: frozenset[str]
    purposes: frozenset[str]
    ahead: tuple[re.Pattern[str], ...]  # "ahead of": before a gathering still to come
    commissives: frozenset[str]  # lemmas of verbs whose complement is an event agreed on, to come
    teller_frames: tuple[re.Pattern[str], ...]
    attendance: tuple[re.Pattern[str], ...]
    identification: tuple[re.Pattern[str], ...]
    attributions: tuple[re.Pattern[str], ...]  # "atribuyó el ataque a": who an attack is blamed on
    references: tuple[re.Pattern[str], ...]
    back_references: tuple[re.Pattern[str], ...]
    restatements: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]  # "la entrega": an event told before, again
    group_subjects: tuple[re.Pattern[str], ...]
    sequels: tuple[re.Pattern[str], ...]
    intervals: tuple[re.Pattern[str], ...]  # "within days of", "días después": counted from another event, another day
    precedents: tuple[re.Pattern[str], ...]  # "two weeks after the": before an earlier event a sentence counts from
    lead_ins: tuple[re.Pattern[str], ...]  # "Tras conversar con Trump,": what was done before, opening the sentence
    concurrents: re.Pattern[str]  # "mientras X se reunía": the opening of a clause of another event of the same time
    concurrent_marks: tuple[str, ...]  # "while", "mientras"
    backdrops: re.Pattern[str]  # "amid", "en medio de": what opens the background an event is told against
    framings: tuple[re.Pattern[str], ...]  # "en el marco de la Estrategia ...": the policy an action is told under
    after_references: tuple[re.Pattern[str], ...]  # "After his arrest, ...": an event told before opens the sentence
    concurrent_types: frozenset[str]  # the types of event a clause of the same time tells apart: gatherings
    charging_documents: tuple[re.Pattern[str], ...]  # "The complaint states", "según la acusación"
    companions: tuple[re.Pattern[str], ...]  # "also": a gathering of the same trip as the one just told
    title_synonyms: dict[str, str]  # "mandataria": the title ("presidenta") a word names a person by
    personnel: frozenset[str]  # "elementos", "agents": a body's people, in apposition no description
    precedent_days: dict[str, int]  # "a week" (after): how many days before the sentence's event the earlier was
    durations: tuple[re.Pattern[str], ...]  # "since", "desde" right before a date that starts a state
    ordinal_counts: tuple[re.Pattern[str], ...]  # "her second visit ... this year": a year that counts, no date
    seekers: tuple[re.Pattern[str], ...]  # "buscado por la": before a body that wants the arrested
    venues: tuple[re.Pattern[str], ...]
    premises: tuple[re.Pattern[str], ...]
    locatives: tuple[re.Pattern[str], ...]
    place_modifiers: tuple[re.Pattern[str], ...]  # "port of" after a place: it describes the one named after
    item_families: dict[str, str]  # item -> the family it belongs to ("diesel" -> "fuel")
    non_official_titles: frozenset[str]
    attack_sides: dict[str, frozenset[str]]  # by, against, passive, objects, of: the words that tell who attacked whom
    context_marks: frozenset[str]  # "as", "mientras": what opens a clause of background to the event
    trends: re.Pattern[str]
    tallies: tuple[re.Pattern[str], ...]  # "more than 40 labs since October": a count, no event
    count_parts: tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]  # (after, before) "two men and a woman"
    ties: re.Pattern[str]  # "linked to", "vinculadas al": before an organization that is not acted on
    member_words: re.Pattern[str]  # "operators", "members": after an organization that only qualifies them
    member_of_words: re.Pattern[str]  # "operadores del": before one
    person_ties: re.Pattern[str]  # "operadores más cercanos a", "hijo de": before a person who only qualifies


def _needed(lists: list[list[str]]) -> frozenset[str]:
    """Every string that the patterns of the entries ``lists`` need (``required``)."""
    return needed_by([p for entries in lists for p in _any(entries)])


def _words(entries: list[str]) -> re.Pattern[str]:
    """Any of ``entries`` as whole words, ignoring case."""
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in entries), re.I)


def _lower(entries: list[str]) -> frozenset[str]:
    """``entries`` in lower case."""
    return frozenset(w.lower() for w in entries)


@cache
def load_cues() -> Cues:
    """The compiled cues of ``data/events.yaml`` (read once per process)."""
    data = read_data("events.yaml")
    hyp, fut = data["hypotheticals"], data["future"]
    needs = data["ambiguous_needs"]
    return Cues(
        triggers=tuple((kind, tuple(_any(entries))) for kind, entries in data["triggers"].items()),
        trigger_needles=tuple(tuple(required(p) for p in _any(entries)) for entries in data["triggers"].values()),
        not_events=tuple(_any(data["not_events"])), not_event_needles=tuple(required(p) for p in _any(data["not_events"])),
        ambiguous=frozenset(w.lower() for w in data["ambiguous"]),
        ambiguous_needs=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(needs, key=len, reverse=True))
                                   + r")(?!\w)", re.I),
        day_bound=frozenset(w.casefold() for w in data["day_bound"]), indictments=_words(data["indictments"]),
        at_large=tuple(_any(data["at_large"])), arrivals=tuple(_any(data["arrivals"])),
        negations=_lower(data["negations"]), needed=_needed([*data["triggers"].values(), data["not_events"]]),
        hypothetical_marks=_lower(hyp["marks"]), modals=_lower(hyp["modals"]), occurrences=_lower(hyp["occurrences"]),
        reported_future=_lower(hyp["reported_future"]), intentions=_lower(hyp["intentions"]),
        future_auxiliaries=_lower(fut["auxiliaries"]), future_before=tuple(_any(fut["before"])),
        future_modifiers=_lower(fut["modifiers"]), occurrence_verbs=_lower(fut["occurrence_verbs"]),
        travel_verbs=_lower(fut["travel_verbs"]), purposes=_lower(fut["purposes"]), ahead=tuple(_any(fut["ahead"])),
        commissives=_lower(fut["commissives"]), after_marks=tuple(_any(fut["after_marks"])),
        teller_frames=tuple(_any(data["teller_frames"])), charging_documents=tuple(_any(data["charging_documents"])),
        attendance=tuple(_any(data["attendance"])), after_references=tuple(_any(data["after_references"])),
        identification=tuple(_any(data["identification"])), attributions=tuple(_any(data["attributions"])),
        references=tuple(_any(data["references"])), back_references=tuple(_any(data["back_references"])),
        group_subjects=tuple(_any(data["group_subjects"])), restatements=_by_kind(data["restatements"]),
        sequels=tuple(_any(data["sequels"])), intervals=tuple(_any(data["intervals"])),
        precedents=tuple(_any(data["precedents"])), lead_ins=tuple(_any(data["lead_ins"])),
        concurrent_marks=tuple(w.casefold() for w in data["concurrents"]), concurrent_types=frozenset(data["concurrent_types"]),
        concurrents=re.compile(rf"\b(?:{alternation(data['concurrents'])})\s+(?:[\w.’'-]+\s+){{0,6}}$", re.I),
        companions=tuple(_any(data["companions"])), personnel=frozenset(w.casefold() for w in data["personnel"]),
        title_synonyms={k.casefold(): v.casefold() for k, v in data["title_synonyms"].items()},
        precedent_days={k.casefold(): int(v) for k, v in data["precedent_days"].items()},
        durations=tuple(_any(data["durations"])), ordinal_counts=tuple(_any(data["ordinal_counts"])),
        seekers=tuple(_any(data["seekers"])), framings=tuple(_any(data["framings"])), premises=tuple(_any(data["premises"])),
        venues=tuple(_any(data["venues"] + data["premises"])),
        locatives=tuple(_any(data["locatives"])), place_modifiers=tuple(_any(data["place_modifiers"])),
        item_families={item: family for family, items in data["item_families"].items() for item in items},
        non_official_titles=frozenset(w.lower() for w in data["non_official_titles"]), backdrops=_words(data["backdrops"]),
        attack_sides={k: _lower(v) for k, v in data["attack_sides"].items()}, context_marks=_lower(data["context_marks"]),
        ties=re.compile("(?:" + "|".join(re.escape(w) for w in read_data("relations.yaml")["money"]["linked_to"])
                        + r")\s+(?:the\s+|el\s+|la\s+)?$", re.I),
        member_words=re.compile(r"^(?:['’]s?)?\s*(?:drug\s+)?(?:cartel\s+)?(?:" + "|".join(
            re.escape(w) for words in [*read_data("relations.yaml")["membership"].values(),
                                       read_data("relations.yaml")["kin"]] for w in words) + r")(?:e?s)?\b",
            re.I),
        member_of_words=re.compile(r"(?:" + "|".join(
            re.escape(w) for words in read_data("relations.yaml")["membership"].values() for w in words)
            + r")(?:e?s)?\s+(?:del|de la|de los|de|of the|of|for the|for)\s+(?:(?:facción|célula|faction|cell)\s+"
            r"(?:del|de la|de los|de|of the|of)\s+)?$", re.I),  # "jefe de plaza de la facción de Los Chapitos"
        person_ties=re.compile(r"(?:(?:" + "|".join(re.escape(w) for w in read_data("relations.yaml")["close_to"])
                               + r")|(?:" + "|".join(
            re.escape(w) for words in [*read_data("relations.yaml")["membership"].values(),
                                       read_data("relations.yaml")["kin"]] for w in words)
            + r")(?:e?s)?\s+(?:del|de la|de los|de|of the|of))\s+(?:[“\"«]?\w+[”\"»]?\s+)?$", re.I),
        tallies=tuple(_any(data["tallies"])), count_parts=(tuple(_any(data["count_parts"]["after"])),
                                                           tuple(_any(data["count_parts"]["before"]))),
        trends=re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" if w[0].isalnum() else re.escape(w)
                                   for w in data["trends"]), re.I),
    )


def cues_in(cues: Cues, text: str) -> Cues:
    """``cues`` without the trigger and non-event patterns that cannot match in ``text`` (a document): those whose
    required strings (``required``) it lacks.

    A sentence is part of its document, so a pattern that needs a string the document lacks matches in none of its
    sentences, and the sentence by sentence look-ups run over the few patterns the document holds the strings of.
    """
    folded = present(cues.needed, caseless(text))
    triggers, needles = [], []
    for (kind, patterns), needed in zip(cues.triggers, cues.trigger_needles, strict=True):
        kept = [(p, n) for p, n in zip(patterns, needed, strict=True) if holds(n, folded)]
        triggers.append((kind, tuple(p for p, _n in kept)))
        needles.append(tuple(narrowed(n, folded) for _p, n in kept))  # the strings its sentences may hold
    blocks = [(p, n) for p, n in zip(cues.not_events, cues.not_event_needles, strict=True) if holds(n, folded)]
    return replace(cues, triggers=tuple(triggers), trigger_needles=tuple(needles),
                   not_events=tuple(p for p, _n in blocks), not_event_needles=tuple(narrowed(n, folded) for _p, n in blocks))


@lru_cache(maxsize=1)
def cues_here(body: str) -> Cues:
    """``load_cues()`` without the phrases the document ``body`` lacks (``cues_in``): filtered once per document for
    each step that looks for triggers in its sentences (the restated events' look-up ran all of them on every one)."""
    return cues_in(load_cues(), body)


TriggerHits = tuple[tuple[tuple[re.Match[str], ...], ...], ...]  # by type, by pattern: the matches in a sentence


@lru_cache(maxsize=1024)
def trigger_matches(body: str, text: str) -> TriggerHits:
    """The matches in the sentence ``text`` of the document ``body`` of each trigger pattern the document keeps
    (``cues_here``), by type and pattern as in ``triggers`` (none where the sentence lacks what the pattern needs).
    Found once for a sentence's events and again for the events it names again (``_restated``)."""
    present = cues_here(body)
    folded = caseless(text)
    return tuple(tuple(tuple(p.finditer(text)) if holds(n, folded) else ()
                       for p, n in zip(patterns, needles, strict=True))
                 for (_kind, patterns), needles in zip(present.triggers, present.trigger_needles, strict=True))


def non_event_spans(text: str, cues: Cues) -> list[tuple[int, int]]:
    """The spans of the non-event phrases of a sentence ``text``."""
    folded = caseless(text)
    return [m.span() for p, n in zip(cues.not_events, cues.not_event_needles, strict=True) if holds(n, folded)
            for m in p.finditer(text)]
