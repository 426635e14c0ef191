"""The per-document context every event of it is read against: who is named where, which dates,
which paragraphs, which datelines and teller frames.

``DocumentContext`` answers the questions the steps of ``_extract`` ask of one sentence:
who takes part, where, in which building, when, and who "he" is.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Token

from pesquisa._required import searched
from pesquisa.extract.datelines import date_line_spans, dateline_spans
from pesquisa.extract.events._announced_deed import DESCRIBED, clause_on_event, told_apart
from pesquisa.extract.events._backdrops import crime_opens, crime_year, in_backdrop, told_in_pluperfect
from pesquisa.extract.events._clauses import dropped_subject, hangs_from_trigger, in_other_conjunct, starts_state, told_in_frame
from pesquisa.extract.events._coming import coming_dates
from pesquisa.extract.events._cues import Cues
from pesquisa.extract.events._deed_verbs import does_deed
from pesquisa.extract.events._frames import describes, governing_verb, reported_before_teller, speech_verb_before, teller_spans
from pesquisa.extract.events._fronted import described_apart, fronted_shared
from pesquisa.extract.events._gathering_places import GATHERED, rival_triggers  # meetings, calls, visits: own places
from pesquisa.extract.events._roles import fronts_others, is_agent, is_media, teller_words, tells_own_deed, told_inside
from pesquisa.extract.nlp import doc_text
from pesquisa.extract.quotes import is_speech_verb
from pesquisa.records import DateMention, LocalEntity, Mention, Quantity, Quote, Span

# types whose teller is no participant (at meetings the speaker took part; a seizure's, for the body that made it)
TOLD_TYPES = {"arrest", "extradition", "sanction", "attack"}
PRONOUN_SUBJECT = re.compile(r"^(he|she|él|ella)$", re.I)
EXPLICIT_DATE = re.compile(r"\d")
PROSE = 100  # a lead is a paragraph this long: a headline over it takes its story's day of its type (``date_headline``)
# clauses that describe someone ("who supplied cells in Arizona"), or an apposition naming what one is
DESCRIBING = frozenset({"acl", "relcl", "acl:relcl", "appos"})
# how a noun that names someone stands in its clause: a subject, an object, an apposition or a headline's head
ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "appos", "ROOT"})
# clauses a verb governs: what was agreed to be done ("agreed to have their teams meet in Washington")
COMPLEMENTS = frozenset({"xcomp", "ccomp"})
AGREED = frozenset({"agreement", "commitment"})
UNDESCRIBED = frozenset({"meeting", "call", "visit", "seizure"})
PERSONAL_RELATIVES = frozenset({"who", "whom", "quien", "quienes"})


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency edges between two tokens of one sentence."""
    up_a, up_b = [a, *a.ancestors], [b, *b.ancestors]
    common = next((i for i, t in enumerate(up_a) if t in up_b), None)
    if common is None:
        return len(up_a) + len(up_b)
    return common + up_b.index(up_a[common])


def _surnames(entities: list[LocalEntity]) -> dict[str, LocalEntity]:
    """Surname -> the one person of the document whose name has it after the first name (ambiguous ones left out)."""
    seen: dict[str, list[LocalEntity]] = {}
    for e in entities:
        if e.type != "person":
            continue
        parts = [p for p in e.name.split() if p[:1].isupper() and len(p) > 2]
        for part in parts[1:]:
            seen.setdefault(part, []).append(e)
    return {part: people[0] for part, people in seen.items() if len({p.local_id for p in people}) == 1}


