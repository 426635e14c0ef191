"""Who a question addresses by title: a press conference's "—¿Presidenta, hay agentes ...?" or "Secretary, will
you ...?" is put to the person the page titles so, who answers the dialogue turns after it (the mañanera's
officials answering in turn); a question with no such address leaves its answer to the rest of the rules."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._titled import Titles

# the first one to three words of a question, up to a comma: the address
_ADDRESS = re.compile(r"[\s¿¡—―–\-«“\"']*((?:[\w.]+[ \t]+){0,2}[\w.]+)[ \t]*,")


@cache
def _courtesies() -> frozenset[str]:
    """Folded courtesy words that may open an address ("señora", "Madam")."""
    return frozenset(fold(w) for w in load_lexicon().speech["address_courtesies"])


def address_of(text: str, quote: Span) -> Span | None:
    """The words a question opens by addressing someone with ("¿Presidenta, ...?", "Señor secretario, ...",
    "Mr. Ambassador, ..."): a title head, after courtesy words at most; None for any other question."""
    body = text[quote.start:quote.end]
    match = _ADDRESS.match(body)
    if match is None or not body.rstrip(" ”»\"'").endswith("?"):
        return None
    words = fold(match.group(1)).split()
    heads = load_lexicon().title_heads()
    titles = [w for w in words if w not in _courtesies()]
    if len(titles) != 1 or titles[0] not in heads:
        return None  # "¿Y los vuelos, ...?", "¿Cuántos, ...?": no one addressed
    return Span(quote.start + match.start(1), quote.start + match.end(1))


def addressed(known: Titles, address: Span) -> Speaker | None:
    """The person the page titles as the address names, nearest before it ("el secretario ... Omar García Harfuch"
    for "¿Secretario, ...?"), or None."""
    words = [w for w in fold(known.text[address.start:address.end]).split() if w not in _courtesies()]
    hit = known._described(words, address.start)
    return Speaker(hit.name, hit.local_id, address, "title", person=True) if hit is not None else None
