"""Relations between actors: who belongs to, leads, pays, was sanctioned or arrested by whom, and nationality.

The cue words live in ``data/relations.yaml``; each relation keeps the span that states it
(from the first to the last of subject, cue and object, inside one sentence). Four sources:
- membership: a person and an organization beside a cue, in the shapes news uses
  ("Sinaloa cartel leader X", "X, a CJNG operator", "el líder del Cártel de Sinaloa, X") and
  a faction beside its organization ("the Los Chapitos faction of the Sinaloa Cartel");
- money and ties: someone before "laundering money for" / "financiado por" / "linked to" and
  the organization after it (or the one an anaphor, "esta organización", points back to); whom
  someone works for ("acting for or on behalf of", "bajo las órdenes de", "a lieutenant of X"),
  an organization or a person; kin ("X, a son of Y", "Y's brother, X", "X was arrested. His son, Y, ...") in
  ``_kin``; who owns or controls a company ("C, empresa propiedad de X", "a front company for the CJNG") in ``_ownership``;
- events: the targets of a sanction, arrest or extradition and the body acting
  (``sanctioned_by``, ``designated_by``, ``arrested_by``, ``charged_by``, ``extradited_by``),
  and the people a meeting or call sentence names (``met``, ``called``);
- nationality (``national_of`` with a country code): a country word right before the person
  or their title ("U.S. Secretary of State X", "Mexico's Foreign Secretary X"), right after
  ("X, a Mexican national", "X, President of Mexico"), or the country of the government body
  their title is at (a Foreign Affairs Minister of the SRE is Mexican); in ``_nationality``.
A relation told by a source ("Prosecutors say X ran ...", "Según la FGR, X era ...") stays a relation; its span
starts at the attribution, so the evidence shows who makes the claim.
Hand-written patterns rather than a trained relation extractor: no model for these relations
in English and Spanish ships offline, and the shapes above are few and formulaic.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from itertools import product

from pesquisa._required import scanned
from pesquisa.extract._alliances import across_relative, alliances, factions, part_of, subject_before
from pesquisa.extract._criminal_named import criminal_before, criminal_mentions
from pesquisa.extract._event_relations import from_events
from pesquisa.extract._kin import kin_of_previous, kinship
from pesquisa.extract._listing import listed_people
from pesquisa.extract._named_parts import also_of, named_part, possessed_part
from pesquisa.extract._nationality import nationality
from pesquisa.extract._ownership import ownership
from pesquisa.extract._relation_base import (
    Sentence,
    across_apposition,
    acted_on_for,
    another_phrase,
    as_stated,
    cover,
    cues,
    is_attribution,
    is_negated,
    is_official,
    org_kind,
    reports,
    titled_gap,
    with_source,
)
from pesquisa.extract._subjects import (
    COMPLEMENT,
    SOURCE_CLAUSE,
    aside,
    chained_role,
    clause_subject,
    closes_complement,
    subject_reach,
)
from pesquisa.lexicon import read_data
from pesquisa.records import Event, LocalEntity, Mention, Relation, Role, Span
from pesquisa.text import split_sentences

# a money or tie cue of a sentence: its kind, match, span and the actor named right after it (``_money_cues``)
MoneyCue = tuple[str, re.Match[str], Span, tuple[Mention, LocalEntity] | None]
def _membership(s: Sentence) -> list[Relation]:
    """Person-organization cues: "O leader P", "P, a O operator", "leader of O, P", "el líder del O, P"."""
    out = []
    text = s.body[s.span.start:s.span.end]
    found = [(kind, match) for kind, pattern in cues().membership for match in scanned(pattern, s.body, text, cues().needed)]
    for kind, match in found:
        # a cue inside another kind's longer one ("a regional |boss| for", "jefe regional"): the longer one says it
        if any(k != kind and m.start() <= match.start() and match.end() <= m.end() and m.end() - m.start() > len(match.group(0))
               for k, m in found):
            continue
        cue = Span(s.span.start + match.start(), s.span.start + match.end())
        org = s.nearest("organization", cue.end, before=False)
        if org and not cues().cue_to_org.fullmatch(s.body[cue.end:org[0].span.start]):
            org = None
        org_before = s.nearest("organization", cue.start, before=True)
        if org is None and org_before and re.fullmatch(r"\s*(?:['’]s|,\s*(?:whose|cuyo|cuya|cuyos|cuyas))?\s*"
                                                       r"(?:drug\s+)?(?:cartel|organization|group|cell)?\s*"
                                                       r"(?:(?:top|senior|chief|main|former|alleged|reputed)\s+)*",
                                                       s.body[org_before[0].span.end:cue.start], re.I):
            org = org_before
        org = org or _referred(s, cue)
        if org is None or org_kind(org[1]) in cues().state_kinds:
            continue  # a "head" of an agency is a title, not membership
        left = min(cue.start, org[0].span.start)
        right = max(cue.end, org[0].span.end)
        person = s.nearest("person", left, before=True)
        people: list[tuple[Mention, LocalEntity]] = []
        if person and (s.gap_is_filler(person[0].span.end, left) or chained_role(s, person[0], left)):
            people = listed_people(s, s.kin_subject(person, left), forward=False)
        else:
            after = s.nearest("person", right, before=False)
            if after and s.gap_is_filler(s.past_place(right), after[0].span.start):  # "plaza boss in Tepic, X"
                people = listed_people(s, after, forward=True)
        held = _held_kind(s, kind, cue, org[0])
        # "leaders of the Sinaloa Cartel faction known as Los Chapitos", "a leader of the Sinaloa Cartel's Chapitos faction"
        if part := named_part(s, org) or possessed_part(s, org):
            held, org = kind, part
        # "miembro del CJNG y de Los Cuinis", "of Los Mayos and of the Sinaloa Cartel's Gente Nueva cell", "for the CJNG's
        # Cuinis faction and for Los Chapitos"
        for (m, e), whom in product(people, [org, *(possessed_part(s, o) or o for o in also_of(s, org, part))]):
            # an official acts, not belongs, unless the title is this role ("senior CJNG commander", "the CJNG's
            # security chief, X": title "chief")
            if not is_official(e) or kind == "leader_of" or _titled_as(e, match.group(0)):
                out.append(Relation(held, e.local_id, cover(m.span, cue, whom[0].span),
                                    object=whom[1].local_id, cue=match.group(0)))
    return out + _led_by(s)


def _titled_as(e: LocalEntity, role: str) -> bool:
    """True when a title of ``e`` is the role of the cue: it holds the cue ("senior CJNG commander") or its head word is
    one of the cue's ("chief" for "security chief", "boss in Colima" for "plaza boss")."""
    words = set(role.lower().split()) - ARTICLES
    heads = [next((w for w in t.lower().split() if w not in ARTICLES), "") for t in e.titles]
    return any(role.lower() in t.lower() for t in e.titles) or any(h in words for h in heads)


