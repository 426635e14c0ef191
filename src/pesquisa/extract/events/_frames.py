"""What surrounds a trigger: the dateline, negation, hypothesis, tense and the frames of tellers.

Each decision is a named predicate so it can be tested alone and read as a reason:
- a dateline (``pesquisa.extract.datelines``: "MEXICO CITY (AP) —", "Algeciras/") says where the
  reporter filed from and which outlet wrote it: no actor or place of an event;
- a trigger is negated when a negation governs it in its own clause ("it was not a
  meeting where we reached new agreements": both), or it is the subject of a negated
  spill-over ("a wave of shootings has not crossed into the city"), hypothetical when it is the object of a
  modal or in an "if" clause ("could sign an agreement"), planned when its verb is in the
  future ("will meet", "se reunirán", "the upcoming summit");
- a teller frame ("according to Bondi at a press conference", "en la mañanera de...")
  names who told the event, not who took part in it.
The grammar comes from spaCy's dependency parse; the words from ``data/events.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from pesquisa._required import matches_of
from pesquisa.extract.events._agreed_with import infinitive_conj
from pesquisa.extract.events._cues import Cues
from pesquisa.extract.events._none_of_them import none_of_occasions
from pesquisa.extract.nlp import doc_text, lemma_of
from pesquisa.extract.quotes import is_speech_verb
from pesquisa.lexicon import read_data
from pesquisa.records import Span

# clause edges a negation or modal does not cross ("said ... that", "after attending ...")
_CLAUSE_EDGES = {"ccomp", "advcl", "parataxis", "conj", "csubj", "xcomp"}
_OBJECT_EDGES = {"dobj", "obj", "attr", "pobj", "prep", "case", "nmod", "appos", "compound", "amod", "acl", "relcl",
                 "nsubjpass", "nsubj:pass", "obl", "xcomp"}


# How a negation word attaches to what it negates: "not", "no se reunió", "sin acuerdo", "none of them were charged".
# "case": the Spanish preposition of the trigger itself ("Sin detenidos tras el ataque", "concluyó sin detenidos")
_NEGATING_EDGES = frozenset({"advmod", "det", "neg", "cc", "mark", "nsubj", "nsubjpass", "nsubj:pass", "case"})


def _neg_child(token: Token, cues: Cues) -> bool:
    """A negation attached to ``token``, or determining its subject ("No one was arrested", "Ningún agresor fue
    detenido")."""
    return any(c.dep_ == "neg" or (c.lower_ in cues.negations and c.dep_ in _NEGATING_EDGES)
               or (c.dep_.startswith("nsubj") and any(g.lower_ in cues.negations and g.dep_ == "det" and g.i < c.i
                                                      for g in c.children))
               for c in token.children) or none_of_occasions(token, cues.negations)


@cache
def _spill_overs() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("events.yaml")["spill_overs"])


def _spill_denied(token: Token, cues: Cues) -> bool:
    """True when ``token`` heads, or is named in the words of, the subject of a negated verb of violence reaching a
    place ("a wave of shootings in Nuevo Laredo has not crossed into the city", "los enfrentamientos no han llegado a
    Reynosa"): no event happened."""
    node = token
    while node.dep_ in {"pobj", "prep", "nmod", "case"} and node.head is not node:
        node = node.head
    verb = node.head
    return node.dep_.startswith("nsubj") and lemma_of(verb).casefold() in _spill_overs() and _neg_child(verb, cues)


def is_negated(token: Token, cues: Cues) -> bool:
    """True when a negation governs ``token`` within its clause ("not a meeting", "no se reunió", "sin acuerdo"), or
    it is what a negated spill-over tells of."""
    if _spill_denied(token, cues):
        return True
    node = token
    for _ in range(6):
        if node.lower_ in cues.negations or _neg_child(node, cues):
            return True
        if node.dep_ in _CLAUSE_EDGES or (node.dep_ == "nsubj" and not _reflexive_passive(node.head)) or \
                node.dep_ == "ROOT" or node.head is node:
            return False
        node = node.head
    return False


