"""Quotation marks typed as two characters: two apostrophes for a double mark (''No hay tregua'', sostuvo), as some
Mexican regional sites and copies of Word documents print them, or two curly single marks (‘‘...’’). Read as one
double mark standing on the inner character, a space on the outer one, so every offset holds."""

from __future__ import annotations

import re

# a doubled mark that opens (at the start, or after a space, a bracket or a dash, a word right after it) or closes
_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[—―-]))(?:''|‘‘)(?=[^\s'‘’])", re.M)
_CLOSING = re.compile(r"(?<=[^\s'‘’])(?:''|’’)(?=[\s.,;:)\]—―-]|$)", re.M)


def doubled_as_one(text: str) -> str:
    """``text`` with each doubled mark (`''`, `‘‘`, `’’`) written as a space and one double mark ('"', “, ”), the mark
    on the side of the quoted words; the same length, so a quote found in it has its offsets in ``text``."""
    if "''" not in text and "‘‘" not in text and "’’" not in text:
        return text
    text = _OPENING.sub(lambda m: ' "' if m.group() == "''" else " “", text)
    return _CLOSING.sub(lambda m: '" ' if m.group() == "''" else "” ", text)
