"""Where a story is set, as the weights that decide whose body a context-only alias names.

"The Defense Department", "Congress", "the Navy" name Mexico's body in a story filed from Mexico and the
United States' in one filed from Washington; the dateline says where the reporter stands, which the count of
places and bodies alone misreads (a Washington story about strikes in Sinaloa names Mexican places more often).
"""

from __future__ import annotations

import re
from collections import Counter

from pesquisa.extract.datelines import dateline_spans
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention


def dateline_country(text: str) -> str | None:
    """The country of the place the story's first dateline names ("MORELIA, Michoacán —": mx; "WASHINGTON, June 2 —":
    us), or None: the place before the first comma or bracket, in the lexicon however it is cased, else the state or
    country after it that places a city the lexicon lacks ("QUITO, Ecuador (Reuters) -": ec)."""
    lines = dateline_spans(text)
    if not lines:
        return None
    for piece in re.split(r"[,(/—–]|\.-", text[lines[0].start:lines[0].end])[:2]:
        key = load_lexicon().place_key(piece.strip(" .")) if piece.strip(" .") else None
        country = key.split("-")[0] if key else None
        if country in load_lexicon().places and len(country or "") == 2:
            return country
    return None


def with_setting(text: str, countries: set[str], weights: Counter[str]) -> tuple[set[str], Counter[str]]:
    """The countries an article shows and how often each shows (``mention_countries``, ``country_weights``), with
    the dateline's country among them and put first: the story's setting outweighs its counts."""
    country = dateline_country(text)
    if country is not None:
        weights[country] = max(weights.values(), default=0) + 1
        countries = countries | {country}
    return countries, weights


# a country named as a body's owner: before it in the possessive ("Colombia's navy"), or after its head, Spanish or
# English style ("la Armada de Colombia", "la Marina de Guerra del Perú", "the Navy of Peru")
_OWNER_BEFORE = r"([A-ZÁÉÍÓÚ](?:[\w.]*\w)?(?:[ \xa0][A-Z][\w.]+)?)['’]s[ \xa0]+{form}\b"
_OWNER_AFTER = r"\b{form}(?:[ \xa0]+(?:de|del|of)[ \xa0]+[A-ZÁÉÍÓÚ]\w+)?[ \xa0]+(?:de|del|of)[ \xa0]+" \
    r"(?:la[ \xa0]+|the[ \xa0]+)?([A-ZÁÉÍÓÚ][\w.]+(?:[ \xa0][A-Z][\w.]+)?)"


def owner_countries(text: str, form: str) -> set[str]:
    """The countries ``text`` names as the owner of a body written ``form`` ("Mexico's Defense Department": mx; "la
    Armada de Colombia": co): each owner's place key, where that key is a country's."""
    lex = load_lexicon()
    out = set()
    for pattern in (_OWNER_BEFORE, _OWNER_AFTER):
        for owner in re.finditer(pattern.format(form=re.escape(form)), text):
            name = owner.group(1).rstrip(".")
            key = lex.place_key(name) or lex.place_key(name.split()[0].rstrip("."))  # "de Colombia. La Armada"
            if key is not None and len(key) == 2:
                out.add(key)
    return out


def possessed(text: str, form: str, country: str | None) -> bool:
    """The text names ``country`` as the owner of ``form`` ("Mexico's Defense Department", "la Armada de México": mx),
    which says whose body it is whatever else the story names."""
    return country is not None and country in owner_countries(text, form)


def possessed_elsewhere(text: str, form: str, country: str | None) -> bool:
    """The text names another country as the owner of ``form`` ("Ecuador's navy ... the navy said", "la Armada de
    Colombia ... informó la Armada") and never ``country``: the bare form is that other country's body, whether or
    not the lexicon lists it."""
    if country is None:
        return False
    owners = owner_countries(text, form)
    return country not in owners and bool(owners)


def mention_countries(mentions: list[Mention]) -> set[str]:
    """Countries shown by lexicon mentions: places that are countries, and the countries of organizations."""
    lex = load_lexicon()
    out = set()
    for m in mentions:
        if m.key and m.type == "organization" and m.key in lex.organizations:
            out.add(lex.organizations[m.key].country or "")
        elif m.key and m.type == "place":
            out.add(m.key)
    return out - {""}


def country_weights(mentions: list[Mention]) -> Counter[str]:
    """How often each country shows in lexicon mentions: the country's places (``mx``, ``mx-cdmx``) and organizations."""
    lex = load_lexicon()
    out: Counter[str] = Counter()
    for m in mentions:
        if m.key and m.type == "organization" and m.key in lex.organizations:
            out[lex.organizations[m.key].country or ""] += 1
        elif m.key and m.type == "place" and (country := m.key.split("-")[0]) in lex.places and len(country) == 2:
            out[country] += 1
    del out[""]
    return out
