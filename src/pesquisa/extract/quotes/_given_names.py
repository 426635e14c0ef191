"""A person named again by the given name alone, often after an honorific ("doña Eusebia dijo", "don Javier
relató", "Mrs. Salinas" aside): features and chronicles call someone so after naming them in full. The one
person of the article whose name opens with that word speaks, never whoever spoke last."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from pesquisa.extract.nlp import doc_text
from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.extract.quotes._descriptions import DETERMINERS
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import LocalEntity, Span


@cache
def _honorifics() -> frozenset[str]:
    """Folded honorifics of titles.yaml without their dots ("Mrs." -> mrs), and its forms of address ("doña")."""
    titles = load_lexicon().titles
    return frozenset(fold(h).rstrip(".") for h in [*titles.get("honorifics", []), *titles.get("forms_of_address", [])])


def given_name_of(entities: list[LocalEntity], words: list[str]) -> LocalEntity | None:
    """The one person whose full name opens with the subject's only word past determiners and honorifics
    ("doña Eusebia" -> Eusebia Morales); None when none or several do."""
    rest = [w for w in words if w not in DETERMINERS and w.rstrip(".") not in _honorifics()]
    if len(rest) != 1 or len(words) > 3:
        return None
    hits = [e for e in entities if e.type == "person" and len(parts := fold(e.name).split()) >= 2 and parts[0] == rest[0]]
    return hits[0] if len(hits) == 1 else None


@cache
def _given_names() -> frozenset[str]:
    """Folded common given names of names.yaml, every language, and their short forms ("Lupita", "Chuy")."""
    data = read_data("names.yaml")
    short = [str(n) for n in data.get("short_given_names") or {}]
    return frozenset(fold(n) for n in [*short, *(n for names in data["given_names"].values() for n in names)])


def lone_given_name(written: str) -> bool:
    """The words are one capitalized common given name and nothing else ("relata Karla", "Karla said"): a person the
    story names so alone, who speaks under that name, never whoever spoke before."""
    words = written.split()
    return len(words) == 1 and written[:1].isupper() and not written.isupper() and fold(written) in _given_names()


@cache
def _identified_by() -> frozenset[str]:
    """Folded participles of a clause giving the name someone goes by (speech.yaml ``identified_by``)."""
    return frozenset(fold(w) for w in read_data("speech.yaml")["identified_by"])


def identified_name(doc: Doc, subject: Span) -> Speaker | None:
    """The name a description's relative clause says it goes by ("The driver, who was identified only by his last
    name, Ramírez", "el testigo, que fue identificado en el sumario solo como Manuel"): the capitalized proper nouns
    ending the subject after that participle, at most four, speak with no id; else None."""
    toks = [t for t in doc.char_span(subject.start, subject.end, alignment_mode="expand") or [] if not t.is_punct]
    at = next((k for k, t in enumerate(toks) if fold(t.text) in _identified_by() and t.pos_ in {"VERB", "ADJ", "AUX"}), None)
    if at is None:
        return None
    run: list = []
    for tok in reversed(toks[at + 1:]):
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or len(run) == 4:
            break
        run.insert(0, tok)
    if not run:
        return None
    name = Span(run[0].idx, run[-1].idx + len(run[-1].text))
    return Speaker(doc_text(doc)[name.start:name.end], None, name, "name", person=True)