class DocumentContext:
    """The per-document context every event of it is read against."""

    def __init__(self, doc: Doc, entities: list[LocalEntity], dates: list[DateMention],
                 quantities: list[Quantity], quotes: list[Quote], cues: Cues, *, published: str | None = None):
        self.doc, self.cues, self.published, self.body = doc, cues, published, doc_text(doc)
        self.datelines = dateline_spans(self.body)
        self.mentions: list[tuple[Mention, LocalEntity]] = sorted(
            ((m, e) for e in entities for m in e.mentions), key=lambda t: t[0].span.start)
        # the publication line ("March 6, 2025" under the headline) dates the story, no event of it
        date_lines = date_line_spans(self.body)
        self.dates = [d for d in dates if not any(line.contains(d.span) for line in date_lines)]
        self.quantities, self.quotes = quantities, quotes
        self.paragraphs = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.body)]
        self.surnames, self.places = _surnames(entities), [e for e in entities if e.type == "place"]
        self.people = {e.local_id for e in entities if e.type == "person"}

    def in_dateline(self, span: Span) -> bool:
        return any(d.contains(span) for d in self.datelines)

    def paragraph_of(self, pos: int) -> Span:
        return next((p for p in self.paragraphs if p.start <= pos < p.end), Span(pos, pos))

    def actors(self, sentence: Span, kind: str, trigger: Span) -> list[tuple[Mention, LocalEntity]]:
        """People and organizations of the sentence that take part (no dateline, teller frame, media, teller)."""
        # a frame around the trigger itself ("según el acuerdo firmado por X") tells the event, not who told it
        frames = [f for f in teller_spans(self.body[sentence.start:sentence.end], sentence.start, self.cues)
                  if not (f.start <= trigger.start and trigger.end <= f.end)]
        tellers, told = set[str](), list[Span]()  # who told it, and the teller's words before the clause told
        for q in self.quotes:
            if q.span.contains(trigger) and q.speaker_span and not q.span.contains(q.speaker_span) \
                    and (kind in TOLD_TYPES or self.reports_others(q, kind)) and not tells_own_deed(self.doc, q, trigger):
                tellers.update([q.speaker_local_id] if q.speaker_local_id else [])  # "Agents with the ATF said": theirs
                told += teller_words(self.doc, q, trigger)  # and the teller's own phrase: "the Office for X said"
        out = []
        for m, e in self.mentions:
            if not sentence.contains(m.span) or e.type == "place":
                continue
            media = e.type == "organization" and is_media(e)  # below: "the navy seized ..., the Navy said" keeps it
            if media or self.in_dateline(m.span) or any(f.contains(m.span) for f in frames + told) or \
                    (e.local_id in tellers and not (self.is_subject(m) and told_inside(self.quotes, m, trigger))):
                continue
            out.append((m, e))
        # a person named again by surname alone ("Velasco took questions"), which no mention marks
        named = {e.local_id for _m, e in out}
        for match in re.finditer(r"\b[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+", self.body[sentence.start:sentence.end]):
            at = Span(sentence.start + match.start(), sentence.start + match.end())
            person = self.surnames.get(match.group(0))
            if person and person.local_id not in named and person.local_id not in tellers and \
                    not any(m.span.overlaps(at) for m, _e in self.mentions) and not any(f.contains(at) for f in frames):
                out.append((Mention("person", match.group(0), at, person.name, local_id=person.local_id), person))
                named.add(person.local_id)
        return out

    def reports_others(self, quote: Quote, kind: str = "meeting") -> bool:
        """True when a person, or a body named before a meeting or call (``fronts_others``), reports a clause with another
        one named as its subject: "Sheinbaum said de la Fuente will travel to Washington to meet Rubio", "informó que el
        canciller se reunirá con Rubio", "The Foreign Ministry said Bárcena met Blinken": the teller is no participant.
        "Sheinbaum said she spoke with Trump" keeps her (a pronoun subject is the speaker); "Bárcena met Garland, the
        Foreign Ministry said" keeps the ministry, which closes the words of its minister's meeting.
        """
        if quote.speaker_local_id not in self.people and not (kind in {"meeting", "call"} and fronts_others(quote)):
            return False
        for m, e in self.mentions:
            if e.type == "person" and e.local_id != quote.speaker_local_id and quote.span.contains(m.span) and \
                    self.is_subject(m):
                return True
        return False

    def place(self, sentence: Span, kind: str, trigger: Span, *, others: list[Token] | None = None) -> LocalEntity | None:
        """The place the sentence puts the event in ("in Washington", "en el puerto de Manzanillo"), or None.

        ``others``: the triggers of the sentence's other events; for a meeting, call or visit, a place much
        nearer one of them is theirs ("«Fue una llamada cordial», ... acordaron que sus equipos se reunirán en
        Washington": the meeting's; an arrest and the attack it is for are often in one place).
        """
        # the place visited first: "Harfuch meets FBI chief in Washington as Johnson visits Baja California"
        for m, e in sorted(self.mentions + self.unmarked_places(sentence),
                           key=lambda me: not (kind == "visit" and 0 <= me[0].span.start - trigger.end <= 6)):
            if e.type != "place" or not sentence.contains(m.span) or self.in_dateline(m.span) or \
                    told_in_frame(self.body, sentence, m.span, trigger, self.cues) or \
                    (others and self.nearer_other(m.span, trigger, rival_triggers(self.body, kind, others, self.cues))):
                continue  # a dateline, where it was told, where another gathering of the sentence was
            after = self.body[m.span.end:m.span.end + 2]
            if after in {"'s", "’s"} or after[:1] in {"-", "–"} or \
                    any(p.match(self.body, m.span.end, m.span.end + 30) for p in self.cues.place_modifiers):
                continue  # "Mexico's navy", "the U.S.-Mexico relations", "the Pacific port of": no place of the event
            before = self.body[max(sentence.start, m.span.start - 60):m.span.start]
            # where the target of an arrest operates is not where it was made; where a participant of a gathering went
            # ("Noem, who arrived in Mexico on Wednesday, also held talks") or seized goods were found ("lab found in Canada") is
            if kind == "arrest" and searched(self.cues.seekers, before):
                continue  # "capture chief wanted in U.S.", which the parser may read as a clause of its own
            if searched(self.cues.locatives, before) and not (
                    kind not in UNDESCRIBED and self.describes_actor(m.span, trigger, complements=kind in AGREED)):
                return e
            # the place visited: "visited El Salvador", "visita a Mérida", "landed in Mexico"
            if kind == "visit" and 0 <= m.span.start - trigger.end <= 6:
                return e
        return None

    def nearer_other(self, span: Span, trigger: Span, others: list[Token]) -> bool:
        """True when ``span`` is two dependency edges or more nearer another trigger of its sentence than ``trigger``."""
        if (roots := self.roots(span, trigger)) is None:
            return False
        mine = tree_distance(*roots)  # (one fronted before the first of coordinated deeds is of them all: `fronted_shared`)
        return any(tree_distance(roots[0], o) + 1 < mine and not fronted_shared(*roots, o) for o in others)

    def describes_actor(self, span: Span, trigger: Span, *, complements: bool = False, describing: bool = True) -> bool:
        """True when ``span`` stands in a clause that describes someone, one the trigger is outside of: where or what
        they act, not the event ("a broker who supplied cells in Arizona was arrested", "señalado como proveedor de
        células en Arizona, fue detenido ayer en Hermosillo", "X, por el que la DEA ofrecía una recompensa, cayó").

        ``complements``: also a clause the trigger's verb governs, for agreements and commitments: what they
        agreed to do ("agreed to have their teams meet in Washington later this month") is not where or when;
        ``describing=False``: that clause only ("acordaron que el canciller viaje": the minister agreed nothing).
        """
        for node in self.path_up(span, trigger):
            if complements and node.dep_ in COMPLEMENTS:
                return True
            # a participle is a clause too ("operador requerido en EU"); a clause of an activity ("la vigilancia que
            # lleva a cabo la Marina en Manzanillo") describes no one
            # a name in apposition to a title ("el canciller, Juan Ramón de la Fuente,") names, describes nothing
            # nor do a body's people ("..., elementos de la Defensa y de la FGR detuvieron")
            named = node.dep_ == "appos" and (self.in_mention(node) or node.lower_ in self.cues.personnel)
            if describing and (node.dep_ in DESCRIBING or (node.dep_ == "amod" and "Part" in node.morph.get(
                    "VerbForm", []))) and not named and self.is_actor_noun(node.head):
                return True
        return False

    def told_before(self, date: DateMention, trigger: Span) -> bool:
        """``date`` tells the past of someone a relative clause outside the trigger is about: a year or month ("X, who
        was held in 2019") or a pluperfect ("who had been ..."), not what they were doing ("who were transporting")."""
        for node in self.path_up(date.span, trigger):
            relative = [c.lower_ for c in node.children if c.tag_ in {"WP", "WDT"} or "Rel" in c.morph.get("PronType", [])]
            # "who", "quien" say it is someone; "which", "que" after a noun that names someone (not "the raid, which")
            if node.dep_ in DESCRIBING and node.dep_ != "appos" and relative and (
                    relative[0] in PERSONAL_RELATIVES or self.is_actor_noun(node.head)):
                return len(date.value or "") < 10 or any(c.dep_.startswith("aux") and c.lemma_ in {"have", "haber"}
                                                         for c in node.children)
        return False

    def roots(self, span: Span, trigger: Span) -> tuple[Token, Token] | None:
        """The syntactic roots of ``span`` and of ``trigger``, or None when either is no span of tokens."""
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        event = self.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if inner is None or event is None or not len(inner) or not len(event):
            return None
        return inner.root, event.root

    def path_up(self, span: Span, trigger: Span) -> list[Token]:
        """The heads from ``span``'s root up to the first governing the trigger: the clauses the trigger is outside of."""
        roots = self.roots(span, trigger)
        if roots is None:
            return []
        above_event = {roots[1].i, *(t.i for t in roots[1].ancestors)}
        path = [roots[0], *roots[0].ancestors]
        return list(itertools.takewhile(lambda t: t.i not in above_event and t.head.i != t.i, path))

    def is_actor_noun(self, token: Token) -> bool:
        """The token names someone: a person or organization of the document, or a noun that is an argument ("the
        broker" arrested, "captura a operador": the Spanish "a" of a person) or a headline's head."""
        return token.dep_ in ARGUMENTS or any(c.dep_ == "case" and c.lower_ == "a" for c in token.children) or \
            self.in_mention(token)

    def in_mention(self, token: Token) -> bool:
        """The token is part of the name of a person or organization of the document."""
        return any(e.type != "place" and m.span.start <= token.idx < m.span.end for m, e in self.mentions)

    def unmarked_places(self, sentence: Span) -> list[tuple[Mention, LocalEntity]]:
        """A place of the document named again in ``sentence`` where no mention marks it ("arrest five in
        Culiacán" in the headline, "arrested five ... in Culiacán on Tuesday" in the lead, unmarked)."""
        text = self.body[sentence.start:sentence.end]
        out = []
        for e in self.places:
            for form in {m.text for m in e.mentions}:
                for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                    at = Span(sentence.start + match.start(), sentence.start + match.end())
                    if not any(m.span.overlaps(at) for m, _e in self.mentions):
                        out.append((Mention("place", form, at, e.name, local_id=e.local_id), e))
        return sorted(out, key=lambda t: t[0].span.start)

    def venue(self, sentence: Span) -> LocalEntity | None:
        """The organization whose premises host the event ("took place at the Mexican Foreign Ministry"), or None."""
        for m, e in self.mentions:
            if e.type == "organization" and sentence.contains(m.span):
                before = self.body[max(sentence.start, m.span.start - 60):m.span.start]
                if searched(self.cues.venues, before):
                    return e
        return None

    def date(self, sentence: Span, trigger: Span, taken: list[Span], kind: str = "", *, planned: bool = False,
             own_only: bool = False, others: list[Token] | None = None) -> str | None:
        """The date nearest the trigger in its sentence, else an explicit date of its paragraph's other sentences.

        ``taken``: sentences holding another event of the type, whose dates are theirs. A
        lead paragraph without a date takes the date that opens the next paragraph ("At
        5:24 p.m. on Aug. 5, officers stopped ..."): press releases tell the event, then
        narrate it from its date. A date after publication dates only a ``planned`` event ("He was arrested in Mexico. Sentencing
        is scheduled for February 22, 2027"). ``own_only``: only the dates of ``sentence`` (an earlier event a sentence counts
        from gives its own or none); ``others``: the sentence's other triggers, whose nearer dates are theirs (no other's then).
        """
        def background(d: DateMention) -> bool:  # "arrested X, who had been detained in 2019"; "por su probable ... en"
            return crime_year(self.body, d.span, kind) or (sentence.contains(d.span) and (  # "arrest in 2025 killing"
                (kind not in GATHERED and self.told_before(d, trigger)) or in_backdrop(self.body, self.cues, d.span, trigger)
                or (kind in DESCRIBED and self.describes_actor(trigger, d.span) and described_apart(self.doc, trigger, d.span))))

        def of_event(d: DateMention) -> bool:  # a date of the sentence that can be the event's
            # not when what was agreed is to happen, nor another event's ("detenido en octubre", "in 2025 killing")
            return bool(d.value) and sentence.contains(d.span) and not self.told_on(d, trigger, kind) and \
                not starts_state(self.body, self.cues, d) and not (kind in AGREED and self.describes_actor(d.span, trigger,
                                                                                          complements=True)) and \
                not (others and self.nearer_other(d.span, trigger, others)) and not background(d)
        published = self.published
        # a date after publication dates only what is planned: an event that happened was told after it
        dates = coming_dates(self.dates, published) if planned else self.dates if not published else \
            [d for d in self.dates if not d.value or d.value <= published[:len(d.value)]]
        inside = [d for d in dates if of_event(d) and not self.in_dateline(d.span)]
        if planned and published:  # "landed on Thursday ahead of a meeting scheduled for Friday": the day to come
            inside = [d for d in inside if d.value and d.value >= published[:len(d.value)]] or inside
        if inside or own_only:
            return min(inside, key=lambda d: self._nearness(d, trigger, others)).value if inside else None
        para = self.paragraph_of(sentence.start)
        near = [d for d in dates if para.contains(d.span) and d.value and EXPLICIT_DATE.search(d.text)
                and not self.in_dateline(d.span) and not any(t.contains(d.span) for t in taken)
                and not starts_state(self.body, self.cues, d) and not background(d) and not told_in_pluperfect(self.doc, d.span)
                and not (planned and sentence.contains(d.span))]  # a plan's own sentence gave its dates above
        if near and not (others and any(d.value and sentence.contains(d.span) and self.nearer_other(d.span, trigger, others)
                                        for d in dates)):
            return min(near, key=lambda d: abs(d.span.start - trigger.start)).value
        following = next((p for p in self.paragraphs if p.start > para.end), None)
        if following is not None and para.end - para.start > PROSE and not self.dated_before(sentence.start):
            opening = [d for d in dates if following.start <= d.span.start < following.start + 40 and d.value
                       and EXPLICIT_DATE.search(d.text) and len(d.value) == 10 and not self.in_dateline(d.span)]
            if opening and not (kind != "attack" and crime_opens(self.body, following.start)):  # "Los hechos ocurrieron"
                return opening[0].value
        if any(sentence.contains(d.span) and d.value and self.told_on(d, trigger, kind) for d in dates):
            return None  # "seized ..., the navy said on Wednesday": told then, done before; no dateline's day
        inside = [d for d in dates if of_event(d)]  # a dateline's own date last
        return inside[0].value if inside else None

    def dated_before(self, pos: int) -> bool:
        """True when the story's prose told a day before ``pos`` (no byline's): no lead a release goes on to date."""
        return any(d.value and len(d.value) == 10 and d.span.end <= pos and not self.in_dateline(d.span) and
                   (p := self.paragraph_of(d.span.start)).end - p.start > 100 for d in self.dates)

    def _nearness(self, date: DateMention, trigger: Span, others: list[Token] | None) -> tuple[int, int, int]:
        """How near ``date`` is the trigger: first whether it stands in a clause describing someone that the trigger is
        outside of ("García Harfuch, who arrived in Washington on Tuesday, met Noem on Wednesday": when he arrived);
        where the sentence tells other events, then whether the date hangs from this trigger's clause rather than
        from another's ("arrested X on Saturday and extradited him on Sunday"), then by characters."""
        chars = abs(date.span.start - trigger.start)
        apart = int(self.describes_actor(date.span, trigger) or in_other_conjunct(self.doc, date.span, trigger))
        if not others:  # "follows OFAC's designation of its leaders in June 2025": the date of the trigger's noun first
            return apart, int(not hangs_from_trigger(self.doc, date.span, trigger)), chars
        inner = self.doc.char_span(date.span.start, date.span.end, alignment_mode="expand")
        event = self.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if inner is None or event is None or not len(inner) or not len(event):
            return apart, 0, chars
        mine = tree_distance(inner.root, event.root)
        return apart, int(any(tree_distance(inner.root, o) < mine for o in others)), chars

    def told_on(self, date: DateMention, trigger: Span, kind: str = "") -> bool:
        """True when ``date`` says when the event was told, not when it happened: "seized 1.5 tons on Saturday, the Navy
        said on Monday", "said on Thursday that she spoke with Trump on Wednesday": the date hangs from a speech verb that
        is not the trigger's own verb. "Treasury announced sanctions on Tuesday" is the event told by its announcement:
        the same verb, kept (not a deed's noun, ``announced_deed``: "informaron este viernes de la detención"). A date in
        a teller frame ("according to a complaint unsealed Wednesday") is the source's. A dateline's date ("Salina Cruz,
        Oaxaca, 2 de diciembre de 2026.- La Marina informa que aseguró") is the filing's, no verb's."""
        span = None if self.in_dateline(at := date.span) else self.doc.char_span(at.start, at.end, alignment_mode="expand")
        if span is not None and len(span) and told_in_frame(self.body, Span(span.sent.start_char, span.sent.end_char),
                                                            date.span, trigger, self.cues):
            return True
        told, spoken = (governing_verb(span.root), speech_verb_before(span)) if span is not None and len(span) else (None, None)
        told = spoken if spoken is not None else told  # "said on Tuesday she held a call on Monday": not on "held"
        event = self.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if told is None or not is_speech_verb(told) or does_deed(told) or (spoken is None and (
                describes(told) or reported_before_teller(span, told, event))):
            return False
        # "la llamada que sostuvieron el martes": a verb of a clause on the event itself holds it, it tells nothing
        return told_apart(event, told, kind) and not clause_on_event(event, told)

    def pronoun_antecedent(self, sentence: Span, trigger: Token | None = None) -> str | None:
        """Who the pronoun subject of ``sentence`` is ("He was arrested ..."), or None without one; not of a speech verb
        apart from the ``trigger``'s ("Six people were detained in the raid, he said": who told it).

        The last person before it who was a subject: of its own sentence when the pronoun opens
        a relative clause ("Rubio flew to Ecuador, where he will meet Noboa"), else of the text
        before it ("García Harfuch met Noem on Wednesday. On Thursday, he met Patel"); else the
        last person named. Told by a charging document ("The complaint states he ...") it is no official.
        """
        sent = self.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        pronoun = next((t for t in sent if PRONOUN_SUBJECT.match(t.text) and t.dep_.startswith("nsubj") and not (trigger
            is not None and t.head.i != trigger.i and is_speech_verb(t.head))), dropped_subject(trigger)) if sent else None
        if pronoun is None:
            return None
        framed = any(p.search(self.body[sentence.start:pronoun.idx]) for p in self.cues.charging_documents)
        before = [(m.span.start, m, e) for m, e in self.mentions if e.type == "person" and m.span.end <= pronoun.idx
                  and not self.in_dateline(m.span) and not (framed and is_agent(e, self.cues))]
        if not before:
            return None
        subjects = [(start, m, e) for start, m, e in before if self.is_subject(m)]
        relative = any(c.tag_ == "WRB" or "Rel" in c.morph.get("PronType", []) for c in pronoun.head.children)
        own = [t for t in subjects if t[0] >= sentence.start] if relative else []
        subjects = [t for t in subjects if t[0] < sentence.start] if not own else subjects
        return max(own or subjects or before, key=lambda t: t[0])[2].local_id

    def is_subject(self, m: Mention) -> bool:
        """The mention is a subject, or the name of one ("el canciller Juan Ramón de la Fuente viajará")."""
        span = self.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if root is not None and root.dep_ in {"appos", "flat", "compound"}:
            root = root.head
        return root is not None and root.dep_.startswith("nsubj")

    def group_antecedents(self, sentence: Span) -> list[str]:
        """The people the sentence before named, when ``sentence`` opens with a group that names no one
        ("The two met for about three hours"), or before a run of sentences that name fewer ("The delegations
        agreed ... Both governments committed ...", "Trump welcomed ... The leaders agreed"), three at most; none
        when it does not, or when no such sentence names two."""
        text = self.body[sentence.start:sentence.end]
        if not searched(self.cues.group_subjects, text):
            return []
        previous = [s for s in self.doc.sents if s.end_char <= sentence.start and s.text.strip()]  # no blank line
        # past sentences of groups, or of one of the group ("The delegations agreed ... Both governments committed",
        # "President Trump welcomed ... The leaders agreed", "La presidenta Sheinbaum reiteró ...")
        for last in reversed(previous[-3:]):
            named = list(dict.fromkeys(e.local_id for m, e in self.mentions if e.type == "person"
                                       and last.start_char <= m.span.start < last.end_char
                                       and not self.in_dateline(m.span)))
            if len(named) >= 2:
                return named
        return []
