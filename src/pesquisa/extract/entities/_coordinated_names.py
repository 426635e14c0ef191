"""Names the model calls organizations that are coordinated with a person's name: "Two of the accused, |Gagandeep
Dhaliwal| and Wei Chen, appeared in court", "los detenidos |Kevin Obeng| y Luis Soto". Names joined by "and"/"y" are
of one kind; a name of two or three proper nouns, no organization word in it and no acronym, beside a person is
another person."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from pesquisa.extract.entities._acronyms import DEFINED_ACRONYM
from pesquisa.extract.entities._names import is_known_place, names_data
from pesquisa.extract.nlp import doc_text, lowercase_words
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention

_PERSON = {"PERSON", "PER"}


def _partners(token: Token) -> list[Token]:
    """The tokens ``token`` is coordinated with: its conjuncts, and the head it is a conjunct of."""
    return [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])


def _full_person(token: Token) -> bool:
    """``token`` is in a name the model calls a person, of two words at least ("Wei Chen"; "Cemex" alone may be a
    company the model misread)."""
    return any(e.start <= token.i < e.end and len(e) >= 2 and e.label_ in _PERSON for e in token.doc.ents)


def _looks_personal(name: str) -> bool:
    """Two or three capitalized words, none an organization word, an acronym, a known place or a lexicon name."""
    words, names, lex = name.split(), names_data(), load_lexicon()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) and \
        not any(w.lower() in names.org_words for w in words) and not is_known_place(name) and \
        not lex.place_key(name) and not lex.org_key(name)


def coordinated_with_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model organization coordinated only with people's names read as a person (see the module
    docstring); not where a word of it is written in lower case elsewhere ("Shooting Sports"), or an acronym in
    brackets spells it ("Cemex and Fomento Económico Mexicano (FEMSA)")."""
    out, lowered = [], lowercase_words(doc)
    for m in mentions:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand") \
            if m.type == "organization" and m.source == "model" and _looks_personal(m.name) and \
            not any(w.lower() in lowered for w in m.name.split()) else None
        partners = _partners(span.root) if span is not None and not DEFINED_ACRONYM.match(doc_text(doc), m.span.end) else []
        if partners and all(_full_person(p) for p in partners):  # "a store, a range |and| Hub AZ": a list of
            m = dataclasses.replace(m, type="person")  # businesses, one of them misread as a person
        out.append(m)
    return out