def _reflexive_passive(verb: Token) -> bool:
    """A Spanish passive with "se" ("No se reportaron personas detenidas"): its subject is what it is done to, so a
    negation of the verb negates it."""
    return any(c.lower_ == "se" for c in verb.children)


def _reported_future(aux: Token, cues: Cues) -> bool:
    """'would' in a clause a past verb reports ("said both sides would meet again"): the future of then."""
    clause = aux.head
    return aux.lower_ in cues.reported_future and clause.dep_ == "ccomp" and \
        "Past" in clause.head.morph.get("Tense", [])


_INTENDED_EDGES = frozenset({"xcomp", "ccomp", "dobj", "obj"})


def _intends(verb: Token, cues: Cues) -> bool:
    """The verb wishes, seeks or offers; its lemma or its form less a regular ending (the small English
    model lemmatizes "hopes" as "hop")."""
    form = verb.lower_
    return bool({lemma_of(verb).lower(), form, form[:-1], form[:-2]} & cues.intentions)


def _wished_of_noun(verb: Token, cues: Cues) -> bool:
    """The verb tells what a report or claim says, and that noun is what a verb of ``intentions`` denies or seeks
    ("denied a report that U.S. drones had attacked a cartel camp", "negó las versiones de que drones atacaron"): no
    event is told."""
    noun = verb.head
    return verb.dep_ in {"acl", "ccomp", "acl:relcl"} and noun.pos_ == "NOUN" and noun.dep_ in _INTENDED_EDGES and \
        noun.head.i != noun.i and _intends(noun.head, cues)


def is_hypothetical(token: Token, cues: Cues) -> bool:
    """True when ``token`` is what a modal, an 'if' clause or a wish is about ("could sign an agreement", "si
    firman", "hopes to meet", "buscará reunirse")."""
    sent = token.sent  # its text from the document's, not its words joined again
    sentence = doc_text(token.doc)[sent.start_char:sent.end_char].strip().rstrip("\"'”’»)")
    if sentence.endswith("?") or sentence.lstrip("—–- ").startswith("¿"):
        return True  # a question states nothing: "—¿Habrá llamada con el presidente esta semana?"
    verb = token.head if token.dep_ == "aux" else token  # "to meet": the verb of the particle
    if verb.dep_ in _INTENDED_EDGES and verb.head.i != verb.i and _intends(verb.head, cues):
        return True
    if _wished_of_noun(verb, cues):
        return True
    if _conditioned(verb, cues) or _modal_subject(token, cues):
        return True
    if _told_as_occurred(token, cues):
        return False
    node = token
    for _ in range(5):
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in cues.hypothetical_marks:
                return True
            modal = child.dep_ == "aux" and child.lower_ in cues.modals and not _reported_future(child, cues)
            if (modal and node is not token.head) or (
                    modal and node.pos_ in {"VERB", "AUX"} and token.dep_ not in {"nsubj", "nsubjpass"}):
                return True
        if node.dep_ not in _OBJECT_EDGES or node.head is node:
            return False
        node = node.head
    return False


def _told_as_occurred(token: Token, cues: Cues) -> bool:
    """The deed's noun carries a clause saying it took place ("el secuestro de un comerciante ocurrido el 25 de
    noviembre", "the killing of a merchant that occurred on Nov. 25"; the parse may hang it on the victim): a modal
    above it supposes only someone's part in it."""
    return token.pos_ == "NOUN" and any(
        t.dep_ in {"amod", "acl", "relcl", "acl:relcl"} and
        (lemma_of(t).lower() in cues.occurrences or t.lower_ in cues.occurrences)
        for t in token.subtree if t.i > token.i)


def _modal_subject(token: Token, cues: Cues) -> bool:
    """The event is the subject of a modal verb ("What a Trump-Sheinbaum summit could deliver", "A summit could
    produce", "la reunión podría servir"): what it might do, so it is only supposed; not "could have" ("the attack
    could have been prevented": it happened)."""
    if not token.dep_.startswith("nsubj") or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb = token.head
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if verb.lemma_.lower() in cues.modals or verb.lower_ in cues.modals:
        return True  # Spanish: "la reunión podría servir" hangs the noun on "podría"
    return any(a.lower_ in cues.modals for a in auxes) and \
        not any(a.lemma_.lower() in {"have", "haber"} for a in auxes)


