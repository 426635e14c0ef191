"""A name set off by commas after an indefinite description ("One of the banks, CIBanco, wrote on X", "Una de las
empresas, Vector Casa de Bolsa, negó ..."): the description only introduces it, and the one named speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.extract.quotes._descriptions import INDEFINITES
from pesquisa.lexicon import fold
from pesquisa.records import Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._speakers import Resolver


def apposed_name(resolver: Resolver, subject: Span, within: list) -> Speaker | None:
    """The speaker named in apposition that closes an indefinite description ``subject`` (no place), else None."""
    text = resolver.text
    words = fold(text[subject.start:subject.end]).split()
    if not within or not words or words[0] not in INDEFINITES:
        return None
    mention, entity = min(within, key=lambda pair: pair[0].span.start)
    lead = text[subject.start:mention.span.start].rstrip()
    if entity.type == "place" or not lead.endswith(",") or len(lead.split()) < 2 or \
            text[mention.span.end:subject.end].strip(" ,"):
        return None
    return resolver._entity_speaker(entity, mention.span, "subject")
