"""A group named again by its kind alone ("El colectivo Madres Buscadoras de Zacatecas localizó ... De acuerdo con el
colectivo, ..."): the organization the story introduced with that noun speaks, though "el colectivo" with none such
named is a nameless source (``unnamed`` in speech.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.extract.quotes._bodies import _group_nouns
from pesquisa.lexicon import fold
from pesquisa.records import Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._speakers import Resolver

_DEFINITE = {"el", "la", "the", "this", "este", "esta", "dicho", "dicha"}


def group_named_again(known: Resolver, subject: Span, words: list[str], at: int) -> Speaker | None:
    """The organization last named before ``at`` with the subject's group noun ("el colectivo" after "el colectivo
    X", "the collective" after "the Y collective" or a name holding the noun) when the subject is only a definite
    article and that noun; else None."""
    if len(words) != 2 or words[0] not in _DEFINITE or words[1] not in _group_nouns():
        return None
    noun = words[1]
    for mention, entity in reversed(known.mentions):
        if entity.type != "organization" or mention.span.end > at or mention.span.start >= subject.start:
            continue
        before = fold(known.text[max(0, mention.span.start - 25):mention.span.start]).split()
        after = fold(known.text[mention.span.end:mention.span.end + 15]).split()
        if noun in fold(mention.text).split() or before[-1:] == [noun] or after[:1] == [noun]:
            return known._entity_speaker(entity, subject, "description")
    return None
