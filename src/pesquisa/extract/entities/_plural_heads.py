"""Bodies named together under one plural head: "the Departments of Justice and Homeland Security", "las
Secretarías de Marina y de la Defensa Nacional". Each name after the head is a body of its own, named by the head
in the singular ("Department of Justice", "Department of Homeland Security"); the model reads the first as one
body ("Departments of Justice") and the rest as another or nothing."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span

_NAME = r"[A-ZÁÉÍÓÚÑ][\w.-]*(?:[ \xa0]+(?:(?:de|del|de la|of|of the|for)[ \xa0]+)?[A-ZÁÉÍÓÚÑ][\w.-]*)*"
_OF = r"[ \xa0]+(?:of|de|del)[ \xa0]+(?:(?:the|la|el)[ \xa0]+)?"
_PART_OF = r"(?:(?:de|del|of)[ \xa0]+(?:(?:the|la|el)[ \xa0]+)?)?"  # "y de la Defensa Nacional"


@cache
def _heads() -> tuple[dict[str, str], re.Pattern[str]]:
    heads: dict[str, str] = {}
    for lang in read_data("names.yaml")["plural_heads"].values():
        heads.update(lang)
    names = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    listed = rf"{_NAME}(?:,[ \xa0]+{_PART_OF}{_NAME})*"
    joined = rf"(?P<head>{names}){_OF}(?P<names>{listed},?[ \xa0]+(?:and|y|e)[ \xa0]+{_PART_OF}{_NAME})"
    return heads, re.compile(joined)


def plural_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each body named under a plural head as its own organization (named with the head in the
    singular, at the words that name it), in place of the names read over the phrase."""
    heads, pattern = _heads()
    for match in pattern.finditer(text):
        singular = heads[match.group("head")]
        start = match.start("names")
        found = []
        for part in re.finditer(_NAME, match.group("names")):
            if part.group() in {"and", "y", "e"}:
                continue
            joiner = " of " if singular[:1].isascii() and singular.isascii() else " de "
            name = singular + joiner + part.group()
            span = Span(start + part.start(), start + part.end())
            found.append(Mention("organization", part.group(), span, name, source="rule"))
        # the lexicon knows one of the bodies, else the phrase may name one thing ("Departments of Art and Design")
        if any(load_lexicon().org_key(m.name) for m in found):
            whole = Span(match.start(), match.end())
            mentions = [m for m in mentions if not m.span.overlaps(whole)] + found
    return mentions
