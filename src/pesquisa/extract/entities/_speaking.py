"""Bare names that speak: "Sheinbaum dijo que ...", "Rubio told reporters ...", and the companies and bodies that
speak by a bare name ("Walmart said in a statement that it ...", "Vector, a Mexican brokerage, said ...").

The model leaves many of them untagged; the parse's subject of a singular speech verb marks them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pesquisa.extract.entities._names import in_any, is_known_place, names_data
from pesquisa.extract.nlp import doc_text, name_tokens
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Mention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def speaking_names(doc: Doc, taken: list[Span], people: list[str]) -> list[Mention]:
    """A bare name that is the subject of a singular speech verb and names no one the article names
    otherwise: a person ("Sheinbaum dijo que ...", "Rubio told reporters ...", "afirmó Ebrard"), where
    the model left it untagged or alone. Only people speak by a bare name: a place, an organization, a
    nationality, a title, a name in capitals ("NUEVO LAREDO" opens a dateline), a plural subject ("Authorities said")
    or the subject of a plural verb ("Militares aseguran") does not count, and a word of a name in ``people`` is that
    person's surname (joined later, ``add_surname_mentions``)."""
    from pesquisa.extract.quotes._cues import speech_verbs

    names, lex = names_data(), load_lexicon()
    named = {w for p in people for w in fold(p).split()}
    out = []
    for i in speech_verbs(doc):
        if "Plur" in doc[i].morph.get("Number", []):
            continue  # "Militares aseguran ...": a plural verb has no one person for its subject
        for child in doc[i].children:
            if child.dep_ not in {"nsubj", "nsubj:pass"} or child.pos_ != "PROPN" or "Plur" in child.morph.get("Number", []):
                continue  # "JUAREZ, Mexico — |Authorities| said": a plural noun capitalized after a dateline
            words = name_tokens(child)  # not its relative clause: "said Sheinbaum, who spoke at ..."
            if len(words) > 3 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.text.isalpha() or
                                     t.text.isupper() for t in words) or \
                    any(t.dep_ not in _NAME_SIDE_DEPS and t not in words for t in child.children):
                continue  # "Diputados de la oposición", "the Sheinbaum government": no bare name
            span = Span(words[0].idx, words[-1].idx + len(words[-1].text))
            name = doc_text(doc)[span.start:span.end]
            if any(span.overlaps(t) for t in taken) or lex.place_key(name) or is_known_place(name) or \
                    lex.org_key(name) or fold(name) in names.demonyms or fold(name) in names.member_nouns or \
                    set(fold(name).split()) & named or \
                    any(in_any(t.lower_.rstrip("."), names.not_names, names.title_heads, names.title_words,
                                names.org_words) or fold(t.text) in names.group_words or _written_short(t) or
                        _plural_title(t) for t in words) or \
                    name.lower() in names.sole_bodies:
                continue  # ... or a body named by its head alone: "Marina asegura 8 toneladas"
            kind = "organization" if _speaks_as_body(doc[i], child) else "person"
            out.append(Mention(kind, name, span, name, source="rule"))
    return out


def _plural_title(token: Token) -> bool:
    """The word is the plural of a title or a role the parse took for a name ("EL PASO, Texas — |Prosecutors| told
    jurors ...", "|Investigators| said"): people of that office, no one named."""
    lower, names = token.lower_, names_data()
    return len(lower) > 3 and lower.endswith("s") and in_any(lower[:-1], names.title_heads, names.title_words)


def _written_short(token: Token) -> bool:
    """The word is a rank or an honorific written short, its period after it ("said Capt. Todd Vance", "dijo el Lic.
    Pérez"): a title before the name the parse cut off, no one's name."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (token.text.endswith(".") or (nxt is not None and nxt.text == "." and not token.whitespace_)) and \
        token.lower_.rstrip(".") in names_data().honorifics


def _speaks_as_body(verb: Token, subject: Token) -> bool:
    """The bare name speaking is a company or another body: an apposition says so ("Vector, a Mexican brokerage
    ..., said"; "Vector, una casa de bolsa, informó"), or what it said calls it "it" ("Walmart said in a
    statement that it had reviewed ...")."""
    cues = {fold(c) for c in names_data().org_cues}
    for appos in (c for c in subject.children if c.dep_ == "appos"):
        words = [fold(t.text) for t in doc_tokens(appos, 3)]
        if any(" ".join(words[:n]) in cues for n in (1, 2, 3)):
            return True
    return any(c.dep_ == "ccomp" and any(t.lower_ == "it" and t.dep_ in {"nsubj", "nsubjpass"} for t in c.children)
               for c in verb.children)


def doc_tokens(head: Token, count: int) -> list[Token]:
    """Up to ``count`` tokens from ``head`` on."""
    return list(head.doc[head.i:head.i + count])


# what may hang on a bare speaking name besides its own words: commas, a relative clause, an apposition
_NAME_SIDE_DEPS = frozenset({"punct", "relcl", "acl", "appos"})
