"""States and cities named like a surname ("Guerrero", "Hidalgo", "Morelos"; names.yaml ``surname_places``), which
the lexicon leaves to the model because "Juan Guerrero" is a man: a word of place right before the word alone
("detenido en |Guerrero|", "the governor of |Morelos|"; names.yaml ``surname_place_cues``, and a title's head word
before "de"/"of"), or its state after a comma ("|Allende|, Coahuila") makes it the place, where
the model read a person, and keeps it the place where a person of the page bears it as a surname ("Juan Guerrero
Díaz fue detenido en |Guerrero|")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pesquisa.extract.datelines import dateline_spans
from pesquisa.extract.entities._names import names_data
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span


@cache
def _patterns() -> tuple[frozenset[str], re.Pattern[str]]:
    data = read_data("names.yaml")
    cues = "|".join(re.escape(c) for c in sorted(data["surname_place_cues"], key=len, reverse=True))
    return frozenset(data["surname_places"]), re.compile(rf"(?<![\w-])(?:{cues})\s+$", re.I)


def placed_surname(text: str, mention: Mention) -> bool:
    """True when ``mention`` is one of the surname places alone right after a word of place, or opening a dateline
    before its comma ("HIDALGO, Texas —", "LEÓN, Gto.—"; module docstring)."""
    places, cue = _patterns()
    word = mention.text.title() if mention.text.isupper() else mention.text
    if word not in places:
        return False
    dated = text.startswith(",", mention.span.end) and any(d.start == mention.span.start for d in dateline_spans(text))
    before = text[max(0, mention.span.start - 60):mention.span.start]
    return dated or cue.search(before) is not None or _titled_of(before) or _state_after(text, mention.span.end)


# a title's head and "de"/"of", and its office's matter with its own "de" ("el secretario de Seguridad de", "el fiscal
# general de Justicia de", "the Secretary of Public Security of")
_OF = re.compile(r"(?<![\w-])([\w-]+)\s+(?:de|of)\s+(?:(?:[A-ZÁÉÍÓÚ][\wáéíóúñ]+\s+(?:(?:y|e|and)\s+)?){1,3}(?:de|of)\s+)?$")
_STATE_AFTER = re.compile(r",[^\S\n]+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:[^\S\n]+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?)")


def _titled_of(before: str) -> bool:
    """A title's head word and "de"/"of" right before ("el alcalde de |Allende|", "the mayor of |Juárez|")."""
    head = _OF.search(before)
    return head is not None and head.group(1).lower() in names_data().title_heads


def _state_after(text: str, end: int) -> bool:
    """A comma and the state the place lies in right after ("|Allende|, Coahuila", "|Juárez|, Chihuahua")."""
    state = _STATE_AFTER.match(text, end)
    return state is not None and load_lexicon().place_key(state.group(1)) is not None


def surname_place(text: str, ent: Any, taken: list[Span]) -> Mention | None:
    """The place a model span names when it is a surname place alone after a word of place ("el gobernador de
    |Morelos|") or opening a dateline, or ends a span of no body's words with "de" and one ("|El alcalde de Allende|"
    is a title and the town), else None."""
    start = ent.start_char
    if len(ent) >= 3 and ent[-2].lower_ in {"de", "of"} and (not any(t.lower_ in names_data().org_words for t in ent) or
                                                            _titled_of(text[max(0, start - 30):ent[-1].idx])):
        start = ent[-1].idx  # "el secretario de |Seguridad de Hidalgo|": the office's matter, then the state
    span = Span(start, ent.end_char)
    name = text[start:ent.end_char].title() if text[start:ent.end_char].isupper() else text[start:ent.end_char]
    mention = Mention("place", text[start:ent.end_char], span, name, source="rule")
    return mention if placed_surname(text, mention) and not any(span.overlaps(t) for t in taken) else None
