"""Two people the model reads as one: "identificados como |Ulises Santiago Mendoza y Jovany de Jesús Lugo Reyes|",
"|Carlos Ruiz Soto and Mireya Vázquez Peña|". Its person span, cut at its one "y"/"and", is two names of two words
or more each; a rule finds the first when it opens with a known given name, never the second. Each half that is a
clean name of its own is a person; "Juan Guerrero y Hernández" (a surname joined by "y") stays one, as its second
half is one word."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pesquisa.extract.entities._names import clean_person_name, is_known_place
from pesquisa.extract.nlp import doc_text
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention, Span

_AND = re.compile(r"[ \xa0]+(?:y|and)[ \xa0]+")


def _half(text: str, start: int, end: int) -> Mention | None:
    """The person named by ``text[start:end]``, a clean name of two words or more and no place or body, or None."""
    surface = text[start:end]
    cleaned = clean_person_name(surface, start)
    if cleaned is None or cleaned[0] != surface or len(surface.split()) < 2 or is_known_place(surface) or \
            load_lexicon().place_key(surface) or load_lexicon().org_key(surface):
        return None
    return Mention("person", surface, Span(start, end), surface, source="rule")


def paired_names(doc: Doc, taken: list[Span]) -> list[Mention]:
    """The people of each model person span that names two (see the module docstring), but those ``taken``."""
    text = doc_text(doc)
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"PER", "PERSON"} or len(_AND.findall(ent.text)) != 1 or (cut := _AND.search(ent.text)) is None:
            continue
        left = _half(text, ent.start_char, ent.start_char + cut.start())
        right = _half(text, ent.start_char + cut.end(), ent.end_char)
        if left is None or right is None:
            continue
        out += [m for m in (left, right) if not any(m.span.overlaps(t) for t in taken)]
    return out
