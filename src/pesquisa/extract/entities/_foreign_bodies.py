"""A state body's generic alias that another country's name or nationality qualifies.

"The Indian Coast Guard", "India's Finance Ministry", "Spain's Interior Ministry", "el Ministerio del Interior
español", "la Gobernación guatemalteca": the country word right before the alias (a nationality, or a country in the
possessive) or right after it (a Spanish nationality, "de Guatemala", "of India") says whose body it is. When that
country is not the one of the lexicon's body the alias keys nothing ("Coast Guard" is the U.S. Coast Guard's only
where no other country owns it); a country word of the body's own country ("the Mexican Finance Ministry") keeps it.
Nationalities are relations.yaml ``demonyms`` (by country key); countries are the lexicon's places."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Span

_STATE_KINDS = frozenset({"ministry", "prosecutor", "police", "agency", "court", "legislature", "military"})
# the words right before: "Indian |", "the Spanish |", "India's |", "Guatemala’s |", "Honduras' |"
_BEFORE = re.compile(r"(?:^|[^\w.])((?:[A-Z][\w.]*[ \xa0])?[A-Z][\w.]*?)(['’]s|(?<=s)['’])?[ \xa0]+$")
# the words right after: "| español", "| guatemalteca", "| de Guatemala", "| of India"
_AFTER = re.compile(r"[ \xa0]+(?:(?:de|del|of)[ \xa0]+(?:la[ \xa0]+|the[ \xa0]+)?([A-ZÁÉÍÓÚ][\w.]+)|([a-záéíóúñ]+))")


@cache
def _demonyms() -> dict[str, str]:
    """Each nationality word, folded, with its country key (feminine Spanish forms too)."""
    out: dict[str, str] = {}
    for country, words in read_data("relations.yaml")["demonyms"].items():
        for word in words:
            out.setdefault(fold(word), country)
            if fold(word).endswith("o"):
                out.setdefault(fold(word)[:-1] + "a", country)
    return out


def _country_of(word: str, possessive: bool) -> str | None:
    """The country key a word names: a country in the possessive ("India's"), or a nationality ("Indian")."""
    if possessive:
        key = load_lexicon().place_key(word.rstrip("."))
        return key if key is not None and len(key) == 2 else None
    return _demonyms().get(fold(word)) if word[:1].isupper() else None


def _lead(text: str, span: Span) -> tuple[str | None, int]:
    """The country a nationality or a country's possessive right before ``span`` names, and where that word starts."""
    before = _BEFORE.search(text, max(0, span.start - 40), span.start)
    if before is None:
        return None, span.start
    whole = _country_of(before.group(1), bool(before.group(2)))
    if whole is not None:  # "New Zealand's", "the Costa Rican"
        return whole, before.start(1)
    last = before.group(1).split()[-1]
    return _country_of(last, bool(before.group(2))), before.end(1) - len(last)


def foreign_lead(text: str, span: Span, key: str) -> int | None:
    """Start of a country word before the alias at ``span`` that makes it another country's body than ``key``'s ("the
    |Indian Coast Guard", "|India's Finance Ministry"): the whole then names that body, or None."""
    org = load_lexicon().organizations.get(key)
    if org is None or not org.country or org.kind not in _STATE_KINDS:
        return None
    country, start = _lead(text, span)
    return start if country is not None and country != org.country else None


def foreign_owned(text: str, span: Span, key: str) -> bool:
    """True when a country word before or after the alias at ``span`` names a country other than ``key``'s own."""
    org = load_lexicon().organizations.get(key)
    if org is None or not org.country or org.kind not in _STATE_KINDS:
        return False
    owners = {_lead(text, span)[0]}
    after = _AFTER.match(text, span.end)
    if after is not None and after.group(1):
        place = load_lexicon().place_key(after.group(1).rstrip("."))
        owners.add(place if place is not None and len(place) == 2 else None)
    elif after is not None:
        owners.add(_demonyms().get(fold(after.group(2))))
    owners.discard(None)
    return bool(owners) and org.country not in owners
