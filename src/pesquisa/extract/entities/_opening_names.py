"""A person named again by the opening words of their full name, where those words are no given names of the lexicon
or read as something else: "La gobernadora Marina del Pilar Ávila Olmeda ... Marina del Pilar aseguró" ("Marina" is
also the Navy, so the model reads the short name as a place or body), "Rosa Icela" after "Rosa Icela Rodríguez". The
model's place or organization of two words or more that opens a person's longer name in the same article, and that
the lexicon does not know, is that person named shorter; the grouping then joins the two."""

from __future__ import annotations

from dataclasses import replace

from pesquisa.extract.entities._names import names_data
from pesquisa.lexicon import fold
from pesquisa.records import Mention


def _opens_person(words: list[str], people: list[list[str]]) -> bool:
    """``words`` are the first words of a longer name among ``people`` and end on no particle ("Juan de")."""
    return words[-1] not in names_data().particles and any(len(p) > len(words) and p[:len(words)] == words for p in people)


def opening_names_read(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the model's places and organizations that open a person's longer name retyped as people."""
    people = [fold(m.name).split() for m in mentions if m.type == "person" and m.alias_of is None]
    return [replace(m, type="person") if m.type in {"place", "organization"} and m.source == "model" and not m.key
            and len(m.name.split()) >= 2 and _opens_person(fold(m.name).split(), people) else m for m in mentions]
