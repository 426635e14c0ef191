"""A county's or a city's own forces and offices, named by their place and a fixed tail ("the Pima County Sheriff's
Department", "the El Paso County Sheriff's Office"; ``local_body_tails`` in names.yaml). The English model often
misses them, or keeps only the place; local TV and court stories name them in nearly every seizure."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import names_data
from pesquisa.lexicon import fold, read_data
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
    place that open a sentence ("The", "Deputies of the") are no part of it."""
    names = names_data()
    out = []
    for match in _local_body_pattern().finditer(text):
        words = list(re.finditer(r"\S+", match.group(1)))
        while words and (words[0].group() in _openers() or fold(words[0].group()) in names.member_nouns or
                         (words[0].group().lower() in names.not_names and words[0].group() not in _PLACE_ARTICLES)):
            words = words[1:]
        if not words:
            continue
        start = match.start(1) + words[0].start()
        out.append(Mention("organization", text[start:match.end()], Span(start, match.end()), text[start:match.end()],
                           source="rule"))
    return out
