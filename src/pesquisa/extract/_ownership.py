"""Ownership and control of companies (``owner_of``: the owner, a person or an organization, owns or controls the
company): the owner before the cue and the company after it ("X, dueño de la empresa C", "X owns C", "the owner of C,
X"), or the company before it and the owner after it ("C, owned by X", "C, empresa propiedad de X", "C, a front
company for the CJNG"). Cue words in ``data/relations.yaml`` (``ownership``, ``company_heads``).

Only a company can be owned: never a cartel, a gang or a state body ("the Sinaloa Cartel, controlled by X" is led)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pesquisa._required import matches_in
from pesquisa.extract._kin import kinship
from pesquisa.extract._relation_base import Sentence, _alternation, cover, is_official, org_kind, phrases
from pesquisa.lexicon import read_data
from pesquisa.records import LocalEntity, Mention, Relation, Span

# the kinds of organizations a company may be: unknown (most companies), a company, a media group
COMPANY_KINDS = frozenset({None, "company", "media"})
Actor = tuple[Mention, LocalEntity]


@dataclass(frozen=True, slots=True)
class _Cues:
    owner_first: re.Pattern[str]
    company_first: re.Pattern[str]
    to_company: re.Pattern[str]  # between an owner-first cue and the company: "dueño de |la empresa |C"
    company_gap: re.Pattern[str]  # between the company and a company-first cue: "C|, una empresa |propiedad de"
    owner_gap: re.Pattern[str]  # between a company-first cue and the owner: "owned by |the businessman |X"
    pronoun_owner: re.Pattern[str]  # after the company, a pronoun owning it: "C, a company |he controls"


# where the company is, after its head ("a travel agency |in Cancún| that is a front company for")
_SEAT = r"(?:\s+(?:in|en)\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w-]*(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w-]*){0,2})?"


@cache
def _cues() -> _Cues:
    data = read_data("relations.yaml")
    heads = _alternation(data["company_heads"])
    article = r"(?:the|a|an|its|his|her|their|la|el|las|los|una|un|su|sus)"
    return _Cues(
        owner_first=phrases(data["ownership"]["owner_first"]),
        company_first=phrases(data["ownership"]["company_first"]),
        to_company=re.compile(rf"\s*(?:{article}\s+)?(?:(?:{heads})(?:e?s)?\s+(?:(?:called|named|llamada|denominada|"
                              rf"de\s+nombre)\s+)?)?[“\"«]?\s*$", re.I),
        company_gap=re.compile(rf"\s*[”\"»]?\s*(?:\([^()]{{1,20}}\)\s*)?,?\s*(?:(?:{article}|another|otra|otro)\s+)?"
                               rf"(?:[\w-]+\s+){{0,2}}?(?:(?:{heads})(?:e?s)?{_SEAT}\s*,?\s+)?(?:(?:which|that|que)\s+)?"
                               # a source inside the clause ("a company that prosecutors say is controlled by")
                               r"(?:(?:[\w.]+\s+){1,2}?(?:say|says|said|allege|alleges|alleged|believe|believes)\s+)?"
                               r"(?:(?:is|was|are|were|es|era|fue|son|has\s+been|ha\s+sido)\s+)?"
                               r"(?:(?:allegedly|reportedly|also|presuntamente|supuestamente|también)\s+)?"
                               r"(?:(?:a|an|una|un)\s+)?$", re.I),  # "that officials say is |a| front company for"
        pronoun_owner=phrases(data["ownership"]["pronoun_owner"]),
        owner_gap=re.compile(r"\s*(?:(?:the|el|la|los|las)\s+)?(?:(?:businessman|businesswoman|empresario|empresaria|"
                             r"alleged|presunto|presunta)\s+)?[“\"«]?\s*$", re.I),
    )


def _company(e: LocalEntity) -> bool:
    """True for an organization that may be owned: a company or one of unknown kind, not a cartel or a state body."""
    return e.type == "organization" and org_kind(e) in COMPANY_KINDS


def _owner(e: LocalEntity) -> bool:
    """True for a person or organization that may own: not a person acting in office."""
    return (e.type == "person" and not is_official(e)) or e.type == "organization"


def _after(s: Sentence, pos: int, gap: re.Pattern[str]) -> Actor | None:
    """The actor named right after ``pos`` when only ``gap`` words stand before it."""
    found = [(m, e) for m, e in s.mentions if m.span.start >= pos and e.type in {"person", "organization"}]
    first = min(found, key=lambda t: t[0].span.start) if found else None
    return first if first and gap.fullmatch(s.body, pos, first[0].span.start) else None


def _before(s: Sentence, pos: int) -> Actor | None:
    found = [(m, e) for m, e in s.mentions if m.span.end <= pos and e.type in {"person", "organization"}]
    return max(found, key=lambda t: t[0].span.end) if found else None


def _relation(owner: Actor, company: Actor, match: re.Match[str], cue: Span) -> Relation:
    return Relation("owner_of", owner[1].local_id, cover(owner[0].span, cue, company[0].span), object=company[1].local_id,
                    cue=match.group(0))


def ownership(s: Sentence) -> tuple[list[Relation], list[str]]:
    """``owner_of`` for each owner and company an ownership cue of the sentence ties; and apart, the ids of those named
    after the other end only to describe it, never targets of the event the sentence tells: the company after its owner
    ("sanctioned X, owner of C") and the owner after the company ("C, a front company for the Sinaloa Cartel", "C, cuyo
    dueño es X, fue sancionada")."""
    c = _cues()
    text = s.body[s.span.start:s.span.end]
    out, described = [], []
    for match in matches_in(c.owner_first, text):
        cue = Span(s.span.start + match.start(), s.span.start + match.end())
        company = _after(s, cue.end, c.to_company) or _pointed_back(s, cue)
        if company is None or not _company(company[1]):
            continue
        named = _before(s, cue.start)  # "X, hermana de |Y| y dueña de": X owns (``kin_subject``)
        owner = s.kin_subject(named, cue.start) if named and named[1].type == "person" else named
        if named and owner and _owner(owner[1]) and _owner_gap(s, named, cue.start):
            out.append(_relation(owner, company, match, cue))
            described.append(company[1].local_id)
        elif (nxt := _after(s, max(cue.end, company[0].span.end), APPOSED)) and nxt[1].type == "person":
            out.append(_relation(nxt, company, match, cue))  # "el dueño de la empresa C, X, fue detenido"
    for match in matches_in(c.company_first, text):
        cue = Span(s.span.start + match.start(), s.span.start + match.end())
        company, owner = _before(s, cue.start), _after(s, cue.end, c.owner_gap)
        if company and owner and _company(company[1]) and _owner(owner[1]) and \
                c.company_gap.fullmatch(s.body, company[0].span.end, cue.start):
            out.append(_relation(owner, company, match, cue))
            described.append(owner[1].local_id)
    out += _owned_by_antecedent(s, c) + _possessive_company(s)
    return [r for r in out if r.subject != r.object], described


def _owned_by_antecedent(s: Sentence, c: _Cues) -> list[Relation]:
    """``owner_of`` for a company described as the one a pronoun owns ("X, ... and C, a company he controls", "C,
    empresa de su propiedad"): the owner is the person named last before the company (or the one whose relative that
    person is named as: "X, the wife of Y, and C, a firm she owns")."""
    out = []
    for match in c.pronoun_owner.finditer(s.body, s.span.start, s.span.end):
        cue = Span(match.start(), match.end())
        company = _before(s, cue.start)
        if company is None or not _company(company[1]) or not c.company_gap.fullmatch(s.body, company[0].span.end, cue.start):
            continue
        people = [(m, e) for m, e in s.mentions if m.span.end <= company[0].span.start and e.type == "person"]
        if people and _owner((owner := s.kin_subject(people[-1], company[0].span.start))[1]):
            out.append(_relation(owner, company, match, cue))
    return out


@cache
def _own_company() -> re.Pattern[str]:
    """A possessive before a company's head noun ("y a |su empresa| C", "and |his company,| C")."""
    heads = "|".join(re.escape(w) for w in sorted(read_data("relations.yaml")["company_heads"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:su|sus|his|her|their)\s+(?:(?:own|propia|propias)\s+)?(?:{heads})\s*,?\s*", re.I)


def _possessive_company(s: Sentence) -> list[Relation]:
    """``owner_of`` for a company named after a possessive ("La OFAC sancionó a X, ..., y a su empresa C"): the owner is
    the person named last before it (or the one whose relative that person is named as)."""
    out = []
    for match in _own_company().finditer(s.body, s.span.start, s.span.end):
        company = _after(s, match.end(), ARTICLE)
        people = [(m, e) for m, e in s.mentions if m.span.end <= match.start() and e.type == "person"]
        if not (company and _company(company[1]) and people):
            continue
        # "X, cuñado y operador de Y, y a su empresa": X, whom the sentence names with his relative
        kin = next((r.subject for r in kinship(s) if r.object == people[-1][1].local_id and r.span.end <= match.start()), None)
        owner = next((p for p in people if p[1].local_id == kin), people[-1])
        if _owner(owner[1]):
            out.append(_relation(owner, company, match, Span(match.start(), match.end())))
    return out


ARTICLE = re.compile(r"[“\"«]?\s*(?:(?:the|el|la|los|las)\s+)?[“\"«]?", re.I)
APPOSED = re.compile(r"\s*[”\"»]?\s*,\s*")  # "the owner of C|, |X"
# "the company's |owner", "el dueño de| la empresa": the company named before, in the same sentence
COMPANY_BEFORE = re.compile(r"(?:the|its)\s+(?:company|firm|business)['’]s\s+(?:[\w-]+\s+)?$", re.I)
COMPANY_AFTER = re.compile(r"\s*(?:the|this|that|la|esta|dicha|esa)\s+(?:company|firm|business|empresa|compañía|firma)(?!\w)"
                           r"(?!\s+[A-ZÁÉÍÓÚÑ])", re.I)


def _pointed_back(s: Sentence, cue: Span) -> Actor | None:
    """The company "the company's owner" / "el dueño de la empresa" points back to: the one company the sentence named
    before the cue, none when it named several or none; its mention is those words (the relation's span stays local)."""
    words = COMPANY_BEFORE.search(s.body, s.span.start, cue.start) or COMPANY_AFTER.match(s.body, cue.end)
    named = {e.local_id: e for m, e in s.mentions if m.span.end <= cue.start and _company(e)}
    if words is None or len(named) != 1:
        return None
    (entity,) = named.values()
    span = Span(words.start() + len(words.group(0)) - len(words.group(0).lstrip()), words.end())
    return Mention("organization", s.body[span.start:span.end], span, entity.name, local_id=entity.local_id), entity


def _owner_gap(s: Sentence, owner: Actor, cue: int) -> bool:
    """True when only filler, or a relative pronoun and a verb of being, stand between the owner and the cue ("X, 52,
    dueño de", "X, who owns", "X, quien es dueño de", "X, empresario y dueño de")."""
    gap = s.body[owner[0].span.end:cue]
    return s.gap_is_filler(owner[0].span.end, cue) or bool(
        re.fullmatch(r"\s*[”\"»]?\s*,?\s*(?:(?:who|quien|que)\s+)?(?:(?:is|was|es|era|fue|also|también|allegedly|"
                     r"presuntamente|the|el|la|a|an|un|una|businessman|businesswoman|empresario|empresaria|and|y)\s+)*",
                     gap, re.I))
