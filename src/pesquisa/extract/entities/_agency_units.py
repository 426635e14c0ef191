"""A unit the model names with its agency, where the lexicon claims the agency: "the |CBP| Office of Field
Operations", "the |Justice Department|'s Office of Inspector General", "la Unidad de Asuntos Internos de la |FGR|".
The model's span overlaps the lexicon's and goes; the unit's own name, opened by an organization word ("Office",
"Unidad"), is an organization of its own."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pesquisa.extract.entities._names import names_data
from pesquisa.extract.nlp import doc_text
from pesquisa.records import Mention, Span

_ARTICLE = re.compile(r"(?i:the|la|el|los|las)?[ \xa0]*")
_OWNER_JOINER = re.compile(r"[ \xa0]+(?:of the|of|de la|del|de los|de)[ \xa0]*$")
# what the model's span may run on with after the agency that closes the unit's name: nothing, or a lower-case word (the
# sentence's verb: "la Unidad de Inteligencia Patrimonial de la FGR| investiga|")
_VERB_TAIL = re.compile(r"(?:[ \xa0]+[a-záéíóúñ]+)?")
_AFTER_AGENCY = re.compile(r"(?:['’]s)?[ \xa0]*")  # the agency's possessive before its unit, and the space


def _unit_span(text: str, ent: Span, agency: Span) -> Span | None:
    """The span of the unit's name beside ``agency`` inside the model's span ``ent``: after an agency that opens it
    ("CBP| Office of Field Operations"), or before an agency that closes it after "de la"/"of the"."""
    if _ARTICLE.fullmatch(text[ent.start:agency.start]):  # "the Justice Department|'s |Office of Inspector General"
        return Span(_AFTER_AGENCY.match(text, agency.end, ent.end).end(), ent.end)  # type: ignore[union-attr]
    joiner = _OWNER_JOINER.search(text, ent.start, agency.start)
    if _VERB_TAIL.fullmatch(text, agency.end, ent.end) and joiner is not None:  # "... de la FGR| investiga|"
        start = ent.start + len(_ARTICLE.match(text, ent.start).group(0))  # type: ignore[union-attr]
        return Span(start, joiner.start())
    return None


def agency_units(doc: Doc, mentions: list[Mention], taken: list[Span]) -> list[Mention]:
    """Units named with an agency the lexicon knows (see the module docstring): their own names, of two words at least,
    opened by an organization word and holding no other name."""
    text, names = doc_text(doc), names_data()
    agencies = [m for m in mentions if m.type == "organization" and m.source == "lexicon"]
    out: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in {"ORG", "MISC"}:  # "Programa de Recompensas ... del Departamento de Estado": MISC
            continue
        whole = Span(ent.start_char, ent.end_char)
        inside = [a for a in agencies if whole.start <= a.span.start and a.span.end <= whole.end]
        unit = _unit_span(text, whole, inside[0].span) if len(inside) == 1 else None
        if unit is None or unit.end - unit.start < 3:
            continue
        words = text[unit.start:unit.end].split()
        if len(words) < 2 or words[0].lower() not in names.org_words or not words[-1][:1].isupper() or \
                any(unit.overlaps(t) for t in taken) or any(unit.overlaps(m.span) for m in out):
            continue
        surface = text[unit.start:unit.end]
        out.append(Mention("organization", surface, unit, surface, source="model"))
    return out
