"""Earlier events a sentence counts from: "met Rubio in Washington on Tuesday, a week after Rubio held talks in Mexico
City", "hablaron por teléfono este jueves, dos semanas después de la llamada del pasado 5 de noviembre".

Such a trigger, after "after", "tras", "después de" (``precedents`` in events.yaml), tells an event of its own
besides the sentence's: its clause (from "after" to the next comma) places and dates it, and the sentence's own
event takes nothing from that clause; words before it that count days or weeks (``precedent_days``) give its day
from the sentence's own.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._counted_back import referred_day
from pesquisa.extract.events._cues import Cues, compile_entry
from pesquisa.extract.events._told_calls import date_told_calls
from pesquisa.lexicon import read_data
from pesquisa.records import Event, Span

# a name in apposition between two commas ("con el director del FBI, Kash Patel,")
VISITED = ("meeting", "call")  # what a visitor's visit, named again, was told as
ENDED_IN = (("attack", "arrest"), ("meeting", "agreement"))  # what the second came right out of, told after "after"
APPOSED_NAME = re.compile(r"\s*(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*\s+){0,3}[A-ZÁÉÍÓÚÑ][\w.'’-]*\s*(?:,|$)")


def earlier_clause(text: str, match: re.Match[str], cues: Cues, kind: str) -> tuple[int, int] | None:
    """The clause of an earlier event the sentence counts from ("a week after Rubio held talks in Mexico City"), or of
    one of its time ("mientras X se reunía en Washington"): from "after" to the next comma (past a name in apposition),
    semicolon or the end; None for a trigger with no such words before it, nor its own past day after it ("la reunión
    del pasado jueves", ``dated_back``)."""
    start = max(0, match.start() - 50)
    patterns = (*cues.precedents, cues.concurrents) if kind in cues.concurrent_types else cues.precedents
    words = next((m for p in patterns if (m := p.search(text[start:match.start()]))), None)
    begin = dated_back(text, match, cues, kind) if words is None else start + words.start()
    if begin is None:
        return None
    end = match.end()
    while (stop := re.search(r"[,;]", text[end:])) is not None:
        named = APPOSED_NAME.match(text, end + stop.end())
        if stop.group() != "," or named is None:
            return begin, end + stop.start()
        end = named.end() - 1  # "con el director del FBI, Kash Patel, en la Ciudad de México": the name is the clause's
    return begin, len(text.rstrip())


def dated_back(text: str, match: re.Match[str], cues: Cues, kind: str) -> int | None:
    """Where the clause of a gathering named with its own past day begins ("los acuerdos alcanzados en la reunión del
    pasado jueves entre X y Y": its trigger), or None: a follow-up a week on tells the meeting it follows up beside its
    own news (``dated_back`` in events.yaml)."""
    if kind not in cues.concurrent_types or not any(p.match(text, match.end()) for p in _dated_back()):
        return None
    return match.start()


@cache
def _dated_back() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["dated_back"])


def fronted_clause(text: str, match: re.Match[str], cues: Cues, kind: str) -> tuple[int, int] | None:
    """The clause that opens the sentence and holds its only trigger of the type ("Tras reunirse con Sheinbaum,
    Landau viajó el martes a Monterrey", "After meeting with X, Landau flew to Monterrey on Tuesday"): the event is
    placed and dated there, not where and when the main clause's subject went or spoke; None otherwise."""
    clause = earlier_clause(text, match, cues, kind)
    return clause if clause is not None and not text[:clause[0]].strip() else None


def lead_in(text: str, cues: Cues, triggers: list[re.Match[str]]) -> tuple[int, int] | None:
    """The clause opening the sentence that tells what its subject did before the news ("Tras conversar con Trump, la
    presidenta encabezó la reunión del Gabinete"), when it holds no trigger: its people take no part in the news;
    None otherwise (a clause with a trigger tells an earlier event of its own, ``earlier_clause``)."""
    found = next((m for p in cues.lead_ins if (m := p.search(text))), None)
    if found is None or any(t.start() < found.end() for t in triggers):
        return None
    return found.span()


