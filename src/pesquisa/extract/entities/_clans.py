"""Criminal groups the model reads as a place or a person, named without quotes: a clan named by a family's surname in
the plural article ("Los Lorenzana" beside "Waldemar Lorenzana Lima": Central American and Mexican reporting names a
trafficking family by "Los" and its members' surname), and a name glossed as a group right after it ("La Inmaculada,
una organización criminal con sede en Tuluá"; names.yaml ``group_glosses``, as for quoted names in ``_groups``)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from pesquisa.extract.entities._names import is_given_name
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention

_CLAN = re.compile(r"(?:Los|Las|los|las)[ \xa0]+([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)")


@cache
def _gloss_after() -> re.Pattern[str]:
    """A group gloss right after a name: a comma, an article, up to two words (no "of"/"de"), the gloss."""
    glosses = "|".join(re.escape(g) for g in read_data("names.yaml")["group_glosses"])
    return re.compile(r",[ \xa0]+(?:(?:a|an|the|un|una|el|la)[ \xa0]+)?(?:(?!of\b|de\b)[\w-]+[ \xa0]+){0,2}"
                      rf"(?:{glosses})\b", re.I)


def _surnames(mentions: list[Mention]) -> set[str]:
    """The surnames of the people of ``mentions``: every word of a full name after its first that is no given name."""
    return {w for m in mentions if m.type == "person" for w in m.name.split()[1:]
            if w[:1].isupper() and not is_given_name(w)}


def _names_group(text: str, mention: Mention, surnames: set[str]) -> bool:
    """The model's place or person ``mention`` names a criminal group (see the module docstring); a known place never
    ("Los Cabos")."""
    if mention.type not in {"place", "person"} or mention.source != "model" or load_lexicon().place_key(mention.name):
        return False
    clan = _CLAN.fullmatch(mention.text)
    if clan is not None and clan.group(1) in surnames:
        return True
    words = mention.text.split()
    return words[0] in {"El", "La", "Los", "Las"} and len(words) <= 4 and \
        _gloss_after().match(text, mention.span.end) is not None


def clans_retyped(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the model's places and people that name a criminal group (a clan named by a surname of the
    text's people, a name glossed as a group) made organizations, named as written."""
    surnames = _surnames(mentions)
    return [dataclasses.replace(m, type="organization", name=m.text, source="rule") if _names_group(text, m, surnames)
            else m for m in mentions]