ARTICLES = frozenset({"the", "a", "an", "el", "la", "los", "las", "un", "una"})


def _led_by(s: Sentence) -> list[Relation]:
    """An organization's leaders named after it: "the Sinaloa Cartel once led by X", "La Nueva Familia Michoacana, a
    splinter of the original Familia Michoacana cartel, is led by brothers X and Y"."""
    out = []
    for match in cues().led_by.finditer(s.body, s.span.start, s.span.end):
        cue = Span(match.start(), match.end())
        org = s.nearest("organization", cue.start, before=True)
        if org is None or not s.gap_is_filler(org[0].span.end, cue.start):
            org = subject_before(s, cue) or across_apposition(s, "organization", cue.start) or across_relative(s, cue)
            # across a verb of being, an apposition naming another organization or one that names none ("X, Mexico's oldest
            # cartel, was founded by"), a relative clause ("X, al que el Departamento de Estado designó ..., está dirigido por")
        org = (part_of(s, org) or org) if org else None  # "Los Mayos, facción del Cártel de Sinaloa encabezada por X"
        person = s.nearest("person", cue.end, before=False)
        person = None if person and re.match(r"['’]s\b", s.body[person[0].span.end:]) else person  # "led by X's successors"
        kin_group = cues().siblings.sub(" ", s.body[cue.end:person[0].span.start]) if person else ""  # "led by brothers X and Y"
        if org and person and (s.gap_is_filler(cue.end, person[0].span.start) or not kin_group.strip()) \
                and org_kind(org[1]) not in cues().state_kinds:
            for m, e in listed_people(s, person, forward=True):  # "led by Joaquín Guzmán and Ismael Zambada"
                out.append(Relation("leader_of", e.local_id, cover(org[0].span, cue, m.span),
                                    object=org[1].local_id, cue=match.group(0)))
    return out


