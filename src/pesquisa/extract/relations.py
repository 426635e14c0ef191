"""Relations between actors: who belongs to, leads, pays, was sanctioned or arrested by whom, and nationality.

The cue words live in ``data/relations.yaml``; each relation keeps the span that states it
(from the first to the last of subject, cue and object, inside one sentence). Four sources:
- membership: a person and an organization beside a cue, in the shapes news uses
  ("Sinaloa cartel leader X", "X, a CJNG operator", "el líder del Cártel de Sinaloa, X") and
  a faction beside its organization ("the Los Chapitos faction of the Sinaloa Cartel");
- money and ties: someone before "laundering money for" / "financiado por" / "linked to" and
  the organization after it (or the one an anaphor, "esta organización", points back to);
- events: the targets of a sanction, arrest or extradition and the body acting
  (``sanctioned_by``, ``designated_by``, ``arrested_by``, ``charged_by``, ``extradited_by``),
  and the people a meeting or call sentence names (``met``, ``called``);
- nationality (``national_of`` with a country code): a country word right before the person
  or their title ("U.S. Secretary of State X", "Mexico's Foreign Secretary X"), right after
  ("X, a Mexican national", "X, President of Mexico"), or the country of the government body
  their title is at (a Foreign Affairs Minister of the SRE is Mexican); in ``_nationality``.
Hand-written patterns rather than a trained relation extractor: no model for these relations
in English and Spanish ships offline, and the shapes above are few and formulaic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from pesquisa.extract._nationality import nationality
from pesquisa.extract._relation_base import Sentence, cover, cues, is_official, org_kind
from pesquisa.records import Event, LocalEntity, Mention, Relation, Role, Span
from pesquisa.text import split_sentences

LIST_GAP = re.compile(r"^[\s,;]*(?:alias\s+)?(?:[“\"«][^”\"»]{0,30}[”\"»])?[\s,;]*(?:and|y|e)?\s*"
                      r"(?:(?:his|her|their|su|sus)\s+\w+\s*,?\s*)?$", re.I)


def _listed(s: Sentence, first: tuple[Mention, LocalEntity], *, forward: bool) -> list[tuple[Mention, LocalEntity]]:
    """``first`` and the people listed beside it ("X, alias “El Tarjetas”; Y and Z", "X and his son, Y")."""
    people = [(m, e) for m, e in s.mentions if e.type == "person"]
    out = [first]
    while True:
        edge = out[-1][0] if forward else out[0][0]
        if forward:
            nxt = next(((m, e) for m, e in people if m.span.start >= edge.span.end), None)
            gap = s.body[edge.span.end:nxt[0].span.start] if nxt else ""
        else:
            prev = [(m, e) for m, e in people if m.span.end <= edge.span.start]
            nxt = prev[-1] if prev else None
            gap = s.body[nxt[0].span.end:edge.span.start] if nxt else ""
        if nxt is None or len(gap) > 40 or not LIST_GAP.match(gap) or any(e.local_id == nxt[1].local_id for _m, e in out):
            return out
        if forward:
            out.append(nxt)
        else:
            out.insert(0, nxt)


def _membership(s: Sentence) -> list[Relation]:
    """Person-organization cues: "O leader P", "P, a O operator", "leader of O, P", "el líder del O, P"."""
    out = []
    text = s.body[s.span.start:s.span.end]
    for kind, pattern in cues().membership:
        for match in pattern.finditer(text):
            cue = Span(s.span.start + match.start(), s.span.start + match.end())
            org = s.nearest("organization", cue.end, before=False)
            if org and not cues().cue_to_org.fullmatch(s.body[cue.end:org[0].span.start]):
                org = None
            org_before = s.nearest("organization", cue.start, before=True)
            if org is None and org_before and re.fullmatch(r"\s*(?:['’]s)?\s*(?:drug\s+)?(?:cartel|organization|group)?\s*"
                                                           r"(?:(?:top|senior|chief|main|former|alleged|reputed)\s+)*",
                                                           s.body[org_before[0].span.end:cue.start], re.I):
                org = org_before
            if org is None or org_kind(org[1]) in cues().state_kinds:
                continue  # a "head" of an agency is a title, not membership
            left = min(cue.start, org[0].span.start)
            right = max(cue.end, org[0].span.end)
            person = s.nearest("person", left, before=True)
            people: list[tuple[Mention, LocalEntity]] = []
            if person and s.gap_is_filler(person[0].span.end, left):
                people = _listed(s, s.kin_subject(person), forward=False)
            else:
                after = s.nearest("person", right, before=False)
                if after and s.gap_is_filler(right, after[0].span.start):
                    people = _listed(s, after, forward=True)
            for m, e in people:
                if not is_official(e) or kind == "leader_of":
                    out.append(Relation(kind, e.local_id, cover(m.span, cue, org[0].span),
                                        object=org[1].local_id, cue=match.group(0)))
    for match in cues().led_by.finditer(text):  # "the Sinaloa Cartel once led by X"
        cue = Span(s.span.start + match.start(), s.span.start + match.end())
        org = s.nearest("organization", cue.start, before=True)
        person = s.nearest("person", cue.end, before=False)
        if org and person and s.gap_is_filler(org[0].span.end, cue.start) and s.gap_is_filler(cue.end, person[0].span.start) \
                and org_kind(org[1]) not in cues().state_kinds:
            out.append(Relation("leader_of", person[1].local_id, cover(org[0].span, cue, person[0].span),
                                object=org[1].local_id, cue=match.group(0)))
    return out


def _factions(s: Sentence) -> list[Relation]:
    """Organization-organization: "the Los Chapitos faction of the Sinaloa Cartel", "la facción de Los Chapitos del CDS"."""
    out = []
    text = s.body[s.span.start:s.span.end]
    for match in cues().faction.finditer(text):
        cue = Span(s.span.start + match.start(), s.span.start + match.end())
        orgs = [(m, e) for m, e in s.mentions if e.type == "organization"]
        before = [t for t in orgs if t[0].span.end <= cue.start and s.gap_is_filler(t[0].span.end, cue.start)]
        after = [t for t in orgs if t[0].span.start >= cue.end and t[0].span.start - cue.end <= 30]
        if before and after:  # "Los Chapitos faction of the Sinaloa Cartel"
            part, whole = before[-1], after[0]
        elif len(after) >= 2:  # "la facción de Los Chapitos del Cártel de Sinaloa"
            part, whole = after[0], after[1]
        else:
            continue
        if part[1].local_id != whole[1].local_id:
            out.append(Relation("faction_of", part[1].local_id, cover(part[0].span, cue, whole[0].span),
                                object=whole[1].local_id, cue=match.group(0)))
    return out


def _money(s: Sentence, found: list[MoneyCue]) -> list[Relation]:
    """Someone before a money or tie cue (``found``: the sentence's, ``_money_cues``), the organization after it (or
    the one an anaphor points back to)."""
    out = []
    for kind, match, cue, org in found:
        if org is None and cues().anaphors.match(s.body[cue.end:cue.end + 30].lstrip()):
            org = s.nearest("organization", cue.start, before=True)
        if org is None:
            continue
        # the nearest one before the cue, with those listed beside it ("X, Y and Z laundered money for")
        candidates = [(m, e) for m, e in s.mentions if m.span.end <= cue.start and e.local_id != org[1].local_id
                      and e.type in {"person", "organization"}]
        subjects: list[tuple[Mention, LocalEntity]] = []
        edge = cue.start
        for m, e in reversed(candidates):
            gap = s.body[m.span.end:edge]
            if len(gap) > (30 if not subjects else 6) or (subjects and not re.fullmatch(r"\s*(?:,|and|y|,\s*and)\s*", gap)):
                break
            if (e.type == "organization" and org_kind(e) in cues().state_kinds | {"media"}) or is_official(e):
                break  # the body or official acting, not who launders
            subjects.insert(0, (m, e))
            edge = m.span.start
        for m, e in subjects:
            out.append(Relation(kind, e.local_id, cover(m.span, cue, org[0].span), object=org[1].local_id,
                                cue=match.group(0)))
    return out


def _from_events(events: list[Event], entities: dict[str, LocalEntity], body: str) -> list[Relation]:
    """Targets and the body acting on them; people a meeting or call sentence names."""
    cue = cues()
    out = []
    for ev in events:
        kind = cue.event_kinds.get(ev.type)
        kind = next((k for k, p in cue.trigger_kinds if p.search(ev.trigger)), kind) if kind else None
        if kind and ev.organizer and ev.organizer not in ev.targets:
            for target in ev.targets:
                out.append(Relation(kind, target, ev.span, object=ev.organizer, cue=ev.trigger))
        contact = cue.contacts.get(ev.type)
        if contact and not ev.planned:
            first = {p: min((m.span.start for m in e.mentions if ev.span.contains(m.span)), default=-1)
                     for p in ev.participants if (e := entities.get(p)) and e.type == "person"}
            named = sorted((p for p, pos in first.items() if pos >= 0), key=first.__getitem__)  # in reading order
            if 2 <= len(named) <= 6:
                for a, b in combinations(named, 2):
                    out.append(Relation(contact, a, ev.span, object=b, cue=ev.trigger))
    return out


MoneyCue = tuple[str, re.Match[str], Span, tuple[Mention, LocalEntity] | None]


def _money_cues(s: Sentence) -> Iterator[MoneyCue]:
    """Each money or tie cue of the sentence: its kind, match, span and the organization named right after it
    (``MONEY_GAP`` characters at most), or None."""
    text = s.body[s.span.start:s.span.end]
    for kind, pattern in cues().money:
        for match in pattern.finditer(text):
            cue = Span(s.span.start + match.start(), s.span.start + match.end())
            org = s.nearest("organization", cue.end, before=False)
            yield kind, match, cue, org if org and org[0].span.start - cue.end <= MONEY_GAP else None


def _served(s: Sentence, found: list[MoneyCue]) -> list[tuple[str, Span]]:
    """The organizations named right after a money or tie cue (``found``: the sentence's) ("for laundering money for
    the Sinaloa Cartel", "por presuntamente lavar dinero para el CJNG"), with the sentence: whom someone served, never
    an event's target."""
    return [(org[1].local_id, s.span) for _kind, _match, _cue, org in found if org]


def _beneficiaries_apart(acted: list[Relation], served: list[tuple[str, Span]]) -> list[Relation]:
    """``acted`` (the targets of an event and the body acting) without the organization someone served: in
    "Treasury sanctioned X for laundering money for the Sinaloa Cartel" the cartel is not a target."""
    return [r for r in acted if not any(r.subject == org and r.span.start < span.end and span.start < r.span.end
                                        for org, span in served)]


MONEY_GAP = 25  # characters between a money cue and the organization it names


def extract_relations(body: str, entities: list[LocalEntity], roles: list[Role], events: list[Event], *,
                      sentences: list[Span] | None = None) -> list[Relation]:
    """Relations of one document, each with its span (the four sources of the module docstring); pure."""
    mentions = sorted(((m, e) for e in entities for m in e.mentions), key=lambda t: t[0].span.start)
    by_id = {e.local_id: e for e in entities}
    out: list[Relation] = []
    served: list[tuple[str, Span]] = []
    for span in sentences or split_sentences(body):
        s = Sentence(body, span, mentions)
        if len(s.mentions) < 1:
            continue
        # membership, factions and money all need an organization in the sentence: without one
        # their cue patterns (most of relation extraction) would be scanned for nothing
        if any(e.type == "organization" for _m, e in s.mentions):
            found = list(_money_cues(s))  # scanned once for both readings
            out += _membership(s) + _factions(s) + _money(s, found)
            served += _served(s, found)
        out += nationality(s, roles, by_id)
    out += _beneficiaries_apart(_from_events(events, by_id, body), served)
    # one relation per (kind, subject, object, value) and span; a nationality once per person and country
    seen: set[tuple] = set()
    unique = []
    for r in sorted(out, key=lambda r: (r.span.start, r.kind)):
        key = (r.kind, r.subject, r.object, r.value) + (() if r.kind == "national_of" else (r.span.start,))
        if key not in seen and r.subject != r.object:
            seen.add(key)
            unique.append(r)
    return unique
