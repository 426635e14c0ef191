"""Where a phrase of a sentence belongs: to a frame of who told it, to a clause coordinated with the trigger's, or to
a state that lasts ("since 2024"). Each keeps a place or date from the event a sentence tells: "En la conferencia
matutina en Palacio Nacional, explicó que ... se reunirá en Washington" (the palace is where it was told), "He was
indicted in 2023 and arrested in March 2025" (2023 is the indictment's), "according to a complaint unsealed Wednesday"
(the day of the complaint).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from pesquisa.extract.events._cues import Cues
from pesquisa.extract.events._frames import teller_spans
from pesquisa.extract.events._made_known import made_known_until
from pesquisa.records import DateMention, Span


def told_in_frame(body: str, sentence: Span, span: Span, trigger: Span, cues: Cues) -> bool:
    """True when ``span`` stands in a teller frame of its sentence that does not hold ``trigger``: where something was
    told, not where it happened ("En la conferencia matutina en Palacio Nacional, explicó que el grupo se reunirá en
    Washington": Washington); or a day after the news was held back ("se dio a conocer hasta este lunes":
    ``made_known_until``)."""
    return made_known_until(body, span) or any(f.contains(span) and not f.contains(trigger)
                                               for f in teller_spans(body[sentence.start:sentence.end], sentence.start, cues))


_ATTACHING = {"pobj", "prep", "case", "obl", "obl:tmod", "nmod", "compound", "nummod", "npadvmod", "pcomp", "det",
              "appos", "flat"}


def _attached_to(token: Token) -> Token:
    """The word a phrase hangs from ("in March 2025" -> "arrested"), climbing prepositions and name parts."""
    node = token
    for _ in range(6):
        if node.dep_ not in _ATTACHING or node.head.i == node.i:
            break
        node = node.head
    return node


def in_other_conjunct(doc: Doc, span: Span, trigger: Span) -> bool:
    """True when ``span`` hangs from a verb coordinated with the trigger's, not from the trigger's own: "He was indicted
    in 2023 and arrested in March 2025" (2023 dates the indictment), "fue acusado en 2023 y detenido en 2025"; the
    trigger's verb is the one that plans it, where one does ("will travel to Mexico City next week and is scheduled to
    meet with Amador on Dec. 16": next week dates the trip)."""
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    event = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if inner is None or event is None or not len(inner) or not len(event):
        return False
    head, own = _attached_to(inner.root), event.root
    while own.dep_ == "xcomp" and own.head.i != head.i:
        own = own.head
    return head.i != own.i and ((head.dep_ == "conj" and head.head.i == own.i) or
                                (own.dep_ == "conj" and own.head.i == head.i))


_COORDINATORS = {"and", "y", "e", "but", "pero"}
_JOINING = {"attend", "participate", "join", "accompany", "asistir", "participar", "acompañar", "sumar", "unir"}


def _carrier(token: Token) -> Token:
    """The verb that carries a noun trigger as its object ("firman acuerdo" -> "firman"), else the trigger."""
    return token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"obj", "dobj"} else token


def subject_of_other_conjunct(doc: Doc, span: Span, trigger: Span) -> bool:
    """True when ``span`` is the subject of a clause coordinated after the trigger's, with its own verb: "Soldiers
    arrested X on Thursday, and within hours the U.S. Embassy asked for his extradition", "detuvieron a X, y horas
    después la embajada solicitó su extradición" (the embassy made no arrest), "México y EU firman acuerdo;
    Sheinbaum descarta intervención". The parser may hang the second clause as an adverbial one; the "and" or the
    semicolon that opens it tells it apart from "after the DEA located him". One who joined is none ("; X attended")."""
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    event = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if inner is None or event is None or not len(inner) or not len(event):
        return False
    subject, own = inner.root, _carrier(event.root)
    while subject.dep_ in {"flat", "compound", "appos"} and subject.head.i != subject.i:
        subject = subject.head
    verb = subject.head
    if not subject.dep_.startswith("nsubj") or verb.i <= own.i or verb.head.i != own.i or verb.lemma_ in _JOINING:
        return False
    if verb.dep_ == "conj":
        return True
    opening = next((t for t in verb.subtree if not t.is_punct), None)
    semicolon = any(t.text == ";" and own.i < t.i < verb.i for t in own.children)
    return verb.dep_ == "advcl" and (semicolon or (opening is not None and opening.lower_ in _COORDINATORS))


_CONDITIONS = {"if", "si", "unless"}


def outside_condition(doc: Doc, span: Span, trigger: Span) -> bool:
    """True when the trigger stands in a condition ("Si el acuerdo no da resultados, el gobierno mexicano podría
    demandar", "If the deal fails, Mexico could ...") and ``span`` outside it: what would follow, no actor of it."""
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    event = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if inner is None or event is None or not len(inner) or not len(event):
        return False
    for node in [event.root, *event.root.ancestors]:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in node.children):
            return not (node.left_edge.i <= inner.root.i <= node.right_edge.i)
    return False


