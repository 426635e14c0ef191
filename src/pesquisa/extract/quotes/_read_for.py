"""Whose words someone reads out loud: "El vocero X leyó un mensaje del gobernador Y: «...»", "Spokesman X read a
message from Governor Y. “...,” the message said", "dio lectura a una carta enviada por Y ... «...», dice el texto".
The words are the author's (Y), named in the document's own phrase, never the reader's (speech.yaml
``reading_verbs``, ``reading_nouns``, ``authored_by``, ``read_texts``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from pesquisa.extract.nlp import doc_text, tokens_from
from pesquisa.extract.quotes._antecedents import Antecedents, Speaker
from pesquisa.extract.quotes._colon_clause import colon_before
from pesquisa.extract.quotes._cues import speech_cues
from pesquisa.extract.quotes._named_after import speech_nouns
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span

# "on his behalf", "on behalf of", "a nombre de", "en nombre del", "en su nombre"
BEHALF = re.compile(r"\b(?:on[ \t]+(?:his|her|their)[ \t]+behalf|on[ \t]+behalf[ \t]+of|(?:a|en)[ \t]+nombre[ \t]+del?"
                    r"|en[ \t]+su[ \t]+nombre)\b", re.I)
_OWNER_PREPS = {"of", "from", "by", "de", "del"}
_BY = {"by", "por"}


@cache
def _words(key: str) -> frozenset[str]:
    """The folded words of the speech.yaml list ``key``."""
    return frozenset(fold(w) for w in load_lexicon().speech.get(key, []))


def read_document(verb: Token) -> Token | None:
    """The document a verb of reading reads ("leyó un mensaje", "read a letter", "dio lectura a una carta"), else None."""
    if fold(verb.text) not in _words("reading_verbs") and fold(verb.lemma_) not in _words("reading_verbs"):
        if not any(fold(c.text) in _words("reading_nouns") for c in verb.children if c.dep_ in {"obj", "dobj"}):
            return None
    documents = speech_cues().carriers | speech_nouns()
    for child in verb.children:
        if child.dep_ not in {"obj", "dobj", "obl", "nmod"}:
            continue
        nouns = [child] + [c for c in child.children if c.dep_ in {"nmod", "prep", "pobj"}]
        nouns += [g for c in nouns[1:] for g in c.children if c.dep_ == "prep" and g.dep_ == "pobj"]
        found = next((n for n in nouns if n.pos_ == "NOUN" and fold(n.text) in documents), None)
        if found is not None:
            return found
    return None


def reading_author(verb: Token, document: Token) -> Token | None:
    """Who wrote the ``document`` a ``verb`` reads: the document's own author, or one the parse hung on the verb
    ("read a statement| from Attorney General Y")."""
    author = document_author(document)
    if author is not None:
        return author
    source = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > document.i), None)
    return next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None


def document_author(noun: Token) -> Token | None:
    """The one a document belongs to: its genitive ("un mensaje del gobernador X"), "from"/"of" X, or the one after a
    participle of writing or sending and "by"/"por" ("una carta enviada por X"), else None."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "nmod" and child.pos_ in {"NOUN", "PROPN"} and
                                    any(fold(c.text) in _OWNER_PREPS for c in child.children if c.dep_ == "case")):
            return child
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ in {"amod", "acl"} and fold(child.text) in _words("authored_by"):
            for grand in child.children:
                if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.lower_ in _BY):
                    return next((c for c in grand.children if c.dep_ == "pobj"), None)
                if grand.dep_ in {"obj", "obl", "nmod"} and any(fold(c.text) in _BY for c in grand.children):
                    return grand
    return None


def _author_span(author: Token) -> Span:
    """The author's phrase up to a comma that opens a clause after it ("Governor Y, who is in Mexico City"), or the
    name apposed to it ("the victim's mother, Ana Ruiz")."""
    named = next((c for c in author.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > author.i), None)
    if named is not None and not any(t.pos_ == "PROPN" for t in author.subtree if t.i < named.left_edge.i):
        return Span(named.left_edge.idx, named.right_edge.idx + len(named.right_edge.text))
    end = next((t.idx for t in author.subtree if t.text == "," and t.i > author.i), None)
    first = next(t for t in author.subtree if t.dep_ != "case" or t.i >= author.i)  # not its "de"
    return Span(first.idx, end if end is not None else author.right_edge.idx + len(author.right_edge.text))


def colon_reading_author(doc: Doc, span: Span) -> Span | None:
    """Who wrote what a sentence ending in a colon right before the quote at ``span`` reads out ("X leyó un mensaje
    del gobernador Y: «...»"), or whom it speaks for ("X habló en nombre del secretario Y: «...»"), else None."""
    colon = colon_before(doc, span)
    if colon is None:
        return None
    text, lead_end, sent = doc_text(doc), colon.end_char, colon[0].sent
    for verb in doc[sent.start:colon[0].i]:
        document = read_document(verb)
        author = reading_author(verb, document) if document is not None else None
        if author is not None:
            return _author_span(author)
    # "X habló en nombre del secretario Y, quien no pudo asistir: «...»": Y's
    behalf = next((m for m in BEHALF.finditer(text, sent.start_char, lead_end) if " su " not in f" {m.group(0).lower()} "
                   and not re.search(r"(?:his|her|their)\s", m.group(0), re.I)), None)
    named = doc.char_span(behalf.end() + 1, lead_end, alignment_mode="expand") if behalf is not None else None
    first = named[0] if named is not None and len(named) else None
    return _author_span(first.head if first.dep_ == "det" else first) if first is not None else None


def read_out_author(known: Antecedents, subject: Span, at: int) -> Speaker | None:
    """The author of the document read out in this paragraph or the one before, when the subject at ``at`` is that
    document ("“...,” the message said" after "X read a message from Y"; "dice el texto"): Y, or no one when Y is
    no one named ("a statement from the family"); None when no such document was read."""
    text = known.text
    words = set(fold(text[subject.start:subject.end]).split())
    start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at)))
    start = 0 if start == -1 else start
    for verb in reversed([known.doc[i] for i in tokens_from(known.doc, start, at)]):
        document = read_document(verb)
        if document is None or not (fold(document.text) in words or words & _words("read_texts")):
            continue
        author = reading_author(verb, document)
        if author is None:
            continue
        phrase = _author_span(author)
        named = [(m, e) for m, e in known.mentions if phrase.start <= m.span.start < phrase.end]
        if named:
            return known._entity_speaker(named[0][1], named[0][0].span, "subject")
        return Speaker(text[phrase.start:phrase.end], None, phrase, "unnamed")  # "a statement from the family"
    return None
