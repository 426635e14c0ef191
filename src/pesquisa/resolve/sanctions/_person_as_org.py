"""A person the news reader took for an organization ("Chhota Shakeel, another key aide, remains in Pakistan" read as
an organization): when no organization of the list fits, a name of two parts or more, every word a name part (no
particle, no legal form, no word for a group), and no organization of the lexicon, is matched as a person's, and
kept only where every part of it is a listed person's name and the list name holds no other part. Pure."""

from __future__ import annotations

from collections.abc import Callable

from pesquisa.resolve.sanctions._names import SanctionIndex, has_legal_form, name_tokens, person_parts
from pesquisa.resolve.sanctions._records import KBEntity, SanctionMatch, settings

MatchPerson = Callable[[KBEntity, SanctionIndex], list[SanctionMatch]]
WHOLE = ": all name parts"


def _bare_person_name(name: str) -> bool:
    """True when every word of ``name`` is a person's name part, two at least, none of them a word for a group."""
    words = name_tokens(name)
    return 2 <= len(person_parts(name)) == len(words) and not has_legal_form(name) \
        and not set(words) & settings()["group_word_set"]


def person_read_as_org(entity: KBEntity, index: SanctionIndex, match_person: MatchPerson) -> list[SanctionMatch]:
    """The listed person an organization of the news is, by every part of the list name and no other (pure)."""
    names = [n for n in [entity.name, *entity.aliases] if _bare_person_name(n)]
    if entity.key or not names:
        return []  # an organization the lexicon knows is one
    as_person = KBEntity(id=entity.id, type="person", name=names[0], aliases=names[1:], titles=list(entity.titles),
                         contexts=list(entity.contexts), title_names=dict(entity.title_names))
    found = [m for m in match_person(as_person, index) if m.evidence and m.evidence[0].endswith(WHOLE)]
    for match in found:
        match.entity_name = entity.name
        match.evidence.append("the news reader took the name for an organization's")
    return found
