"""A person named again by the given name alone, often after an honorific ("doña Eusebia dijo", "don Javier
relató", "Mrs. Salinas" aside): features and chronicles call someone so after naming them in full. The one
person of the article whose name opens with that word speaks, never whoever spoke last."""

from __future__ import annotations

from functools import cache

from pesquisa.extract.quotes._descriptions import DETERMINERS
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import LocalEntity


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