@cache
def _peer_roles() -> frozenset[str]:
    return frozenset(w.lower() for w in read_data("relations.yaml")["peer_roles"])


# "lugarteniente de X", "operador de la facción de X" (a faction named by its leader: serving it is serving them), "a
# lieutenant of Sinaloa Cartel leader X" (the boss's post between)
BOSS_GAP = re.compile(r"\s*(?:of|de|del|for|para|to|a|al)\s+(?:(?:the|el|la)\s+)?(?:(?:facción|faction|célula|cell|gente)\s+"
                      r"(?:of|de|del)\s+)?(?:(?:[\w.'’-]+\s+){1,4}?(?:leader|boss|chief|kingpin|founder|capo|commander)\s+)?"
                      r"[“\"«]?\s*$", re.I)


def _bosses(s: Sentence) -> list[Relation]:
    """A member's role held for a person ("uno de los lugartenientes de Nemesio Oseguera Cervantes", "a lieutenant of
    X", "operador de X"): the one who holds it works for that person."""
    out = []
    text = s.body[s.span.start:s.span.end]
    peers = _peer_roles()
    for kind, pattern in cues().membership:
        if kind != "member_of":
            continue
        for match in scanned(pattern, s.body, text, cues().needed):
            cue = Span(s.span.start + match.start(), s.span.start + match.end())
            boss = s.nearest("person", cue.end, before=False)
            if match.group(0).lower() in peers:
                continue
            if boss is None or not BOSS_GAP.fullmatch(s.body[cue.end:boss[0].span.start]) or \
                    re.match(r"['’]s\b", s.body[boss[0].span.end:]):
                continue
            person = s.nearest("person", cue.start, before=True)
            # "X, jefe de sicarios de Los Mayos y lugarteniente de Y": the second role is X's too
            if person and (s.gap_is_filler(person[0].span.end, cue.start) or chained_role(s, person[0], cue.start)) and \
                    not is_official(person[1]):
                member = s.kin_subject(person, cue.start)
                out.append(Relation("works_for", member[1].local_id, cover(member[0].span, cue, boss[0].span),
                                    object=boss[1].local_id, cue=match.group(0)))
    return out


_ARTICLE = r"(?:the|this|that|el|la|esta|este|dicha|dicho)"
ANAPHOR = re.compile(rf"\s*(?:(?:of|for|de|para)\s+(?:{_ARTICLE}\s+)?|del\s+|{_ARTICLE}\s+)", re.I)
# a bare noun, not the head of a name ("integrante del grupo Luz de Esperanza", "the Gulf Cartel")
REFERRED = re.compile(r"(?:(?:criminal\s+)?(?:cartel|cártel|organization|organización)(?:\s+criminal)?|criminal\s+group|"
                      r"grupo\s+(?:criminal|delictivo))(?!\w)(?!\s+[A-ZÁÉÍÓÚÑ\"“«])")  # "líder del grupo criminal"


def _referred(s: Sentence, cue: Span) -> tuple[Mention, LocalEntity] | None:
    """The organization "the cartel" / "la organización" right after a role points back to ("ran the plaza in Zapopan
    for the cartel", "jefe de sicarios de la organización"): the one criminal organization the document named before,
    none when it named several."""
    lead = ANAPHOR.match(s.body, cue.end)
    noun = REFERRED.match(s.body, lead.end()) if lead else None
    if noun is None or len(s.referents) != 1:
        return None
    (entity,) = s.referents
    span = Span(noun.start(), noun.end())
    return Mention("organization", noun.group(0), span, entity.name, local_id=entity.local_id), entity


