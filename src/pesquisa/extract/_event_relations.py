"""Relations an event states: the targets of a sanction, arrest, charge or extradition and the body acting
(``sanctioned_by``, ``designated_by``, ``arrested_by``, ``charged_by``, ``extradited_by``), and the people a meeting or
call sentence names (``met``, ``called``).

A participle in an apposition qualifies the person the apposition names, whatever targets the event reader listed:
in "X works for Y, a CJNG leader previously sanctioned by OFAC" (or "X trabaja para Y, un líder del CJNG sancionado
por la OFAC") the sanction is Y's, not X's."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import combinations

from pesquisa.extract._event_patients import antecedent, patients
from pesquisa.extract._relation_base import cues, org_kind, phrases
from pesquisa.lexicon import read_data
from pesquisa.records import Event, LocalEntity, Relation, Span

# ", a CJNG leader previously |sanctioned": an article, a noun phrase without a verb of its own or a clause break, and
# an adverb at most before the participle; or a relative clause of being (", a former police commander who was |sanctioned",
# ", quien fue |detenido"); or the bare participle (", sancionado por")
_ADVERB = r"(?:(?:previously|already|also|recently|later|once|formally|ya|previamente|también|recientemente|anteriormente)\s+)?"
_BE = r"(?:had\s+been|has\s+been|was|were|fue|había\s+sido|ha\s+sido)"
APPOSITION = re.compile(r',[”"»]?\s+(?:(?:a|an|the|un|una|el|la)\s+)?(?P<np>[^,;.()]{0,60}?)\s*'
                        rf"(?:,?\s*(?:who|quien)\s+{_BE}\s+)?{_ADVERB}$", re.I)
# a verb in the noun phrase: a clause of its own ("X, who works for Y, |was arrested"), not an apposition
# (a plural or perfect auxiliary too: "X y su esposa, Y, |fueron| detenidos" is a clause of both)
VERB = re.compile(r"(?<!\w)(?:is|are|was|were|has|have|had|been|which|that|who|es|era|fue|fueron|eran|son|está|están|ha|han|"
                  r"había|habían|sido|que|quien)(?!\w)", re.I)
# a nickname between the person and the apposition (', alias "El 300",' / ', alias "La Firma," a regional boss')
ALIAS = re.compile(r',\s*(?:alias|aka|a\.k\.a\.|known as|conocido como|apodado)?\s*[“"«][^”"»,]{1,30}[”"»]?', re.I)


def from_events(events: list[Event], entities: dict[str, LocalEntity], body: str) -> tuple[list[Relation], list[Relation]]:
    """Targets and the body acting on them, people a meeting or call sentence names; and apart, the relations of
    a person an apposition's participle describes (never someone's beneficiary: "works for Y, a leader sanctioned by")."""
    cue = cues()
    out, described = [], []
    for ev in events:
        kind = cue.event_kinds.get(ev.type)
        kind = next((k for k, p in cue.trigger_kinds if p.search(ev.trigger)), kind) if kind else None
        if kind in ACTING_COUNTRY_KINDS and ev.organizer is None:
            ev = replace(ev, organizer=acting_country(ev, entities, body))
        if kind and (head := antecedent(ev, entities, body)):
            ev = replace(ev, targets=[head])
        elif kind:
            ev = replace(ev, targets=[*ev.targets, *(p for p in patients(ev, entities, body) if p not in ev.targets)])
        if kind and ev.organizer and ev.organizer not in ev.targets and not ev.planned and not _pending(ev, body):
            if (person := described_target(ev, entities, body)) and person != ev.organizer:
                described.append(Relation(kind, person, ev.span, object=ev.organizer, cue=ev.trigger))
                continue
            out += [Relation(kind, target, ev.span, object=body_id, cue=ev.trigger) for target in _acted_on(ev, entities, body)
                    for body_id in [ev.organizer, *joint_bodies(ev, entities, body)]]
        contact = cue.contacts.get(ev.type)
        if contact and not ev.planned:
            first = {p: min((m.span.start for m in e.mentions if ev.span.contains(m.span)), default=-1)
                     for p in ev.participants if (e := entities.get(p)) and e.type == "person"}
            named = sorted((p for p, pos in first.items() if pos >= 0), key=first.__getitem__)  # in reading order
            if 2 <= len(named) <= 6:
                for a, b in combinations(named, 2):
                    out.append(Relation(contact, a, ev.span, object=b, cue=ev.trigger))
    return out, described


# between two bodies acting together: "by the Mexican Army and the National Guard", "elementos de la Secretaría de Marina
# (SEMAR), de la Secretaría de la Defensa Nacional", "Ejército Mexicano, la Guardia Nacional y la Fiscalía"
JOINT_GAP = re.compile(r"\)?\s*(?:\([^()]{1,15}\)\s*)?(?:,|,?\s*(?:and|y|e|as\s+well\s+as|así\s+como|together\s+with|"
                       r"junto\s+con|(?:en|in)\s+coordinación\s+con|in\s+coordination\s+with|con\s+(?:el\s+)?apoyo\s+de|"
                       r"with\s+support\s+from))\s*(?:(?:the|la|el|los|las)\s+)?"
                       r"(?:(?:de|del|de\s+la|de\s+los|of|of\s+the)\s+)?$", re.I)


def joint_bodies(ev: Event, entities: dict[str, LocalEntity], body: str) -> list[str]:
    """The state bodies listed right after the event's organizer in its span, acting with it ("arrested by the Mexican
    Army and the National Guard in a joint operation", "efectivos de la SEMAR, de la DEFENSA, de la GN y de la FGR
    detuvieron"): each is a body acting too."""
    found = sorted(((m, e) for e in entities.values() if e.type == "organization" and e.local_id in ev.participants
                    for m in e.mentions if ev.span.contains(m.span)), key=lambda t: t[0].span.start)
    first = next((i for i, (_m, e) in enumerate(found) if e.local_id == ev.organizer), None)
    if first is None:
        return []
    out: list[str] = []
    edge = found[first][0].span.end
    for m, e in found[first + 1:]:
        if e.local_id in out or e.local_id == ev.organizer:
            edge = max(edge, m.span.end)  # an acronym in brackets after the name: "Secretaría de Marina (SEMAR)"
            continue
        if org_kind(e) not in cues().state_kinds or not JOINT_GAP.fullmatch(body, edge, m.span.start):
            break
        out.append(e.local_id)
        edge = m.span.end
    return out


