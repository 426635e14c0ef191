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
  their title is at (a Foreign Affairs Minister of the SRE is Mexican).
Hand-written patterns rather than a trained relation extractor: no model for these relations
in English and Spanish ships offline, and the shapes above are few and formulaic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Event, LocalEntity, Mention, Relation, Role, Span
from pesquisa.text import split_sentences


def _phrases(entries: list[str]) -> re.Pattern[str]:
    """One pattern for a list of phrases (whole words, optional plural) and ``re:`` entries."""
    parts = [e[3:] if e.lower().startswith("re:") else r"(?<!\w)" + re.escape(e) + r"(?:e?s)?(?!\w)"
             for e in sorted(entries, key=len, reverse=True)]
    return re.compile("|".join(parts), re.I)


@dataclass(frozen=True, slots=True)
class _Cues:
    membership: tuple[tuple[str, re.Pattern[str]], ...]
    led_by: re.Pattern[str]
    faction: re.Pattern[str]
    money: tuple[tuple[str, re.Pattern[str]], ...]
    filler: re.Pattern[str]
    anaphors: re.Pattern[str]
    event_kinds: dict[str, str]
    trigger_kinds: tuple[tuple[str, re.Pattern[str]], ...]
    contacts: dict[str, str]
    demonyms: tuple[tuple[str, re.Pattern[str]], ...]
    country_names: tuple[tuple[str, re.Pattern[str]], ...]
    national: re.Pattern[str]
    state_kinds: frozenset[str]
    cue_to_org: re.Pattern[str]  # what may stand between a role and its organization


@cache
def _cues() -> _Cues:
    data = read_data("relations.yaml")
    fev = data["from_events"]
    filler = sorted({w.lower() for w in data["filler"]}, key=len, reverse=True)
    demonyms = {k: v for k, v in data["demonyms"].items()}
    names: dict[str, list[str]] = {k: list(v) for k, v in data["countries"].items()}
    for place in load_lexicon().places.values():
        if re.fullmatch(r"[a-z]{2}", place.key):
            names.setdefault(place.key, []).extend([place.name, *place.aliases])
    all_demonyms = [w for words in demonyms.values() for w in words]
    return _Cues(
        membership=tuple((kind, _phrases(words)) for kind, words in data["membership"].items()),
        led_by=_phrases(data["led_by"]),
        faction=_phrases(data["faction"]),
        money=tuple((kind, _phrases(words)) for kind, words in data["money"].items()),
        filler=re.compile(r"^(?:[\s,:()]|\d+|(?:" + "|".join(re.escape(w) for w in filler) + "|"
                          + "|".join(re.escape(w) for w in all_demonyms) + r")(?!\w))*$", re.I),
        anaphors=_phrases(data["anaphors"]),
        event_kinds={k: v for k, v in fev.items() if k != "triggers"},
        trigger_kinds=tuple((kind, _phrases(words)) for kind, words in fev["triggers"].items()),
        contacts=dict(data["contacts"]),
        demonyms=tuple((code, re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])"))
                       for code, words in demonyms.items()),
        country_names=tuple((code, re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(set(ws), key=len,
                                                                                                  reverse=True))
                                              + r")(?!\w)")) for code, ws in names.items() if ws),
        national=_phrases(data["national_cues"]),
        state_kinds=frozenset(data["state_kinds"]),
        cue_to_org=_cue_to_org(data),
    )


_PREP = (r"(?:of the|in the|within the|for the|para el|para la|en el|en la|de la|de los|de las|del|of|de|in|within|"
         r"for)")


def _cue_to_org(data: dict) -> re.Pattern[str]:
    """What may stand between a role and its organization: a preposition, a part of it ("líder de una facción
    de la organización de los Beltrán Leyva", "a leader of a faction of the Sinaloa Cartel")."""
    parts = "|".join(re.escape(w) for w in sorted(data["faction"], key=len, reverse=True))
    heads = "|".join(re.escape(w) for w in data["org_heads"])
    return re.compile(rf"\s*(?:{_PREP}\s+(?:(?:a|an|one|una|un)\s+(?:{parts})\s+{_PREP}\s+)?"
                      rf"(?:(?:{heads})\s+{_PREP}\s+)?)?\s*", re.I)