def _held_kind(s: Sentence, kind: str, cue: Span, org: Mention) -> str:
    """The kind a cue gives: a cell's leader is a member ("jefe de célula del CJNG", "leads the CJNG cell")."""
    gap = s.body[cue.end:org.span.start] + s.body[org.span.end:org.span.end + 16].split(",")[0] if cue.end <= org.span.start \
        else s.body[org.span.end:cue.start]
    return "member_of" if kind == "leader_of" and cues().minor_part.search(gap) else kind


def _money(s: Sentence, found: list[MoneyCue]) -> list[Relation]:
    """Someone before a money or tie cue (``found``: the sentence's, ``_money_cues``), the organization after it (or
    the one an anaphor points back to)."""
    out = []
    for kind, match, cue, org in found:
        if org is None and cues().anaphors.match(s.body[cue.end:cue.end + 30].lstrip()):
            # the nearest organization before that is not a body acting ("arrestado por agentes de la FGR por lavar
            # dinero para el grupo": the group)
            org = next((t for t in reversed(s.mentions) if t[1].type == "organization" and t[0].span.end <= cue.start
                        and org_kind(t[1]) not in cues().state_kinds), None)
        if org is None:
            continue
        # the nearest one before the cue, with those listed beside it ("X, Y and Z laundered money for")
        candidates = [(m, e) for m, e in s.mentions if m.span.end <= cue.start and e.local_id != org[1].local_id
                      and e.type in {"person", "organization"} and not aside(s, m, cue.start)]
        subjects: list[tuple[Mention, LocalEntity]] = []
        edge = cue.start
        for m, e in reversed(candidates):
            gap = s.body[m.span.end:edge]
            listed = re.fullmatch(r"\s*(?:,|and|y|,\s*and)\s*", gap)
            actors_between = any(m.span.end <= mm.span.start and mm.span.end <= edge and ee.type in {"person", "organization"}
                                 for mm, ee in s.mentions)
            if len(gap) > (subject_reach(gap, actors_between) if not subjects else 6) or (subjects and not listed):
                break
            # "X, a police officer accused of working for" is not told, nor "X, who it said laundered money for"
            told = reports(cues().accused_of.sub(" ", gap)) and not SOURCE_CLAUSE.fullmatch(gap)
            if told or (not subjects and (re.match(r"\s*(?:['’]s\b|,?\s*(?:and|y|e)\s+\w)", gap) or
                                          closes_complement(s, m, gap))):
                # "García Harfuch explicó que la célula trabajaba para ...": the speaker tells it; "X's successor and
                # worked for", "propiedad de X y actúan en nombre de", "operador del CJNG y respondía a": X closes another
                # phrase (whose holder is the subject)
                subjects = clause_subject(s, m) if not told and closes_complement(s, m, gap) else subjects
                break
            if (subjects and (is_attribution(s.body[s.span.start:edge]) or (e.type == "organization" and COMPLEMENT.search(
                    s.body[max(0, m.span.start - 12):m.span.start])))) or (e.type == "person" and THAT.match(gap)) or \
                    (e.type == "organization" and cues().staff.search(s.body[max(0, m.span.start - 40):m.span.start])):
                # "De acuerdo con la Fiscalía, X operaba para": the source; "X's wife, Y, that acts for": a thing; "agentes
                # de la Policía Municipal estaban en la nómina de": the body only says whose staff serve
                break
            if (e.type == "organization" and org_kind(e) in cues().state_kinds | {"media"}) or \
                    (is_official(e) and kind not in SERVING):
                break  # the body or official acting, not who launders (an official may serve a cartel or be paid by it)
            subjects.insert(0, (m, e))
            edge = m.span.start
        subjects = subjects or acted_on_for(s, cue.start)  # "X, ..., fue sancionado por la OFAC por lavar dinero para"
        for (m, e), whom in product(subjects, _listed_after(s, org)):
            out.append(as_stated(Relation(kind, e.local_id, cover(m.span, cue, whom[0].span), object=whom[1].local_id,
                                          cue=match.group(0))))
    return out