# between a country and the verb it is the subject of ("Mexico| on Tuesday |extradited", "México |extraditó")
COUNTRY_GAP = re.compile(r"\s+(?:(?:on|this|last|el|este|el\s+pasado)\s+\w+\s+|(?:also|again|today|hoy|también|ayer)\s+)?", re.I)
COUNTRY_KEY = re.compile(r"[a-z]{2}")
# the acts a country (or the seat of its government: "which Washington designated") does itself when no body is named
ACTING_COUNTRY_KINDS = frozenset({"extradited_by", "designated_by", "sanctioned_by"})
# a country's government the entity reader knows only by its name ("El Gobierno de Guatemala extraditó", "The Government of
# Honduras extradited"): it acts as its country
GOVERNMENT = re.compile(r"(?:the\s+|el\s+)?(?:government|gobierno)\s+(?:of|de)\s+\w", re.I)
GOVERNMENT_OF = re.compile(r"(?<!\w)(?:government|gobierno)\s+(?:of|de)\s+$", re.I)
PLACE_BEFORE = re.compile(r"(?:from|de|desde|to|a|in|en)\s+(?:the\s+)?$", re.I)  # "sent from Mexico": no subject


def acting_country(ev: Event, entities: dict[str, LocalEntity], body: str) -> str | None:
    """The country (or the seat of its government) that is the subject of an extradition, designation or sanction verb
    with no state body acting ("Mexico extradited X", "México extraditó a X", "the CDN, which Washington designated"):
    the country acts; None when another word stands between ("from Mexico, extradited")."""
    trigger = ev.trigger_span or _find(ev, body)
    if trigger is None:
        return None
    seats = _seats()
    return next((e.local_id for e in entities.values() if ((e.type == "place"
                 and (COUNTRY_KEY.fullmatch(e.key or "") or e.key in seats)) or GOVERNMENT.match(e.name))
                 and any(ev.span.contains(m.span) and (_subject_country(body, m.span, trigger)
                                                       or COUNTRY_AGENT.fullmatch(body, trigger.end, m.span.start))
                         for m in e.mentions)), None)


def _subject_country(body: str, at: Span, trigger: Span) -> bool:
    """True when the country at ``at`` is the subject right before the trigger ("Mexico| on Tuesday |extradited")."""
    before = body[max(0, at.start - 20):at.start]  # "sent from Mexico" is no subject, "el gobierno de Honduras" is
    return bool(COUNTRY_GAP.fullmatch(body, at.end, trigger.start)) and (not PLACE_BEFORE.search(before[-8:]) or
                                                                         bool(GOVERNMENT_OF.search(before)))


