"""Readings of one trigger in its sentence that keep it from being an event, or some actors from being its own.

A statistic ("kidnappings have declined", "more than 40 labs since October"), a meeting or call spoken of again ("la
llamada fue «muy buena»"), a group subject that is not the verb's ("Los mandatarios acordaron que sus equipos se
reunirán"), and state bodies that only describe or want the target ("buscado por la DEA"); who an event is done to.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from pesquisa._required import searched
from pesquisa.extract.events._backdrops import in_backdrop, opening_reference
from pesquisa.extract.events._charge_custody import background_charge as background_charge
from pesquisa.extract.events._clauses import concurrent_apart, outside_condition, subject_of_other_conjunct
from pesquisa.extract.events._context import AGREED, DocumentContext
from pesquisa.extract.events._crime_words import stands_off
from pesquisa.extract.events._cues import Cues, compile_entry
from pesquisa.extract.events._frames import teller_spans
from pesquisa.extract.events._reactions import over_attack
from pesquisa.extract.events._roles import TARGET_KINDS, is_agent, org_entry
from pesquisa.extract.quotes import is_speech_verb
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Event, LocalEntity, Mention, Span

# types acted on someone: their targets are the arrested, sanctioned, extradited or attacked
TARGETED_TYPES = frozenset({"arrest", "extradition", "sanction", "attack"})
# people are arrested and extradited, not organizations: a cartel named beside them qualifies them
PERSON_TARGETED = frozenset({"arrest", "extradition"})
# types done to someone whose description names bystanders (extradited people are received by who seeks them)
ACTED_ON = frozenset({"arrest", "sanction", "attack"})


def group_acts(ctx: DocumentContext, sentence: Span, token: Token | None) -> bool:
    """The group opening the sentence ("Los mandatarios acordaron ...") is who does what the trigger tells: the
    trigger's verb has no subject of its own, or that group is it; not "Los mandatarios acordaron que sus equipos
    se reunirán": the teams meet."""
    if token is None or token.pos_ not in {"VERB", "AUX"}:
        return True
    subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
    if subject is None:
        return True
    opening = max((m.end() for p in ctx.cues.group_subjects if (m := p.search(ctx.body[sentence.start:sentence.end]))),
                  default=-1)
    return subject.idx - sentence.start <= opening + 12


def _says(ctx: DocumentContext, span: Span) -> bool:
    """The verb governing the words at ``span`` is one of speech ("while Ambassador Ronald Johnson said ...")."""
    words = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    verb = next((t for t in words.root.ancestors if t.pos_ in {"VERB", "AUX"}), None) if words is not None and \
        len(words) else None
    return verb is not None and is_speech_verb(verb)


def in_background(ctx: DocumentContext, span: Span, trigger: Span) -> bool:
    """True when ``span`` stands in a clause of background the trigger is outside of, opened by "as" or
    "mientras" ("The arrest comes as the administration of President X faces pressure"): no actor of the event. A
    clause of speech is none ("Meeting with officials, X declared ..., while Y said ..."). The parser may hang such a
    clause anywhere ("se reunió en Washington con Rubio, mientras en la Ciudad de México García Harfuch recibió a
    Patel"), so a comma and "while", "mientras" between the trigger and the span also open one."""
    if in_backdrop(ctx.body, ctx.cues, span, trigger):  # "The arrest comes amid clashes between factions of ..."
        return True
    if subject_of_other_conjunct(ctx.doc, span, trigger) or outside_condition(ctx.doc, span, trigger):
        return True  # "arrested X, and the Embassy asked for his extradition"; "if the deal fails, Mexico could ..."
    if concurrent_apart(ctx.body, ctx.cues, span, trigger):  # either way: "detuvieron en Tijuana a X, mientras que en
        return span.end <= trigger.start or not _says(ctx, span)  # Ensenada soldados aseguraron" (X seized nothing)
    for node in ctx.path_up(span, trigger):
        if any(c.dep_ == "mark" and c.lower_ in ctx.cues.context_marks for c in node.children):
            return not is_speech_verb(node)  # "Tillerson declared ..., while Kelly said ...": one more who spoke
    # the event told in such a clause, the span outside it: "Harfuch meets FBI chief as US ambassador visits Baja
    # California" (Harfuch takes no part in the visit)
    return any(any(c.dep_ == "mark" and c.lower_ in ctx.cues.context_marks for c in node.children)
               for node in ctx.path_up(trigger, span))


