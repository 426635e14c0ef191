"""A verb with no subject after the narration turned to someone it does not name ("La jueza ordenó un receso.
Antes, advirtió a las partes: «...»"): the Spanish pro-drop continues that person's sentence, not the last named
speaker's, when no named person became the subject after them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pesquisa.extract.quotes._cues import is_speech_verb

if TYPE_CHECKING:
    from pesquisa.extract.quotes._antecedents import Speaker
    from pesquisa.extract.quotes._speakers import Resolver


def unnamed_since(resolver: Resolver, at: int) -> Speaker | None:
    """Someone unnamed (a title or person noun holding no name) who was the subject of a main verb after the last
    speaker spoke and before ``at``, with no named person acting after them; else None."""
    last = resolver.last
    if last is None or last.span is None or resolver.last_at is None:
        return None
    actor = resolver._unnamed_actor(at, max(last.span.end, resolver.last_at))
    if actor is None or actor.span is None or actor.local_id is not None or \
            any(start < actor.span.end and actor.span.start < end for start, end in resolver.heard):
        return None  # (one a title names is found as the topic person already; one who spoke is heard already)
    if any(tok.dep_ == "nsubj" and is_speech_verb(tok.head) for tok in resolver.doc
           if actor.span.start <= tok.idx < actor.span.end):
        return None  # "“...”, explicó el funcionario": whoever that verb's quote went to spoke, not someone new
    topic = resolver._topic_person(at)
    if topic is not None and topic.span is not None and topic.span.start > actor.span.start:
        return None  # "La jueza ordenó un receso. Esparza respondió: «...»": the person named since
    return actor


# a sentence about someone the story leaves unnamed: an indefinite description that asks anonymity ("Un exfuncionario
# de Centros Penales habló con este medio bajo condición de anonimato", "A former agent, who asked not to be named")
_INDEFINITE_OPENING = re.compile(r"(?:^|\n|[.!?]\s+)(?:Un|Una|An?|One)\s[^.!?\n]*", re.M)
_ANONYMITY = re.compile(r"anonim|anonym|no ser (?:identificad|nombrad)|not to be (?:named|identified)|reserva de su "
                        r"(?:nombre|identidad)|without being named|sin ser identificad", re.I)


def kept_anonymous(text: str, after: int, until: int) -> bool:
    """Between a headline's description ("entrevista con exfuncionario de ...") and the first person named after it,
    the story tells that the one described asks anonymity: that person is no one named later."""
    return any(_ANONYMITY.search(m.group(0)) for m in _INDEFINITE_OPENING.finditer(text, after, until))
