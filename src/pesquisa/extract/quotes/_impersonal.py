"""Speech without a speaker: impersonal reports and requests for anonymity.

An impersonal report ("Se informó que ...", "Se detalló que ...", "It was reported that ...", "It was also
noted that ...") names no one who spoke: its words are the issuing body's when the same paragraph names one
speaking (an organization that spoke there, or one named beside a communiqué: "En un comunicado, la FGR
..."), else no one's; never the person named last. A request to withhold a name ("asked that her name not
be used", "who asked that their names not be published") is a condition of speaking, not a statement.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from pesquisa.extract.nlp import doc_text, lemma_of
from pesquisa.extract.quotes._antecedents import Antecedents, Speaker
from pesquisa.extract.quotes._cues import asked_of_the_speaker, speech_cues, text_of
from pesquisa.extract.quotes._marks import inside
from pesquisa.extract.quotes._spans import attribution_verb
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span

_SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
# the reflexive "se" of a Spanish passive or impersonal verb, as the parser labels it
_PASSIVE_SE = {"expl:pass", "expl:impers", "expl", "obj", "iobj"}


@cache
def _anonymity() -> tuple[frozenset[str], frozenset[str]]:
    """Folded nouns of a name ("name", "nombre", "identidad") and the asking verbs that withhold one."""
    spec = load_lexicon().speech["anonymity"]
    return frozenset(fold(w) for w in spec["names"]), frozenset(fold(w) for w in spec["requests"])


def is_impersonal(verb: Token, content: Span) -> bool:
    """The speech verb reports with no one as its subject: a Spanish reflexive passive before its "que" clause
    ("Se informó que"; not a pronominal verb with its own complement, "se refirió a"), or an English passive
    with an empty "it" ("It was reported that")."""
    children = list(verb.children)
    if verb.lang_ == "es":
        bridge = fold(doc_text(verb.doc)[verb.idx + len(verb.text):content.start]).split()
        return any(fold(c.text) == "se" and c.dep_ in _PASSIVE_SE and c.i < verb.i for c in children) and \
            not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in children) and \
            not any(fold(c.text) in {"le", "les"} for c in children) and bridge[-1:] == ["que"]
    passive = any(c.dep_ in {"auxpass", "aux:pass"} for c in children)
    empty = [c for c in children if c.dep_ in {"nsubjpass", "nsubj:pass", "expl"}]
    return passive and bool(empty) and all(fold(c.text) == "it" for c in empty)


def impersonal_closing(doc: Doc, verb: Token | None, quote: Span) -> bool:
    """A Spanish reflexive passive after a direct quote attributes it to no one ("“Se dio vista al INM”, se
    informó."; "..., se lee en el documento", "..., se dio a conocer."): not the person named last, as for "Se
    informó que ..."."""
    if verb is None:
        after = text_of(doc)[quote.end:quote.end + 40].lower().lstrip(" ”»\"'")
        return doc.lang_ == "es" and any(re.match(rf",\s*se\s+{re.escape(p)}\s*[.;]", after)
                                         for p in speech_cues().phrases)
    if verb.lang_ != "es" or verb.idx < quote.end:
        return False
    children = list(verb.children)
    return any(fold(c.text) == "se" and c.dep_ in _PASSIVE_SE and c.i < verb.i for c in children) and \
        not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in children) and not any(fold(c.text) in {"le", "les"} for c in children)


def asks_anonymity(verb: Token, content: Span) -> bool:
    """The verb asks that a name be withheld ("asked that her real name not be used"): a verb of asking whose
    clause has a name as its subject; or its clause is the condition it spoke on ("on condition that ...")."""
    names, requests = _anonymity()
    span = verb.doc.char_span(content.start, content.end, alignment_mode="expand")
    if _circumstance(span):
        return True
    if fold(lemma_of(verb) or verb.text) not in requests and fold(verb.text) not in requests:
        return False
    return any(t.dep_ in _SUBJECTS and fold(t.text) in names for t in span or [])


def _circumstance(span: SpacySpan | None) -> bool:
    """The clause completes a noun in a phrase of circumstance ("told me, on condition that he not be named"):
    the terms under which someone spoke, not what they said."""
    if span is None:
        return False
    heads = [t for t in span if not t.is_punct and not (span.start <= t.head.i < span.end)]
    if len(heads) != 1 or heads[0].dep_ != "acl":
        return False
    noun = heads[0].head
    return noun.pos_ == "NOUN" and noun.i < heads[0].i and fold(noun.text) in _terms()


