"""Nationality of people (``national_of`` with a country code): a country word right before the person or their
title ("U.S. Secretary of State X", "Mexico's Foreign Secretary X"), right after ("X, a Mexican national", "X,
President of Mexico"), or the country of the government body their title is at (a Foreign Affairs Minister of the
SRE is Mexican)."""

from __future__ import annotations

import re

from pesquisa.extract._relation_base import Sentence, cover, cues, org_country, title_heads
from pesquisa.records import LocalEntity, Relation, Role, Span


def _country_word(text: str) -> tuple[str, re.Match[str]] | None:
    """The country a segment names by demonym ("Mexican", "U.S.") or name ("of Mexico", "Mexico's"), last one wins."""
    found = [(m.start(), code, m) for code, p in cues().demonyms for m in p.finditer(text)]
    found += [(m.start(), code, m) for code, p in cues().country_names for m in p.finditer(text)]
    if not found:
        return None
    _pos, code, match = max(found, key=lambda t: t[0])
    return code, match


def _up_to_nationality(phrase: str) -> str:
    """An apposition up to its nationality ("a Chinese national| living in Mexico", "ciudadano mexicano| residente en
    Texas"): a country named after it is where the person lives, not theirs."""
    cue = cues().national.search(phrase)
    if cue is None:
        return phrase
    rest = re.match(r"\s+\w+", phrase[cue.end():])  # the demonym after the cue ("ciudadano mexicano")
    return phrase[:cue.end() + (rest.end() if rest else 0)]


def nationality(s: Sentence, roles: list[Role], entities: dict[str, LocalEntity]) -> list[Relation]:
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
        titled = bool(title_heads().search(segment))
        hit = _country_word(segment) if segment.strip() and titled else None
        if hit:
            start = m.span.start - len(segment) + hit[1].start()
            out.append(Relation("national_of", e.local_id, cover(Span(start, start + len(hit[1].group(0))), m.span),
                                value=hit[0], cue=hit[1].group(0)))
            continue
        # after: "X, a Mexican national", "X, ciudadano mexicano", "X, President of Mexico"
        after = s.body[m.span.end:min(s.span.end, m.span.end + 70)]
        head = re.match(r",\s*(?:\d+,\s*)?([^,;.]*)", after)
        if head:
            phrase = _up_to_nationality(head.group(1))
            hit = _country_word(phrase)
            end = m.span.end + head.start(1) + (hit[1].end() if hit else 0)
            # the country word inside an organization's name says nothing of the person ("investigadora del Colegio
            # de México", "a professor at the University of Texas")
            in_name = any(ee.type == "organization" and mm.span.start < end <= mm.span.end for mm, ee in s.mentions)
            if hit and not in_name and (cues().national.search(phrase) or re.search(r"\b(?:of|de)\s+(?:the\s+)?$",
                                                                                   phrase[:hit[1].start()])):
                out.append(Relation("national_of", e.local_id, Span(m.span.start, end), value=hit[0],
                                    cue=hit[1].group(0)))
    # a title at a government body: its country
    for role in roles:
        org = entities.get(role.organization) if role.organization else None
        person = entities.get(role.person)
        if org is None or person is None or not s.span.contains(role.span):
            continue
        country = org_country(org)
        if country:
            # the evidence names the person too ("Secretary of the Treasury Scott Bessent", "El titular de la UIF, X")
            named = [m.span for m, e in s.mentions if e.local_id == person.local_id]
            near = min(named, key=lambda sp: abs(sp.start - role.span.end) + abs(sp.end - role.span.start), default=None)
            out.append(Relation("national_of", person.local_id, cover(role.span, near) if near else role.span, value=country,
                                cue=role.title))
    return out
