"""A county's or a city's own forces and offices, named by their place and a fixed tail ("the Pima County Sheriff's
Department", "the El Paso County Sheriff's Office"; ``local_body_tails`` in names.yaml). The English model often
misses them, or keeps only the place; local TV and court stories name them in nearly every seizure. So it misses
border crossings named by their two towns ("the Laredo–Colombia Solidarity International Bridge"), and reads a
country in them."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pesquisa._required import matches_in
from pesquisa.extract.entities._district_police import district_police
from pesquisa.extract.entities._names import names_data
from pesquisa.extract.entities._state_bodies import state_bodies
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Mention, Span

_WORD = r"[A-ZÁÉÍÓÚÑ][\w.'’-]*"
_PLACE_ARTICLES = frozenset({"El", "La", "Los", "Las"})  # "the |El Paso| County Sheriff's Office"


@cache
def _local_body_pattern() -> re.Pattern[str]:
    tails = sorted(read_data("names.yaml")["local_body_tails"], key=len, reverse=True)
    alternation = "|".join(re.escape(t).replace(r"\ ", r"[ \xa0]+") for t in tails)
    return re.compile(rf"(?<![\w’'])((?:{_WORD}[ \xa0]+){{1,3}})(?:{alternation})\b")


@cache
def _openers() -> frozenset[str]:
    """Capitalized words that open a sentence before a name: "The", "In", "After" (``headline_function_words``)."""
    return frozenset({"The", "A", "An", *read_data("names.yaml")["headline_function_words"]})


def local_bodies(text: str) -> list[Mention]:
    """Each county's or city's force or office the text names by its place and a fixed tail; the words before the
    place that open a sentence ("The", "Deputies of the") are no part of it, unless a known place opens with them
    ("the Doña Ana County Sheriff's Office"); and a state's prosecutor or police in lower case (``_state_bodies``)."""
    names = names_data()

    def opens(words: list[str]) -> bool:
        return not _opens_known_place(words) and (words[0] in _openers() or fold(words[0]) in names.member_nouns or
                                                  (words[0].lower() in names.not_names and words[0] not in _PLACE_ARTICLES))

    found = (past_openers(text, match, "organization", opens, sentence=True) for match in matches_in(_local_body_pattern(), text))
    # "the Sonora attorney general's office"; "the Moga police"
    return [m for m in found if m is not None] + state_bodies(text) + district_police(text)


def past_openers(text: str, match: re.Match[str], kind: str, opens: Callable[[list[str]], bool], *,
                 sentence: bool = False) -> Mention | None:
    """The mention of ``match`` (its group 1 of capitalized words and the tail after it) from the first of those words
    that ``opens`` does not take for the sentence's opening (it sees the words left); past the last sentence end
    inside them with ``sentence``. None when no word is left."""
    words = list(re.finditer(r"\S+", match.group(1)))
    words = _after_sentence_end(words) if sentence else words
    while words and opens([w.group() for w in words]):
        words = words[1:]
    if not words:
        return None
    start = match.start(1) + words[0].start()
    name = text[start:match.end()]
    return Mention(kind, name, Span(start, match.end()), name, source="rule")


def _opens_known_place(words: list[str]) -> bool:
    """The words open with a lexicon place of two words or more ("Doña Ana County", though "Doña" opens no name), the
    county's own word in the tail after them included ("Doña Ana| County Attorney's Office")."""
    return any(load_lexicon().place_key(" ".join(words[:n]) + tail) for n in range(len(words), 1, -1) for tail in ("", " County"))


@cache
def _crossing_pattern() -> re.Pattern[str]:
    tails = sorted((t for t in read_data("names.yaml")["crossing_tails"] if t[:1].isupper()), key=len, reverse=True)
    alternation = "|".join(re.escape(t).replace(r"\ ", r"[ \xa0]+") for t in tails)
    return re.compile(rf"(?<![\w’'])((?:[A-ZÁÉÍÓÚÑ][\w.'’/–-]*[ \xa0]+){{1,4}})(?:{alternation})\b")


def crossing_places(text: str) -> list[Mention]:
    """Each border crossing, bridge or airport the text names by capitalized words and a crossing tail (names.yaml
    ``crossing_tails``): a place, towns and countries inside it included; the sentence's opening words are no part
    of it ("The Otay Mesa Port of Entry")."""
    def opens(words: list[str]) -> bool:
        return words[0] in _openers() or words[0].lower() in names_data().not_names

    found = (past_openers(text, match, "place", opens, sentence=True) for match in matches_in(_crossing_pattern(), text))
    return [m for m in found if m is not None]


def _after_sentence_end(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words after the last that closes a sentence ("... Assistant U.S. Attorney Laura Ramos. The Pima County
    Sheriff's Department"): a capitalized word of three letters or more and a period; initials and "St." stay."""
    ends = [i for i, w in enumerate(words[:-1]) if re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}\.", w.group())]
    return words[ends[-1] + 1:] if ends else words
