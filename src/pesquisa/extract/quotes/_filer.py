"""Who files a document that charges someone (``charging_documents`` in speech.yaml: "the complaint", "the
indictment", "la carpeta de investigación"): the prosecution, never someone of another person's who spoke before it
("His attorney, X, said ... The complaint alleges that ...", "su abogado, Y, dijo ... La acusación señala")."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.lexicon import fold, load_lexicon

if TYPE_CHECKING:
    from pesquisa.extract.quotes._titled import Titles

_POSSESSIVES = frozenset({"his", "her", "their", "su", "sus"})
_LINKS = frozenset({"of", "for", "to", "de", "del"})


@cache
def _charging() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon().speech["charging_documents"])


@cache
def _relations() -> frozenset[str]:
    table = load_lexicon().speech["relations"]
    return frozenset(fold(w) for code in table for w in table[code])


def _someone_of_theirs(title: str) -> bool:
    """The title makes its holder someone of another person's ("His defense attorney", "el abogado de X", "su
    esposa")."""
    words = fold(title).split()
    relation = next((i for i, w in enumerate(words) if w in _relations()), None)
    return relation is not None and (bool(set(words[:relation]) & _POSSESSIVES) or  # ("His defense attorney")
                                     words[relation + 1:relation + 2] in ([w] for w in _LINKS))


def charges_filer(known: Titles, words: list[str], acted: Speaker | None) -> Speaker | None:
    """``acted`` (the one who last acted before a document's words), unless the document charges someone and
    ``acted`` is a person the story titles as someone else's lawyer or kin: then None, the filer unnamed."""
    if acted is None or not acted.person or not set(words) & _charging():
        return acted
    entity = next((e for e in known.entities if e.local_id == acted.local_id), None)
    if entity is not None and any(_someone_of_theirs(t) for t in known._titles(entity)):
        return None
    return acted