# the Spanish conditional, which the small model tags as an imperfect ("reunirían": Mood=Ind, Tense=Imp)
_CONDITIONAL = re.compile(r"\wría(?:s|mos|n)?$")


def _conditioned(verb: Token, cues: Cues) -> bool:
    """An "if" clause hangs from the verb of a modal or in the conditional ("would meet again in Mexico City if
    progress is made", "se reunirían si hay avances"): it is a condition, not a plan."""
    modal = any(c.dep_ == "aux" and c.lower_ in cues.modals for c in verb.children) or \
        "Cnd" in verb.morph.get("Mood", []) or bool(_CONDITIONAL.search(verb.lower_))  # "se reunirían si ..."
    return modal and any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in cues.hypothetical_marks
                                                   for g in c.children) for c in verb.children)


def is_planned(token: Token, doc: Doc, cues: Cues) -> bool:
    """True when the event ``token`` names is told in the future ("will meet", "se reunirán", "the upcoming summit"),
    or in the Spanish conditional of a report ("Rubio se reuniría con la presidenta, de acuerdo con fuentes")."""
    if _done_participle(token):  # "El operador, detenido el 5 de mayo, será extraditado", "las dos personas asesinadas
        return False  # serán repatriadas": what the participle tells is done, whatever comes next
    node = _clause_of_sequel(token, doc, cues)  # "tras reunirse": in the time of the clause, not agreed on in it
    if any(c.lower_ in cues.future_modifiers for c in token.children) or (node.i == token.i and (
            agreed_on(token, cues) or _awaited(token, doc, cues) or _headline_infinitive(token))):
        return True
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"} and node.dep_ in {"advcl", "xcomp"} and node.head.i != node.i and \
                "Inf" in node.morph.get("VerbForm", []):
            if _future_before(node, doc, cues):
                return True  # "is expected to travel ... to meet": the future is told before the trip
            node = node.head  # "viajará a Quito para reunirse", "will travel to meet": the tense of the trip
            continue
        if node.pos_ in {"VERB", "AUX"}:
            if token.pos_ in {"NOUN", "PROPN"} and _subject_of(token, node) and \
                    (lemma_of(node) or node.lower_).lower() not in cues.occurrence_verbs:
                return False  # "el asesinato no quedará impune": what will happen to the event, not the event
            if "Fut" in node.morph.get("Tense", []) or _CONDITIONAL.search(node.lower_) or any(
                    c.dep_ in {"aux", "aux:pass"} and (c.lower_ in cues.future_auxiliaries or _reported_future(c, cues)
                                                       or "Fut" in c.morph.get("Tense", []))  # "será extraditado"
                    for c in node.children):
                return True
            if node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"} and not _future_before(node, doc, cues):
                node = node.head  # "is scheduled to arrive on Tuesday and hold talks": the tense of the first verb
                continue
            return _future_before(node, doc, cues)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_SPANISH_PARTICIPLE = re.compile(r"(?:ad|id)[oa]s?$")


def _done_participle(token: Token) -> bool:
    """``token`` is a past participle describing a noun ("detenido", "asesinadas", "arrested"): the parser may tag a
    Spanish one as a plain adjective, with no verb form."""
    if token.dep_ not in {"amod", "acl"}:
        return False
    if "Part" in token.morph.get("VerbForm", []):
        return "Pres" not in token.morph.get("Tense", [])
    return token.pos_ == "ADJ" and bool(_SPANISH_PARTICIPLE.search(token.lower_))