def region_of(sentence: Span, match: re.Match[str], clause: tuple[int, int] | None,
            clauses: list[tuple[int, int]]) -> Span:
    """Where in the sentence a trigger's place and date are read: an earlier event's own clause; for the sentence's
    own event, the part of the sentence before or after the clause of an earlier one, on the side of its trigger."""
    if clause:
        return Span(sentence.start + clause[0], sentence.start + clause[1])
    if not clauses:
        return sentence
    start, end = clauses[0]
    if match.start() < start:
        return Span(sentence.start, sentence.start + start)
    return Span(sentence.start + end, sentence.end)


def lead_of(sentence: Span, region: Span, clauses: list[Span]) -> Span | None:
    """The words that open the sentence before the clause of another event, when the trigger's part comes after that
    clause ("Este martes, mientras X se reunía en Washington, en la Ciudad de México Y sostuvo un encuentro": "Este
    martes" dates both); None without them."""
    lead = min((c.start for c in clauses), default=sentence.start)
    return Span(sentence.start, lead) if region.start > lead > sentence.start else None


@cache
def _approximate() -> tuple[re.Pattern[str], ...]:
    """``approximate_counts`` of events.yaml: "less than a week", "más de una semana"."""
    return tuple(compile_entry(e) for e in read_data("events.yaml")["approximate_counts"])


def counts_days(before: str, cues: Cues) -> int | None:
    """How many days the words right before an earlier event's clause count ("a week", "dos semanas"), or None."""
    said = " ".join(before[-20:].casefold().split())
    return next((n for words, n in cues.precedent_days.items() if said.endswith(words)), None)


def bounded(before: str) -> bool:
    """The count before an earlier event's clause is a bound, no number of days ("less than a week after", "más de una
    semana después"): the earlier event is told, its day is not."""
    said = " ".join(before[-40:].casefold().split())
    return any(p.search(said) for p in _approximate())


def days_before(ctx: DocumentContext, clause: Span, day: str | None) -> str | None:
    """The day of an earlier event the sentence counts from, ``day`` less what the words before its clause say ("a
    week after", "dos semanas después de"), or None; that of one told as of the same time ("mientras"), ``day``."""
    if day and ctx.body[clause.start:clause.end].casefold().startswith(ctx.cues.concurrent_marks):
        return day  # "mientras X se reunía en Washington": the sentence's own time
    if day and _same_day(ctx.body[max(0, clause.start - 40):clause.start + 60]):
        return day  # "tras reunirse por la mañana con Lutnick", "hours after meeting X": that day, earlier
    if not day or len(day) != 10:
        return None
    before = ctx.body[max(0, clause.start - 40):clause.start]
    days = None if bounded(before) else counts_days(before, ctx.cues)
    return (dt.date.fromisoformat(day) - dt.timedelta(days=days)).isoformat() if days else None


@cache
def _same_day_marks() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["same_day_marks"])


def _same_day(text: str) -> bool:
    """True when ``text`` (around an earlier event's clause) places it on the sentence's own day (``same_day_marks``)."""
    return any(p.search(text) for p in _same_day_marks())


def _day_of_main_clause(ctx: DocumentContext, clause: Span) -> str | None:
    """The last day named in the sentence before ``clause``, or None: when what the sentence tells is no event of ours
    ("pleaded not guilty Friday, a day after Mexico extradited him"), the day the clause counts from."""
    token = ctx.doc.char_span(clause.start, clause.end, alignment_mode="expand")
    if token is None or not len(token):
        return None
    start = token[0].sent.start_char
    days = [d for d in ctx.dates if start <= d.span.start and d.span.end <= clause.start and d.value and len(d.value) == 10
            and not ctx.in_dateline(d.span)]
    return days[-1].value if days else None


def told_last(events: list[Event], *kinds: str) -> Event:
    """The gathering of ``kinds`` a sentence names again ("The meeting comes a week after ..."): the last told with its
    day, else the last told (one told "later" that day gets its day only once the story is read); of those, one that
    took place before one still to come ("met Wednesday ... was also scheduled to meet Thursday with Noem. The meeting
    came a day after ...": Wednesday's)."""
    return max(reversed([e for e in events if e.type in kinds]), key=lambda e: (e.date is not None, not e.planned))


def named_back(events: list[Event], kind: str) -> tuple[str, ...]:
    """The types of the gatherings told before that a trigger of ``kind`` may name again: its own, and, for a visit,
    the meetings and calls its visitor held ("Landau met Sheinbaum on Thursday. Landau's visit came a day after ...");
    none when none was told."""
    kinds = (kind, *VISITED) if kind == "visit" else (kind,)
    return tuple(k for k in kinds if any(e.type == k for e in events))


