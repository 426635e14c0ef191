"""An unnamed speaker the story names later by the same description ("At trial, a cooperating witness testified that
... The witness, Hector Garza Mendez, said ..."; "A senior official said ... The official, Christopher Landau,
added ..."): the earlier quotes are that person's. Only a singular indefinite description ("a witness", "un
funcionario") is taken up, by a definite one with its head noun and a person's name set beside it after a comma;
"another witness, X" names someone else.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pesquisa.lexicon import fold, read_data
from pesquisa.records import LocalEntity, Quote

_INDEFINITE = re.compile(r"(?:a|an|one|un|una)\s", re.I)
_DEFINITE = r"(?:the|el|la)"


def _head_noun(description: str) -> str | None:
    """The head noun of a singular indefinite description, up to its first comma, relative or "of"/"de" ("a
    cooperating witness" -> "witness", "un exintegrante del Cártel de Sinaloa" -> "exintegrante"), else None."""
    own = re.split(r",|\s(?:who|that|que|quien|of|de|del)\s", description)[0].strip()
    if not _INDEFINITE.match(own) or len(own.split()) > 5:
        return None
    return own.split()[-1]


@cache
def _testimony() -> tuple[frozenset[str], tuple[str, ...]]:
    """(folded verbs of a testimony, the nouns of a witness) of speech.yaml ``testimony``."""
    data = read_data("speech.yaml")["testimony"]
    return frozenset(fold(v) for v in data["verbs"]), tuple(data["witnesses"])


def named_later(quotes: list[Quote], text: str, entities: list[LocalEntity]) -> list[Quote]:
    """``quotes`` with each unnamed speaker described by a singular indefinite noun given to the person a later
    definite description of that noun names by apposition ("The witness, Hector Garza Mendez,"); copies."""
    people = {fold(e.name): e for e in entities if e.type == "person"}
    out = []
    for quote in quotes:
        head = _head_noun(quote.speaker) if quote.speaker and quote.speaker_local_id is None and \
            quote.cue == "unnamed" else None
        named = None
        if head is not None:
            # (one who testified is the witness the story names later: "El testigo, identificado como X, dijo")
            heads = (head, *_testimony()[1]) if fold(quote.verb or "") in _testimony()[0] else (head,)
            pattern = rf"\b{_DEFINITE}\s+(?:\w+\s+){{0,2}}(?:{'|'.join(map(re.escape, heads))}),\s+" \
                rf"(?:identificad[oa] como\s+|identified as\s+)?([^,\n]{{3,60}}?),"
            match = re.compile(pattern, re.I).search(text, quote.span.end)
            named = people.get(fold(match.group(1))) if match is not None else None
        out.append(replace(quote, speaker=named.name, speaker_local_id=named.local_id, cue="title")
                   if named is not None else quote)
    return out
