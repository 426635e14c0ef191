"""Towns named with given names alone, which the model reads as people: "fue capturado en |Jesús María|", "llegaron
desde |San José| ..." come as persons; a name of given names with no surname after a preposition of place ("en",
"desde", "hacia", "in", "near") names where something happened, not someone. A given name alone that the model
calls an organization ("|Joaquín|, otro de los hermanos, también está preso") names no body: it goes."""

from __future__ import annotations

from pesquisa.extract.entities._model import PLACE_BEFORE
from pesquisa.extract.entities._names import is_given_name, names_data
from pesquisa.records import Mention


def _given_names_only(name: str) -> bool:
    """``name`` is two words or more, each a given name or a particle: no surname ("Jesús María", "José María")."""
    particles = names_data().particles
    words = [w for w in name.split() if w.lower() not in particles]
    return len(name.split()) >= 2 and all(is_given_name(w) for w in words)


def placed_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model person made of given names alone right after a preposition of place read as that
    place (see the module docstring)."""
    return [Mention("place", m.text, m.span, m.name, source="model")
            if m.type == "person" and m.source == "model" and _given_names_only(m.name) and
            PLACE_BEFORE.search(text[max(0, m.span.start - 16):m.span.start]) else m for m in mentions]


def without_given_name_bodies(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the model's organizations named by one given name alone (see the module docstring)."""
    return [m for m in mentions if not (m.type == "organization" and m.source == "model" and " " not in m.name.strip()
                                        and is_given_name(m.name))]
