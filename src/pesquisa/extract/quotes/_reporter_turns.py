"""A radio or TV piece told by its reporter ("JOHN BURNETT, BYLINE: On a hot afternoon ...", then "BURNETT: At her
press conference, the president said ..."): the reporter's turns are the story's narration, not one quote of the
reporter's, so what they report ("the president said extortion had fallen") goes to the people they name, as in a
written story (``narrators`` in speech.yaml)."""

from __future__ import annotations

from functools import cache

from pesquisa.lexicon import fold, load_lexicon
from pesquisa.transcripts import Turn

_PARTICLES = {"de", "del", "la", "las", "los", "y", "of"}


@cache
def _narrators() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon().speech["transcript"]["narrators"])


def spoken_turns(text: str, turns: list[Turn]) -> list[Turn]:
    """``turns`` without the reporter's: those whose label gives a narrator's role after a comma, and those whose
    name is all words of such a reporter's name ("BURNETT:" after "JOHN BURNETT, BYLINE:")."""
    reporters = [set(fold(text[t.name.start:t.name.end]).split()) - _PARTICLES for t in turns
                 if t.name is not None and _narrator_role(text, t)]
    if not reporters:
        return turns
    return [t for t in turns if t.name is None or not any(
        (set(fold(text[t.name.start:t.name.end]).split()) - _PARTICLES) <= name for name in reporters)]


def _narrator_role(text: str, turn: Turn) -> bool:
    """The label goes on after its name with a comma and a narrator's role ("JOHN BURNETT, BYLINE")."""
    assert turn.name is not None
    role = text[turn.name.end:turn.label.end]
    return role.lstrip().startswith(",") and fold(role.strip(" ,")) in _narrators()
