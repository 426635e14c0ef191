"""A short label in capitals that could stand for initials ("SJJ:", "CGL:") but is a surname the page writes as a
name: in a name's case ("Mary Louise Kelly" for "KELLY:") or after another word of a longer label ("MARY LOUISE
KELLY, HOST:"). Such a label's turns are that person's, even when each of them asks."""

from __future__ import annotations

import re


def initials_like(label: str, text: str) -> bool:
    """The label is two to five capitals that the text never writes as a name (see the module docstring)."""
    if not (label.isupper() and label.isalpha() and 2 <= len(label) <= 5):
        return False
    name = re.escape(label.capitalize())
    return re.search(rf"\b[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’-]+[ \t]+(?:{name}|{re.escape(label)})\b", text) is None