def _clause_of_sequel(token: Token, doc: Doc, cues: Cues) -> Token:
    """The verb of the clause whose time an infinitive or gerund after "tras", "after" shares ("acordaron crear un grupo,
    tras reunirse": "acordaron", not the "crear" agreed on; "will sign the accord after meeting": "sign"), else ``token``."""
    verb = token if token.pos_ in {"VERB", "AUX"} else None
    if verb is None or verb.dep_ not in {"advcl", "pcomp"} or not {"Inf", "Ger", "Part"} & set(verb.morph.get("VerbForm", [])) \
            or not any(p.search(doc_text(doc)[max(0, verb.idx - 20):verb.idx]) for p in cues.after_marks):
        return token  # "after meeting" (a participle under "after"), "tras reunirse"
    return next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"} and a.dep_ != "xcomp"), token)


def _headline_infinitive(token: Token) -> bool:
    """The event is told by the infinitive of an English headline, its future ("Noem to travel to Mexico City next week
    for border security talks", "Mexico to extradite cartel boss")."""
    if token.sent.start != 0:
        return False
    node = token
    for _ in range(4):
        if _infinitive_head(node) and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ in {"ROOT", "relcl", "conj", "ccomp", "advcl"}:
            return False  # a clause of its own: its tense is its own
        node = node.head
    return False


def _infinitive_head(node: Token) -> bool:
    """The node stands where a headline's infinitive tells its future: the root, a relative clause, the subject's clause
    ("Carney to visit Mexico next week": the parser may hang the infinitive from the subject), or the subject's
    complement under a teller ("US, Mexico officials to meet in January, Johnson says")."""
    return node.dep_ in {"ROOT", "relcl"} or (node.dep_ == "acl" and node.head.dep_ in {"nsubj", "ROOT"}) or (
        node.dep_ == "xcomp" and node.head.pos_ in {"NOUN", "PROPN"} and node.head.dep_ in {"nsubj", "ROOT", "ccomp"})


def _awaited(token: Token, doc: Doc, cues: Cues) -> bool:
    """The event is a gathering a trip is for, told in the present ("Rubio llega a México para reunión con
    Sheinbaum", "arrives in Mexico for talks with", "travels to Mexico to meet"), or one a trip comes ahead of
    ("landed ... ahead of a meeting with the president"): still to come."""
    if token.pos_ in {"NOUN", "PROPN"}:
        if any(p.search(doc_text(doc)[max(0, token.idx - 50):token.idx]) for p in cues.ahead):
            return True
        marker, verb = (token.head, token.head.head) if token.dep_ == "pobj" else (None, token.head)
        words = {c.lower_ for c in token.children if c.dep_ == "case"} | ({marker.lower_} if marker is not None else set())
    elif "Inf" in token.morph.get("VerbForm", []):  # "Llega X a Culiacán para reunirse con", "travels ... to meet"
        verb, words = token.head, {c.lower_ for c in token.children if c.dep_ in {"mark", "aux"}}
    else:
        return False
    return bool(words & cues.purposes) and "Pres" in verb.morph.get("Tense", []) and \
        (lemma_of(verb) or verb.lower_).lower() in cues.travel_verbs


_AGREED_EDGES = frozenset({"obj", "dobj", "xcomp", "ccomp", "advcl"})


def agreed_on(token: Token, cues: Cues) -> bool:
    """The event is what someone agreed or decided on, still to come: "acuerdan reunión de equipos", "acordaron que
    ... viajen a Washington para reunirse", "decided to meet again in May"; through complements only ("agree to
    extend the pause after a phone call": the call came before)."""
    if any(c.dep_.startswith("aux") and {c.lower_, (lemma_of(c) or "").lower()} & cues.commissives
           for c in token.children):
        return True  # a headline's "acuerdan reunirse", which the parser may read as an auxiliary
    if _told_done(token):
        return False  # "We met with him, he promised everything": the parser hangs "met" from "promised"
    if _next_one(token):
        return True  # "la próxima reunión se realizará en enero": of who met last (``join_agreed``)
    node = token
    for _ in range(4):
        if node.head.i == node.i or (node.dep_ not in _AGREED_EDGES and not infinitive_conj(node, cues)):
            return False
        if (lemma_of(node.head) or node.head.lower_).lower() in cues.commissives:
            return True
        node = node.head
    return False


