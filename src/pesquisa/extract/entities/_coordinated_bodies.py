"""Spanish bodies whose complement coordinates two areas, which the model cuts at the "y": "la |Secretaría de
Seguridad| y |Paz de| |Guanajuato|" comes as an organization, a person and a place; "la Secretaría de Seguridad y Paz
de Guanajuato" is one name, as are "la Secretaría de Medio Ambiente y Recursos Naturales" and "el Instituto de
Capacitación y Formación Policial de Sonora". The second area and the "de <Name>" complements after it join the
body."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._mention_keys import mention_key, mention_keys
from pesquisa.extract.entities._names import is_given_name, is_known_place, names_data
from pesquisa.extract.entities._of_bodies import grown
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention

_WORD = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+"
# "y Paz", "e Investigación", "y Recursos Naturales", then up to two "de <Name>" complements
_OF = r"(?:de|del|de[ \xa0]+la|de[ \xa0]+los)"
_AND_AREA = re.compile(rf"[ \xa0]+(?:y|e)[ \xa0]+(?P<area>{_WORD}(?:[ \xa0]+{_WORD})?)"
                       rf"(?P<rest>(?:[ \xa0]+{_OF}[ \xa0]+{_WORD}(?:[ \xa0]+{_WORD}){{0,2}}){{0,2}})")


# a three-word area closing the name ("el Centro de Investigación y Capacitación Propuesta Cívica."): no given name
# last, and a break after it, so that a name after a body ("... y Protección Ciudadana Omar García") stays out
_AND_LONG_AREA = re.compile(rf"[ \xa0]+(?:y|e)[ \xa0]+(?P<area>{_WORD}[ \xa0]+{_WORD}[ \xa0]+(?P<last>{_WORD}))"
                            r"(?P<rest>)(?=[,.;:)]|$)")


@cache
def _heads() -> frozenset[str]:
    return frozenset(w.lower() for w in read_data("names.yaml")["coordinated_body_heads"])


def _area_tail(text: str, body: Mention) -> re.Match[str] | None:
    """The coordinated area right after ``body``, a Spanish body of the model or a rule opened by a public body's head
    and holding a "de" complement ("Secretaría de Seguridad"), or None: the words after the "y" name a place, a
    person, another body or a lexicon name ("la Fiscalía de Sonora y Chihuahua", "... y Guardia Nacional")."""
    words = body.name.split()
    names, lex = names_data(), load_lexicon()
    if body.type != "organization" or body.source == "lexicon" or len(words) < 3 or \
            words[0].lower() not in _heads() or not {"de", "del"} & set(words[1:-1]):
        return None
    tail = _AND_LONG_AREA.match(text, body.span.end)
    if tail is None or is_given_name(tail.group("last")):
        tail = _AND_AREA.match(text, body.span.end)
    if tail is None:
        return None
    area = tail.group("area")
    first = area.split()[0]
    if is_given_name(first) or first.lower() in names.org_words | names.title_words or is_known_place(area) or \
            lex.place_key(area) or lex.org_key(area) or lex.place_key(first) or lex.org_key(first):
        return None
    return tail


def coordinated_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each body cut at its coordinated area whole (see the module docstring); the model's names and
    the lexicon's places inside it go; not where a person found by a rule or a lexicon organization is inside, or a
    name runs past the body's end."""
    out = list(mentions)
    kept = mention_keys(out)
    for m in mentions:
        tail = _area_tail(text, m) if mention_key(m) in kept else None
        found = grown(out, m, tail.end(), lambda o: (o.type == "person" and o.source != "model") or
                      (o.source == "lexicon" and o.type != "place")) if tail else None
        if found is None:
            continue
        span, inside = found
        surface = text[span.start:span.end]
        name = m.name + surface[len(m.text):] if surface.startswith(m.text) else surface
        out = [o for o in out if o is not m and o not in inside] + [Mention("organization", surface, span, name,
                                                                                source=m.source)]
        kept = mention_keys(out)
    return out