def _org_kind(entity: LocalEntity) -> str | None:
    lex = load_lexicon()
    key = entity.key or lex.org_key(entity.name)
    entry = lex.organizations.get(key) if key else None
    return entry.kind if entry else None


def _org_country(entity: LocalEntity) -> str | None:
    lex = load_lexicon()
    key = entity.key or lex.org_key(entity.name)
    entry = lex.organizations.get(key) if key else None
    return entry.country if entry and entry.kind in _cues().state_kinds else None


def _cover(*spans: Span) -> Span:
    return Span(min(s.start for s in spans), max(s.end for s in spans))


class _Sentence:
    """The mentions of one sentence, in order, for the adjacency tests below."""

    def __init__(self, body: str, span: Span, mentions: list[tuple[Mention, LocalEntity]]):
        self.body, self.span = body, span
        # nicknames inside a full name ("Ismael “El Mayo” Zambada") are part of it, not another actor
        self.mentions = [(m, e) for m, e in mentions if span.contains(m.span) and not m.alias_of]

    def gap_is_filler(self, start: int, end: int) -> bool:
        """True when only commas, ages, articles and qualifiers stand between two offsets."""
        return start <= end and end - start <= 60 and bool(_cues().filler.match(self.body[start:end]))

    def nearest(self, kind: str, pos: int, *, before: bool) -> tuple[Mention, LocalEntity] | None:
        """The mention of entity type ``kind`` ending right before / starting right after ``pos``."""
        if before:
            found = [(m, e) for m, e in self.mentions if e.type == kind and m.span.end <= pos]
            return max(found, key=lambda t: t[0].span.end) if found else None
        found = [(m, e) for m, e in self.mentions if e.type == kind and m.span.start >= pos]
        return min(found, key=lambda t: t[0].span.start) if found else None


LIST_GAP = re.compile(r"^[\s,;]*(?:alias\s+)?(?:[“\"«][^”\"»]{0,30}[”\"»])?[\s,;]*(?:and|y|e)?\s*"
                      r"(?:(?:his|her|their|su|sus)\s+\w+\s*,?\s*)?$", re.I)


def _listed(s: _Sentence, first: tuple[Mention, LocalEntity], *, forward: bool) -> list[tuple[Mention, LocalEntity]]:
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


def _membership(s: _Sentence) -> list[Relation]:
    """Person-organization cues: "O leader P", "P, a O operator", "leader of O, P", "el líder del O, P"."""
    out = []
    text = s.body[s.span.start:s.span.end]
    for kind, pattern in _cues().membership:
        for match in pattern.finditer(text):
            cue = Span(s.span.start + match.start(), s.span.start + match.end())
            org = s.nearest("organization", cue.end, before=False)
            if org and not _cues().cue_to_org.fullmatch(s.body[cue.end:org[0].span.start]):
                org = None
            org_before = s.nearest("organization", cue.start, before=True)
            if org is None and org_before and re.fullmatch(r"\s*(?:['’]s)?\s*(?:drug\s+)?(?:cartel|organization|group)?\s*",
                                                           s.body[org_before[0].span.end:cue.start], re.I):
                org = org_before
            if org is None or _org_kind(org[1]) in _cues().state_kinds:
                continue  # a "head" of an agency is a title, not membership
            left = min(cue.start, org[0].span.start)
            right = max(cue.end, org[0].span.end)
            person = s.nearest("person", left, before=True)
            people: list[tuple[Mention, LocalEntity]] = []
            if person and s.gap_is_filler(person[0].span.end, left):
                people = _listed(s, person, forward=False)
            else:
                after = s.nearest("person", right, before=False)
                if after and s.gap_is_filler(right, after[0].span.start):
                    people = _listed(s, after, forward=True)
            for m, e in people:
                if not _is_official(e) or kind == "leader_of":
                    out.append(Relation(kind, e.local_id, _cover(m.span, cue, org[0].span),
                                        object=org[1].local_id, cue=match.group(0)))
    for match in _cues().led_by.finditer(text):  # "the Sinaloa Cartel once led by X"
        cue = Span(s.span.start + match.start(), s.span.start + match.end())
        org = s.nearest("organization", cue.start, before=True)
        person = s.nearest("person", cue.end, before=False)
        if org and person and s.gap_is_filler(org[0].span.end, cue.start) and s.gap_is_filler(cue.end, person[0].span.start) \
                and _org_kind(org[1]) not in _cues().state_kinds:
            out.append(Relation("leader_of", person[1].local_id, _cover(org[0].span, cue, person[0].span),
                                object=org[1].local_id, cue=match.group(0)))
    return out


