"""Shapes of transcript labels that only the page around them tells apart:

- a short label in capitals that could stand for initials ("SJJ:", "CGL:") but is a surname the page writes as a
  name, in a name's case ("Mary Louise Kelly" for "KELLY:") or after another word of a longer label ("MARY LOUISE
  KELLY, HOST:"): its turns are that person's, even when each of them asks;
- a full name in a name's case opening paragraphs with a colon ("Jorge Ramos: ¿...?", "Marcelo Ebrard: ...") where
  the introduction names that person in its narration: an interview's label, not a credit ("Foto: Cuartoscuro")."""

from __future__ import annotations

import re


def initials_like(label: str, text: str) -> bool:
    """The label is two to five capitals that the text never writes as a name (see the module docstring)."""
    if not (label.isupper() and label.isalpha() and 2 <= len(label) <= 5):
        return False
    name = re.escape(label.capitalize())
    return re.search(rf"\b[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’-]+[ \t]+(?:{name}|{re.escape(label)})\b", text) is None


def named_again(label: str, text: str, para: str) -> bool:
    """The label, a name of two words or more, opens two paragraphs or more with a colon and the text also writes it
    in a sentence of its own, with no colon after it (the interview's introduction: "conversó con Jorge Ramos"); not a
    headline's "X: “...”", whose words after the colon open with a quotation mark."""
    if len(label.split()) < 2 or re.match(rf"[ \t]*{re.escape(label)}[ \t]*:[ \t]*[\"“‘«']", para):
        return False
    name = re.escape(label)
    opening = re.findall(rf"(?m)^[ \t]*{name}[ \t]*:", text)
    told = re.search(rf"\b{name}\b(?![ \t]*:)", text)
    return len(opening) >= 2 and told is not None
