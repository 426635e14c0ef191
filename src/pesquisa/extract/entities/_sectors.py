"""The Border Patrol's sectors named by their region alone ("agents in the |Rio Grande Valley Sector| seized ...",
"the Big Bend Sector"): in a story that names the Border Patrol, capitalized words and "Sector" are one of its
sectors, an organization, though no agency stands before them (``field_units`` reads "Border Patrol's El Paso
Sector")."""

from __future__ import annotations

import re

from pesquisa._required import matches_in
from pesquisa.extract.entities._local_bodies import past_openers
from pesquisa.extract.entities._names import names_data
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention

_SECTOR = re.compile(r"(?<![\w’'])((?:[A-Z][\w.'’-]*[ \xa0]+){1,3})Sector\b")
_PATROL_KEY = "us-bp"
_PLACE_ARTICLES = frozenset({"El", "La", "Los", "Las"})  # "the |El Paso| Sector"


def _names_the_patrol(text: str) -> bool:
    """The text names the Border Patrol by any of its lexicon names."""
    entry = load_lexicon().organizations.get(_PATROL_KEY)
    return entry is not None and any(re.search(rf"\b{re.escape(f)}\b", text) for f in (entry.name, *entry.aliases))


def patrol_sectors(text: str) -> list[Mention]:
    """Each sector of the Border Patrol the text names by its region and "Sector" (see the module docstring); the words
    that open a sentence ("The", "In") are no part of it."""
    if not _names_the_patrol(text):
        return []
    openers = {"The", "A", "An", "In", "At"} | {w.capitalize() for w in names_data().not_names}

    def opens(words: list[str]) -> bool:
        return words[0] in openers and not (words[0] in _PLACE_ARTICLES and len(words) > 1)

    found = (past_openers(text, match, "organization", opens) for match in matches_in(_SECTOR, text))
    return [m for m in found if m is not None]