def _factions(s: _Sentence) -> list[Relation]:
    """Organization-organization: "the Los Chapitos faction of the Sinaloa Cartel", "la facción de Los Chapitos del CDS"."""
    out = []
    text = s.body[s.span.start:s.span.end]
    for match in _cues().faction.finditer(text):
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
            out.append(Relation("faction_of", part[1].local_id, _cover(part[0].span, cue, whole[0].span),
                                object=whole[1].local_id, cue=match.group(0)))
    return out


def _money(s: _Sentence) -> list[Relation]:
    """Someone before a money or tie cue, the organization after it (or the one an anaphor points back to)."""
    out = []
    text = s.body[s.span.start:s.span.end]
    for kind, pattern in _cues().money:
        for match in pattern.finditer(text):
            cue = Span(s.span.start + match.start(), s.span.start + match.end())
            org = s.nearest("organization", cue.end, before=False)
            if org and org[0].span.start - cue.end > 25:
                org = None
            if org is None and _cues().anaphors.match(s.body[cue.end:cue.end + 30].lstrip()):
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
                if (e.type == "organization" and _org_kind(e) in _cues().state_kinds | {"media"}) or _is_official(e):
                    break  # the body or official acting, not who launders
                subjects.insert(0, (m, e))
                edge = m.span.start
            for m, e in subjects:
                out.append(Relation(kind, e.local_id, _cover(m.span, cue, org[0].span), object=org[1].local_id,
                                    cue=match.group(0)))
    return out


def _from_events(events: list[Event], entities: dict[str, LocalEntity], body: str) -> list[Relation]:
    """Targets and the body acting on them; people a meeting or call sentence names."""
    cues = _cues()
    out = []
    for ev in events:
        kind = cues.event_kinds.get(ev.type)
        kind = next((k for k, p in cues.trigger_kinds if p.search(ev.trigger)), kind) if kind else None
        if kind and ev.organizer and ev.organizer not in ev.targets:
            for target in ev.targets:
                out.append(Relation(kind, target, ev.span, object=ev.organizer, cue=ev.trigger))
        contact = cues.contacts.get(ev.type)
        if contact and not ev.planned:
            first = {p: min((m.span.start for m in e.mentions if ev.span.contains(m.span)), default=-1)
                     for p in ev.participants if (e := entities.get(p)) and e.type == "person"}
            named = sorted((p for p, pos in first.items() if pos >= 0), key=first.__getitem__)  # in reading order
            if 2 <= len(named) <= 6:
                for a, b in combinations(named, 2):
                    out.append(Relation(contact, a, ev.span, object=b, cue=ev.trigger))
    return out


@cache
def _title_heads() -> re.Pattern[str]:
    heads = sorted(load_lexicon().title_heads(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in heads) + r")(?!\w)", re.I)


def _is_official(entity: LocalEntity) -> bool:
    """True for a person with a title in the document (officials act; they are not members or launderers)."""
    return entity.type == "person" and any(_title_heads().search(t) for t in entity.titles)


def _country_word(text: str) -> tuple[str, re.Match[str]] | None:
    """The country a segment names by demonym ("Mexican", "U.S.") or name ("of Mexico", "Mexico's"), last one wins."""
    found = [(m.start(), code, m) for code, p in _cues().demonyms for m in p.finditer(text)]
    found += [(m.start(), code, m) for code, p in _cues().country_names for m in p.finditer(text)]
    if not found:
        return None
    _pos, code, match = max(found, key=lambda t: t[0])
    return code, match


