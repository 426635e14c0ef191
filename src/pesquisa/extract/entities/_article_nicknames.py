"""People a Mexican story names by an unquoted nickname alone, with its article and no marker: "detuvieron a El
Chato Ángeles", "El Güero Loco fue detenido". The nickname opens with one of names.yaml's ``nickname_words`` (an
adjective or a nickname's noun of the kind: "Güero", "Chato", "Flaco") and runs over up to two capitalised words; a
known place, organization or prominent figure's nickname is left to the lexicon and ``_known_nicknames``."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import is_known_place, nickname_owner
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span

_WORD = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]*"


@cache
def _marker_before() -> re.Pattern[str]:
    """A quote, or an alias marker ("alias", "apodado", "known as"), right before the nickname: an alias, which
    ``_aliases`` and ``_lone_nicknames`` read."""
    data = read_data("names.yaml")
    words = sorted([*data["lone_nickname_markers"], *data["lone_nickname_as"]], key=len, reverse=True)
    return re.compile(rf"(?:[“\"«‘'(]|(?<!\w)(?:{'|'.join(re.escape(w) for w in words)}),?[ \xa0]*)$", re.I)


@cache
def _pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(read_data("names.yaml")["nickname_words"], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:El|La|el|la)[ \xa0]+(?:{words})(?![\w-])(?:[ \xa0]+{_WORD}){{0,2}}")


def article_nicknames(text: str, taken: list[Span]) -> list[Mention]:
    """The people named by an article and a nickname alone (see the module docstring), but those overlapping
    ``taken``."""
    out: list[Mention] = []
    lex = load_lexicon()
    for match in _pattern().finditer(text):
        if _marker_before().search(text, max(0, match.start() - 20), match.start()):
            continue
        surface = match.group()
        words = surface.split()
        while len(words) > 2 and (is_known_place(words[-1]) or lex.place_key(words[-1]) or lex.org_key(words[-1])):
            words.pop()  # "El Chato| Chiapas": the place after the nickname
        surface = " ".join(words) if "\xa0" not in surface else surface[:len(" ".join(words))]
        span = Span(match.start(), match.start() + len(surface))
        bare = " ".join(words[1:])
        known = nickname_owner(surface) or nickname_owner(" ".join(words[:2]))  # "El Chapo Guzmán"
        if known or is_known_place(bare) or lex.place_key(bare) or lex.org_key(surface) or \
                any(span.overlaps(t) for t in taken):
            continue
        name = surface[:1].upper() + surface[1:]
        out.append(Mention("person", surface, span, name, source="rule"))
    return out