def _told_done(token: Token) -> bool:
    """The trigger is a verb in the past of the indicative ("met", "se reunieron"): told as done, nothing agreed on."""
    morph = token.morph
    return token.pos_ in {"VERB", "AUX"} and "Fin" in morph.get("VerbForm", []) and "Past" in morph.get("Tense", []) \
        and "Sub" not in morph.get("Mood", [])


def _future_before(verb: Token, doc: Doc, cues: Cues) -> bool:
    """True when the words before ``verb`` put it in the future ("is expected to", "va a", "tiene previsto")."""
    before = doc_text(doc)[max(0, verb.idx - 40):verb.idx]
    return any(p.search(before) for p in cues.future_before)


def _subject_of(token: Token, verb: Token) -> bool:
    """True when ``token`` is, or heads the phrase that is, the subject of ``verb``."""
    node = token  # spaCy makes a new Token object on each access: compare indexes, not identities
    while node.head.i != node.i and node.i != verb.i:
        if node.head.i == verb.i:
            return node.dep_.startswith("nsubj")
        node = node.head
    return False


def teller_spans(text: str, offset: int, cues: Cues) -> list[Span]:
    """Spans (in document offsets) of the frames of ``text`` that name who told, not who took part."""
    return [Span(offset + match.start(), offset + match.end()) for match in matches_of(cues.teller_frames, text)]


def governing_verb(token: Token) -> Token | None:
    """The verb ``token`` is, or the nearest verb above it in the parse."""
    node = token
    for _ in range(5):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def speech_verb_before(date: SpacySpan) -> Token | None:
    """The speech verb right before a date, a preposition or determiner apart ("said on Tuesday", "informó
    este lunes"), or None: that date is when it was said, wherever the parser hangs it."""
    i = date.start - 1
    while i >= 0 and date.doc[i].pos_ in {"ADP", "DET"} and date.start - i <= 2:
        i -= 1
    return date.doc[i] if i >= 0 and is_speech_verb(date.doc[i]) else None


def describes(verb: Token) -> bool:
    """The verb is a participle that describes a noun ("sent 26 people accused of drug trafficking ... on Thursday",
    "extraditó a un hombre acusado de homicidio"): it tells what someone is, not when the news was told."""
    return verb.dep_ in {"acl", "amod"} and "Part" in verb.morph.get("VerbForm", [])


def reported_before_teller(date: SpacySpan | None, told: Token, event: SpacySpan | None) -> bool:
    """True when the teller closes the sentence after a comma and the date stands before it, in what was told ("Three
    soldiers were killed and five wounded Saturday when gunmen attacked a patrol, the Defense Department said": the
    parser may hang the day on "said", far from it). The trigger also stands before that comma; "On Monday, the Navy
    said it seized ..." (the trigger after the teller) stays the day it was told."""
    if date is None or event is None or not len(event) or told.i <= date.end or event.end > told.i:
        return False
    commas = [t.i for t in date.doc[date.end:told.i] if t.text in {",", ";", "—"}]
    return bool(commas) and not any(t.pos_ in {"VERB", "AUX"} for t in date.doc[commas[-1] + 1:told.i])


@cache
def _next_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("events.yaml")["next_ones"])


def _next_one(token: Token) -> bool:
    """The trigger is a noun the next of its series ("la próxima reunión", "the next meeting", "la siguiente ronda")."""
    return token.pos_ in {"NOUN", "PROPN"} and any(c.dep_ in {"amod", "det"} and c.lower_ in _next_words()
                                                    for c in token.children)


@cache
def _official_parties() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("events.yaml")["official_parties"])


def unnamed_officials(token: Token | None) -> bool:
    """True when the trigger's verb has for subject officials the sentence names no one of ("U.S. and Mexican officials
    met", "funcionarios de ambos países se reunieron"): a gathering of people unnamed, no reference back."""
    if token is None:
        return False
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    return any(c.dep_.startswith("nsubj") and c.lower_ in _official_parties() for c in verb.children)
