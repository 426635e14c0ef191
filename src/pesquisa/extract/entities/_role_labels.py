"""A transcript label that gives a name and then a role ("LEILA FADEL, HOST:", "JOHN BURNETT, BYLINE:", "ANA RUIZ,
FISCAL DE SONORA:"), or a name that opens two turns or more ("Lesley Stahl: ...?"): the name is a person's, whatever
the model typed it as elsewhere in the text ("NPR's Leila Fadel" read as an organization)."""

from __future__ import annotations

from dataclasses import replace

from pesquisa.lexicon import fold
from pesquisa.records import Mention
from pesquisa.transcripts import Turn, body_label, label_mentions, transcript_turns


def labelled_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the transcript's labels read as names (``transcripts.label_mentions``: "RUBIO:"), a name a
    role label gives ("LEILA FADEL, HOST:") a person's even where the model typed it as an organization."""
    turns = transcript_turns(text)
    return label_mentions(text, turns, role_label_people(text, turns, mentions))


def role_label_people(text: str, turns: list[Turn], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the model's organizations that a role label names retyped as people (``_role_named``)."""
    names = [fold(text[t.name.start:t.name.end]) for t in turns if t.name is not None]
    people = {fold(text[t.name.start:t.name.end]) for t in turns if t.name is not None and
              (_role_named(text, t) or _speaks_in_turns(text, t, names))}
    if not people:
        return mentions
    return [replace(m, type="person") if m.type == "organization" and m.source == "model" and m.key is None and
            fold(m.text) in people else m for m in mentions]


def _role_named(text: str, turn: Turn) -> bool:
    """The label names someone of two words or more before a comma and what follows the comma is their role: the
    label's name stands before its last comma."""
    if turn.name is None or len(text[turn.name.start:turn.name.end].split()) < 2:
        return False
    return "," in text[turn.name.end:turn.label.end]


def _speaks_in_turns(text: str, turn: Turn, names: list[str]) -> bool:
    """The label, a name of two words or more and no body's (``transcripts.body_label``: not "Texas Tribune:"),
    opens two turns or more ("Lesley Stahl: ...?" twice): whoever takes turns in an interview is a person."""
    assert turn.name is not None
    name = fold(text[turn.name.start:turn.name.end])
    return len(name.split()) >= 2 and names.count(name) >= 2 and not body_label(text, turn.name)
