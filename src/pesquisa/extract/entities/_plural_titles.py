"""People named together after one title in the plural: "Assistant U.S. Attorneys Sandra Villarreal and Kyle Morrison
are prosecuting the case", "los fiscales Ana Ruiz y Pedro Soto". The model often tags the second name only; the first,
right after the plural head, is as much a name as after a singular title ("Attorney Sandra Villarreal"). So is each
name of a list after an identifying cue ("identificados como X y Y": ``_listed_names``), whatever the model read there.
"""

from __future__ import annotations

import functools
import re

from pesquisa._regex import longest_first
from pesquisa.extract.entities._listed_names import listed_names
from pesquisa.extract.entities._names import clean_person_name, names_data
from pesquisa.records import Mention, Span

_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+"
_PARTICLE = r"(?:de[ \xa0]+(?:la|los|las)[ \xa0]+|de[ \xa0]+|del[ \xa0]+)?"
_NAME = rf"{_WORD}(?:[ \xa0]+(?:[A-ZÁÉÍÓÚÑ]\.[ \xa0]+)?{_PARTICLE}{_WORD}){{1,3}}"


@functools.cache
def _pattern() -> re.Pattern[str]:
    """A title head in the plural, then two names joined by "and"/"y" (built once: hundreds of heads)."""
    heads = longest_first({h for h in names_data().title_heads if " " not in h or h.split()[-1].isalpha()},
                          ignore_case=True)
    return re.compile(rf"\b(?i:{heads})(?:s|es)[ \xa0]+(?P<first>{_NAME}),?[ \xa0]+(?:and|y|e)[ \xa0]+(?P<second>{_NAME})\b")


def plural_title_people(text: str, taken: list[Span]) -> list[Mention]:
    """The names right after a plural title head that another name joins ("Attorneys |Sandra Villarreal| and Kyle
    Morrison"), and the names of a list after an identifying cue: people found by rule, outside ``taken``."""
    out = []
    for match in _pattern().finditer(text):
        for group in ("first", "second"):
            cleaned = clean_person_name(match.group(group), match.start(group))
            if cleaned is None:
                continue
            name, start, _ = cleaned
            span = Span(start, start + len(name))
            if len(name.split()) >= 2 and not any(span.overlaps(t) for t in taken):
                out.append(Mention("person", name, span, name, source="rule"))
    return out + listed_names(text, taken + [m.span for m in out])
