"""People named after an honorific abbreviation or a Spanish form of address: "la Lic. Karla Ruiz", "Mtro. Juan Pérez
Gómez", "Dr. Luis Ortega", "la señora Luz Elena Valenzuela".

The Spanish model reads "Lic." as an organization and "Mtro" as a place, and runs the abbreviation and the
name into one MISC span ("Lic. María Fernanda Gil"); the honorifics of titles.yaml mark what follows as a
person's name, up to the last capitalized word that the article never writes in lower case.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa._required import matches_in
from pesquisa.extract.entities._names import INNER_CAPITAL, clean_person_name, is_known_place
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention, Span

_WORD = rf"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:{INNER_CAPITAL}[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+)?"  # "McCaul"
_NAME = (rf"{_WORD}(?:[ \xa0]+(?:[A-Z]\.[ \xa0]+)?(?:de[ \xa0]+(?:la|los|las)[ \xa0]+|de[ \xa0]+|"
         rf"del[ \xa0]+)?{_WORD}){{1,4}}")


@cache
def _honorific_pattern() -> re.Pattern[str]:
    honorifics = load_lexicon().titles["honorifics"]
    # the abbreviations with their period, and the forms written without one ("Mr Tom Kane", "Alhaji Abdul Bawa")
    forms = sorted(honorifics, key=len, reverse=True)
    # and the Spanish forms of address, in lower case ("la señora Luz Elena Valenzuela", "don Javier Ortiz Luna")
    forms += sorted(load_lexicon().titles["forms_of_address"], key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(f) for f in forms)})[ \xa0]+(?P<name>{_NAME})")


def honorific_people(text: str) -> list[Mention]:
    """Names of two words or more right after an honorific abbreviation, cut before a word the article also
    writes in lower case (a title-case headline: "Dr. Smith Says Cartels Are Winning")."""
    lowered = {w for w in re.findall(r"\b[a-záéíóúñ]+\b", text)}
    out = []
    for match in matches_in(_honorific_pattern(), text):
        words = match.group("name").split()
        keep = next((i for i, w in enumerate(words) if i and w.lower() in lowered and w[:1].isupper() and
                     w.lower() not in {"de", "del", "la", "los", "las"}), len(words))
        name = " ".join(words[:keep])
        if len(name.split()) < 2 or _headline(text, match.start()) or is_known_place(name) or load_lexicon().place_key(name):
            continue
        cleaned = clean_person_name(name, match.start("name"))
        if cleaned is None or cleaned[0] != name:
            continue
        start = match.start("name")
        out.append(Mention("person", name, Span(start, start + len(name)), name, source="title"))
    return out


def _headline(text: str, at: int) -> bool:
    """The line holding ``at`` is set in title case (five words or more, nearly all capitalized)."""
    line = text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 5 and sum(w[:1].isupper() for w in words) >= 0.85 * len(words)
