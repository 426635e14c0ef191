"""People a story names by an unquoted nickname alone, after a marker with no name before it: "un mando apodado |El
Mayito Flaco|", "la captura de alias |Otoniel|", "a man known as |El Doble R|" (names.yaml's ``lone_nickname_markers``,
and ``lone_nickname_as`` after one of ``lone_nickname_holders``). A capitalised word before the marker is the name whose
alias this is (``_aliases``), so no one new, and a prominent figure's known nickname is his (``_known_nicknames``); the
nickname runs over capitalised words, a lower-case article first."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._article_nicknames import article_nicknames
from pesquisa.extract.entities._names import is_known_place, names_data, nickname_owner
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span

_NICK = re.compile(r"(?:(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as)[ \xa0]+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ.-]*"
                   r"(?:[ \xa0]+(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ.-]*|\d{1,3})){0,3}")


@cache
def _markers() -> re.Pattern[str]:
    data = read_data("names.yaml")
    bare = "|".join(re.escape(w) for w in sorted(data["lone_nickname_markers"], key=len, reverse=True))
    said = "|".join(re.escape(w) for w in sorted(data["lone_nickname_as"], key=len, reverse=True))
    holders = "|".join(re.escape(w) for w in sorted(data["lone_nickname_holders"], key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w,])(?:{bare})|\b(?:{holders})(?:[ \xa0]+[a-záéíóúñ]+)?,?[ \xa0]+(?:{said}))[ \xa0]+", re.I)


@cache
def _bare_markers() -> frozenset[str]:
    return frozenset(w.lower() for w in read_data("names.yaml")["lone_nickname_markers"])


def _named_before(text: str, at: int) -> bool:
    """The word before the marker at ``at`` is capitalised: a name's, whose alias follows."""
    before = re.search(r"(\S+)[ \xa0]*$", text[max(0, at - 40):at])
    return before is not None and before.group(1).strip(",;:(“\"")[:1].isupper()


def lone_nicknames(text: str, taken: list[Span]) -> list[Mention]:
    """The people named by a nickname alone (see the module docstring), but those overlapping ``taken``."""
    out: list[Mention] = []
    particles = names_data().particles
    bare = _bare_markers()
    for marker in _markers().finditer(text):
        if marker.group().split()[0].lower() in bare and _named_before(text, marker.start()):
            continue
        nick = _NICK.match(text, marker.end())
        if nick is None:
            continue
        surface = nick.group().rstrip(".")
        words = [w for w in surface.split() if w.lower() not in particles and w.lower() not in {"el", "la", "los", "las"}]
        span = Span(nick.start(), nick.start() + len(surface))
        lex = load_lexicon()
        if not words or nickname_owner(surface) or is_known_place(surface) or lex.place_key(surface) or \
                lex.org_key(surface) or any(span.overlaps(t) for t in taken):
            continue
        out.append(Mention("person", surface, span, surface, source="rule"))
    return out + article_nicknames(text, taken + [m.span for m in out])  # "detuvieron a El Chato Ángeles"
