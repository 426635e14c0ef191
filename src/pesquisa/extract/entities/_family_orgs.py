"""Trafficking organizations named by a family's surnames before what they are, as US indictments and Treasury
releases write them: "the Valenzuela Meza DTO", "the Hernández Lara transnational criminal organization", "the Rubio
Zazueta drug trafficking organization".

The surnames (one to three capitalized words, names.yaml ``family_group_designations`` after them) are the group, an
organization named by them; the model reads them as a person ("Valenzuela") and the designation as a body ("DTO").
A place, a body's word, a nationality or an article among them ("the Sinaloa DTO", "the Mexican criminal
organization", "the Los Zetas criminal organization"), a given name opening them, or a body or place another step
found there leaves the text as it was."""

from __future__ import annotations

import re
from functools import cache

from pesquisa._required import matches_in
from pesquisa.extract.entities._names import is_given_name, is_known_place, names_data
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Mention, Span

_ARTICLES = frozenset({"the", "los", "las", "la", "el"})


@cache
def _designated() -> re.Pattern[str]:
    """"the", one to three capitalized words, a family group's designation."""
    kinds = "|".join(re.escape(d) for d in sorted(read_data("names.yaml")["family_group_designations"], key=len, reverse=True))
    return re.compile(r"\b(?:the|The)[ \xa0]+(?P<family>[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’-]+(?:[ \xa0]+[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’-]+){0,2})"
                      rf"[ \xa0]+(?P<kind>{kinds})\b")


def _family(words: list[str]) -> bool:
    """The words are a family's surnames: none is a place, a body's or a title's word, a nationality or an article, and
    no given name opens them ("the Ismael Zambada DTO" is a man's group, named by the man)."""
    names = names_data()
    return not is_given_name(words[0]) and not any(
        w.isupper() or fold(w) in _ARTICLES or w.lower() in names.org_words | names.title_words or fold(w) in names.demonyms
        or is_known_place(w) or load_lexicon().place_key(w) for w in words)


def family_organizations(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each trafficking organization named by a family's surnames (module docstring) in place of the
    model's readings of its words."""
    for match in matches_in(_designated(), text):
        span = Span(match.start("family"), match.end("kind"))
        if not _family(match.group("family").split()) or \
                any(m.span.overlaps(span) and m.source != "model" and m.type != "person" for m in mentions):
            continue
        mentions = [m for m in mentions if not m.span.overlaps(span)]
        mentions.append(Mention("organization", match.group(0)[match.start("family") - match.start():], span,
                                match.group("family"), source="rule"))
    return mentions