def acting(ctx: DocumentContext, actors: list[tuple[Mention, LocalEntity]], kind: str,
            trigger: Span) -> list[tuple[Mention, LocalEntity]]:
    """The actors less a state body named in a clause that describes the target of an arrest, sanction or attack
    ("X, por el que la DEA ofrecía una recompensa, cayó en Zapopan"), or one that wants the arrested ("operador del
    CJNG buscado por la DEA"): it did not act. (The government that seeks the extradited receives them: it stays.)
    For an agreement or commitment, the actors less those of what was agreed to be done. Never one of a clause of
    background ("The arrest comes as the administration of President X faces pressure"), nor one who reacts to it
    ("the governor condemned the ambush", `_reactions`)."""
    actors = [(m, e) for m, e in actors if not in_background(ctx, m.span, trigger) and not stands_off(ctx, m.span, trigger, kind)]
    # a state body or official who told the attack or acted after it ("the Defense Department said", "la FGR rescató")
    token = ctx.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    actors = [(m, e) for m, e in actors if not (is_agent(e, ctx.cues) and over_attack(ctx, m.span, trigger, kind) and (
        token is None or not len(token) or _attack_side(ctx, m, token.root) is None))]
    if token is not None and len(token) and (opening := opening_reference(ctx.body, ctx.cues, token.sent.start_char, trigger)):
        actors = [(m, e) for m, e in actors if opening.contains(m.span)]  # "After his arrest, Marshals transported him"
    if kind in AGREED:  # who agreed, not who is to act: "acordaron que el canciller X viaje a Washington"
        return [(m, e) for m, e in actors
                if not ctx.describes_actor(m.span, trigger, complements=True, describing=False)]
    if kind not in ACTED_ON:
        return actors

    def bystander(m: Mention) -> bool:
        before = ctx.body[max(0, m.span.start - 30):m.span.start]
        return ctx.describes_actor(m.span, trigger) or (kind == "arrest" and any(p.search(before)
                                                                                for p in ctx.cues.seekers))
    return [(m, e) for m, e in actors if not (e.type == "organization" and is_agent(e, ctx.cues) and bystander(m))]


@cache
def _attendance_frames() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["attendance_frames"])