_WHEN_AFTER = re.compile(r"\s*,\s*(?:when|cuando)\b", re.I)


def starts_state(body: str, cues: Cues, date: DateMention) -> bool:
    """True when ``date`` says since when something lasts ("had led the police since 2024", "vigente desde 2022"),
    or what an ordinal counts in ("her second visit to Mexico this year"): no day of an event."""
    before = body[max(0, date.span.start - 90):date.span.start]
    if any(p.search(before) for p in cues.durations):  # (not the day a "when" clause tells: "since October, when ...")
        return not _WHEN_AFTER.match(body, date.span.end)
    # a year or month an ordinal counts in ("her second visit to Mexico this year")
    return date.value is not None and len(date.value) < 10 and any(
        p.search(body[max(0, date.span.start - 60):date.span.start]) for p in cues.ordinal_counts)


_WHOSE = {"whose", "cuyo", "cuya", "cuyos", "cuyas"}


def possessor_antecedent(token: Token | None) -> Token | None:
    """The one a "whose" clause holding the trigger hangs from, or None: "Ortega, whose brother was killed in 2023",
    "Ortega, cuyo hermano fue asesinado": the brother was killed, Ortega takes no part in it."""
    if token is None or token.dep_ not in {"relcl", "acl"}:
        return None
    subjects = [c for c in token.children if c.dep_.startswith("nsubj")]
    return token.head if any(g.lower_ in _WHOSE for s in subjects for g in s.children) else None


_WHEN = {"when", "cuando"}


def in_when_clause(doc: Doc, span: Span, trigger: Token | None) -> bool:
    """True when ``span`` stands in a "when" clause of a time named in the sentence that does not hold the trigger:
    "sent 37 prisoners in January, the third transfer since February 2025, when 29 inmates including Rafael Caro
    Quintero were handed over": Caro Quintero was sent then, not in January."""
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    if trigger is None or inner is None or not len(inner):
        return False
    for node in inner.root.ancestors:
        # a clause of a time ("February 2025, when ..."), not one of how the event went ("arrested when marines
        # raided his home": the marines arrested him)
        if node.dep_ in {"relcl", "acl"} and node.head.pos_ in {"NOUN", "PROPN", "NUM"} and \
                any(c.lower_ in _WHEN for c in node.children):
            return not (node.left_edge.i <= trigger.i <= node.right_edge.i)
    return False


@cache
def _concurrent_break(marks: tuple[str, ...]) -> re.Pattern[str]:
    """A comma, then a word that opens a clause of another happening of the same time (", mientras", ", while")."""
    return re.compile(r",\s*(?:" + "|".join(re.escape(m) for m in marks) + r")\b", re.I)


def concurrent_apart(body: str, cues: Cues, span: Span, trigger: Span) -> bool:
    """True when a comma and "while", "mientras" stand between ``span`` and the trigger, either way round: the two are
    in clauses of different happenings ("detuvieron en Tijuana a X, mientras que en Ensenada soldados aseguraron 35
    armas": neither Tijuana nor X is the seizure's), whatever the parser made of them (it may make "mientras" the root)."""
    lo, hi = (trigger.end, span.start) if trigger.end <= span.start else (span.end, trigger.start)
    return lo <= hi and _concurrent_break(cues.concurrent_marks).search(body, lo, hi) is not None


def hangs_from_trigger(doc: Doc, span: Span, trigger: Span) -> bool:
    """True when ``span`` (a date) hangs from the trigger through no other verb ("follows OFAC's designation of LNFM
    leaders in June 2025": the designation's month, not "Today's"; "the extradition of X, arrested in March" is the
    arrest's, through "arrested"; "appeared in court today after he was extradited on Tuesday": the extradition's day
    is Tuesday, "today" hangs from "appeared")."""
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    event = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if inner is None or event is None or not len(inner) or not len(event) or event.root.pos_ not in {"NOUN", "PROPN", "VERB"}:
        return False
    for node in inner.root.ancestors:
        if node.i == event.root.i:
            return True
        if node.pos_ in {"VERB", "AUX"}:
            return False
    return False


def dropped_subject(trigger: Token | None) -> Token | None:
    """The trigger of a Spanish passive told of one person with no subject of its own ("El 2 de febrero fue detenido en
    Reynosa por la Guardia Nacional": the man named before), standing where its subject would be; else None."""
    if trigger is None or trigger.pos_ != "VERB" or trigger.dep_ != "ROOT" or "Sing" not in trigger.morph.get("Number", []) \
            or "Part" not in trigger.morph.get("VerbForm", []):
        return None  # a main clause only ("quien murió después de que fue baleada": its subject is the relative's)
    aux = [c for c in trigger.children if c.dep_ in {"aux", "aux:pass", "cop"} and c.lower_ in {"fue", "será", "sido"}]
    if not aux or any((c.dep_.startswith(("nsubj", "expl")) and c.pos_ != "NUM") or c.lower_ == "se" for c in trigger.children):
        return None  # ("El 2 de febrero fue detenido": the parser may take the day for its subject)
    return trigger
