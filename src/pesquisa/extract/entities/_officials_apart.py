"""An official who shares a shorter form of a trafficker's name in one article is someone else.

News names a trafficker in full with the nickname he goes by ("Heriberto Lazcano Lazcano, known as «El Lazca»",
"Gustavo González Castro, «El Erótico»"), and in the same story an official by title and the name they use
("Hidalgo state prosecutor Heriberto Lazcano told reporters", "El almirante Gustavo González informó"). The shorter
name would abbreviate the longer; written after a title of office (official.yaml ``sanctions.official_titles``)
where the longer name, which goes by a nickname or is given a role of the trade ("Griselda López Pérez, identificada
como operadora financiera" beside "la regidora Griselda López"), is never given one, it is another person. Pure.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import fold, read_data
from pesquisa.records import Span

CLAUSE_BREAK = re.compile(r"[.!?;:\n]")
BEFORE, AFTER = 60, 60  # characters read before and after a mention for the title
NICKNAME_FIRST = re.compile(r"^\s*[\"“«'‘][^\"”»'’]{1,40}[\"”»'’]\s*,?")  # ', "El Bronco", gobernador de ...'
RELATIVE = frozenset({"que", "quien", "quienes", "cuyo", "cuya", "who", "whom", "whose", "which", "that"})
OF, OF_WORDS = frozenset({"de", "del", "of"}), 4  # "del Ministerio Público": what a title is of, in a few words


@cache
def _office_titles() -> tuple[frozenset[str], int]:
    """The titles of office, folded, and the most words one has."""
    titles = read_data("official.yaml")["sanctions"]["official_titles"]
    folded = frozenset(" ".join(fold(t).split()) for lang in ("en", "es") for t in titles[lang])
    return folded, max(len(t.split()) for t in folded)


@cache
def _title_qualifiers() -> frozenset[str]:
    """Words of level after a title, folded ("diputada local", "senador electo"; official.yaml)."""
    return frozenset(fold(w) for w in read_data("official.yaml")["sanctions"]["official_title_qualifiers"])


def _titled_before(text: str, at: int) -> bool:
    """True when the words right before ``at`` in its sentence end with a title of office ("state prosecutor |"), with
    its level ("la diputada local |"), or with one and the body or place it is of ("el agente del Ministerio Público |",
    "la regidora de Culiacán |")."""
    words = fold(CLAUSE_BREAK.split(text[max(0, at - BEFORE):at])[-1]).split()
    while words and words[-1] in _title_qualifiers():  # "la diputada local |": the title before its level
        words.pop()
    titles, longest = _office_titles()
    for end in range(len(words), max(0, len(words) - OF_WORDS - 1), -1):
        rest = words[end:]
        if (not rest or (rest[0] in OF and len(rest) <= OF_WORDS)) and \
                any(" ".join(words[end - n:end]) in titles for n in range(1, min(longest, end) + 1)):
            return True
    return False


def _titled_around(text: str, start: int, end: int) -> bool:
    """True when a title of office stands right before the mention at [start, end), or in the appositive right after
    it ("|Jaime Rodríguez Calderón|, the governor of Nuevo León, ...")."""
    head = CLAUSE_BREAK.split(text[end:end + AFTER])[0]
    if _titled_before(text, start) or not head.startswith(","):
        return _titled_before(text, start)
    # the appositive's title opens it, after a nickname in quotes and a word or two ("the", "Nuevo León's")
    words = fold(NICKNAME_FIRST.sub("", head[1:])).split()
    titles, longest = _office_titles()
    return any(" ".join(words[i:i + n]) in titles for i in range(4) for n in range(1, longest + 1))


@cache
def _trade_roles() -> frozenset[str]:
    """The roles of the drug trade, folded (official.yaml ``sanctions.trafficker_titles``)."""
    titles = read_data("official.yaml")["sanctions"]["trafficker_titles"]
    return frozenset(" ".join(fold(t).split()) for lang in ("en", "es") for t in titles[lang])


def _trade_role_after(text: str, end: int) -> bool:
    """True when the appositive right after a mention ending at ``end`` gives it a role of the drug trade
    ("|Griselda López Pérez|, identificada por autoridades estadounidenses como operadora financiera, ...")."""
    head = CLAUSE_BREAK.split(text[end:end + 2 * AFTER])[0]
    if not head.startswith(","):
        return False
    words = fold(head[1:].split(",")[0]).split()
    if words and words[0] in RELATIVE:  # "|Claudia Sheinbaum Pardo|, que recibió al jefe de la DEA": someone else's role
        return False
    roles = _trade_roles()
    return any(" ".join(words[i:i + n]) in roles for i in range(len(words)) for n in (1, 2, 3))


def official_apart(text: str, short_at: int, full_spans: list[Span], *, full_nicknamed: bool) -> bool:
    """True when the shorter name first written at ``short_at`` follows a title of office, and the longer name,
    written at ``full_spans``, goes by a nickname (``full_nicknamed``) or is given a role of the drug trade, and is
    never given a title of office: two people."""
    return bool(text) and _titled_before(text, short_at) and \
        (full_nicknamed or any(_trade_role_after(text, s.end) for s in full_spans)) and \
        not any(_titled_around(text, s.start, s.end) for s in full_spans)
