"""Whom a description with no title of the story stands for, besides the last person who spoke.

A description after the narration turned to someone new ("A su lado camina el padre Alejandro Solalinde ...
—Las madres son ... —afirmó el sacerdote—.") is that person's, as a pronoun would be, when its article does not tell
the other gender. A description of an official of a government ("el funcionario", "the official") never stands for
a lawmaker ("el senador republicano Tom Cotton"), whom the press calls "el legislador": it goes to the last
person heard who holds no seat (speech.yaml ``official_descriptions``, titles.yaml ``legislator_titles``). A
demonstrative subject ("éste", "the latter") stands for the person named last.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pesquisa.extract.quotes._gender import name_gender
from pesquisa.lexicon import fold, read_data

if TYPE_CHECKING:
    from pesquisa.extract.quotes._antecedents import Speaker
    from pesquisa.extract.quotes._speakers import Resolver

_ARTICLE_GENDER = {"el": "m", "la": "f"}


@cache
def _official_descriptions() -> frozenset[str]:
    return frozenset(fold(w) for w in read_data("speech.yaml")["official_descriptions"])


@cache
def _legislator_titles() -> frozenset[str]:
    return frozenset(fold(w) for w in read_data("titles.yaml")["legislator_titles"])


def _agrees(resolver: Resolver, words: list[str], speaker: Speaker) -> bool:
    """The description's Spanish article does not tell the other gender than the person's name or titles."""
    wanted = _ARTICLE_GENDER.get(words[0]) if resolver.lang == "es" and words else None
    gender = name_gender(speaker.name) or resolver._gender(speaker.local_id)
    return wanted is None or gender is None or gender == wanted


def _lawmaker(resolver: Resolver, speaker: Speaker) -> bool:
    """The person holds a seat in a congress by the story's titles ("senador republicano")."""
    entity = next((e for e in resolver.entities if e.local_id == speaker.local_id), None)
    return entity is not None and any(set(fold(t).split()) & _legislator_titles() for t in entity.titles)


def described_person(resolver: Resolver, words: list[str], at: int) -> Speaker | None:
    """The person a description no title fits stands for: the one the narration turned to since the last speaker
    spoke, else the last person heard (of the article's gender); for an official's description, neither a lawmaker,
    but the last person named before with an office."""
    official = bool(words) and words[-1] in _official_descriptions()
    topic = resolver._topic_person(at)
    heard = [topic, *reversed(resolver.people_heard)] if official else [topic]
    for speaker in heard:
        if speaker is not None and _agrees(resolver, words, speaker) and not (official and _lawmaker(resolver, speaker)):
            return speaker
    person = resolver._agreeing_person(words, at)
    if official and person is not None and _lawmaker(resolver, person):
        return _office_holder_before(resolver, words, at) or person
    return person


def _office_holder_before(resolver: Resolver, words: list[str], at: int) -> Speaker | None:
    """The person last named before ``at`` who holds a title of the story and no seat in a congress."""
    for mention, entity in sorted(resolver.mentions, key=lambda me: me[0].span.start, reverse=True):
        if mention.span.start >= at or entity.type != "person" or not entity.titles:
            continue
        speaker = resolver._entity_speaker(entity, mention.span, "title")
        if _agrees(resolver, words, speaker) and not _lawmaker(resolver, speaker):
            return speaker
    return None


@cache
def _latter_words() -> frozenset[str]:
    return frozenset(fold(w) for w in read_data("speech.yaml")["pronouns"].get("latter", []))


def is_latter(word: str) -> bool:
    """The folded word is a demonstrative that stands for the person named last ("éste", "the latter")."""
    return word in _latter_words()


def latter(resolver: Resolver, words: list[str], at: int) -> Speaker | None:
    """The person named last before ``at`` for a subject that is a demonstrative of the latter ("se comunicó con el
    secretario de Estado, Marco Rubio, y éste le aseguró que ...": Rubio, not the one who called him); else None."""
    return resolver._last_mention(at, "person") if len(words) == 1 and is_latter(words[0]) else None
