"""A Spanish reported clause the parse reads as a relative clause.

The small Spanish model hangs "que" and its clause on the last noun before it, as a relative,
when words stand between a speech verb and its "que": the one told ("dijo a la agencia que ..."),
a sentence adverb ("informó por su parte que ...") or the verb's own subject set after it
("Advirtió la funcionaria que ..."). The clause is then what was said, not a description of
that noun. A real relative stays one: "dijo a Reuters un funcionario que pidió el anonimato"
(an indefinite subject), "Señaló la funcionaria que encabeza la comisión que ..." (a second
"que" opens the clause said).

The English model makes the mirror mistake: the subject of the clause said becomes the verb's object ("said the
suspect, 24-year-old X, was taken into custody"), and the clause starts without it (``misread_object``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pesquisa.extract.nlp import lemma_of
from pesquisa.extract.quotes._cues import is_speech_verb, sentence_of, speech_cues
from pesquisa.extract.quotes._object_clause import object_clause
from pesquisa.lexicon import fold, load_lexicon

_RELATIVE_DEPS = {"acl", "relcl", "acl:relcl"}
_PHRASE_POS = {"DET", "ADJ", "PROPN", "NOUN", "ADP"}
JOINING = {"y", "e", "o", "u", "ni"}  # conjunctions that join a second clause said to the first ("... y que ...")
_INDEFINITE = {"un", "una", "unos", "unas", "algun", "alguna", "algunos", "algunas"}


def misread_complement(verb: Token, que: Token) -> bool:
    """True when ``que`` opens the clause ``verb`` reports though the parse made it a relative of a noun
    that hangs on the verb: the one told, a sentence adverb, or the verb's subject after it."""
    noun = que.head.head if que.head.dep_ in _RELATIVE_DEPS else None
    if noun is not None and (_in_an_english_statement(verb, noun, que) or _after_a_named_holder(verb, noun, que)):
        return True
    if noun is None or noun.head.i != verb.i or not verb.i < noun.i < que.i or not _one_phrase(verb, que):
        return False
    return _the_one_told(verb, noun) or _after_aside(verb, que) or _after_inverted_subject(verb, noun, que) or \
        _in_a_statement(noun, que)


def _after_a_named_holder(verb: Token, noun: Token, que: Token) -> bool:
    """'declaró en el juicio contra el exsecretario de Seguridad Genaro García Luna que entregó sobornos': a Spanish
    "que" right after a person's name with its office, no comma between, opens what the verb above says (a relative on
    a name is set off by a comma), when the phrase hangs on that verb and no second "que" follows."""
    doc = verb.doc
    office = fold(noun.text).removeprefix("ex") in speaker_nouns() or fold(noun.text) in speaker_nouns()
    return doc.lang_ == "es" and que.lower_ == "que" and doc[que.i - 1].pos_ == "PROPN" and office and \
        verb.i < noun.i < que.i and verb in noun.ancestors and \
        not any(t.lower_ == "que" or t.text == "," for t in doc[verb.i + 1:que.i]) and not _second_que(que)


def _one_phrase(verb: Token, que: Token) -> bool:
    """The words between the verb and its "que" are one noun phrase, or one closed by a name or an office set off
    by commas ("Sostuvo el general secretario de la Defensa, Ricardo Trevilla, que ...", "Apuntó el senador X,
    coordinador del PAN, que ..."); a comma without an apposition before "que" may open a true relative."""
    between = verb.doc[verb.i + 1:que.i]
    if all(t.pos_ in _PHRASE_POS for t in between):
        return True
    return all(t.pos_ in _PHRASE_POS or t.text == "," for t in between) and between[-1].text == "," and \
        any(t.dep_ == "appos" for t in between)


def _the_one_told(verb: Token, noun: Token) -> bool:
    """'dijo a la agencia que México ha entregado ...', 'declaró ante el jurado que ...'."""
    return noun.dep_ in {"iobj", "obl"} and any(c.lower_ in {"a", "al", "ante"} for c in noun.children)


def _after_aside(verb: Token, que: Token) -> bool:
    """'informó por su parte que ...', 'señaló a su vez que ...': a sentence adverb before the clause."""
    words = fold(verb.doc[verb.i + 1:que.i].text)
    return words in speech_cues().frame_asides


