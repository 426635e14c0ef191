"""A Spanish description of one form for both genders ("la titular del Ejecutivo", "el titular del Ejecutivo") stands
for the title of the gender its article tells: the presidenta after "la", the presidente after "el", where the story
holds both (a president of Mexico and one of the United States)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pesquisa.extract.quotes._titled import _synonyms

if TYPE_CHECKING:
    from pesquisa.extract.quotes._titled import Titles

_ARTICLE_GENDER = {"la": "f", "las": "f", "una": "f", "el": "m", "los": "m", "un": "m"}


def gendered_title(known: Titles, article: str, plain: list[str]) -> list[str]:
    """The title the description ``plain`` (folded, no article) stands for: among the titles of both genders it may
    mean, the one of the gender of ``article`` (the word before it) where a person of the story holds it, else as
    ``_as_title``."""
    gender = _ARTICLE_GENDER.get(article)
    titles = _synonyms(known.lang).get(" ".join(plain), ())
    fits = [t for t in titles if gender is not None and _title_gender(t, titles) == gender]
    held = [t for t in fits if known._holds_title(t.split()[0])]
    return held[0].split() if held else known._as_title(plain)


def _title_gender(title: str, titles: tuple[str, ...]) -> str | None:
    """'f' for a title whose head is another's in the feminine ("presidenta" beside "presidente", "gobernadora"
    beside "gobernador"), 'm' for the other of such a pair, None for a title with no pair among ``titles``."""
    head = title.split()[0]
    others = [t.split()[0] for t in titles if t != title]
    if any(head in (o[:-1] + "a", o + "a") for o in others):
        return "f"
    if any(o in (head[:-1] + "a", head + "a") for o in others):
        return "m"
    return None