def date_counted(ctx: DocumentContext, counted: list[tuple[Event, Span]], own: dict[str, Event], events: list[Event]) -> None:
    """Date the undated earlier events of a sentence (with their clauses) from its own event of the type, else its
    first: once the whole sentence is read, as its own may come after ("The call came a week after X met Y"); with no
    event of its own, from the day its main clause names ("appeared in court Friday, a day after he was extradited"),
    else from the day of the event of ``events`` told before that its subject names again ("The transfer came a day
    after ..."; a call told earlier by its party on the day she held it, ``date_told_calls``)."""
    if counted:
        date_told_calls(ctx, events)
    for event, region in counted:  # its own event of the type first, then one told to the day ("The call came four days
        mine = [e for e in (own.get(event.type), *own.values()) if e is not None and e is not event]  # after soldiers
        told = next((e for e in mine if e.date and len(e.date) == 10), mine[0] if mine else None)  # seized ..., the
        # largest such seizure this year": the call's day, not the year of the seizure's restatement)
        if told is not None and borrowed_day(ctx, told, event, events, region):
            told.date = None  # "X was arrested on Nov. 20. Two days after his arrest, agents seized ...": counted forward
            continue
        event.date = days_before(ctx, region, told.date if told else _day_of_main_clause(ctx, region)
                                 or referred_day(ctx, region, events))
    for before_kind, after_kind in ENDED_IN:
        _date_ended(ctx, own.get(before_kind), own.get(after_kind))


def _date_ended(ctx: DocumentContext, earlier: Event | None, outcome: Event | None) -> None:
    """Give the undated ``earlier`` event the day of ``outcome``, its sentence's, when ``earlier`` is told, with no
    count of days, as what ``outcome`` came right after (``_ended_in``). Writes the event."""
    if earlier is None or outcome is None or earlier.date is not None or earlier.trigger_span is None or \
            not outcome.date or len(outcome.date) != 10:
        return
    before = ctx.body[max(0, earlier.trigger_span.start - 40):earlier.trigger_span.start]
    if any(p.search(before) for p in ctx.cues.precedents) and _ended_in(ctx, earlier, before):
        earlier.date = outcome.date


@cache
def _clash_words(key: str = "") -> frozenset[str]:
    """The words of a clash (``clash_nouns``, ``clash_shots``), or those of events.yaml ``key``."""
    data = read_data("events.yaml")
    return frozenset(w.casefold() for w in ((*data["clash_nouns"], *data["clash_shots"]) if not key else data[key]))


def _ended_in(ctx: DocumentContext, earlier: Event, before: str) -> bool:
    """True when ``earlier``, told right after "after", "tras" (``before``) with no count of days nor a span of time, is
    a gathering an agreement came out of ("agreed on Thursday to ..., following a meeting between Rubio and
    Sheinbaum"), or a clash an arrest ended ("was taken into custody early Saturday after exchanging gunfire with
    agents", "detenido tras un enfrentamiento"): that day. Not a killing the arrest was for ("arrested Tuesday after the
    murder of a journalist"), nor "following months of talks"."""
    told = earlier.trigger_span or earlier.span
    words = re.findall(r"\w+", ctx.body[told.start:told.end].casefold())
    spans = set(re.findall(r"\w+", before.casefold())) & _clash_words("periods")
    return not bounded(before) and counts_days(before, ctx.cues) is None and not spans and (
        earlier.type != "attack" or any(w in _clash_words() for w in words))


def borrowed_day(ctx: DocumentContext, own: Event, clause: Event, events: list[Event], region: Span) -> bool:
    """True when ``own``, the event of a sentence that counts days from ``clause`` ("Two days after his arrest, agents
    seized ..."), has a day its sentence does not state (its paragraph's: "X was arrested on Nov. 20."), while an event
    of the clause's type was told with its day before: the sentence counts forward from that one
    (`_counted_forward`), not back from a day that is the clause's own."""
    stated = any(d.value == own.date and own.span.contains(d.span) for d in ctx.dates)
    before = ctx.body[max(0, region.start - 40):region.start]
    told = any(e.type == clause.type and e.date and len(e.date) == 10 and e.span.end <= own.span.start for e in events)
    return own.date is not None and not stated and told and not bounded(before) and bool(counts_days(before, ctx.cues))
