"""Relations between organizations: factions (``faction_of``: "the Los Chapitos faction of the Sinaloa Cartel", "Los
Cuinis, the CJNG's financial arm"), and alliances and rivalries between criminal organizations (``allied_with``,
``rival_of``): "Los Mexicles, a gang allied with the Sinaloa Cartel", "Los Chapitos están en disputa con La Mayiza",
"the Beltrán Leyva Organization, a rival of the Sinaloa Cartel", "Cárteles Unidos se alió con Los Caballeros
Templarios". Analyses of a cartel war map who fights whom this way; the organization before the cue is the subject,
the one right after it the object."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from pesquisa._required import matches_in
from pesquisa.extract._named_parts import named_part
from pesquisa.extract._relation_base import Sentence, across_apposition, cover, cues, org_kind, phrases
from pesquisa.lexicon import CRIMINAL_KINDS, read_data
from pesquisa.records import LocalEntity, Mention, Relation, Span

OBJECT_GAP = re.compile(r"\s*(?:(?:the|el|la|los|las)\s+)?", re.I)
# between a part and its whole named before the faction word ("Los Rojos, another |Beltrán Leyva| offshoot")
PART_BEFORE = re.compile(r",\s*(?:(?:a|an|another|the|one|una|un|otra|otro|el|la)\s+)?(?:(?:smaller|small|larger|rival|"
                         r"dissident|splinter)\s+)?", re.I)  # "Los Ciclones, a smaller |CDG| faction"


# since when a war or alliance lasts, between the organization and its cue ("Los Mayos mantienen desde septiembre de 2024
# una guerra contra", "have since 2023 been at war with", "desde hace dos años")
SINCE = re.compile(r"(?<!\w)(?:desde|since)\s+(?:hace\s+)?(?:(?:[\w-]+\s+){0,2}?(?:de\s+)?\d{4}|(?:\w+\s+)?(?:años|meses|"
                   r"semanas|years|months|weeks)|(?:entonces|then))(?!\w)", re.I)


class _Cues(NamedTuple):
    kinds: tuple[tuple[str, re.Pattern[str]], ...]  # alliance and rivalry cues by kind
    gap: re.Pattern[str]  # what may stand between the first organization and its cue
    closing: re.Pattern[str]  # the end of an apposition after an organization's name (", ", " cartel, ")
    part_of: re.Pattern[str]  # between a faction word and its whole: "faction of the", "splinter of the original"
    whole_before: re.Pattern[str]  # between a whole and the faction word after it: "'s financial "
    apposition: re.Pattern[str]  # an apposition naming another organization: ", escisión de ", ", a splinter of the "
    mutual: tuple[tuple[str, re.Pattern[str]], ...]  # the kind said of two organizations at once: "are rivals"


def _either(words: list[str]) -> str:
    """The phrases as one alternation, longest first, and the ``re:`` entries as they are, after them."""
    plain = [w for w in words if not w.startswith("re:")]
    return "|".join([re.escape(w) for w in sorted(plain, key=len, reverse=True)] + [w[3:] for w in words if w.startswith("re:")])


@cache
def _cues() -> _Cues:
    data = read_data("relations.yaml")
    gap_words = "|".join(re.escape(w) for w in sorted(data["alliance_gap"], key=len, reverse=True))
    heads = "|".join(re.escape(w) for w in data["apposition_heads"])
    qualifier = r"(?:(?:" + "|".join(re.escape(w) for w in data["part_qualifiers"]) + r")\s+)?"
    return _Cues(
        kinds=tuple((kind, phrases(words)) for kind, words in data["alliances"].items()),
        gap=re.compile(rf"^(?:[\s,]|(?:{gap_words})(?!\w))*$", re.I),
        closing=re.compile(rf"\s*(?:(?:{heads})\s*)?,", re.I),
        part_of=re.compile(rf"\s*(?:of|within|inside|from|de|del|dentro\s+del?)\s+(?:(?:the|el|la)\s+)?{qualifier}", re.I),
        whole_before=re.compile(rf"(?:['’]s)?\s+{qualifier}", re.I),
        mutual=tuple((kind, re.compile(rf"^(?:[\s,]|(?:{gap_words})(?!\w))*?(?<!\w)(?:{_either(words)})(?!\w)", re.I))
                     for kind, words in data["mutual"].items()),
        apposition=re.compile(rf",\s*\w[^,;()]{{0,40}}?\s(?:of|de|del|from)\s+(?:(?:the|el|la)\s+)?{qualifier}", re.I),
    )


def _armed(entity: LocalEntity) -> bool:
    """True for an organization that may be an ally or rival: not a state body nor an outlet."""
    return org_kind(entity) not in cues().state_kinds | {"media"}


def subject_before(s: Sentence, cue: Span) -> tuple[Mention, LocalEntity] | None:
    """The organization the cue speaks of: the nearest one before it across a gap of ``alliance_gap`` words, or the one
    before an apposition that names another ("El Cártel del Noreste, escisión de Los Zetas, sigue enfrentado al ...")."""
    gap = _cues().gap
    near = s.nearest("organization", cue.start, before=True)
    if near is None or not gap.match(SINCE.sub(" ", s.body[near[0].span.end:cue.start])):
        return None
    # near may close an apposition (", escisión de Los Zetas,", ", a splinter of the Familia Michoacana cartel,")
    if _cues().closing.match(s.body[near[0].span.end:cue.start]):
        outer = s.nearest("organization", near[0].span.start, before=True)
        if outer and _cues().apposition.fullmatch(s.body[outer[0].span.end:near[0].span.start]):
            return outer
        # an apposition with a verb of its own only as a participle ("Cárteles Unidos, una coalición formada para combatir a
        # |Los Caballeros Templarios|, es hoy rival del"): the outer one is the subject
        np = NOUN_PHRASE.fullmatch(s.body, outer[0].span.end, near[0].span.start) if outer else None
        if outer and np and not VERB.search(np.group(0)):
            return outer
        opening = s.body[max(s.span.start, near[0].span.start - 50):near[0].span.start]
        if any(_cues().apposition.fullmatch(opening, i) for i, c in enumerate(opening) if c == ","):
            return None  # "Los Rusos, brazo armado de |Los Mayos|, se mantiene en pugna con": the first is not named
    return near


NOUN_PHRASE = re.compile(r"\s*,\s*(?:a|an|the|un|una|el|la)\s+[^,;()]{1,60}?\s", re.I)


# a relative clause between an organization and its verb (", which Washington designated a terrorist organization in
# February,", ", al que el gobierno de Estados Unidos designó como terrorista,", ", la facción que encabeza X,", ", una
# célula del Cártel de Sinaloa que encabeza X,", ", grupo que Los Chapitos crearon como su brazo armado,"), up to its closing
# comma
@cache
def _relative() -> re.Pattern[str]:
    return re.compile(rf"\s*,\s*(?:(?:the|a|an|la|el|una|un)\s+[^,;()]{{1,40}}?\s+|{_head_noun()})?"
                      r"(?:which|that|whom|que|la\s+cual|el\s+cual|al\s+que|a\s+la\s+que|a\s+los\s+que|a\s+las\s+que|"
                      r"a\s+quienes|a\s+quien)\s[^,;()]{1,80}?(?=,)", re.I)


def across_relative(s: Sentence, cue: Span) -> tuple[Mention, LocalEntity] | None:
    """The organization a relative clause closed right before the cue describes ("The Gulf Cartel, which the State
    Department designated a terrorist organization this year, is fighting"); None when another clause follows it."""
    for m, e in s.mentions:
        found = _relative().match(s.body, m.span.end, cue.start) if e.type == "organization" else None
        if found and _cues().gap.match(s.body[found.end():cue.start]):
            return m, e
    return None


# an apposition of the pair between it and what is said of both (", facciones del Cártel de Sinaloa,", ", two splinters of
# the Gulf Cartel,"); never a clause ("..., which are ..., ")
PAIR_APPOSITION = re.compile(r"\s*,\s*[^,;()]{1,80}?,")
SOURCE_ASIDE = re.compile(r"\s*,\s*(?:según|de\s+acuerdo\s+con|according\s+to)\s[^,;()]{1,60},", re.I)  # the source aside
VERB = re.compile(r"(?<!\w)(?:is|are|was|were|has|have|had|which|that|who|es|son|era|eran|fue|que|quienes?|según|said|"
                  r"dijo)(?!\w)", re.I)


def _pair_kind(s: Sentence, first: tuple[Mention, LocalEntity], second: tuple[Mention, LocalEntity]) -> Relation | None:
    """The alliance or rivalry said of two organizations joined by "and" / "y" ("The Sinaloa Cartel and the CJNG have
    been bitter rivals")."""
    if not re.fullmatch(r"\s+(?:and|y|e)\s+(?:(?:the|el|la|los|las)\s+)?", s.body[first[0].span.end:second[0].span.start], re.I):
        return None
    start = second[0].span.end
    if (aside := PAIR_APPOSITION.match(s.body, start, s.span.end)) and \
            (not VERB.search(aside.group(0)) or SOURCE_ASIDE.fullmatch(aside.group(0))):
        start = aside.end()  # "Los Mayos y Los Chapitos|, facciones del Cártel de Sinaloa,| están en guerra", ", según X,"
    rest = s.body[start:s.span.end]
    for kind, pattern in _cues().mutual:
        if (found := pattern.match(rest)) and _allowed(first[1], second[1]):
            end = start + found.end()
            return Relation(kind, first[1].local_id, Span(first[0].span.start, end), object=second[1].local_id,
                            cue=s.body[end - len(found.group(0).split()[-1]):end])
    return None


def _allowed(a: LocalEntity, b: LocalEntity) -> bool:
    """True for two organizations that may be allies or rivals: distinct, neither a state body, one criminal."""
    return a.local_id != b.local_id and _armed(a) and _armed(b) and bool({org_kind(a), org_kind(b)} & CRIMINAL_KINDS)


# an organization's own allies or rivals after its possessive ("the Sinaloa Cartel|'s local allies", "the CJNG|'s main
# rival", "Los Chapitos|' main rival"): the kind by the noun
POSSESSED = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:(?:main|chief|biggest|largest|longtime|long-time|fiercest|sworn|bitter|"
                       r"local|former|"
                       r"top|key|closest|principal|new|old|historic|traditional)\s+)*(?:(?P<ally>ally|allies)|"
                       r"(?P<rival>rival|rivals|enemy|enemies|foe|foes))(?!\w)", re.I)
NAMED_NEXT = re.compile(r"\s*,\s*(?:(?:the|el|la|los|las)\s+)?", re.I)


def _possessed(s: Sentence, orgs: list[tuple[Mention, LocalEntity]], i: int) -> Relation | None:
    """The ally or rival an organization's possessive names: the one named right after it ("the Sinaloa Cartel's local
    allies, Gente Nueva") or, else, the subject before it ("the CJNG remains the Santa Rosa de Lima Cartel's main
    rival")."""
    m, e = orgs[i]
    own = POSSESSED.match(s.body, m.span.end)
    if own is None:
        return None
    kind = "allied_with" if own.group("ally") else "rival_of"
    cue = Span(own.start(), own.end())
    nxt = orgs[i + 1] if i + 1 < len(orgs) else None
    if nxt and NAMED_NEXT.fullmatch(s.body, cue.end, nxt[0].span.start):
        other = nxt
    elif i > 0 and _cues().gap.match(s.body[orgs[i - 1][0].span.end:m.span.start]):
        other = orgs[i - 1]
    else:
        return None
    if not _allowed(other[1], e):
        return None
    return Relation(kind, other[1].local_id, cover(other[0].span, cue, m.span), object=e.local_id,
                    cue=s.body[cue.start:cue.end].lstrip("'’s "))


def _named_instead(s: Sentence, obj: tuple[Mention, LocalEntity]) -> tuple[Mention, LocalEntity]:
    """The organization an object's possessive group names ("at war with the Sinaloa Cartel's local allies, Gente
    Nueva": Gente Nueva), else the object."""
    own = POSSESSED.match(s.body, obj[0].span.end)
    nxt = s.nearest("organization", own.end(), before=False) if own else None
    return nxt if own and nxt and NAMED_NEXT.fullmatch(s.body, own.end(), nxt[0].span.start) else obj


def alliances(s: Sentence) -> list[Relation]:
    """``allied_with`` / ``rival_of`` for each alliance or rivalry cue of the sentence between two organizations,
    at least one of them criminal."""
    orgs = [(m, e) for m, e in s.mentions if e.type == "organization"]
    out = [r for a, b in pairwise(orgs) if (r := _pair_kind(s, a, b))]
    out += [r for i in range(len(orgs)) if (r := _possessed(s, orgs, i))]
    text = s.body[s.span.start:s.span.end]
    for kind, pattern in _cues().kinds:
        for match in matches_in(pattern, text):
            cue = Span(s.span.start + match.start(), s.span.start + match.end())
            obj = s.nearest("organization", cue.end, before=False)
            # "X, the faction led by the sons of Y, have fought Z"; "X, which Washington designated ..., is fighting Z"
            subj = subject_before(s, cue) or across_apposition(s, "organization", cue.start) or across_relative(s, cue)
            if obj is None or subj is None or not OBJECT_GAP.fullmatch(s.body[cue.end:obj[0].span.start]):
                continue
            obj = _named_instead(s, obj)
            if not _allowed(subj[1], obj[1]):
                continue
            out.append(Relation(kind, subj[1].local_id, cover(subj[0].span, cue, obj[0].span), object=obj[1].local_id,
                                cue=match.group(0)))
    return out


def _part_whole(s: Sentence, cue: Span) -> tuple[tuple[Mention, LocalEntity], tuple[Mention, LocalEntity]] | None:
    """The part and the whole a faction word ties, in the three shapes news uses."""
    orgs = [(m, e) for m, e in s.mentions if e.type == "organization"]
    before = [t for t in orgs if t[0].span.end <= cue.start]
    after = [t for t in orgs if t[0].span.start >= cue.end]
    if before and after and s.gap_is_filler(before[-1][0].span.end, cue.start) and \
            _cues().part_of.fullmatch(s.body[cue.end:after[0][0].span.start]):
        return before[-1], after[0]  # "Los Chapitos faction of the Sinaloa Cartel", "Los Metros, facción del CDG"
    if len(before) >= 2 and _cues().whole_before.fullmatch(s.body[before[-1][0].span.end:cue.start]) and \
            PART_BEFORE.fullmatch(s.body[before[-2][0].span.end:before[-1][0].span.start]):
        return before[-2], before[-1]  # "Los Rojos, another Beltrán Leyva offshoot", "Los Cuinis, the CJNG's financial arm"
    if len(before) >= 2 and OWN_PART.fullmatch(s.body, before[-1][0].span.end, cue.start) and \
            LISTED.fullmatch(s.body, before[-2][0].span.end, before[-1][0].span.start):
        return before[-1], before[-2]  # "El Cártel del Golfo y Los Metros, su brazo armado": the first one's
    if len(before) >= 2 and re.fullmatch(r"\s*", s.body[before[-1][0].span.end:cue.start]) and \
            re.fullmatch(r"['’]s\s+(?:own\s+)?", s.body[before[-2][0].span.end:before[-1][0].span.start]):
        return before[-1], before[-2]  # "the Sinaloa Cartel's Chapitos faction"
    if len(before) >= 2 and _made_by().fullmatch(s.body, before[-1][0].span.end, cue.start) and \
            _relative_opening().fullmatch(s.body, before[-2][0].span.end, before[-1][0].span.start):
        return before[-2], before[-1]  # "Los Metros, which the Gulf Cartel created as its armed wing"
    if len(after) >= 2 and _cues().part_of.fullmatch(s.body[cue.end:after[0][0].span.start]) and \
            _cues().part_of.fullmatch(s.body[after[0][0].span.end:after[1][0].span.start]):
        return after[0], after[1]  # "la facción de Los Chapitos del Cártel de Sinaloa"
    # "the Sinaloa Cartel faction known as Los Chapitos", "la facción del Cártel de Sinaloa conocida como Los Chapitos"
    whole = before[-1] if before and re.fullmatch(r"\s*(?:['’]s\s*)?", s.body[before[-1][0].span.end:cue.start]) else \
        after[0] if after and _cues().part_of.fullmatch(s.body[cue.end:after[0][0].span.start]) else None
    part = named_part(s, whole) if whole else None
    return (part, whole) if whole and part else None


def factions(s: Sentence) -> list[Relation]:
    """``faction_of`` for each faction word of the sentence between a part and its whole."""
    out = []
    text = s.body[s.span.start:s.span.end]
    for match in matches_in(cues().faction, text):
        cue = Span(s.span.start + match.start(), s.span.start + match.end())
        found = _part_whole(s, cue)
        if found and found[0][1].local_id != found[1][1].local_id:
            part, whole = found
            parts = [part, *_listed_before(s, part)] if PLURAL_PART.search(match.group(0)) else [part]
            out += [Relation("faction_of", p[1].local_id, cover(p[0].span, cue, whole[0].span), object=whole[1].local_id,
                             cue=match.group(0)) for p in parts if p[1].local_id != whole[1].local_id]
    return out


# "Los Metros|, which the |Gulf Cartel", "La Línea|, que el |Cártel de Juárez"
@cache
def _relative_opening() -> re.Pattern[str]:
    """From a part to the whole that made it, a bare head noun allowed before the relative ("Los Metros|, which the |Gulf
    Cartel", "La Línea|, que el |Cártel de Juárez", "Los Ninis|, grupo que |Los Chapitos")."""
    return re.compile(rf"\s*,\s*(?:{_head_noun()})?(?:which|that|que|al\s+que|a\s+la\s+que|la\s+cual|el\s+cual)\s+"
                      r"(?:(?:the|el|la|los|las)\s+)?", re.I)


@cache
def _head_noun() -> str:
    """A noun phrase of an organization's kind without a verb ("a criminal group ", "grupo ", "una organización delictiva ")."""
    heads = "|".join(re.escape(w) for w in read_data("relations.yaml")["apposition_heads"])
    return rf"(?:(?:a|an|the|un|una|el|la)\s+)?(?:[\w-]+\s+)?(?:{heads})(?:\s+[\w-]+)?\s+"


@cache
def _made_by() -> re.Pattern[str]:
    """Between a whole and the faction word of the part it made ("the Gulf Cartel| created as its |armed wing", "el Cártel
    de Juárez| formó como su |brazo armado"), a time or a place allowed before "as"."""
    made = "|".join(re.escape(w) for w in sorted(read_data("relations.yaml")["part_made"], key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:had|has|originally|first|later|once|había|originalmente)\s+)?(?:{made})\s+"
                      rf"(?:[^,;()]{{1,30}}?\s+)?(?:as|como)\s+(?:its|su)\s+(?:(?:own|propio|propia)\s+)?", re.I)