OBJECT_LIST = re.compile(r"\s*(?:,|,?\s*(?:and|y|e|as well as|así como))\s+(?:(?:for|para|from|de|del)\s+)?"
                         r"(?:(?:the|el|la|los|las)\s+)?$", re.I)


def _listed_after(s: Sentence, first: tuple[Mention, LocalEntity]) -> list[tuple[Mention, LocalEntity]]:
    """``first`` and the organizations listed right after it ("lavar dinero para el Cártel de Sinaloa y el CJNG",
    "bribes from the Gulf Cartel and Los Zetas"), state bodies left out."""
    out = [first]
    while (nxt := s.nearest(first[1].type, out[-1][0].span.end, before=False)) and \
            OBJECT_LIST.match(s.body[out[-1][0].span.end:nxt[0].span.start]) and first[1].type == "organization" and \
            org_kind(nxt[1]) not in cues().state_kinds and all(e.local_id != nxt[1].local_id for _m, e in out):
        out.append(nxt)
    return out


def _money_cues(s: Sentence) -> Iterator[MoneyCue]:
    """Each money or tie cue of the sentence: its kind, match, span and the organization (or, for ``works_for``, the
    person) named right after it (``MONEY_GAP`` characters at most), or None."""
    text = s.body[s.span.start:s.span.end]
    for kind, pattern in cues().money:
        for match in scanned(pattern, s.body, text, cues().needed):
            cue = Span(s.span.start + match.start(), s.span.start + match.end())
            if another_phrase(s.body, cue.end):
                continue  # "vinculada a| proceso por la FGR"
            org = _whom(s, cue) if kind in SERVING else s.nearest("organization", cue.end, before=False)
            yield kind, match, cue, org if org and _named_from(s, org) - cue.end <= MONEY_GAP else None


def _named_from(s: Sentence, whom: tuple[Mention, LocalEntity]) -> int:
    """Where the words naming ``whom`` start: at the organization of their post when one stands before the person ("worked
    for a |CDN commander identified as X"), else at the mention."""
    orgs = [m for m, e in s.mentions if e.type == "organization" and m.span.end <= whom[0].span.start]
    post = orgs[-1] if orgs and titled_gap().fullmatch(s.body, orgs[-1].span.end, whom[0].span.start) else None
    return post.span.start if post else whom[0].span.start


def _whom(s: Sentence, cue: Span) -> tuple[Mention, LocalEntity] | None:
    """Whom someone works for: the organization or person named right after the cue, unless it is a state body (a
    title says that) or only a possessor ("answered to X's successor", "worked for the CJNG's leader")."""
    found = [t for t in (s.nearest("organization", cue.end, before=False), s.nearest("person", cue.end, before=False)) if t]
    if not found:
        return None
    m, e = min(found, key=lambda t: t[0].span.start)
    boss = s.nearest("person", m.span.end, before=False) if e.type == "organization" else None
    if boss and titled_gap().fullmatch(s.body, m.span.end, boss[0].span.start):
        m, e = boss  # "worked for a CDN commander identified as X": the organization only names X's post
    if (e.type == "organization" and org_kind(e) in cues().state_kinds) or \
            (re.match(r"['’]s\b", s.body[m.span.end:]) and not (e.type == "person" and OWN_GROUP.match(s.body, m.span.end))):
        return None
    if e.type == "person" and re.search(r"(?<!\w)(?:los|las)\s+$", s.body[max(0, m.span.start - 6):m.span.start], re.I):
        return None  # "en la nómina de los Arzate": a family, not the one person its name was resolved to
    return m, e


