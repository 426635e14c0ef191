"""Public bodies named in capitals inside a sentence in lower case, as state prosecutors' and police communiqués write
them ("La FISCALÍA GENERAL DEL ESTADO DE MICHOACÁN informa que ...", "elementos de la POLICÍA ESTATAL PREVENTIVA
detuvieron ..."). The model cuts such runs where a place or an adjective stands ("FISCALÍA GENERAL DEL ESTADO" and the
state), and the lexicon reads a federal body in the first words of a state's ("SECRETARÍA DE SEGURIDAD PÚBLICA| DE
SINALOA"). In a line that is written in lower case the run in capitals is the name, from its head word (names.yaml
``coordinated_body_heads``, ``institution_heads``) to the run's end; a headline set wholly in capitals is left to the
other readers."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span

_UPPER = "A-ZÁÉÍÓÚÑÜ"
# words in capitals (two letters or more, or a one-letter particle), joined by spaces
_RUN = re.compile(rf"(?<![\w.])[{_UPPER}][{_UPPER}'’-]+(?:[ \xa0]+(?:[{_UPPER}][{_UPPER}'’-]+|[YE](?=[ \xa0])))+(?![\w])")
# lower-case words that make a line running text, not a headline in capitals
_LOWER_WORD = re.compile(r"(?<![\w])[a-záéíóúñü]{2,}(?![\w])")
_SMALL = {"de", "del", "la", "las", "los", "el", "y", "e", "en", "al", "a", "para", "contra", "of", "the", "and", "for"}
# a word that opens a second body after "Y" ("LA FISCALÍA Y LA GUARDIA ..."): an article
_ARTICLES = {"la", "el", "los", "las", "the"}


@cache
def _heads() -> frozenset[str]:
    data = read_data("names.yaml")
    return frozenset(w.lower() for w in data["coordinated_body_heads"] + data["institution_heads"])


def _title_case(words: list[str]) -> str:
    """Capitals as a body's name is written: "FISCALÍA GENERAL DEL ESTADO" -> "Fiscalía General del Estado"."""
    return " ".join(w.lower() if i and w.lower() in _SMALL else w[:1] + w[1:].lower() for i, w in enumerate(words))


def _body_words(words: list[str]) -> tuple[int, int] | None:
    """The first and last index of the body's words in a run in capitals: from its first head word to the run's end,
    or to a "Y" that opens another body (an article or a head word after it); None when no head opens one, or it is
    the head alone."""
    heads = _heads()
    start = next((i for i, w in enumerate(words) if w.lower() in heads), None)
    if start is None:
        return None
    end = start + 1
    while end < len(words):
        low = words[end].lower()
        if low in {"y", "e"} and end + 1 < len(words) and words[end + 1].lower() in heads | _ARTICLES:
            break
        end += 1
    while end > start and words[end - 1].lower() in _SMALL:
        end -= 1
    return (start, end - 1) if end - start >= 2 else None


def capital_bodies(text: str) -> list[Mention]:
    """Bodies named in capitals in a line written in lower case (see the module docstring), named in title case; not
    one the lexicon names whole (its own reading stands)."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        if len(_LOWER_WORD.findall(line.group())) < 3:
            continue
        for match in _RUN.finditer(line.group()):
            found = list(re.finditer(r"\S+", match.group()))
            kept = _body_words([w.group() for w in found])
            if kept is None:
                continue
            start = line.start() + match.start() + found[kept[0]].start()
            end = line.start() + match.start() + found[kept[1]].end()
            name = _title_case(text[start:end].split())
            if load_lexicon().org_key(name) or load_lexicon().place_key(name):
                continue
            out.append(Mention("organization", text[start:end], Span(start, end), name, source="rule"))
    return out
