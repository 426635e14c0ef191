"""Family names that go on past a particle the model stopped at: "Francisco Javier García Cabeza| de Vaca",
"María Guadalupe Díaz| y de la Torre", "Óscar Iván de la Garza| y Cantú". A Spanish compound surname may hold "de",
"del", "de la", "de los", "y de la" or "y" before its last word; the model often ends the person there and reads the
last word as a place or nothing."""

from __future__ import annotations

import dataclasses
import re

from pesquisa.extract.entities._figures import public_figure_surnames
from pesquisa.extract.entities._names import is_given_name, is_known_place, names_data
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention, Span

# the particle, one or two capitalized words of a surname (or one capital letter, alone or before the second surname:
# "Ramiro Ortiz| de la O", "Néstor Iván| de la O Valenzuela"), and the end of the name: punctuation or a lower-case word
_PARTICLE_TAIL = re.compile(r"[ \xa0](?:y[ \xa0])?(?:de|del|de la|de las|de los)[ \xa0]"
                            r"(?P<words>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:[ \xa0][A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?"
                            r"|[A-ZÁÉÍÓÚÑ](?:[ \xa0][A-ZÁÉÍÓÚÑ][a-záéíóúñ]+|(?![.\w])))"
                            r"(?=[,;:.)\n]|[ \xa0]+[a-záéíóúñ]|$)")


def _surname_words(words: str) -> bool:
    """The words after the particle could end a family name: no known place, body, title or organization word."""
    names, lexicon = names_data(), load_lexicon()
    if is_known_place(words) or lexicon.place_key(words) or lexicon.org_key(words):
        return False
    return not any(w.lower() in names.org_words or w.lower() in names.title_words or w.lower() in names.not_names or
                   is_known_place(w) or w in names.geo_words for w in words.split())


# "y" and one surname: "Óscar Iván de la Garza| y Cantú" (a name with a particle already, or one the text repeats)
_AND_TAIL = re.compile(r"[ \xa0]y[ \xa0](?P<words>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)(?=[,;:.)\n]|[ \xa0]+[a-záéíóúñ]|$)")


def particle_tail(text: str, mention: Mention) -> Span | None:
    """The span of ``mention`` (a person of two words or more) with the particle and surname after it, or None."""
    if mention.type != "person" or mention.alias_of or len(mention.name.split()) < 2 or \
            not mention.name.endswith(mention.text.split()[-1]):
        return None  # a name the text does not end ("del Mayo| y del Chapo": the nickname's owner) takes no tail
    tail = _PARTICLE_TAIL.match(text, mention.span.end) or _and_tail(text, mention)
    if tail is None or not _surname_words(tail.group("words")):
        return None
    return Span(mention.span.start, tail.end())


def _and_tail(text: str, mention: Mention) -> re.Match[str] | None:
    """ "y <Surname>" after a name that holds a particle ("de la Garza| y Cantú"), repeats its surname ("Héctor Manuel
    Ortiz| y Ortiz") or is written whole again in the text, the tail no given name and no public figure's surname
    ("Juan Ramón de la Fuente y Trump" are two)."""
    tail = _AND_TAIL.match(text, mention.span.end)
    if tail is None or is_given_name(tail.group("words")) or tail.group("words") in public_figure_surnames():
        return None
    words, particles = mention.name.split(), names_data().particles - {"y"}
    again = tail.group("words") in words[1:] or text.count(text[mention.span.start:tail.end()]) > 1
    return tail if again or any(w in particles for w in words[1:-1]) else None


def with_particle_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each person's name taking the rest of a compound surname (``particle_tail``); places,
    organizations and the model's person of the tail alone inside the longer name ("Torre", "Ortiz") go."""
    longer = {}
    for m in mentions:
        span = particle_tail(text, m)
        if span is not None:
            surface = text[span.start:span.end]
            longer[m.span] = dataclasses.replace(m, text=surface, span=span, name=m.name + surface[len(m.text):])
    if not longer:
        return mentions
    grown = list(longer.values())
    return [longer.get(m.span, m) for m in mentions if m.span in longer or not any(
        m.span.overlaps(g.span) and (m.type != "person" or g.span.start < m.span.start) for g in grown)]
