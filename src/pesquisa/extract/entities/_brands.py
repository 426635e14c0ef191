"""Businesses named with their founder's possessive: "a Sportsman's Warehouse store", "the Dick's Sporting
Goods in El Paso". The model cuts the name at the apostrophe ("Sportsman" a person, "Warehouse" an
organization) or tags nothing; an article before a capitalized possessive marks a brand ("a Trump's ..." is
no English), so the possessive and the capitalized words after it are one organization."""

from __future__ import annotations

import re

from pesquisa._required import matches_in
from pesquisa.extract.entities._names import in_any, is_given_name, is_known_place, names_data
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Mention, Span

_BRAND = re.compile(r"\b(?:a|an|the|A|An|The)[ \xa0]+(?P<name>(?P<owner>[A-Z][a-z]+)['’]s"
                    r"(?:[ \xa0]+(?:&[ \xa0]+)?[A-Z][\w-]+){1,3})(?=[ \xa0]+[a-z]|[,.;:)]|$)", re.M)


def _owner_is_a_name(owner: str) -> bool:
    """The possessor is a title, a body, a place, a nationality, a given name or a lexicon name: "the
    President's Office", "the Navy's Special Forces", "the Guardian's Mexico correspondent"."""
    names, lex = names_data(), load_lexicon()
    low = owner.lower()
    return in_any(low, names.title_words, names.org_words, names.sole_bodies, names.not_names) or \
        is_known_place(owner) or bool(lex.place_key(owner) or lex.org_key(owner)) or \
        fold(owner) in names.demonyms or is_given_name(owner)


def brand_mentions(text: str) -> list[Mention]:
    """Businesses named with a possessive after an article ("a Sportsman's Warehouse store")."""
    out = []
    for match in matches_in(_BRAND, text):
        if _owner_is_a_name(match.group("owner")):
            continue
        name = match.group("name")
        out.append(Mention("organization", name, Span(match.start("name"), match.end("name")), name, source="rule"))
    return out


_WORD = r"[A-Z][\w-]+"
# "the Senate Judiciary Committee", "the House Homeland Security Committee", "Senate Foreign Relations Committee"
_COMMITTEE = re.compile(rf"\b(?:Senate|House)(?:[ \xa0]+(?:and[ \xa0]+)?{_WORD}){{1,5}}[ \xa0]+"
                        rf"(?:Committee|Subcommittee|Caucus)\b"
                        rf"|\bSubcommittee[ \xa0]+on(?:[ \xa0]+(?:and[ \xa0]+|the[ \xa0]+)?{_WORD}){{1,6}}")


def committee_mentions(text: str) -> list[Mention]:
    """Committees of Congress named by their chamber and subject ("the Senate Judiciary Committee"), or
    "Subcommittee on <subject>": the subject is no ministry ("Homeland Security") of the lexicon."""
    return [Mention("organization", m.group(0), Span(m.start(), m.end()), m.group(0), source="rule")
            for m in matches_in(_COMMITTEE, text)]