def _served(s: Sentence, found: list[MoneyCue]) -> list[tuple[str, Span]]:
    """The organizations named right after a money or tie cue (``found``: the sentence's) ("for laundering money for
    the Sinaloa Cartel", "por presuntamente lavar dinero para el CJNG"), with the sentence: whom someone served, never
    an event's target."""
    return [(whom[1].local_id, s.span) for _kind, _match, _cue, org in found if org for whom in _listed_after(s, org)]


def _beneficiaries_apart(acted: list[Relation], served: list[tuple[str, Span]]) -> list[Relation]:
    """``acted`` (the targets of an event and the body acting) without the organization someone served: in
    "Treasury sanctioned X for laundering money for the Sinaloa Cartel" the cartel is not a target."""
    return [r for r in acted if not any(r.subject == org and r.span.start < span.end and span.start < r.span.end
                                        for org, span in served)]


SERVING = frozenset({"works_for", "paid_by", "financed_by"})  # kinds an official may be the subject of, a person the object
THAT = re.compile(r"\s*,\s*(?:that|which)\s", re.I)  # a relative clause of a thing, not of the person before it
MONEY_GAP = 25  # characters between a money cue and the organization it names
# a boss's own people after a possessive ("worked for Zambada|'s faction", "for El Mencho's organization"): serving
# them is serving that boss
OWN_GROUP = re.compile(r"['’]s\s+(?:(?:own|local|armed|criminal)\s+)?(?:faction|organization|group|cell|network|people|men)\b",
                       re.I)


def extract_relations(body: str, entities: list[LocalEntity], roles: list[Role], events: list[Event], *,
                      sentences: list[Span] | None = None) -> list[Relation]:
    """Relations of one document, each with its span (the four sources of the module docstring); pure."""
    mentions = sorted(((m, e) for e in entities for m in e.mentions), key=lambda t: t[0].span.start)
    starts, criminal = [m.span.start for m, _e in mentions], criminal_mentions(mentions)  # a sentence's mentions start in it
    by_id = {e.local_id: e for e in entities}
    out: list[Relation] = []
    served: list[tuple[str, Span]] = []
    prev: Sentence | None = None
    for span in sentences or split_sentences(body):
        s, before = Sentence(body, span, mentions[bisect_left(starts, span.start):bisect_right(starts, span.end)]), prev
        prev = s
        s.referents = criminal_before(criminal, span.end)
        if len(s.mentions) < 1:
            continue
        out += kin_of_previous(before, s)  # "X was arrested. His son, Y, ..."
        # membership and factions need an organization in the sentence, money and ties two actors: without
        # them their cue patterns (most of relation extraction) would be scanned for nothing
        found: list[Relation] = []
        if any(e.type == "organization" for _m, e in s.mentions):
            found = _membership(s) + factions(s)
        elif len(s.referents) == 1:  # "ran the plaza for the cartel" names it only by pointing back
            found = _membership(s)
        if len({e.local_id for _m, e in s.mentions if e.type in {"person", "organization"}}) >= 2:
            money = list(_money_cues(s))  # scanned once for both readings
            found += _money(s, money) + _bosses(s) + kinship(s)  # works_for and kin may tie two people ("bajo las órdenes de X")
            owned, qualifying = ownership(s)  # "C, empresa propiedad de X", "C, a front company for the CJNG"
            found += alliances(s) + owned
            served += _served(s, money) + [(i, span) for i in qualifying]
        out += [replace(r, span=with_source(r.span, span, body)) for r in found if not is_negated(r, body)]
        out += nationality(s, roles, by_id)
    acted, described = from_events(events, by_id, body)
    out += _beneficiaries_apart(acted, served) + described
    # one relation per (kind, subject, object, value) and span; a nationality once per person and country
    seen: set[tuple] = set()
    unique = []
    for r in sorted(out, key=lambda r: (r.span.start, r.kind)):
        key = (r.kind, r.subject, r.object, r.value) + (() if r.kind == "national_of" else (r.span.start,))
        if key not in seen and r.subject != r.object:
            seen.add(key)
            unique.append(r)
    return unique