def _after_inverted_subject(verb: Token, noun: Token, que: Token) -> bool:
    """'Advirtió la funcionaria que la comisión sólo cuenta con 12 buscadores': the verb opens its sentence,
    its definite subject follows, and no second "que" in the sentence opens another clause."""
    doc = verb.doc
    opens = opens_sentence(verb)
    first = doc[verb.i + 1]
    definite = first.pos_ in {"DET", "PROPN"} and fold(first.text) not in _INDEFINITE
    later = _second_que(que)
    # the parse may call that subject an object; a thing told ("Anunció la estrategia que permitirá ...") is none
    subject = noun.dep_ in {"nsubj", "nsubj:pass"} or (noun.dep_ in {"obj", "dobj"} and fold(noun.text) in speaker_nouns())
    return subject and opens and definite and not later


def opens_sentence(verb: Token) -> bool:
    """The verb opens its sentence ("Advirtió la funcionaria que ...", "Y apuntó el senador ...")."""
    return all(t.pos_ in {"ADV", "CCONJ", "PUNCT"} for t in verb.doc[sentence_of(verb).start:verb.i])


@cache
def speaker_nouns() -> frozenset[str]:
    """Folded nouns of a person or an office who may speak: title heads and the descriptions of speakers."""
    cues = speech_cues()
    return frozenset({fold(h) for h in load_lexicon().title_heads()} | cues.generic_heads | cues.person_descriptions |
                     cues.org_descriptions | cues.spokespeople)


def _in_a_statement(noun: Token, que: Token) -> bool:
    """'informó en una tarjeta informativa que fueron detenidas seis personas', 'dijo en conferencia que ...', 'señaló
    durante la mañanera que ...': where it was said, then what; not 'en un comunicado que emitió anoche que ...' (a
    second "que" opens what was said), nor a relative with its object's gap ("en la conferencia que ofreció ayer"). The
    parse may call the medium the one told ("dijo en la mañanera que ...": its "en" says it is not)."""
    media = speech_cues().carriers | statement_media()
    return noun.dep_ in {"obl", "iobj"} and any(c.lower_ in _MEDIUM_PREPS_ES for c in noun.children) and \
        fold(noun.text) in media and \
        not _second_que(que) and not _relative_gap(que)


def _relative_gap(que: Token) -> bool:
    """The clause after "que" lacks the object "que" stands for, as a relative's does ("en la conferencia que ofreció
    este martes"); not "que el gabinete analiza la petición", a clause whole of its own. (A "que" read as the subject
    tells nothing: Spanish drops a clause's subject, "dijo en conferencia que ha entregado ...". Nor does one read as
    the object of a copula's predicate, which takes none: "dijo en la mañanera que la reunión será privada".)"""
    return que.dep_ in {"obj", "dobj"} and not any((c.dep_ in {"obj", "dobj"} and c.i != que.i) or c.dep_ == "cop"
                                                   for c in que.head.children)


def _in_an_english_statement(verb: Token, noun: Token, that: Token) -> bool:
    """'said in a statement that wait times at the port reached four hours': the English parse may read "that" as the
    subject of a relative of the medium ("that wait"); it opens what was said when a noun, not a verb, follows it
    ("said in an interview that aired Sunday" is a relative), or the verb's own clause does (the parse's "wait" a
    verb, "reached" the clause said), and no second "that" follows."""
    doc = verb.doc
    media = speech_cues().carriers | statement_media()
    prep = noun.head
    # (or a time or place after the medium: "said in a statement after Monday's hearing that her client ...")
    after_medium = prep.lower_ in _CIRCUMSTANCE_PREPS and any(
        p.dep_ == "prep" and p.i < prep.i and p.lower_ in _MEDIUM_PREPS and
        any(o.dep_ == "pobj" and fold(o.text) in media for o in p.children) for p in verb.children)
    medium = (fold(noun.text) in media and prep.lower_ in _MEDIUM_PREPS) or after_medium
    return doc.lang_ == "en" and that.lower_ == "that" and noun.dep_ == "pobj" and prep.head.i == verb.i and \
        medium and that.i + 1 < len(doc) and \
        not any(t.lower_ == "that" for t in doc[that.i + 1:sentence_of(that).end]) and \
        (doc[that.i + 1].pos_ not in {"VERB", "AUX"} or any(c.dep_ == "ccomp" and c.i > that.i for c in verb.children))