@cache
def _previous_one() -> re.Pattern[str]:
    """``previous_ones`` of events.yaml as whole words: "last", "última" before a trigger name an earlier event."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in read_data("events.yaml")["previous_ones"]) + r")\b", re.I)


def told_again(ctx: DocumentContext, sentence: Span, match: re.Match[str], token: Token | None, told: bool) -> bool:
    """The trigger refers back to a meeting or call already told, as the subject of what is said of it: "la
    llamada fue «muy buena»", "the meeting lasted two hours". No new event, and the day it is said of it is none
    of the event's. (An arrest told again stays, the operation it links what follows to, with the day of the one
    told: "The arrest is the latest blow since ... last year".) So is one the sentence lists who else attended
    ("En el encuentro también participaron el general X y el embajador Y"): they join the one told."""
    if not told or token is None or _previous_one().search(match.group(0)):  # "La última conversación entre ambos
        return False  # mandatarios ocurrió el 6 de marzo": an earlier one, not the one told
    before = ctx.body[max(sentence.start, sentence.start + match.start() - 12):sentence.start + match.start()]
    if token.dep_.startswith("nsubj"):  # the trigger may open with its article ("The call came a week after ...")
        first = match.group(0).split()[0] + " "
        return any(p.search(before) or p.search(first) for p in ctx.cues.back_references)
    return any(p.match(ctx.body, sentence.start, sentence.start + match.start()) for p in _attendance_frames()) and \
        any(p.search(ctx.body[sentence.start:sentence.end]) for p in ctx.cues.attendance)


def statistic(ctx: DocumentContext, sentence: Span, token: Token | None) -> bool:
    """The sentence counts events rather than telling one: "kidnappings have declined" (a plural trigger and a
    trend), "had dismantled more than 40 labs since October" (a tally since a time)."""
    text = ctx.body[sentence.start:sentence.end]
    if token is not None and token.pos_ == "NOUN" and "Plur" in token.morph.get("Number", []) and \
            ctx.cues.trends.search(text):
        return True
    return searched(ctx.cues.tallies, text) or (token is not None and _in_period(token))


@cache
def _periods() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("events.yaml")["periods"])


def _in_period(token: Token) -> bool:
    """The trigger is told in a clause of a span of time ("a week in which 40 were killed"), not of a place ("donde")."""
    node = token
    while node.head.i != node.i and node.dep_ not in {"relcl", "acl", "acl:relcl"}:
        node = node.head
    return node.dep_ in {"relcl", "acl", "acl:relcl"} and node.head.lower_ in _periods() and \
        not any(c.lower_ in {"donde", "where", "adonde"} for c in node.children) and \
        any(c.dep_ in {"prep", "obl", "case"} or c.tag_ in {"WDT", "WP"} or c.lower_ in {"que", "which", "cual"}
            for c in node.subtree if c.i < token.i)


def possessive(ctx: DocumentContext, m: Mention) -> bool:
    """The mention is a possessor ("Guzmán's sons", "Los Chapitos' associates")."""
    return ctx.body[m.span.end:m.span.end + 2] in {"'s", "’s"} or ctx.body[m.span.end:m.span.end + 1] in {"'", "’"}


def qualifying(ctx: DocumentContext, sentence: Span, actors: list[tuple[Mention, LocalEntity]]) -> set[str]:
    """The organizations (and possessors) of a sentence that only qualify whom it acts on: one they are "linked to"
    ("sanctioned companies linked to the CJNG"), one they belong to ("sanctioned CJNG operators", "operadores del
    CJNG", "a plaza boss for the Sinaloa Cartel's Chapitos faction")."""
    cues = ctx.cues

    def qualifies(m: Mention) -> bool:
        before = ctx.body[max(sentence.start, m.span.start - 45):m.span.start]
        return bool(cues.ties.search(before) or cues.member_of_words.search(before)
                    or cues.member_words.match(ctx.body[m.span.end:m.span.end + 40]))
    return {e.local_id for m, e in actors if (e.type == "organization" or possessive(ctx, m)) and qualifies(m)}


def targets_of(ctx: DocumentContext, sentence: Span, kind: str, actors: list[tuple[Mention, LocalEntity]],
             antecedent: str | None) -> list[str]:
    """Who an arrest, sanction, transfer or attack is done to (a seizure: the cartel it is taken from)."""
    cues = ctx.cues
    people = [e for _m, e in actors if e.type == "person"]
    orgs = [e for _m, e in actors if e.type == "organization"]
    tied = qualifying(ctx, sentence, actors)
    # "uno de los operadores más cercanos a Nemesio Oseguera", "son of X": a person who only qualifies the target
    tied |= {e.local_id for m, e in actors if e.type == "person" and
             cues.person_ties.search(ctx.body[max(sentence.start, m.span.start - 40):m.span.start])}
    orgs_acted = [e for e in orgs if e.local_id not in tied]
    targets = []
    if kind in TARGETED_TYPES:
        # "Guzmán's sons' alleged financial operator": a person who only qualifies the target is none
        targets = [e.local_id for e in people if not is_agent(e, cues) and e.local_id not in tied]
        if kind not in PERSON_TARGETED:
            targets += [e.local_id for e in orgs_acted if (entry := org_entry(e)) is None or entry.kind in TARGET_KINDS]
        if antecedent and antecedent not in targets:
            targets.append(antecedent)
    elif kind == "seizure":
        targets = [e.local_id for e in orgs_acted if (entry := org_entry(e)) is not None and entry.kind in TARGET_KINDS]
    return list(dict.fromkeys(targets))


def _fell_in(node: Token, trigger: Token, cues: Cues) -> str | None:
    """"on" when ``node`` (a mention's head) stands in the subject of the verb a trigger noun is in ("Four Guard
    members were killed in an ambush", "elementos de la Guardia Nacional murieron durante una emboscada"), or a
    passive trigger tells what befell ("murieron luego de ser emboscados", "luego de que fueron emboscados")."""
    within, passive = cues.attack_sides["within"], cues.attack_sides["passive"]
    if trigger.pos_ == "NOUN":
        marker = trigger.head if trigger.dep_ == "pobj" else next((c for c in trigger.children if c.dep_ == "case"), None)
        verb = marker.head if trigger.dep_ == "pobj" and marker is not None else trigger.head
        suffered = trigger.dep_ in {"obj", "dobj"} and trigger.head.lower_ in cues.attack_sides["suffered"]
        if not suffered and (marker is None or marker.lower_ not in within):
            return None
    elif trigger.dep_ in {"advcl", "xcomp", "ccomp"} and any(c.dep_ in {"aux", "auxpass", "aux:pass"} and (
            c.lower_ in passive or c.dep_ != "aux") for c in trigger.children):
        verb = trigger.head
    else:
        return None
    verbs = {verb.i, verb.head.i} if verb.dep_ == "conj" else {verb.i}  # "murieron y otros tres resultaron heridos"
    while node.head.i != node.i and node.head.i not in verbs:
        node = node.head
    return "on" if node.head.i in verbs and node.dep_.startswith("nsubj") and verb.pos_ in {"VERB", "AUX"} else None


def _attack_side(ctx: DocumentContext, m: Mention, verb: Token) -> str | None:
    """"by" for the one who attacked, "on" for the one attacked, as the mention stands under the trigger ``verb``;
    None when it stands elsewhere or the words do not tell."""
    inner = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if inner is None or not len(inner) or inner.root.i == verb.i:
        return None
    node, sides = inner.root, ctx.cues.attack_sides
    path = [node]
    while node.head.i not in {node.i, verb.i}:
        node = node.head
        path.append(node)
    if node.head.i != verb.i:
        return _fell_in(inner.root, verb, ctx.cues)
    passive = node.dep_ in {"nsubjpass", "nsubj:pass"} or any(
        c.dep_ in {"auxpass", "aux:pass"} or (c.dep_ == "aux" and c.lower_ in sides["passive"]) for c in verb.children)
    cases = _cases(node)
    # "fueron atacados con explosivos por integrantes del CJNG": the parser may hang the "por" under the object
    if node.dep_ in {"agent", "obl:agent"} or (passive and not node.dep_.startswith("nsubj") and
                                               any(_cases(n) & sides["by"] for n in path)):
        return "by"
    if node.dep_.startswith("nsubj"):
        return "on" if passive else "by"
    if cases & sides["against"]:  # "blaming the attack on the CJNG": who is blamed attacked
        return "by" if any(p.search(verb.head.text) for p in ctx.cues.attributions) else "on"
    return "on" if node.dep_ in {"obj", "dobj", "iobj"} or (not passive and _object_of(node, verb, sides)) else None


def _cases(node: Token) -> set[str]:
    """The prepositions of a node, and the node's own word (a preposition the parser made the head)."""
    return {c.lower_ for c in node.children if c.dep_ in {"case", "prep"}} | {node.lower_}


def _object_of(node: Token, verb: Token, sides: dict[str, frozenset[str]]) -> bool:
    """``node`` under an active attack verb stands for the attacked: marked by the Spanish "a" of a person object
    ("Matan a mando ..."), or a genitive the parser hung from the verb after its object ("Matan a mando de la
    Guardia Nacional": the Guard is the victim's, no attacker). A headline's opening verb counts however the parser
    tags it ("Emboscan a Guardia Nacional en Apatzingán", read as a name)."""
    if verb.pos_ != "VERB" and verb.i != verb.sent.start:
        return False
    cases = _cases(node)
    if cases & sides["objects"]:
        return True
    return bool(cases & sides["of"]) and any(
        c.i < node.i and (c.dep_ in {"obj", "dobj"} or _cases(c) & sides["objects"]) for c in verb.children)


def attack_sides(ctx: DocumentContext, kind: str, actors: list[tuple[Mention, LocalEntity]], token: Token | None,
                 targets: list[str]) -> tuple[list[str], set[str]]:
    """(targets, attackers) of an attack by the words of its trigger: the attacked are targets, officials and state
    bodies too ("X fue asesinado por sicarios": X is no organizer); the attackers are none ("CJNG gunmen ambushed a
    patrol": the cartel is no target). Other events keep their targets and have no attackers."""
    if kind != "attack" or token is None:
        return targets, set()
    sides = {e.local_id: side for m, e in actors if (side := _attack_side(ctx, m, token))}
    # a cartel the words set on neither side is no target of the attack; one the sentence blames it on attacked
    # ("Gunmen opened fire on a National Guard patrol, ... blaming the attack on La Familia Michoacana")
    blamed = any(p.search(token.sent.text) for p in ctx.cues.attributions)
    sides |= {e.local_id: "by" if blamed else "" for _m, e in actors if e.local_id not in sides and e.type ==
              "organization" and (entry := org_entry(e)) is not None and entry.kind in TARGET_KINDS}
    attackers = {i for i, side in sides.items() if side == "by"}
    attacked = [i for i, side in sides.items() if side == "on"]
    return list(dict.fromkeys([t for t in targets if sides.get(t, "on") == "on"] + attacked)), attackers


def hand_overs(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` less the arrests "upon his arrival" told within two sentences after an extradition or transfer
    ("was extradited from Mexico on Tuesday. X, 47, was taken into custody by U.S. Marshals upon his arrival"): the
    hand-over that ended it, whose people join it."""
    starts = sorted({s.start_char for s in ctx.doc.sents})
    kept: list[Event] = []
    for event in events:
        text = ctx.body[event.span.start:event.span.end]
        sent = [e for e in kept if e.type == "extradition" and not e.planned and
                0 < sum(e.span.start < x <= event.span.start for x in starts) <= 2]
        if event.type != "arrest" or not sent or not searched(ctx.cues.arrivals, text):
            kept.append(event)
            continue
        for attr in ("participants", "targets"):
            joined = getattr(sent[-1], attr)
            joined.extend(p for p in getattr(event, attr) if p not in joined)
    return kept


def link_seized(ctx: DocumentContext, events: list[Event]) -> None:
    """Seized quantities told after a seizure, outside any event sentence, join the seizure before them (step 8)."""
    seizures = sorted((e for e in events if e.type == "seizure"), key=lambda e: e.span.start)
    if not seizures:
        return
    linked = {s for e in events for s in e.amounts}
    for q in ctx.quantities:
        if q.kind != "seizure" or q.span in linked:
            continue
        before = [e for e in seizures if e.span.end <= q.span.start]
        (before[-1] if before else seizures[0]).amounts.append(q.span)


def still_to_come(date: str | None, published: str | None) -> str | None:
    """The month of a planned event told as a month already past is its next one ("acordamos volver a reunirnos en
    enero", "agreed to meet again in January" told in December: January of the year after; "celebrar la próxima
    reunión en septiembre" told in May, read as last September: this one)."""
    if date and published and len(date) == 7 and date < published[:7] <= f"{int(date[:4]) + 1}{date[4:]}":
        return f"{int(date[:4]) + 1}{date[4:]}"
    return date


def earlier_other(event: Event, told: Event) -> bool:
    """``event`` is of another type and a month or more before ``told``: background of the one it names ("was
    extradited last Thursday. According to court documents, X, 41, was arrested in Zapopan in March 2025")."""
    return event.type != told.type and bool(event.date and told.date) and \
        str(event.date)[:7] < str(told.date)[:7]


#END


@cache
def _title_pattern(synonyms: tuple[str, ...]) -> re.Pattern[str]:
    """A definite title with no name after it: "el secretario de Estado", "la mandataria", "the secretary"."""
    words = sorted(load_lexicon().title_heads() | set(synonyms), key=len, reverse=True)
    return re.compile(r"\b(?i:el|la|the)\s+((?i:" + "|".join(re.escape(w) for w in words)
                      + r"))\b(?!\s+(?:de\s+|of\s+)?(?:[A-ZÁÉÍÓÚ][\wáéíóúñ]+\s+)*[A-ZÁÉÍÓÚ][\wáéíóúñ]+\s+[A-ZÁÉÍÓÚ])")


def titled_people(ctx: DocumentContext, sentence: Span) -> list[str]:
    """The people a sentence names by a title alone ("Ayer, el secretario de Estado se reunió con la presidenta"):
    for each definite title outside any mention, the person named last before it whose titles hold it (or the word
    it stands for, ``title_synonyms``). Not one who tells ("según la presidenta", "«...», escribió la mandataria")."""
    cues, text = ctx.cues, ctx.body[sentence.start:sentence.end]
    frames = teller_spans(text, sentence.start, cues)
    out = []
    for match in _title_pattern(tuple(cues.title_synonyms)).finditer(text):
        at = Span(sentence.start + match.start(), sentence.start + match.end())
        if any(m.span.overlaps(at) for m, _e in ctx.mentions) or ctx.in_dateline(at) or \
                any(f.contains(at) for f in frames) or _tells(ctx, at):
            continue
        word = match.group(1).casefold()
        word = cues.title_synonyms.get(word, word)
        holders = [e.local_id for m, e in ctx.mentions if e.type == "person" and m.span.end <= at.start
                   and any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", t.casefold()) for t in e.titles)]
        if holders and holders[-1] not in out:
            out.append(holders[-1])
    return out


def _tells(ctx: DocumentContext, at: Span) -> bool:
    """The words at ``at`` name the speaker of a quote, or the subject of a speech verb ("escribió la mandataria",
    which the parser may make its object)."""
    if any(q.speaker_span is not None and q.speaker_span.overlaps(at) for q in ctx.quotes):
        return True
    span = ctx.doc.char_span(at.start, at.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    return root is not None and is_speech_verb(root.head) and (
        root.dep_.startswith("nsubj") or (root.dep_ in {"obj", "dobj"} and root.i > root.head.i))
