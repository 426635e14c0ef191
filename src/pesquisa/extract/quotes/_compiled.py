"""Public figures someone compiled ("according to official figures compiled by AFP", "según cifras oficiales
recopiladas por la AFP"): the figures are the source, the one who compiled or reported them only carries them; a
name in the subject's own words ("figures from the Interior Ministry") still speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pesquisa.records import Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._antecedents import Antecedents

_CLAUSES = frozenset({"acl", "relcl", "acl:relcl"})


def own_end(known: Antecedents, subject: Span) -> int:
    """Where the subject's own words end: at the participle or relative clause after its head ("official figures|
    compiled by AFP", "cifras oficiales| recopiladas por la AFP"), else at its end."""
    head = known._head_token(subject)
    if head is None:
        return subject.end
    for tok in head.doc[head.i + 1:]:
        if tok.idx >= subject.end:
            break
        participle = tok.head.i == head.i and "VerbForm=Part" in str(tok.morph)
        if (tok.dep_ in _CLAUSES and tok.head.i == head.i) or participle:
            return tok.idx
    return subject.end


def names_its_own(known: Antecedents, subject: Span) -> bool:
    """A name other than a place's stands in the subject's own words (``own_end``)."""
    end = own_end(known, subject)
    return any(subject.start <= m.span.start < end and e.type != "place" for m, e in known.mentions)