@cache
def _terms() -> frozenset[str]:
    """Folded nouns of the terms someone spoke on ("condition", "condición")."""
    return frozenset(fold(w) for w in load_lexicon().speech["anonymity"]["terms"])


def issuer(known: Antecedents, last: Speaker | None, last_at: int | None, at: int) -> Speaker | None:
    """Whose words an impersonal report at ``at`` gives: the organization that spoke last, when it spoke in the
    same paragraph or the one before ("La FGR informó que ...\n\n«...», se precisó."); else an organization the
    paragraph names before a communiqué word or after one; else no one."""
    text = known.text
    start = text.rfind("\n", 0, at) + 1
    before = text.rfind("\n", 0, len(text[:start].rstrip())) + 1  # the paragraph before
    if last is not None and last.local_id is not None and not last.person and last.cue != "country" and \
            last_at is not None and before <= last_at < at:
        return last
    carriers = speech_cues().carriers
    if not any(fold(w.strip(",.;:")) in carriers for w in text[start:at].split()):
        return None
    bodies = [(m, e) for m, e in known.mentions if e.type == "organization" and start <= m.span.start < at]
    return known._entity_speaker(bodies[-1][1], bodies[-1][0].span, "subject") if bodies else None


def asking_verb(doc: Doc, quote: Span) -> Token | None:
    """A verb of asking right after a question that names who asks ("“¿Entiende los cargos?”, le preguntó el juez
    federal X"): the attribution of a question put by someone named, not by the reporter."""
    after = doc.char_span(quote.end, min(len(text_of(doc)), quote.end + 30), alignment_mode="contract")
    first = next((t for t in after or [] if t.pos_ in {"VERB", "AUX"}), None)
    asking = speech_cues().asking
    if first is None or (first.lower_ not in asking and lemma_of(first).lower() not in asking) or \
            asked_of_the_speaker(first):
        return None
    return first if any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in first.children) else None


def quoted_with_verb(doc: Doc, content: Span, quotes: list[Span]) -> bool:
    """A frame's claim holds a direct quote and the verb that attributes it ("“Me declaro culpable”, dijo después
    en español, según la traducción de la intérprete"): the quote is the statement, the frame only its source."""
    for quote in quotes:  # (or its end, where the sentence broke inside the quote: '“... intervention. Cooperation, yes,”')
        if content.start < quote.end <= content.end:
            verb = attribution_verb(doc, quote, quotes)
            if verb is not None and content.start <= verb.idx < content.end and not inside(verb.idx, quotes):
                return True
    return False


def the_one_asked(verb: Token) -> Span | None:
    """The name a verb of asking gives the one asked ("—¿Tienen protección? —se le preguntó a Díaz.", "le cuestionó
    al fiscal Pérez"), whose answer follows; None when it names no one."""
    doc = verb.doc
    end = verb.sent.end
    for tok in doc[verb.i + 1:min(end, verb.i + 4)]:
        if tok.lower_ in {"a", "al", "to"} and tok.i + 1 < end:
            run = tok.i + 1
            while run < end and doc[run].pos_ in {"PROPN", "NOUN", "DET", "ADJ"}:
                run += 1
            last = next((t for t in reversed(doc[tok.i + 1:run]) if t.pos_ == "PROPN"), None)
            return Span(doc[tok.i + 1].idx, last.idx + len(last.text)) if last is not None else None
    return None


def question_verb(doc: Doc, quote: Span, verb: Token | None) -> Token | None:
    """The verb that attributes a direct question: one of asking right after it that names who asks ("“¿...?”,
    preguntó X"), over a verb of speech in a finished sentence before it ("El conductor insistió en el tema."),
    which is not the question's; else ``verb``."""
    asking = asking_verb(doc, quote)
    if asking is None:
        return verb
    if verb is None or (verb.idx < quote.start and verb.sent.end_char <= quote.start and
                        doc_text(verb.doc)[verb.sent.start_char:verb.sent.end_char].rstrip().endswith((".", "!", "?"))):
        return asking
    return verb
