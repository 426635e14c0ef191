"""A part of an organization named after the words that introduce it ("the Sinaloa Cartel faction known as |Los
Chapitos|", "la facción del Cártel de Sinaloa conocida como |Los Chapitos|", "una célula del CJNG denominada |Los
Deltas|"): the part is the organization a role or a faction word of the phrase is about. Words in ``relations.yaml``
(``faction``, ``named_as``)."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract._relation_base import Sentence, _alternation, cues, org_kind
from pesquisa.lexicon import CRIMINAL_KINDS, read_data
from pesquisa.records import LocalEntity, Mention

Actor = tuple[Mention, LocalEntity]
ARTICLE = re.compile(r"[“\"«]?\s*(?:(?:the|el|la|los|las)\s+)?[“\"«]?", re.I)  # "known as |the |Gulf Cartel", '|"|La Línea'


@cache
def _after_whole() -> re.Pattern[str]:
    """From the end of the whole to the part's name: "| faction known as |", "|'s cell called |", "| conocida como |"
    (the faction word before the whole in Spanish: "la facción del CJNG| conocida como |")."""
    data = read_data("relations.yaml")
    return re.compile(rf"\s*(?:['’]s\s+)?(?:(?:{_alternation(data['faction'])})(?:e?s)?\s*)?,?\s*"
                      rf"(?:{_alternation(data['named_as'])})\s+", re.I)


def named_part(s: Sentence, whole: Actor) -> Actor | None:
    """The organization named right after ``whole`` as a part of it ("the Sinaloa Cartel faction known as X"), or None."""
    found = _after_whole().match(s.body, whole[0].span.end)
    if found is None:
        return None
    part = next(((m, e) for m, e in s.mentions if e.type == "organization" and m.span.start >= found.end()), None)
    ok = part and ARTICLE.fullmatch(s.body, found.end(), part[0].span.start) and part[1].local_id != whole[1].local_id
    return part if ok else None


@cache
def _owned_part() -> re.Pattern[str]:
    """From a part's name to its faction word, after the whole's possessive ("the Sinaloa Cartel's |Chapitos| faction")."""
    return re.compile(rf"\s+(?:{_alternation(read_data('relations.yaml')['faction'])})(?!\w)", re.I)


def possessed_part(s: Sentence, whole: Actor) -> Actor | None:
    """The organization named right after ``whole``'s possessive, before a faction word ("a leader of the Sinaloa Cartel's
    |Chapitos| faction") or a criminal one's without ("a plaza boss for the CJNG's |Grupo Élite|"), or None."""
    own = POSSESSIVE.match(s.body, whole[0].span.end)
    part = next(((m, e) for m, e in s.mentions if e.type == "organization" and m.span.start >= own.end()), None) if own else None
    if not (own and part and part[0].span.start == own.end() and part[1].local_id != whole[1].local_id):
        return None
    criminal = org_kind(whole[1]) in CRIMINAL_KINDS and org_kind(part[1]) not in cues().state_kinds | {"media"}
    return part if _owned_part().match(s.body, part[0].span.end) or (criminal and not NOT_PART.match(s.body, part[0].span.end)) \
        else None


NOT_PART = re.compile(r"\s+(?:rivals?|allies|ally|enemies|enemy|foes?)(?!\w)", re.I)  # "the CJNG's Sinaloa Cartel rivals"


POSSESSIVE = re.compile(r"['’]s\s+(?:own\s+)?(?:[“\"«]\s*)?", re.I)


@cache
def _also_of() -> re.Pattern[str]:
    """Between one organization and another a role is held in too ("integrante del Cártel de Sinaloa| y de su facción |Los
    Chapitos", "a member of the Gulf Cartel| and of its |Metros faction", "contadora de Los Chapitos| y de su brazo armado,
    |Los Ninis", "belonged to the Gulf Cartel| and to its |Scorpions cell"): the preposition said again."""
    part = _alternation(read_data("relations.yaml")["faction"])
    return re.compile(rf"\s*,?\s*(?:and|y|e|as\s+well\s+as|así\s+como)\s+(?:of|de|del|to|al|a|for|para)\s+"
                      rf"(?:(?:(?:the|its|su|sus|el|la|los|las)\s+)?(?:{part})(?:\s*,)?\s+|(?:the|its|su|sus)\s+)?", re.I)


def also_of(s: Sentence, first: Actor, part: Actor | None = None) -> list[Actor]:
    """The organizations a role named before ``first`` (or its ``part`` named after its possessive) also holds in, after
    "and of" / "y de" ("miembro del CJNG y de Los Cuinis")."""
    out: list[Actor] = []
    last = part if part and part[0].span.start > first[0].span.start else first
    while (gap := _also_of().match(s.body, _past_faction(s, last))) and \
            (nxt := s.nearest("organization", gap.end(), before=False)) and \
            ARTICLE.fullmatch(s.body, gap.end(), nxt[0].span.start):
        if org_kind(nxt[1]) in cues().state_kinds:
            break
        out.append(nxt)
        last = nxt
    return out


def _past_faction(s: Sentence, org: Actor) -> int:
    """Where ``org`` ends, past a faction word after it ("the CJNG's Cuinis| faction|")."""
    found = _owned_part().match(s.body, org[0].span.end)
    return found.end() if found else org[0].span.end
