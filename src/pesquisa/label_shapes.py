"""Shapes of transcript labels that only the page around them tells apart:

- a short label in capitals that could stand for initials ("SJJ:", "CGL:") but is a surname the page writes as a
  name, in a name's case ("Mary Louise Kelly" for "KELLY:") or after another word of a longer label ("MARY LOUISE
  KELLY, HOST:"): its turns are that person's, even when each of them asks;
- a full name in a name's case opening paragraphs with a colon ("Jorge Ramos: ¿...?", "Marcelo Ebrard: ...") where
  the introduction names that person in its narration: an interview's label, not a credit ("Foto: Cuartoscuro"),
  nor a headline whose quote follows the colon ("Harfuch: ‘...’");
- an interview's question alone on its paragraph, set in bold ("**¿Qué cambia con la ley?**") or, as a page's
  text keeps it without the bold, plainly ("¿Qué cambia con la ley?"): ``question_line``."""

from __future__ import annotations

import re

# a name in a name's case and a colon ("Milgram:", "De la Fuente:", "Omar García Harfuch:")
_NAME_LABEL = re.compile(r"((?:[dD]e[ \t]+(?:la[ \t]+)?)?[A-ZÁÉÍÓÚÑ][\w'’-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]+){0,3})[ \t]*:")


def name_label(para: str) -> re.Match[str] | None:
    """The label in a name's case that opens the paragraph, unless the words after its colon open with a quotation
    mark: "Harfuch: ‘Vamos por ...’" is a headline that credits its quote, not a turn."""
    match = _NAME_LABEL.match(para)
    return None if match is None or re.match(r"[ \t]*[\"“‘«']", para[match.end():]) else match


def initials_like(label: str, text: str) -> bool:
    """The label is two to five capitals that the text never writes as a name (see the module docstring)."""
    if not (label.isupper() and label.isalpha() and 2 <= len(label) <= 5):
        return False
    name = re.escape(label.capitalize())
    return re.search(rf"\b[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’-]+[ \t]+(?:{name}|{re.escape(label)})\b", text) is None


def named_again(label: str, text: str) -> bool:
    """The label, a name of two words or more, opens two paragraphs or more with a colon and the text also writes it
    in a sentence of its own, with no colon after it (the interview's introduction: "conversó con Jorge Ramos")."""
    if len(label.split()) < 2:
        return False
    name = re.escape(label)
    opening = re.findall(rf"(?m)^[ \t]*{name}[ \t]*:", text)
    told = re.search(rf"\b{name}\b(?![ \t]*:)", text)
    return len(opening) >= 2 and told is not None


# the question in bold as its own paragraph ("**¿Qué cambia con la nueva ley?**"), or plainly: one sentence that
# asks, with no quotation marks ("¿Qué dice el gobierno?", "What happened after the arrests?")
_BOLD_QUESTION = re.compile(r"[ \t]*\*\*[ \t]*([^*\n]+\?)[ \t]*\*\*[ \t]*")
_PLAIN_QUESTION = re.compile(r"[ \t]*(¿[^?¿\n“”\"«»]{8,300}\?|[A-Z][^?¿\n“”\"«».!]{8,300}\?)[ \t]*")


def question_line(para: str) -> tuple[int, int] | None:
    """Where the question of an interviewer's paragraph lies in ``para`` (inside the bold when it has one), or None
    when the paragraph is no question alone."""
    found = _BOLD_QUESTION.fullmatch(para) or _PLAIN_QUESTION.fullmatch(para)
    return (found.start(1), found.end(1)) if found else None