# the country after a passive trigger ("was extradited by |Mexico", "fue extraditado por el gobierno de |Colombia")
COUNTRY_AGENT = re.compile(r"\s+(?:by|por)\s+(?:the\s+|el\s+)?(?:government\s+of\s+|gobierno\s+de\s+)?", re.I)


@cache
def _seats() -> frozenset[str]:
    return frozenset(read_data("relations.yaml")["seats"])


def _pending(ev: Event, body: str) -> bool:
    """True when a word of an act still to come stands right before the trigger ("is awaiting |extradition", "buscará
    |extraditar a"): nothing was done yet."""
    trigger = ev.trigger_span or _find(ev, body)
    return trigger is not None and bool(_pending_words().search(body[max(0, trigger.start - 40):trigger.start]))


@cache
def _pending_words() -> re.Pattern[str]:
    words = phrases(read_data("relations.yaml")["from_events"]["pending"]).pattern
    return re.compile(rf"(?:{words})\s+(?:(?:the|la|el|su)\s+)?$", re.I)


def _acted_on(ev: Event, entities: dict[str, LocalEntity], body: str) -> list[str]:
    """The event's targets that its span tells were acted on: not only a qualifier of them, and a person named in the
    span or before it (``_named_in``)."""
    named = [t for t in ev.targets if (e := entities.get(t)) and e.type == "person" and _named_in(e, ev.span)]
    return [t for t in ev.targets if (e := entities.get(t)) and (t in named or not named or e.type != "person")
            and not _only_qualifies(e, ev.span, body)]


def _named_in(entity: LocalEntity | None, span: Span) -> bool:
    """True when the event's span names the target or may point back to it ("El detenido fue capturado por"). A target
    first named after the span is kept only where the span names none (a lead that names them later: "Mexico extradited
    10 alleged cartel members"); beside targets it names, it is someone of the next sentence."""
    return entity is not None and any(span.contains(m.span) or m.span.end <= span.start for m in entity.mentions)


def described_target(ev: Event, entities: dict[str, LocalEntity], body: str) -> str | None:
    """The person an apposition right before the event's participle names ("Y, a CJNG leader previously |sanctioned
    by"); None when the trigger is a verb of a clause ("Y, who was sanctioned by", "X was sanctioned by")."""
    trigger = ev.trigger_span or _find(ev, body)
    if trigger is None:
        return None
    head = body[ev.span.start:trigger.start]
    found = APPOSITION.search(head)
    if found is None or VERB.search(found.group("np") or ""):
        return None
    edges = {ev.span.start + found.start()}
    edges |= {ev.span.start + m.start() for m in ALIAS.finditer(head) if m.end() == found.start()}  # 'X, alias "La Firma,"'
    return next((e.local_id for e in entities.values() if e.type == "person"
                 and any(m.span.end in edges and ev.span.contains(m.span) for m in e.mentions)), None)


def _find(ev: Event, body: str) -> Span | None:
    at = body.find(ev.trigger, ev.span.start, ev.span.end)
    return Span(at, at + len(ev.trigger)) if at >= 0 else None


def _only_qualifies(entity: LocalEntity | None, span: Span, body: str) -> bool:
    """True when every mention of an organization in ``span`` only names the kind of what was acted on ("Treasury
    Sanctions Sinaloa Cartel Money Laundering Network", "detuvo a dos operadores del CJNG"), or of a person only whose
    relative or boss it was ("arrested X's cousin, Y", "Cae "El Abuelo", lugarteniente de "El Mencho"")."""
    if entity is None or entity.type not in {"organization", "person"}:
        return False
    after, before = (cues().named_after, cues().named_before) if entity.type == "organization" else cues().possessor
    inside = [m for m in entity.mentions if span.contains(m.span)]
    # a nickname or an acronym in brackets right after the name is the same mention ("X, "El Mayito Flaco"", "CJNG")
    inside = [m for m in inside if not m.alias_of and not any(re.fullmatch(r"\s*\(\s*", body[o.span.end:m.span.start])
                                                               for o in inside if o.span.end <= m.span.start)]
    return bool(inside) and all(after.match(body[m.span.end:m.span.end + 60]) or
                                before.search(body[max(0, m.span.start - 40):m.span.start]) or
                                _linked().search(body[max(0, m.span.start - 40):m.span.start]) for m in inside)


@cache
def _linked() -> re.Pattern[str]:
    """A tie closing the words before an actor ("Network Operated by the |CJNG", "facción encabezada por |X")."""
    data = read_data("relations.yaml")
    words = sorted(data["named_parts"]["linked"] + data["led_by"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?:(?:the|el|la|los|las)\s+)?[“\"«]?\s*$",
                      re.I)

