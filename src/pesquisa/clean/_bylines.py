"""An author's name repeated on a line of its own: the author card under the article ("Julia Ainsley" above
"Julia Ainsley is the homeland security correspondent ...") or above the byline. The byline names the
authors ("By Julia Ainsley and Didi Martinez", "Por Ana Ruiz y Luis Pérez"); a line that is only one of
those names says nothing of the story. A columnist's byline may call a note with an asterisk ("Por Ana
Ruiz*"): the line that opens with it ("*Profesora-investigadora del CIDE.") is the author's note."""

from __future__ import annotations

import re

from pesquisa.clean._signals import byline_pattern, cue_words, is_anchor, is_body_paragraph

# a person's name alone on its line: two to four capitalized words and the particles between them
_PERSON_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:\s+(?:de|del|la|las|los|y)){0,2}"
                          r"(?:\s+[A-ZÁÉÍÓÚÑ](?:[a-záéíóúñü'’-]+|\.)(?:\s+(?:de|del|la|las|los|y)){0,2}){1,3}")
# the names of a byline: split at commas and at "and" / "y" / "&"
_JOINS = re.compile(r",\s*|\s+(?:and|y|&)\s+")
BYLINE_LEAD = re.compile(r"^(?:by|por)\s+", re.I)  # the word opening a byline


def author_name_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that are only the name of an author of one of the page's bylines."""
    byline = byline_pattern()
    bylines = [line.strip() for line in lines if byline.match(line.strip())]
    names = {name.casefold() for line in bylines for name in _byline_names(line) if len(name.split()) >= 2}
    called = any(line.endswith("*") for line in bylines)
    alone = {i for i, line in enumerate(lines)
             if (line.strip().casefold() in names and not byline.match(line.strip()))
             or (called and line.startswith("*") and len(line.split()) <= NOTE_WORDS)}
    return alone | _author_notes(lines) | _cards(lines, alone)


def _cards(lines: list[str], names: set[int]) -> set[int]:
    """Below the article's top, the line under a byline's name alone that opens with a role ("Periodista con más de
    20 años de experiencia ...", ``roles`` in ``data/boilerplate.yaml``): the author's card."""
    first = next((i for i, line in enumerate(lines) if is_body_paragraph(line)), len(lines))
    return {i + 1 for i in names if first < i < len(lines) - 1 and _role_note(lines[i + 1])}


def _role_note(line: str) -> bool:
    """A line of ``NOTE_WORDS`` words at most that opens with a role ("Periodista ...", ``roles``)."""
    return len(line.split()) <= NOTE_WORDS and (line.split() or [""])[0].casefold().strip(",.:") in cue_words("roles")


def cards_on_top(lines: list[str]) -> set[int]:
    """Above the first paragraph, a columnist's card: a person's name alone and the line under it that opens with a
    role ("Ana Ruiz" over "Periodista y conductora. Analista de temas políticos."), both lines' indexes."""
    def card(i: int) -> bool:
        return 0 < i and is_person_name_line(lines[i - 1]) and _role_note(lines[i])

    first = next((i for i, line in enumerate(lines) if is_body_paragraph(line) and not card(i)), len(lines))
    return {j for i in range(1, first) if card(i) for j in (i - 1, i)}


def _byline_names(line: str) -> list[str]:
    """The names a byline gives: "By Ana Ruiz and Luis Pérez, CNN" -> ["Ana Ruiz", "Luis Pérez", "CNN"]."""
    return [name.strip() for name in _JOINS.split(BYLINE_LEAD.sub("", line.strip().rstrip("*")))]


def _author_notes(lines: list[str]) -> set[int]:
    """Below the article's last long paragraph, a short line that opens with a byline's name and says who the
    author is ("Ana Ruiz is a senior fellow at ...", "Ana Ruiz es investigadora del CIDE."): the author's note.
    The byline may add the author's role ("By Ana Ruiz, opinion contributor")."""
    bylines = [i for i, line in enumerate(lines) if BYLINE_LEAD.match(line) and len(line.split()) <= BYLINE_WORDS]
    # (a wire's byline in capitals: "By MEGAN JANETSKY and ALANNA DURKIN RICHER")
    names = {name.casefold() for i in bylines for name in _byline_names(lines[i])
             if is_person_name_line(name.title() if name.isupper() else name)}
    if not names:
        return set()
    surnames = {name.split()[-1] for name in names}

    def note(i: int) -> bool:
        # (the card's name may be glued before it: "Ana Ruiz. Ana Ruiz covers federal courts for ...")
        text = lines[i].casefold()
        text = next((text[len(name) + 2:] for name in names if text.startswith(name + ". ")), text)
        if len(lines[i].split()) > NOTE_WORDS:
            return False
        # by the surname alone, as wires close ("Janetsky is an AP correspondent based in Mexico City"), only with a
        # newsroom role close after it: "Richer is a former prosecutor ..." may be the story's
        return any(text.startswith(name + verb) for name in names for verb in _IS) or any(
            text.startswith(name + verb) and cue_words("roles") & set(re.findall(r"\w+", text)[:SURNAME_ROLE_WORDS])
            for name in surnames for verb in _IS)

    # (a long note is no paragraph of the article: "X is director of ... Y is an associate fellow ...")
    last = max((i for i, line in enumerate(lines) if is_anchor(line) and not note(i)), default=bylines[0] + 1)

    # under the byline, above the first paragraph ("By Ana Ruiz" / "Ana Ruiz is a fellow at ..."), or below the last
    top = next((i for i in range(bylines[0] + 1, len(lines)) if not note(i) and is_body_paragraph(lines[i])), len(lines))
    return {i for i in [*range(bylines[0] + 1, top), *range(last + 1, len(lines))] if note(i)}


# the verb of an author's note ("... is a senior fellow", "... studies arms trafficking", "... cubre seguridad")
_IS = (" is ", " was ", " es ", " fue ", " studies ", " covers ", " writes ", " reports on ", " estudia ", " cubre ",
       " escribe ", " investiga ")


def is_person_name_line(line: str) -> bool:
    """The line is only a person's name ("Joel Gutiérrez", "Ana de la Peña", "Juan C. Pérez"): a byline or a
    photo credit set apart from its label."""
    return bool(_PERSON_NAME.fullmatch(line.strip()))


SURNAME_ROLE_WORDS = 7  # a note by the surname alone names its newsroom role this early ("Janetsky is an AP correspondent")
NOTE_WORDS = 60  # an author's note is this short (two authors' notes on one line: "X is director of ... Y is a fellow ...")
BYLINE_WORDS = 12  # ... and a byline
