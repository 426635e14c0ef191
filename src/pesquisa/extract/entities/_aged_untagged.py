"""A person the model tags nowhere though the text gives the age right after the name, as court and police copy names
those it charges ("Ramon Esquivel-Torres, 29, and ...", "detuvieron a Mario Ruiz-Pérez, de 33 años"): one or two given
names of the lexicon and one or two capitalized surnames, one of them joined by a hyphen (the shape the model misses;
a single surname it tags), then the age, are that person's name."""

from __future__ import annotations

import re

from pesquisa.extract.entities._names import clean_person_name, is_given_name
from pesquisa.records import Mention, Span

_UP = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
_AGED = re.compile(rf"(?<![\w.'’-])(?P<given>{_UP}(?:[ \xa0]{_UP})?)[ \xa0]+"
                   rf"(?P<surnames>(?:{_UP}[ \xa0]+)?{_UP}-{_UP}|{_UP}-{_UP}[ \xa0]+{_UP})"
                   r"(?=,[ \xa0]*(?:de[ \xa0]+)?\d{1,2}(?:[ \xa0]+años)?(?![\w.]))")


def aged_untagged_people(text: str, model: list[Mention]) -> list[Mention]:
    """The people of the module docstring that no mention of ``model`` overlaps."""
    out = []
    for match in _AGED.finditer(text):
        span = Span(match.start(), match.end())
        if not all(is_given_name(w) for w in match.group("given").split()) or any(m.span.overlaps(span) for m in model):
            continue
        cleaned = clean_person_name(match.group(0), match.start())
        if cleaned is not None and cleaned[0] == match.group(0):
            out.append(Mention("person", cleaned[0], span, cleaned[0], source="model"))
    return out
