"""Events of one document: triggers per sentence, then who, where, when and how much.

Steps, in order:
1. find the datelines and the frames of tellers ("according to ...", "at a press conference");
2. in each sentence, the first trigger of each type not in a non-event phrase ("de acuerdo con", "agreed to meet again"),
   not negated nor hypothetical, is one event; one after "after", "tras" is an earlier event the sentence counts from,
   placed and dated by its own clause ("a week after Rubio held talks"); a charge not dated to the day is no arrest; a
   verb in a relative clause of another trigger's noun tells that noun's event ("a shootout that killed two soldiers");
3. its actors are the people and organizations of the sentence outside datelines, teller frames, media and clauses of
   background ("as ...", "mientras ..."); for arrests, seizures, sanctions, extraditions and attacks the speaker who
   only reports it ("informó que fue detenido ...") is left out;
4. actors split into agents (state bodies, officials) and targets (the arrested, sanctioned, extradited or attacked:
   people without an official title, cartels, companies); an attack's sides are told by its verb (who attacked whom);
5. place: the first place of the sentence after "in"/"en"/"at the port of" (for a visit also the place visited), never a
   dateline; a building alone ("at the Foreign Ministry") is hosted by its organization, which gives the country;
6. date: the date nearest the trigger in the sentence, else an explicit date of its paragraph; planned when told in the
   future, or as what a trip is for or comes ahead of; a date after publication dates only a planned event;
7. attendee lists in the following sentences ("Also participating were ...") join the meeting just told; "identified as
   X" names the one an arrest left unnamed; the officials of "the operation" join the seizure or arrest just told;
8. quantities of the sentence are the event's amounts; seized quantities told in later sentences join the seizure;
9. an undated agreement of the people of a dated meeting just told was reached at it; an undated arrest or seizure right
   after a dated one was part of the same operation; a call its teller says she held is of the day she told it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pesquisa._required import searched
from pesquisa.extract.events._arresters import own_personnel, without_recipients
from pesquisa.extract.events._called_off import called_off, moved_to
from pesquisa.extract.events._clauses import in_when_clause, possessor_antecedent
from pesquisa.extract.events._context import DocumentContext, tree_distance
from pesquisa.extract.events._counted_forward import date_counted_forward
from pesquisa.extract.events._cues import Cues, TriggerHits, cues_here, is_count_part, load_cues, non_event_spans, trigger_matches
from pesquisa.extract.events._date_line_lead import date_line_lead
from pesquisa.extract.events._earlier import (
    counts_days,
    date_counted,
    earlier_clause,
    fronted_clause,
    lead_in,
    lead_of,
    named_back,
    region_of,
    told_last,
)
from pesquisa.extract.events._frames import agreed_on, is_hypothetical, is_negated, is_planned, unnamed_officials
from pesquisa.extract.events._groups import acting_group
from pesquisa.extract.events._hosts import drop_host_tellers
from pesquisa.extract.events._joins import NOWHERE, join_blamed, join_named_next, join_referred, unquoted
from pesquisa.extract.events._reached_at import reached_at
from pesquisa.extract.events._readings import (
    TARGETED_TYPES,
    acting,
    attack_sides,
    background_charge,
    earlier_other,
    hand_overs,
    link_seized,
    qualifying,
    statistic,
    still_to_come,
    targets_of,
    titled_people,
    told_again,
)
from pesquisa.extract.events._relative_deed import relative_retold
from pesquisa.extract.events._restated import date_headline, date_restated
from pesquisa.extract.events._retold_month import retold_date
from pesquisa.extract.events._roles import is_agent, org_entry, place_country
from pesquisa.extract.events._scene import placed
from pesquisa.extract.events._sequels import GATHERINGS, OPERATIONS, counted_apart, drop_arrivals_of_the_sent, join_agreed
from pesquisa.extract.events._suspects import operation_of, people_from_before, settle_operations
from pesquisa.extract.events._told_again import fold_told_again
from pesquisa.extract.events._told_calls import date_told_calls
from pesquisa.records import DateMention, Event, LocalEntity, Mention, Quantity, Quote, Span

CONTINUATION = re.compile(r"^\s*(?:as well as|also|and|además|asimismo|también|así como)\b", re.I)
Hit = tuple[str, re.Match[str], tuple[int, int] | None]  # type, trigger, the clause of an earlier event


def _trigger_token(doc: Doc, start: int, end: int) -> Token | None:
    return span.root if (span := doc.char_span(start, end, alignment_mode="expand")) is not None and len(span) else None


def _triggers_in(text: str, matches: TriggerHits, cues: Cues, seized_in_sentence: bool,
                 names: list[tuple[int, int]]) -> list[Hit]:
    """(type, match, None) of the first usable trigger of each type in a sentence, and (type, match, clause) of an
    earlier event of the type it counts from ("dos semanas después de la llamada del 5 de noviembre").

    A trigger inside a non-event phrase or inside a name ("North American Free Trade Agreement", "Cumbre Judicial") is
    none; an ambiguous one needs its object nearby.
    """
    blocked: list[tuple[int, int]] | None = None  # the non-event phrases, found once a trigger needs them
    out: list[Hit] = []
    for (kind, _patterns), of_kind in zip(cues.triggers, matches, strict=True):  # (``trigger_matches``)
        found = sorted((m for of_pattern in of_kind for m in of_pattern), key=lambda m: m.start())
        usable = []
        for match in found:
            if blocked is None:
                blocked = non_event_spans(text, cues)
            if any(s < match.end() and match.start() < e for s, e in blocked) or \
                    any(s <= match.start() and match.end() <= e for s, e in names):
                continue
            word = match.group(0).lower()
            singular = {word, word.removesuffix("s"), word.removesuffix("es")}
            if singular & cues.ambiguous and not (seized_in_sentence or cues.ambiguous_needs.search(text)):
                continue
            usable.append(match)
        earlier = {m.start(): earlier_clause(text, m, cues, kind) for m in usable}
        own = [m for m in usable if earlier[m.start()] is None]
        counted = [m for m in usable if (c := earlier[m.start()]) and counts_days(text[:c[0]], cues)]
        if usable and not own and counted:  # "se reunieron ayer, una semana después de la llamada del 30 de
            start = earlier[counted[0].start()]  # noviembre": an earlier call, its clause to the end
            out.append((kind, counted[0], (start[0], len(text.rstrip())) if start else None))
            continue
        own = own or usable  # "acuerdan ampliar plazo tras llamada telefónica": the only one is the sentence's
        # "the meeting" refers back; another trigger of the type in the sentence is the news
        fresh = [m for m in own if not any(p.search(text[max(0, m.start() - 12):m.start()]) for p in cues.back_references)]
        if usable:
            chosen = (fresh or own)[0]
            out.append((kind, chosen, None))
            out += [(kind, m, earlier[m.start()]) for m in usable if earlier[m.start()]
                    and (m.start() >= chosen.end() or m.end() <= chosen.start())][:1]
    return out


def _inherited_subject(token: Token) -> set[int]:
    """Indexes of the subject a trigger's verb shares with the clause above it, when it has none of its own.

    "De la Fuente y Rubio se reunieron en la Ciudad de México, donde acordaron crear un grupo":
    who agreed is who met, however far the parser hangs "acordaron" from them.
    """
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_.startswith("nsubj") for c in verb.children):
        return set()
    for above in verb.ancestors:
        if above.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in above.children if c.dep_.startswith("nsubj")), None)
        if subject is not None:
            return {t.i for t in subject.subtree}
    return set()


def _closest(ctx: DocumentContext, actors: list[tuple[Mention, LocalEntity]], token: Token | None,
             others: list[Token], *, slack: int = 2) -> list[tuple[Mention, LocalEntity]]:
    """The actors of a sentence with several events that belong to this one: those not much nearer another trigger.

    "summarized the security agreement presented during the dialogue in which Blinken took
    part": Blinken is a participant of the dialogue, not of the agreement. ``slack``: how many
    edges nearer another trigger an actor may be and still count (none for a trigger that
    refers back, "The call came days after Mexico sent ... Caro Quintero"). The one a "whose" clause holding the
    trigger hangs from is none of its actors ("Ortega, whose brother was killed").
    """
    owner = possessor_antecedent(token)
    actors = [(m, e) for m, e in actors if (owner is None or not m.span.start <= owner.idx < m.span.end)
              and not in_when_clause(ctx.doc, m.span, token)]  # "since February, when X was sent": not X
    if token is None or not others:
        return actors
    inherited = _inherited_subject(token)
    kept = []
    for m, e in actors:
        head = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if head is None or not len(head) or head.root.i in inherited:
            kept.append((m, e))
            continue
        mine = tree_distance(head.root, token)
        if mine <= min(tree_distance(head.root, o) for o in others) + slack:
            kept.append((m, e))
    return kept


def _build(ctx: DocumentContext, sentence: Span, kind: str, match: re.Match[str], taken: list[Span],
           others: list[Token], *, region: Span | None = None, inherited: list[str] | None = None,
           rivals: list[Token] | None = None, apart: list[Span] | None = None) -> Event | None:
    """The event of one trigger, or None when it tells none. ``region``: the part of the sentence that places and
    dates it: the rest of the sentence, or, with ``inherited`` (the people of the sentence's own event of the
    type), the clause of an earlier event the sentence counts from ("dos semanas después de la llamada del 5 de
    noviembre"), whose actors are those of the clause, else the sentence's (their earlier call). ``rivals``: the
    triggers of other events whose places and dates are their own (not a trip's: where and when someone arrived
    is where and when they met). ``apart``: the clauses of earlier events, whose actors are theirs ("These
    designations follow the February designation of the Sinaloa Cartel")."""
    cues, region = ctx.cues, region or sentence
    trigger = Span(sentence.start + match.start(), sentence.start + match.end())
    token = _trigger_token(ctx.doc, trigger.start, trigger.end)
    if (off := called_off(token)) == "cancelled" or statistic(ctx, sentence, token) or \
            (token is not None and (is_negated(token, cues) or is_hypothetical(token, cues))):  # postponed: still to come
        return None
    # "The call came days after ...": an event told before, which takes no actor nearer the new one
    first = match.group(0).split()[0] + " "
    refers_back = any(p.search(ctx.body[max(sentence.start, trigger.start - 12):trigger.start]) or p.search(first)
                      for p in cues.back_references)
    actors = _closest(ctx, acting(ctx, without_recipients(ctx, ctx.actors(sentence, kind, trigger), kind), kind, trigger),
                      token, others, slack=0 if refers_back else 2)
    actors += own_personnel(ctx, sentence, token, kind, actors)  # "La Marina informa que personal naval detuvo a"
    earlier = inherited is not None
    if earlier:
        actors = [(m, e) for m, e in actors if region.contains(m.span)]
    elif apart:
        actors = [(m, e) for m, e in actors if not any(c.contains(m.span) for c in apart)]
    people = [e for _m, e in actors if e.type == "person"]
    orgs = [e for _m, e in actors if e.type == "organization"]
    antecedent = ctx.pronoun_antecedent(sentence, token)
    group = acting_group(ctx, sentence, token, kind, people)
    titled = titled_people(ctx, region) if kind in GATHERINGS | {"agreement", "commitment"} else []
    participants = list(dict.fromkeys([e.local_id for e in people] + ([antecedent] if antecedent else []) + group
                                      + titled + [e.local_id for e in orgs])) or list(inherited or [])
    if kind in GATHERINGS and not participants and (token is None or not (agreed_on(token, cues) or unnamed_officials(token))):
        return None  # "the meeting will help": a reference back (one agreed on is of who agreed: ``join_agreed``)
    targets, attackers = attack_sides(ctx, kind, actors, token, targets_of(ctx, sentence, kind, actors, antecedent))
    if kind == "extradition":  # "a plaza boss for the Sinaloa Cartel was extradited": the cartel only qualifies him
        participants = [p for p in participants if p not in qualifying(ctx, sentence, actors)]
    venue = ctx.venue(region)
    agents = sorted((e for e in orgs if e.local_id in attackers or (e.local_id not in targets and (
        is_agent(e, cues) or kind in GATHERINGS))), key=lambda e: e.local_id not in attackers)  # who attacked first
    organizer = venue.local_id if venue and kind != "attack" else (agents[0].local_id if agents else None)  # no host attacks
    country = place_country(place) if (place := ctx.place(region, kind, trigger, others=rivals)) else None
    if country is None and venue is not None:
        entry = org_entry(venue)
        country = entry.country if entry else None
    amounts = [q.span for q in ctx.quantities if region.contains(q.span) and not is_count_part(ctx.body, q.span, ctx.cues)]
    planned = bool(token is not None and (off or is_planned(token, ctx.doc, cues)))
    date = ctx.date(region, trigger, taken, kind, planned=planned, own_only=earlier, others=rivals)
    date = moved_to(token, ctx.dates, ctx.published) if off else still_to_come(date, ctx.published) if planned else date
    if date is None and not earlier and (lead := lead_of(sentence, region, apart or [])) is not None:
        date = ctx.date(lead, trigger, taken, kind, planned=planned, own_only=True)
    if background_charge(ctx, sentence, match, date):
        return None
    return Event(kind, region if earlier else sentence, match.group(0),
                 participants=participants, place=place.local_id if place else None,
                 date=date, organizer=organizer, planned=planned, country=country,
                 targets=targets, amounts=amounts, trigger_span=trigger)


def _join_lists(ctx: DocumentContext, sentences: list[Span], events: list[Event]) -> None:
    """Attendee lists and identifications in the sentences after an event join it (step 7)."""
    cues = ctx.cues
    last_gathering: tuple[int, Event] | None = None
    last_targeted: tuple[int, Event] | None = None
    listing = False
    for i, sentence in enumerate(sentences):
        own = [e for e in events if e.span == sentence]
        # the people of an event the sentence tells in a clause of its own ("a day after Sheinbaum spoke with Trump")
        busy = {p for e in events if sentence.contains(e.span) and e.span != sentence for p in e.participants}
        text = unquoted(ctx, sentence)  # what someone said refers back to nothing the story told
        # the cheap distance tests first: the cue patterns run only where their answer counts
        if last_gathering and i - last_gathering[0] <= 4 and (
                searched(cues.attendance, text) or (listing and CONTINUATION.match(text))):
            target = next((e for e in own if e.type in GATHERINGS), last_gathering[1])
            lead = lead_in(text, cues, [])  # "Tras conversar con Trump, la presidenta encabezó ..., acompañada por"
            before = Span(sentence.start, sentence.start + lead[1]) if lead and target in own and \
                target.trigger_span is not None and target.trigger_span.start >= sentence.start + lead[1] else None
            for m, e in ctx.actors(sentence, target.type, NOWHERE):
                if e.local_id not in target.participants and not (before and before.contains(m.span)):
                    target.participants.append(e.local_id)
            listing = True
        else:
            listing = False
        # the operation told after an attack is the response to it, none of the attack's ("ya hay un operativo conjunto")
        if not own and last_targeted and i - last_targeted[0] <= 2 and last_targeted[1].type != "attack" and \
                searched(cues.references, text):
            event = last_targeted[1]
            for _m, e in ctx.actors(sentence, event.type, NOWHERE):
                if is_agent(e, cues) and e.local_id not in event.participants and e.local_id not in busy:
                    event.participants.append(e.local_id)
        # "la Guardia Nacional detuvo a X, identificado como jefe de plaza": an arrest of its own names its man
        if last_targeted and i - last_targeted[0] <= 3 and not any(e.type in TARGETED_TYPES for e in own) and \
                searched(cues.identification, text):
            event = last_targeted[1]
            for _m, e in ctx.actors(sentence, event.type, NOWHERE):
                # the victims of an attack are often officials ("entre las víctimas se encuentra el regidor ...")
                if e.type == "person" and (event.type == "attack" or not is_agent(e, cues)) and \
                        e.local_id not in event.participants:
                    event.participants.append(e.local_id)
                    event.targets.append(e.local_id)
        if last_targeted and last_targeted[1].type == "attack" and i - last_targeted[0] <= 3:
            join_blamed(ctx, sentence, last_targeted[1])
        if last_targeted and i - last_targeted[0] == 1 and all(earlier_other(e, last_targeted[1]) for e in own):
            join_named_next(ctx, sentence, last_targeted[1], busy)
        for event in sorted(own, key=lambda e: -(e.trigger_span or sentence).start):  # the main clause's, told first, last
            if event.type in GATHERINGS:
                last_gathering = (i, event)
            if event.type in TARGETED_TYPES | {"seizure"}:
                last_targeted = (i, event)


def _date_from_context(ctx: DocumentContext, events: list[Event], sentences: list[Span]) -> None:
    """Undated events that belong to a dated one just told take its day (step 9). What "later", "más tarde" tells
    followed the event of the sentences before, the same day; so did a gathering "also" held ("García Harfuch also met
    FBI Director Kash Patel"); a gathering still planned ("also agreed that their teams would hold talks") takes no day
    of the one just told; a sanction "also" told, that of the sanction before.

    An agreement or commitment told in the two sentences after a dated signing was made that day ("The United States
    and Mexico today signed a memorandum ... Hooker and de la Fuente signed the memorandum at the Foreign Ministry.
    Both governments committed to ..."). An agreement or commitment of the people of a meeting, call or visit of
    the three sentences before was reached there ("Rubio met de la Fuente on Thursday. The two agreed to set up a
    working group"), not at one still to come ("agreed to meet again"), the one it names or no mere arrival
    (``reached_at``); one naming no one who agreed ("Según la presidenta, acordaron que el canciller viaje") was agreed
    by the people of the call or meeting just told, and takes them too. An arrest or seizure in the sentence right after
    a seizure or arrest is part of the same operation ("seized 150 pounds of fentanyl on Sunday. The driver was
    arrested"), one just after a clash made in it (``operation_of``). First, an event named again takes its day.
    """
    date_restated(ctx, date_told_calls(ctx, events), sentences)
    index = {s: i for i, s in enumerate(sentences)}
    for event in events:
        if event.date or event.span not in index:
            continue
        named = searched(ctx.cues.references, text := ctx.body[event.span.start:event.span.end])  # "en el operativo"
        if event.planned and event.type in GATHERINGS:
            continue  # "The leaders also agreed that their teams would hold talks": not on the day of the call
        if (sequel := searched(ctx.cues.sequels, text)) or (
                event.type in GATHERINGS | {"sanction"} and searched(ctx.cues.companions, text)):
            before = [g for g in events if g.date and not g.planned and g.span in index  # past its attendee lists
                      and 1 <= index[event.span] - index[g.span] <= (6 if sequel else 3)
                      and (sequel or event.type in GATHERINGS or g.type == event.type)]  # "OFAC also designated"
        elif event.type in {"agreement", "commitment"}:
            before = [g for g in events if g.date and not g.planned and g.span in index and (
                (g.type in GATHERINGS and 0 <= index[event.span] - index[g.span] <= (
                    6 if set(event.participants) & set(g.participants) else 3 if not event.participants else -1))
                or (g.type in {"agreement", event.type} and 1 <= index[event.span] - index[g.span] <= 2))]
        elif event.type in OPERATIONS | {"attack"} and not event.planned and not counted_apart(ctx, event, events):
            before = [g for g in events if operation_of(ctx, g, event, index[event.span] - index.get(g.span, -9),
                                                            named=named)]
        else:
            continue
        if before:
            event.date = (last := reached_at(ctx, event, before, index)).date
            event.participants = people_from_before(event, last)  # "En el encuentro, ambos acordaron"


def _goods_described(ctx: DocumentContext, sentence: Span, kind: str, token: Token | None) -> bool:
    """A seizure trigger that says what things are ("every weapon seized at the border"), no seizure of its own (a
    headline's "Tankers ... seized" tells one, and so does a sentence with a seized amount)."""
    return kind == "seizure" and token is not None and token.dep_ in {"acl", "relcl"} and sentence.start > 0 and \
        not any(q.kind == "seizure" and sentence.contains(q.span) for q in ctx.quantities)


def extract_events(doc: Doc, entities: list[LocalEntity], dates: list[DateMention], *,
                   quantities: list[Quantity] | None = None, quotes: list[Quote] | None = None,
                   published: str | None = None, filed: str | None = None) -> list[Event]:
    """Events of one parsed document (the steps in the module docstring; ``filed``: ``filed_day``); pure."""
    cues = load_cues()
    ctx = DocumentContext(doc, entities, dates, quantities or [], quotes or [], cues, published=published)
    sentences = [Span(s.start_char, s.end_char) for s in doc.sents if ctx.body[s.start_char:s.end_char].strip()]
    found: dict[Span, list[Hit]] = {}
    present = cues_here(ctx.body)
    for sentence in sentences:
        text = ctx.body[sentence.start:sentence.end]
        seized = any(q.kind == "seizure" and sentence.contains(q.span) for q in ctx.quantities)
        names = [(m.span.start - sentence.start, m.span.end - sentence.start) for m, _e in ctx.mentions
                 if sentence.contains(m.span) and len(m.text.split()) > 1]
        found[sentence] = _triggers_in(text, trigger_matches(ctx.body, text), present, seized, names)
    events: list[Event] = []
    for sentence in sentences:
        hits = relative_retold(doc, sentence.start, sorted(found[sentence], key=lambda h: h[2] is not None))  # earlier last
        tokens = [_trigger_token(doc, sentence.start + m.start(), sentence.start + m.end()) for _k, m, _c in hits]
        own: dict[str, Event] = {}
        counted: list[tuple[Event, Span]] = []
        lead = lead_in(ctx.body[sentence.start:sentence.end], cues, [m for _k, m, _c in hits])
        for (kind, match, clause), token in zip(hits, tokens, strict=True):
            if _goods_described(ctx, sentence, kind, token):
                continue
            again = told_again(ctx, sentence, match, token, bool(back := named_back(events, kind)))
            if kind in GATHERINGS and again:  # "La llamada ocurrió un día después de que ...": counted from the one told
                own.setdefault(kind, told_last(events, *back))
                continue
            taken = [s for s, other in found.items() if s != sentence and any(t == kind for t, _m, _c in other)]
            others = [t for t in tokens if t is not None and t is not token]
            # where someone travelled is where they met ("Noem, who arrived in Mexico on Wednesday, also held talks")
            rivals = [t for (k, _m, _c), t in zip(hits, tokens, strict=True) if t is not None and t is not token and k != "visit"]
            clauses = [c for k, _m, c in hits if k == kind and c]
            region = region_of(sentence, match, clause, clauses)
            if clause is None and (front := fronted_clause(ctx.body[sentence.start:sentence.end], match, cues, kind)):
                region, taken = Span(sentence.start + front[0], sentence.start + front[1]), [*taken, sentence]
            apart = [Span(sentence.start + a, sentence.start + b) for a, b in clauses]
            taken += apart  # their dates and actors are theirs; "Tras conversar con Trump, ...": his part was before
            apart += [Span(sentence.start + lead[0], sentence.start + lead[1])] if lead and match.start() >= lead[1] else []
            # an earlier gathering or deal the sentence tells only in that clause is of the people of the sentence's event
            told = own.get(kind) or next(iter(own.values()), None)  # (not a seizure the call came after: officials')
            inherited = ([] if told is None else told.participants if told.type == kind
                         else [p for p in told.participants if p in ctx.people and kind not in OPERATIONS | TARGETED_TYPES])
            event = _build(ctx, sentence, kind, match, taken, others, region=region, rivals=rivals,
                           inherited=inherited if clause else None, apart=apart)
            if event is not None:
                if again and (event.date is None or len(event.date) < 10):  # "the latest blow since last year": the day
                    event.date = retold_date(event.date, events, kind, ctx.published)  # told before (or a weekend just past)
                counted += [(event, region)] if clause and event.date is None else []
                events.append(event)
                own.setdefault(kind, event)
        date_counted(ctx, counted, own, events)
    events = placed(ctx, hand_overs(ctx, join_referred(ctx, fold_told_again(ctx, date_line_lead(ctx, events, filed)))))
    _join_lists(ctx, sentences, events)
    link_seized(ctx, events)
    _date_from_context(ctx, events, sentences)
    date_headline(ctx, date_counted_forward(ctx, events))  # again: the story's events dated by now may date the headline
    return settle_operations(ctx, drop_host_tellers(ctx, drop_arrivals_of_the_sent(ctx, join_agreed(events, ctx))))
