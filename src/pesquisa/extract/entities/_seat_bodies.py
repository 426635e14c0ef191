"""A Mexican state's or city's own body named by its head and its seat ("la Fiscalía de Sonora", "la Secretaría de
Seguridad de Sinaloa", "la Fiscalía General del Estado de Guerrero"): where the model reads none of it, the lexicon's
place alone was left, and the body was lost. The place the lexicon knows after an institution's head
(``institution_heads`` in names.yaml) and "de" is the seat of that institution, which is the organization."""

from __future__ import annotations

from pesquisa.extract.entities._surroundings import institution_around
from pesquisa.records import Mention, Span


def seat_bodies(text: str, places: list[Mention], model: list[Mention], taken: list[Span]) -> list[Mention]:
    """An organization for each Mexican lexicon place of ``places`` that is the seat of an institution named right
    before it, where no name of ``model`` or ``taken`` crosses that institution's words."""
    out: list[Mention] = []
    for place in places:
        if not (place.key or "").startswith("mx-"):
            continue
        body = institution_around(text, place.span, [t for t in taken if t != place.span] + [m.span for m in model + out])
        if body is not None:
            out.append(Mention("organization", body.text, body.span, body.name, source="rule"))
    return out
