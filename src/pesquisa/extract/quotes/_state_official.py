"""A title qualified by a state's demonym ("«...», afirmó la mandataria chihuahuense", "el gobernador neoleonés
sostuvo que ..."): the official the story named before beside that state ("Los gobernadores de Sonora, X, y de
Chihuahua, Y", "el fiscal de Sinaloa, Z", "W, gobernadora de Chihuahua"), never the last official of another state."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pesquisa.lexicon import fold, read_data

if TYPE_CHECKING:
    from pesquisa.extract.quotes._speakers import Resolver
    from pesquisa.records import LocalEntity

_NAME_AFTER = re.compile(r"\s*,?\s*$")  # "de Chihuahua, Y": the state, then the name it qualifies
# "W, gobernadora de Chihuahua": the name, then its title of the state (not "W, y de Chihuahua")
_STATE_AFTER = re.compile(r"^\s*,\s*(?:(?!y\s|e\s)\w+\s+){1,4}(?:del estado )?de\s*$")


@cache
def _demonyms() -> dict[str, str]:
    """Folded demonym -> the state's name as written (speech.yaml ``state_demonyms``)."""
    spec = read_data("speech.yaml")["state_demonyms"]
    return {fold(word): state for state, words in spec.items() for word in words}


def state_official(resolver: Resolver, content: list[str], before: int) -> LocalEntity | None:
    """The person a title qualified by a state's demonym stands for (see the module docstring): the one person named
    before ``before`` beside that state; None where the description holds no demonym, or none or several are."""
    states = {_demonyms()[w] for w in content[1:] if w in _demonyms()}
    if len(states) != 1 or resolver.lang != "es":
        return None
    state = states.pop()
    text = resolver.text
    found = {}
    for hit in re.finditer(r"(?<!\w)" + re.escape(state) + r"(?!\w)", text[:before]):
        for mention, entity in resolver.mentions:
            if entity.type != "person" or mention.span.start >= before:
                continue
            tail = text[hit.end():mention.span.start] if mention.span.start >= hit.end() else None
            head = text[mention.span.end:hit.start()] if mention.span.end <= hit.start() else None
            if (tail is not None and _NAME_AFTER.fullmatch(tail)) or (head is not None and _STATE_AFTER.match(head)):
                found[entity.local_id] = entity
    return next(iter(found.values())) if len(found) == 1 else None
