"""A person named again by a family name that opens with a particle: "Rodolfo de la Vega Arriaga ... De la Vega
Arriaga había sido detenido", "Juan Ramón de la Fuente ... De la Fuente has said", "Rocío del Castillo Nava ... Del
Castillo Nava fue directora". At a sentence's start the particle is capitalized and the model reads it as no part of
the name: it tags "Vega Arriaga" or "Fuente", or nothing. The family name as the full name writes it, from its first
particle on, is the person's whole mention there.
"""

from __future__ import annotations

import dataclasses
import re

from pesquisa.extract.entities._names import is_given_name, names_data
from pesquisa.records import LocalEntity, Mention, Span


def _family_forms(name: str) -> set[str]:
    """The forms of ``name``'s family names that stand for it alone: the words after its given names when they hold
    a particle or two surnames ("de la Vega Arriaga", "Treviño del Bosque", "Navarro Sánchez" of "María del Rosario
    Navarro Sánchez"), the words from its first particle on ("de la Cruz Ochoa" of "Kevin Alexis de la Cruz Ochoa"),
    and a paternal surname with its particle ("de la Peña" of "Alejandro de la Peña Gutiérrez")."""
    words = name.split()
    particles = names_data().particles - {"y", "e"}
    given = 0
    while given < len(words) - 1 and (is_given_name(words[given]) or (given and words[given].lower() in particles)):
        given += 1
    while given > 1 and words[given - 1].lower() in particles:
        given -= 1  # "Alejandro| de la Peña Gutiérrez": the particles open the surname
    if not given and len(words) >= 4 and is_given_name(words[1]):
        given = 2  # "Raymundo Pedro| Morales Ángeles": a first given name the data lacks
    if given > 2 and len(words) - given == 1 and words[given - 2].lower() in particles:
        given -= 2  # "Édgar Iván| del Ángel Barrientos": a given name after a particle opens a surname
        while given > 1 and words[given - 1].lower() in particles:
            given -= 1
    at = next((i for i, w in enumerate(words[1:], start=1) if w.lower() in particles), None)
    families = [words[given:]] if given else []
    families += [words[at:]] if at is not None and at >= given else []  # not "del Rosario" of "María del Rosario"
    forms = set()
    for family in families:
        lead = next((i for i, w in enumerate(family) if w.lower() not in particles), len(family))
        if lead == len(family) or not family[-1][:1].isupper() or (not lead and len(family) < 2):
            continue  # one surname alone, without a particle, is ``add_surname_mentions``'s
        forms.add(" ".join(family))
        if lead and lead + 1 < len(family):  # "de la Peña| Gutiérrez"
            forms.add(" ".join(family[:lead + 1]))
    return forms


def add_family_mentions(text: str, entities: list[LocalEntity]) -> None:
    """Adds each occurrence of a person's particle family name ("De la Vega Arriaga") standing alone as their mention,
    taking the place of a shorter mention of theirs inside it; not where two people share the form, nor inside another
    name (changes ``entities``)."""
    forms: dict[str, list[LocalEntity]] = {}
    for e in entities:
        for form in _family_forms(e.name) if e.type == "person" else []:
            forms.setdefault(form.lower(), []).append(e)
    for form, owners in forms.items():
        if len(owners) != 1:
            continue
        owner = owners[0]
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(form)}(?![\w’-])", text, re.I):
            span = Span(match.start(), match.end())
            before = re.search(r"([A-ZÁÉÍÓÚÑ][\w.]*(?<!\.))[ \xa0]+$", text[max(0, span.start - 30):span.start])
            if not match.group()[:1].isupper() or (before and before.group(1).lower() not in names_data().title_words):
                continue  # inside a longer name ("Rodolfo de la Vega Arriaga"), not after a title ("Canciller De la Fuente")
            _take(owner, entities, span, match.group())


def _take(owner: LocalEntity, entities: list[LocalEntity], span: Span, surface: str) -> None:
    """Makes ``span`` a mention of ``owner``: in place of the owner's shorter mentions inside it; not where another
    entity's mention overlaps it."""
    if any(m.span.overlaps(span) for e in entities if e is not owner for m in e.mentions):
        return
    inside = [m for m in owner.mentions if m.span.overlaps(span)]
    if any(not (span.start <= m.span.start and m.span.end <= span.end) or m.span == span for m in inside):
        return  # the name runs past it, or is there already
    kept = [m for m in owner.mentions if m not in inside]
    model = inside[0] if inside else Mention("person", surface, span, surface, local_id=owner.local_id, source="rule")
    kept.append(dataclasses.replace(model, text=surface, span=span, name=surface))
    owner.mentions[:] = sorted(kept, key=lambda m: m.span.start)
