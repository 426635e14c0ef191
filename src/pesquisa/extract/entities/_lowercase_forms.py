"""Institutions' English names written wholly in lower case after what places them in a country, as wire copy and
its reprints write them: after the country's possessive ("Mexico's attorney general's office", "Mexico's security
ministry") or after an adjective that opens the name (names.yaml ``lowercase_leads``: "the federal attorney general's
office"). ``_lexicon_match`` already reads a lower-case rest after a demonym ("the Mexican national guard")."""

from __future__ import annotations

import re

from pesquisa.extract.entities._names import names_data
from pesquisa.lexicon import fold, load_lexicon, read_data

# an English name: capitalized words, joined by the small words a body's name holds ("Office of the ...")
_ENGLISH_NAME = re.compile(r"[A-Z][a-z'’]+(?: (?:of|the|for|and|[A-Z][a-z'’]+))+")


def _possessives(country: str) -> list[str]:
    """The one-word names of ``country`` (places.yaml) in their possessive: "Mexico's", "Mexico’s"; none for
    a name of two words ("the United States' ...": outlets write "U.S." before the body instead)."""
    place = load_lexicon().places.get(country)
    names = [n for n in ((place.name, *place.aliases) if place else ()) if " " not in n and not n.isupper()]
    return [n + mark for n in names for mark in ("'s", "’s")]


def _placed(lead: str) -> bool:
    """``lead`` already places the name: a demonym or a place (its possessive too)."""
    lex = load_lexicon()
    return fold(lead) in names_data().demonyms or bool(lex.place_key(lead) or lex.place_key(re.sub(r"['’]s$", "", lead)))


def lowercase_owned() -> list[tuple[str, str, bool]]:
    """(form, key, False) for the lower-case names of the module docstring."""
    lex = load_lexicon()
    leads = {fold(w) for w in read_data("names.yaml")["lowercase_leads"]}
    out = []
    for form, key, ctx in lex.org_patterns():
        country = lex.organizations[key].country
        if ctx or not _ENGLISH_NAME.fullmatch(form):
            continue
        lead, rest = form.split(" ", 1)
        if fold(lead) in leads and " " in rest:  # "Federal Attorney General's Office": the whole name
            out.append((form.lower(), key, False))
        elif not _placed(lead) and country:  # "Attorney General's Office" of a Mexican body
            out += [(f"{owner} {form.lower()}", key, False) for owner in _possessives(country)]
    return out
