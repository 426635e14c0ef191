"""Whose statement a spokesperson, a deputy or a lawyer reads (the one on whose behalf it is read), and whose
statement "the statement" is (the one an earlier sentence introduced).

"X leyó un mensaje del gobernador Y ... «...», dice el texto": Y's (``_read_for``).
"Deputy Administrator Robert Murphy read a statement on his behalf. “...,” the statement said": the words are
the administrator's, named before the reader, not the reader's; "read a statement on behalf of X", "leyó un
mensaje a nombre de X", "en nombre de X": X's.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Token

from pesquisa.extract.quotes._access import only_holds
from pesquisa.extract.quotes._antecedents import Antecedents, Speaker
from pesquisa.extract.quotes._read_for import BEHALF, read_out_author
from pesquisa.extract.quotes._requested import requester
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span


def behalf_owner(known: Antecedents, at: int) -> Speaker | None:
    """The person or body on whose behalf the statement quoted at ``at`` was read, as this paragraph or the one before
    says, else None: the one named after "on behalf of" / "a nombre de"; for "on his behalf", the person named
    before the reader (the last person named before the phrase)."""
    text = known.text
    start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at)))
    start = 0 if start == -1 else start
    found = list(BEHALF.finditer(text, start, at))
    match = found[-1] if found else None
    if match is None:
        return None
    if not re.search(r"(?:his|her|their|su)[ \t]", match.group(0), re.I):
        after = [(m, e) for m, e in known.mentions if match.end() <= m.span.start < match.end() + 40]
        return known._entity_speaker(after[0][1], after[0][0].span, "subject") if after else None
    people = [(m, e) for m, e in known.mentions if e.type == "person" and start <= m.span.start < match.start()]
    if len(people) < 2:
        return None
    reader = people[-1][1].local_id
    owner = next(((m, e) for m, e in reversed(people) if e.local_id != reader), None)
    return known._entity_speaker(owner[1], owner[0].span, "subject") if owner else None


def _flat(text: str) -> str:
    """``text`` in lower case without accents, each character kept in its place ("Boletín" -> "boletin")."""
    return "".join((unicodedata.normalize("NFD", ch)[:1] or ch).lower()[:1] or ch for ch in text)


_GENERIC_DOCUMENTS = {"document", "documento", "documents", "documentos", "texto"}  # ("señala el texto")


def earlier_document(known: Antecedents, subject: Span) -> Speaker | None:
    """Whose words "the statement" carries when an earlier sentence introduced that document: a joint one ("according
    to a joint statement ...", "en un comunicado conjunto") is a joint statement; one "from"/"de" a body or person is
    theirs; a request is whoever the story said asked (``requester``); else None."""
    text = known.text
    nouns = [w for w in re.findall(r"\w+", fold(text[subject.start:subject.end])) if w in known.cues.carriers]
    if not nouns:
        return None
    if (read := read_out_author(known, subject, subject.start) or requester(known, subject)) is not None:
        return read  # "X read a message from Y ... the message said": Y's, never the reader's (a request: who asked)
    sentence_start = max(text.rfind(". ", 0, subject.start), text.rfind("\n", 0, subject.start))
    # "el documento", "the document" stands for any document told before ("el informe anual del Departamento de Estado")
    # (a joint one too, whatever noun it is written with: "una declaración conjunta ... De acuerdo con el documento")
    told = known.cues.carriers | {j for j in known.cues.joint if " " in j} if nouns[-1] in _GENERIC_DOCUMENTS else \
        _same_kind(nouns[-1])  # ("una carta ... La misiva señala")
    pattern = rf"\b(?:{'|'.join(re.escape(n) for n in sorted(told))})\b"
    for match in reversed(list(re.finditer(pattern, _flat(text[:max(0, sentence_start)])))):
        found = _document_owner(known, subject, match.start()) or _said_with_it(known, match.start()) or \
            _filer(known, match.start())
        if found is not None:
            return found
        if fold(text[max(0, match.start() - 4):match.start()]).strip() not in {"the", "el", "la", "this", "este", "esta"}:
            return None  # "a statement", "un comunicado" with no owner: a document of its own
    return None


def _said_with_it(known: Antecedents, at: int) -> Speaker | None:
    """The last speaker, when they spoke in the sentence that brought in the document at ``at`` ("In a statement
    released by his attorney, the family said ... “...,” the statement said": the family's statement)."""
    text = known.text
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min(i for i in (text.find(". ", at), text.find("\n", at), len(text)) if i != -1)
    last = known.last
    return last if last is not None and last.span is not None and start <= last.span.start < end else None


def _document_owner(known: Antecedents, subject: Span, at: int) -> Speaker | None:
    """The owner the sentence of an earlier document at ``at`` gives it: a joint statement, or a body or person after
    "from"/"of"/"by"/"de"/"por" ("a report by the Government Accountability Office"); else None."""
    text = known.text
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min(i for i in (text.find(". ", at), text.find("\n", at), len(text)) if i != -1)
    if any(j in fold(text[start:end]) for j in known.cues.joint if " " in j):
        return Speaker("joint statement: " + text[subject.start:subject.end], None, Span(start, end), "joint",
                       plural=True)
    # (one or two words may qualify it first: "el informe anual del Departamento de Estado")
    owner = re.match(r"\w*(?:\s+\w+){0,2}?\s+(?:from|of|by|de|del|por)\s+(?:the\s+|la\s+|el\s+)?", text[at:end])
    if owner is not None and only_holds(text[at:at + owner.end()]):
        return None  # "a memo seen by Reuters": the outlet only saw it
    named = [(m, e) for m, e in known.mentions if owner and m.span.start == at + owner.end()] or \
        [(m, e) for m, e in known.mentions if e.type == "organization" and _right_before(text, m.span.end, at)]
    return known._entity_speaker(named[0][1], named[0][0].span, "subject") if named else None


def without_reader(known: Antecedents, subject: Span, mentions: list) -> list:
    """The ``mentions`` of a subject less those of who read it out ("The statement, read by Sheriff X, said") and of
    the office it spoke through ("La FGR, a través de la Fiscalía Federal en Sonora, informó": the FGR; a person
    named there, "a través de su titular, X", still speaks)."""
    reader, channel = read_aloud(known, subject), _channel(known, subject)
    return [(m, e) for m, e in mentions if not (reader is not None and reader.start <= m.span.start < reader.end) and
            not (channel is not None and e.type != "person" and channel.start <= m.span.start < channel.end)]


def _channel(known: Antecedents, subject: Span) -> Span | None:
    """The stretch of a subject set off by commas that names the office a body spoke through (speech.yaml
    ``channels``: "a través de", "por conducto de", "through"), when the subject names someone before it."""
    words = "|".join(re.escape(c) for c in load_lexicon().speech.get("channels", []))
    match = re.search(rf",\s*(?:{words})\s", known.text[subject.start:subject.end], re.I) if words else None
    if match is None or not any(subject.start <= m.span.start < subject.start + match.start() for m, _e in known.mentions):
        return None
    close = known.text.find(",", subject.start + match.end(), subject.end)
    return Span(subject.start + match.start(), close if close != -1 else subject.end)


def read_aloud(known: Antecedents, subject: Span) -> Span | None:
    """The part of a document's subject that names who read it out ("The statement, read by Sheriff X at a news
    conference", "el mensaje, leído por su vocero"): a reading participle and "by"/"por" after a comma, to the
    subject's end; None when there is none."""
    text = known.text
    match = re.search(r",\s*(\w+)\s+(?:by|por)\s", text[subject.start:subject.end])
    if match is None or fold(match.group(1)) not in known.cues.readers:
        return None
    return Span(subject.start + match.start(), subject.end)


def _filer(known: Antecedents, at: int) -> Speaker | None:
    """Who filed or issued the document named at ``at``, as the subject of the verb it is the object of: the person or
    body whose name that subject is, else, for a noun that names no one ("Relatives of two Americans filed a
    lawsuit"), someone unnamed; None when no such subject stands there (or a country, read as before)."""
    here = known.doc.char_span(at, at + 1, alignment_mode="expand")
    noun = here[0] if here is not None and len(here) else None
    filing = {fold(v) for v in load_lexicon().speech.get("filing_verbs", [])}
    if noun is None:
        return None
    verb = _written_in(noun)  # "In a letter to the court, X wrote ...", "En una carta enviada al Senado, X pidieron"
    if verb is None and (noun.dep_ not in {"dobj", "obj"} or noun.head.pos_ != "VERB" or
                         fold(noun.head.lemma_) not in filing):
        return None
    subject = next((c for c in (verb or noun.head).children if c.dep_ == "nsubj"), None)
    # (past a dateline the parse makes the subject: "BROWNSVILLE, Texas (AP) — Relatives of ...")
    dash = next((t for t in subject.subtree if t.i > subject.i and t.text in {"—", "–"}), None) if subject else None
    if subject is not None and dash is not None:
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.i > dash.i), None)
    if subject is None:
        return None
    named = [(m, e) for m, e in known.mentions if m.span.start <= subject.idx < m.span.end]
    if named:
        return known._entity_speaker(named[0][1], named[0][0].span, "subject")
    if subject.pos_ != "NOUN" or any(m.span.start <= subject.idx < m.span.end for m, _e in known.places):
        return None
    end = next((t.idx for t in subject.subtree if t.i > subject.i and t.text == ","), None)
    right = subject.right_edge
    span = Span(subject.left_edge.idx, end if end is not None else right.idx + len(right.text))
    return Speaker(known.text[span.start:span.end], None, span, "unnamed")


def _right_before(text: str, end: int, at: int) -> bool:
    """A name ending at ``end`` qualifies the document at ``at`` from before it ("a Treasury Department report",
    "the DEA's report"): only a space or a possessive stands between them."""
    return end < at and re.fullmatch(r"(?:['’]s)?\s+", text[end:at]) is not None


def _same_kind(noun: str) -> set[str]:
    """The folded nouns of the kind of document ``noun`` names (speech.yaml ``document_kinds``: "carta", "misiva"),
    else ``noun`` alone."""
    kinds = [{fold(w) for w in kind} for kind in load_lexicon().speech.get("document_kinds", [])]
    return next((kind for kind in kinds if noun in kind), {noun})


def _written_in(noun: Token) -> Token | None:
    """The verb whose words a document is the medium of ("In a letter to the court, X wrote", "En una carta dirigida a
    X, 14 alcaldes pidieron"), else None."""
    if noun.dep_ == "obl" and noun.head.pos_ == "VERB" and any(c.dep_ == "case" and c.lower_ == "en" for c in noun.children):
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ == "VERB":
        return prep.head
    return None
