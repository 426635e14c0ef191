"""Vehicles named by make and model ("una camioneta Ford Lobo con placas de Nuevo León", "a Chevrolet Tahoe") and
ships by their name ("el buque ARM “Benito Juárez”"): the model reads them as people, places or companies; they name
none."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import is_given_name, names_data
from pesquisa.lexicon import read_data
from pesquisa.records import Mention


@cache
def _vehicle_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = read_data("names.yaml")
    company = frozenset(w.lower() for w in data["vehicle_company_words"]) | names_data().org_words
    return frozenset(data["vehicle_makes"]), frozenset(w.lower() for w in data["vehicle_cues"]), company


def is_vehicle(text: str, mention: Mention) -> bool:
    """A model name of two or three words opened by a vehicle make, one word or two after a vehicle noun or an
    article, or a person so opened where the document writes the make after one elsewhere."""
    makes, cues, company = _vehicle_words()
    words = mention.text.split()
    if mention.source == "model" and len(words) == 1 and words[0] in makes and _model_follows(text, mention, cues, company):
        return True  # "a |Chevrolet| Silverado pickup": the make the model cut from its model's name
    if mention.source != "model" or not 2 <= len(words) <= 3 or words[0] not in makes or \
            any(w.lower().rstrip(".") in company for w in words):
        return False  # "the Toyota Motor ...", "Ford Motor Co.": the company
    before = re.findall(r"[\w-]+", text[max(0, mention.span.start - 40):mention.span.start])
    if any(w.lower() in cues for w in before[-2:]):
        return True  # "una camioneta Ford Lobo", "a white Chevrolet Tahoe"
    # a headline's "Jeep Cherokee" (no cue before it) where the story writes the make after a vehicle noun
    return mention.type == "person" and not is_given_name(words[0]) and _make_after_cue(text, words[0], cues)


def _model_follows(text: str, mention: Mention, cues: frozenset[str], company: frozenset[str]) -> bool:
    """A make alone after a vehicle noun or an article, with a vehicle's model name after it ("a Chevrolet Silverado
    pickup", "una Ford Lobo"): a capitalized word or a number, no business word ("the Ford Foundation")."""
    before = re.findall(r"[\w-]+", text[max(0, mention.span.start - 30):mention.span.start])
    after = re.match(r"[ \xa0]+([A-Z][a-z]+|\d{3,4})\b", text[mention.span.end:mention.span.end + 20])
    return bool(before) and before[-1].lower() in cues and after is not None and after.group(1).lower() not in company


def _make_after_cue(text: str, make: str, cues: frozenset[str]) -> bool:
    """The document writes ``make`` one word or two after a vehicle noun or article somewhere."""
    for found in re.finditer(rf"\b{re.escape(make)}\b", text):
        before = re.findall(r"[\w-]+", text[max(0, found.start() - 40):found.start()])
        if any(w.lower() in cues for w in before[-2:]):
            return True
    return False


@cache
def _vessel_cue() -> re.Pattern[str]:
    """A vessel's noun or its navy's prefix, and an opening quote, right before a name (names.yaml ``vessel_cues``)."""
    data = read_data("names.yaml")
    cues = sorted(data["vessel_cues"], key=len, reverse=True)
    words = "|".join(re.escape(c) if c.isupper() else "(?i:" + re.escape(c) + ")" for c in cues)
    # a Spanish rank capitalized after the noun opens the ship's name ("el camaronero Capitán Chuy"), which the title
    # rule cut to "Chuy"; in running text the rank is lower case ("el capitán Luis Pérez")
    ranks = "|".join(re.escape(r) for r in data["vessel_name_ranks"])
    # a rank named after a ship ("el capitán de fragata Luis ...", "teniente de navío") comes before a person
    return re.compile(rf"(?<![\w-])(?<![Dd]e[ \xa0])(?:{words})[ \xa0]+(?:(?:{ranks})[ \xa0]+)?[\"“'‘«]?$")


@cache
def _navy_prefixes() -> frozenset[str]:
    """The navies' prefixes of ships' names among the ``vessel_cues`` ("ARM", "USS"): the cues in capitals."""
    return frozenset(c for c in read_data("names.yaml")["vessel_cues"] if c.isupper())


def is_vessel(text: str, mention: Mention) -> bool:
    """A name the model or a rule found right after a vessel's noun or prefix: a ship's ("a bordo del buque ARM
    “Benito Juárez”", "the USS Ronald Reagan"), no person's, place's or organization's; and a lexicon place right after
    a navy's prefix ("the patrol ship ARM |Chiapas|", "el patrullero ARM |Tabasco|": Mexico's ships bear states'
    names), never after a noun alone ("the vessel Mexico seized")."""
    cue = _vessel_cue().search(text, max(0, mention.span.start - 30), mention.span.start)
    if cue is None:  # the model's name opened by the prefix itself: "el patrullero |ARM Tabasco|"
        first = mention.text.split()[0]
        return len(mention.text.split()) > 1 and ((first.isupper() and first in _navy_prefixes()) or
                                                  _owned_vessel(text, mention, first))
    return mention.source != "lexicon" or (mention.type == "place" and cue.group(0).split()[0].isupper())


def _owned_vessel(text: str, mention: Mention, first: str) -> bool:
    """The name opens with a vessel's noun written as a word of its owner's name ("Coast Guard |Cutter Margaret
    Norvell|", "the Navy |Ship Juan Pérez|"): the whole is a ship's name."""
    before = re.search(r"([A-Z][a-z]+)[ \xa0]+$", text[max(0, mention.span.start - 20):mention.span.start])
    return first[:1].isupper() and first.lower() in _vessel_nouns() and before is not None


@cache
def _vessel_nouns() -> frozenset[str]:
    """The vessels' nouns among the ``vessel_cues`` (no navy's prefix)."""
    return frozenset(c for c in read_data("names.yaml")["vessel_cues"] if not c.isupper())


def without_vehicles(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the vehicles named by make and model, and the ships."""
    return [m for m in mentions if not is_vehicle(text, m) and not is_vessel(text, m)]
