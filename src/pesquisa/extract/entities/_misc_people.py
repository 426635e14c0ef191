"""A person the Spanish model calls MISC: "Rubén Moreira Valdez pidió ...", "La doctora Rossana Reguillo Cruz",
"El exembajador Arturo Sarukhán". The span holds a full name, maybe after an article and a title, or after the end
of a dateline the model ran into the name ("NUEVO LAREDO (|El Mañana).- Rubén Darío Garza Villarreal| fue")."""

from __future__ import annotations

import re
from typing import Any

from pesquisa.extract.entities._names import clean_person_name, is_given_name, is_known_place, names_data
from pesquisa.extract.entities._outlet_before import outlet_before_name
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention, Span

_DATELINE_END = re.compile(r"[.)][-–—]+$|^[-–—]+$")  # "(El Mañana).-", "Tamps.-", a lone dash


def misc_person(text: str, ent: Any, taken: list[Span]) -> Mention | None:
    """The person a MISC span names after its article and title, or None: two to five name words, the first a
    given name or the span's title before it (after a title one word is enough)."""
    names = names_data()
    words = list(re.finditer(r"\S+", ent.text))
    i = max((k + 1 for k, w in enumerate(words) if _DATELINE_END.search(w.group())), default=0)
    while i < len(words) and (words[i].group().lower() in {"el", "la"} or words[i].group()[:1].islower()):
        i += 1
    titled = i > 0 and words[i - 1].group().lower() in names.title_words  # "El comandante de la |Novena Zona" is not
    rest = [w.group() for w in words[i:]]
    i += _town_before_name(rest) or outlet_before_name(rest)  # "capturaron en |Apatzingán Ramón ...", "dijo a la |AFP Lucía"
    if i == len(words) or not (1 if titled else 2) <= len(words) - i <= 6:
        return None  # a title makes one word a name ("La presidenta |Sheinbaum| pidió": the model's MISC)
    start = ent.start_char + words[i].start()
    surface = text[start:ent.end_char].rstrip(" ,;:.")
    cleaned = clean_person_name(surface, start)
    if cleaned is None or cleaned[0] != surface or not (titled or _given_opening(surface.split())):
        return None
    span = Span(start, start + len(surface))
    lex = load_lexicon()
    if any(span.overlaps(t) for t in taken) or is_known_place(surface) or lex.place_key(surface) or lex.org_key(surface):
        return None
    return Mention("person", surface, span, surface, source="title" if titled else "model")


def _given_opening(words: list[str]) -> bool:
    """The name opens with a known given name, or with two given names of which the data knows the second ("Wilson
    Andrés Quiñónez Cortés", a crew member's name the data lacks the first of), and two surnames follow."""
    return is_given_name(words[0]) or (len(words) >= 4 and is_given_name(words[1]) and
                                       all(w[:1].isupper() for w in words[:2]))


def _town_before_name(words: list[str]) -> int:
    """How many of the first words are a town the lexicon knows, right before a given name that opens a name of three
    words or more (the arrest's town and the detainee's name, with no comma between); 0 when none."""
    lex = load_lexicon()
    for n in (3, 2, 1):
        town = " ".join(words[:n])
        if len(words) >= n + 3 and is_given_name(words[n]) and (is_known_place(town) or lex.place_key(town)):
            return n
    return 0
