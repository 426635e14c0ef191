"""People named in a list after an identifying cue (names.yaml's ``listed_name_cues``): "The arrested accused have
been identified as Gurpreet Singh alias Gopi of Amritsar and |Manjit Singh| of Tarn Taran", "fueron identificados como
X, de 34 años; |Y|, de 29, y W". The list runs to the sentence's end; its items part at commas, semicolons and
"and"/"y"/"e"; an item that opens with a clean name of two words or more (particles within it, before a capital) names
a person, and what follows the name (an alias, "of"/"de" a town, an age) is no part of it."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import clean_person_name, is_known_place, names_data
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span

_UP = r"[A-ZÁÉÍÓÚÑÜ][\wÁÉÍÓÚÑÜáéíóúñü'’.-]*"
_ITEM = re.compile(r"[;,]|[ \xa0]+(?:and|y|e)[ \xa0]+")
_END = re.compile(r"\.(?=\s+[A-ZÁÉÍÓÚÑ¿¡\"“]|\s*$)|\n|:")


@cache
def _cue() -> re.Pattern[str]:
    cues = sorted(read_data("names.yaml")["listed_name_cues"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")[ \xa0]+", re.I)


def _name_at(text: str, start: int, end: int) -> Mention | None:
    """The person whose name opens ``text[start:end]``, or None."""
    words = list(re.finditer(r"\S+", text[start:end]))
    particles = names_data().particles
    last = -1
    for i, w in enumerate(words):
        if re.fullmatch(_UP, w.group()):
            last = i
        elif w.group().lower() not in particles or i + 1 >= len(words) or not re.match(_UP, words[i + 1].group()):
            break
    if last < 1:
        return None
    while last > 0 and is_known_place(" ".join(w.group() for w in words[last:last + 1])) and \
            words[last - 1].group().lower() in particles:  # "... de Culiacán": the town, no surname
        last -= 2
    surface = text[start + words[0].start():start + words[last].end()]
    cleaned = clean_person_name(surface, start)
    if cleaned is None or cleaned[0] != surface or len(surface.split()) < 2 or is_known_place(surface) or \
            load_lexicon().place_key(surface) or load_lexicon().org_key(surface):
        return None
    at = start + words[0].start()
    return Mention("person", surface, Span(at, at + len(surface)), surface, source="rule")


def listed_names(text: str, taken: list[Span]) -> list[Mention]:
    """The people of each list after a cue (see the module docstring), but those that overlap ``taken``."""
    out: list[Mention] = []
    for cue in _cue().finditer(text):
        end_match = _END.search(text, cue.end())
        end = end_match.start() if end_match else len(text)
        at = cue.end()
        for sep in [*_ITEM.finditer(text, at, end), None]:
            stop = sep.start() if sep else end
            m = _name_at(text, at, stop) if stop > at else None
            if m is not None and not any(m.span.overlaps(t) for t in taken + [o.span for o in out]):
                out.append(m)
            at = sep.end() if sep else end
    return out
