"""A generation mark written out beside a person's name in the news ("Christopher Kinahan Senior", "Rafael Caro
Quintero hijo"): it tells father from son, and is no name part to find in a list name. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pesquisa.lexicon import fold, generation_of
from pesquisa.resolve.sanctions._names import ListName, list_generation_words, person_parts
from pesquisa.resolve.sanctions._records import MentionContext

# the word right after a name, no comma between ("Rafael Caro Quintero hijo, de 35 años"), and the word after it
_NEXT_WORDS = re.compile(r"^[ \t]+([^\W\d_]+\.?)(?:[ \t]+([^\W\d_]+))?", re.UNICODE)
# a kin word followed by these tells whose kin the person is ("Ovidio Guzmán hijo de 'El Chapo'"), no generation
_OF = frozenset({"de", "del", "of"})


def unmarked_parts(parts: list[str], listed: ListName) -> list[str]:
    """A name's parts without a generation mark written out at its end that the list name does not hold as a name
    of its own ("Christopher Kinahan Senior" against KINAHAN, Christopher Vincent): the mark tells the generation
    (``same_generation``), not a name part."""
    if len(parts) > 2 and parts[-1] in list_generation_words() and parts[-1] not in listed.parts:
        return parts[:-1]
    return parts


def mark_after(contexts: Iterable[MentionContext]) -> str | None:
    """The generation word the news writes right after every full mention of a person, outside the name the reader
    took ("Rafael Caro Quintero hijo"; "Christopher Kinahan Snr"), as written folded; None when one full mention
    goes without it, when the marks differ, or when the word opens a "son of" ("hijo de")."""
    marks = set()
    for ctx in contexts:
        if len(person_parts(ctx.text)) < 2:
            continue
        found = _NEXT_WORDS.match(ctx.after)
        word = fold(found.group(1)).rstrip(".") if found else ""
        if not word or (found and fold(found.group(2) or "") in _OF):
            return None
        if word not in list_generation_words() and generation_of([word]) is None:
            return None
        marks.add(word)
    return next(iter(marks)) if len(marks) == 1 else None
