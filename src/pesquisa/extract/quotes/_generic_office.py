"""An office's head named by an office no name gives ("la titular de la fiscalía", "el titular de la secretaría"),
after the story introduced the person who holds it ("La fiscal del Estado de México, X, ..."): that person speaks,
though "la fiscalía" alone would be a nameless source (``unnamed`` in speech.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.extract.quotes._descriptions import DETERMINERS
from pesquisa.extract.quotes._group_again import group_named_again
from pesquisa.extract.quotes._ranked import ranked_officer
from pesquisa.extract.quotes._spokespeople import office_holder
from pesquisa.records import Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._speakers import Resolver


def office_head_or_unnamed(known: Resolver, subject: Span, words: list[str], at: int) -> Speaker | None:
    """The person holding the office's head title when the subject is "titular de" an office (``office_holder``), the
    officer a bare noun of the forces names again ("el militar": ``ranked_officer``), the group the story introduced
    with the subject's noun ("el colectivo": ``group_named_again``), else someone unnamed."""
    own = [w for w in words if w not in DETERMINERS]
    hit = office_holder(known, own, at) if own[:1] == ["titular"] else ranked_officer(known, words, at)  # "el militar"
    if hit is not None:
        return Speaker(hit.name, hit.local_id, subject, "title", person=True)
    return group_named_again(known, subject, words, at) or known._unnamed(subject)