def _nationality(s: _Sentence, roles: list[Role], entities: dict[str, LocalEntity]) -> list[Relation]:
    """``national_of`` for each person of the sentence whose nationality its words or title state."""
    out = []
    for m, e in s.mentions:
        if e.type != "person":
            continue
        # before: the noun phrase the name closes ("U.S. Secretary of State ", "el canciller mexicano, ")
        window = s.body[max(s.span.start, m.span.start - 80):m.span.start]
        # clause edges; the period of "U.S." is none
        segment = re.split(r"(?<![A-Z])\.|[;:()\"“”]|\band\b|\by\b|,(?!\s*$)", window)[-1]
        if segment.strip(" ,") == "" and "," in window:  # "el canciller mexicano, Marcelo Ebrard"
            segment = re.split(r"(?<![A-Z])\.|[;:()\"“”]|\band\b|\by\b", window.rstrip(" ,"))[-1] + ", "
        inside = [mm.span.end for mm, ee in s.mentions if ee.type == "person" and mm is not m and
                  mm.span.start < m.span.start and mm.span.end > m.span.start - len(segment)]
        if inside:  # another person's name inside: the words up to it are theirs ("Velasco said Mexico President X")
            segment = s.body[min(max(inside), m.span.start):m.span.start]
        # the country word must qualify a title ("US attorney general", not "US courts", "Mexican national guard")
        titled = bool(_title_heads().search(segment))
        hit = _country_word(segment) if segment.strip() and titled else None
        if hit:
            start = m.span.start - len(segment) + hit[1].start()
            out.append(Relation("national_of", e.local_id, _cover(Span(start, start + len(hit[1].group(0))), m.span),
                                value=hit[0], cue=hit[1].group(0)))
            continue
        # after: "X, a Mexican national", "X, ciudadano mexicano", "X, President of Mexico"
        after = s.body[m.span.end:min(s.span.end, m.span.end + 70)]
        head = re.match(r",\s*(?:\d+,\s*)?([^,;.]*)", after)
        if head:
            phrase = head.group(1)
            hit = _country_word(phrase)
            if hit and (_cues().national.search(phrase) or re.search(r"\b(?:of|de)\s+(?:the\s+)?$",
                                                                       phrase[:hit[1].start()])):
                end = m.span.end + head.start(1) + hit[1].end()
                out.append(Relation("national_of", e.local_id, Span(m.span.start, end), value=hit[0],
                                    cue=hit[1].group(0)))
    # a title at a government body: its country
    for role in roles:
        org = entities.get(role.organization) if role.organization else None
        person = entities.get(role.person)
        if org is None or person is None or not s.span.contains(role.span):
            continue
        country = _org_country(org)
        if country:
            out.append(Relation("national_of", person.local_id, role.span, value=country, cue=role.title))
    return out


def extract_relations(body: str, entities: list[LocalEntity], roles: list[Role], events: list[Event], *,
                      sentences: list[Span] | None = None) -> list[Relation]:
    """Relations of one document, each with its span (the four sources of the module docstring); pure."""
    mentions = sorted(((m, e) for e in entities for m in e.mentions), key=lambda t: t[0].span.start)
    by_id = {e.local_id: e for e in entities}
    out: list[Relation] = []
    for span in sentences or split_sentences(body):
        s = _Sentence(body, span, mentions)
        if len(s.mentions) < 1:
            continue
        # membership, factions and money all need an organization in the sentence: without one
        # their cue patterns (most of relation extraction) would be scanned for nothing
        if any(e.type == "organization" for _m, e in s.mentions):
            out += _membership(s) + _factions(s) + _money(s)
        out += _nationality(s, roles, by_id)
    out += _from_events(events, by_id, body)
    # one relation per (kind, subject, object, value) and span; a nationality once per person and country
    seen: set[tuple] = set()
    unique = []
    for r in sorted(out, key=lambda r: (r.span.start, r.kind)):
        key = (r.kind, r.subject, r.object, r.value) + (() if r.kind == "national_of" else (r.span.start,))
        if key not in seen and r.subject != r.object:
            seen.add(key)
            unique.append(r)
    return unique