OWN_PART = re.compile(r"\s*,\s*(?:su|its)\s+(?:(?:antiguo|antigua|former|own|propio|propia)\s+)?", re.I)  # ", su |brazo armado"
PLURAL_PART = re.compile(r"(?:s|es)$", re.I)  # "facciones", "factions", "cells": the parts listed before it are each one
LISTED = re.compile(r"\s*(?:,|,?\s*(?:and|y|e))\s+(?:(?:the|el|la|los|las)\s+)?", re.I)


def _listed_before(s: Sentence, last: tuple[Mention, LocalEntity]) -> list[tuple[Mention, LocalEntity]]:
    """The organizations listed right before ``last`` ("Los Mayos y |Los Chapitos|, facciones del ...")."""
    before = [t for t in s.mentions if t[1].type == "organization" and t[0].span.end <= last[0].span.start]
    out: list[tuple[Mention, LocalEntity]] = []
    edge = last[0].span.start
    for t in reversed(before):
        # a source or a body before the list is none of its parts ("Según InSight Crime, Los Chapitos y Los Mayos, ...")
        if not LISTED.fullmatch(s.body, t[0].span.end, edge) or org_kind(t[1]) in cues().state_kinds | {"media"}:
            break
        out.append(t)
        edge = t[0].span.start
    return out


def part_of(s: Sentence, whole: tuple[Mention, LocalEntity]) -> tuple[Mention, LocalEntity] | None:
    """The faction a faction phrase names right before ``whole`` ("Los Viagras, a faction of |Cárteles Unidos|",
    "Los Mayos, facción del |Cártel de Sinaloa|"), or None: what follows the whole ("... led by X") tells of the part."""
    before = [t for t in s.mentions if t[1].type == "organization" and t[0].span.end <= whole[0].span.start]
    if not before:
        return None
    part = before[-1]
    for match in cues().faction.finditer(s.body, part[0].span.end, whole[0].span.start):
        found = _part_whole(s, Span(match.start(), match.end()))
        if found and found[0][1].local_id == part[1].local_id and found[1][1].local_id == whole[1].local_id:
            return part
    return None