_MEDIUM_PREPS = {"in", "during", "on", "at"}
_MEDIUM_PREPS_ES = frozenset({"en", "durante"})  # "dijo en conferencia que", "señaló durante la mañanera que"
_CIRCUMSTANCE_PREPS = _MEDIUM_PREPS | {"after", "following", "before", "outside"}


def _second_que(que: Token) -> bool:
    """Another "que" follows in the sentence that no later speech verb owns ("..., pero dijo que ..." is its own) and
    no conjunction joins to the first ("que ha entregado ... y que los folios no existen": two clauses said)."""
    doc = que.doc
    return any(t.lower_ == "que" and doc[t.i - 1].lower_ not in JOINING and
               not any(is_speech_verb(a) and que.i < a.i < t.i for a in t.ancestors)
               for t in doc[que.i + 1:sentence_of(que).end])


@cache
def statement_media() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon().speech["statement_media"])


def misread_object(verb: Token, clause: Token) -> Token | None:
    """The first word of an object the parse hung on the verb when it is the subject of the clause after it ("said
    the suspect, 24-year-old X, was taken into custody": the clause has no subject of its own), else None; not
    the one told ("told reporters the cartel had ...", ``listener_verbs``)."""
    if verb.doc.lang_ != "en" or lemma_of(verb).lower() in _listener_verbs() or \
            any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    return obj.left_edge if obj is not None and obj.left_edge.i == verb.i + 1 else None


@cache
def _listener_verbs() -> frozenset[str]:
    return frozenset(load_lexicon().speech["listener_verbs"])


def reported_complements(verb: Token) -> list[Token]:
    """The clauses after a speech verb that may be what it reports: its clausal complements, and in Spanish an
    infinitive ("aseguró no tener información"), not one a preposition opens ("fue acusado de recibir sobornos": a
    charge; "insistió en designar a los cárteles", "llamó a denunciar": an aim, no words said) nor one after a promise
    ("prometió atender el problema"); an English infinitive ("is alleged to have worked", "vowed to fight") states no
    words."""
    promise = verb.lower_.startswith(_promise_stems())
    complements = {"ccomp", "xcomp"} if verb.doc.lang_ == "es" and not promise else {"ccomp"}
    found = [c for c in verb.children if c.dep_ in complements and c.i > verb.i and
             not (c.dep_ == "xcomp" and any(m.dep_ == "mark" and m.lower_ in _INFINITIVE_MARKS for m in c.children))]
    misread = object_clause(verb) if not found else None  # "said |troopers assisted ...|": an object and its relative
    return found if misread is None else [misread]


_INFINITIVE_MARKS = {"de", "del", "en", "a", "al"}  # prepositions that open an infinitive of an aim or a charge


@cache
def _promise_stems() -> tuple[str, ...]:
    return tuple(load_lexicon().speech["promise_stems"])


def told_object(tok: Token) -> bool:
    """An object of a Spanish verb marked with "a" that names an outlet or the press: the one told ("revelaron a
    MILENIO funcionarios", "dijo a este medio"), no thing said (not "reconoció a los elementos caídos")."""
    told = tok.pos_ == "PROPN" or fold(tok.text) in {fold(w) for w in load_lexicon().speech["told_nouns"]}
    return tok.doc.lang_ == "es" and told and any(c.dep_ == "case" and c.lower_ == "a" for c in tok.children)


def misread_subject(verb: Token, clause: Token) -> Token | None:
    """The word right after the verb when the parse left it hanging on the verb ("dep") and the clause it reports
    opens with a relative of that phrase ("said |avocado and lime growers in Michoacán who are forced to pay cartels
    could face legal risk"): the phrase is the reported clause's subject, no question ("who") opens it."""
    doc = verb.doc
    first, edge = (doc[verb.i + 1] if verb.i + 1 < len(doc) else None), clause.left_edge
    if first is None or first.dep_ != "dep" or first.head.i != verb.i or edge.i <= first.i:
        return None
    relative = edge.lower_ in {"who", "which", "that", "que", "quien", "quienes"} and doc[edge.i - 1].pos_ in {"NOUN", "PROPN"}
    return first if relative else None


def clause_first_word(verb: Token, clause: Token) -> Token:
    """Where the clause a verb reports starts: at a subject the parse hung on the verb (``misread_object``,
    ``misread_subject``), else at the clause's first word."""
    return misread_object(verb, clause) or misread_subject(verb, clause) or clause.left_edge
