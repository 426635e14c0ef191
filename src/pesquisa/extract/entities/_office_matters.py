"""What the model calls a place or an organization that is only the matter of an office, court or rank, or a unit's
generic name without its owner (names.yaml ``office_matters``): "el subsecretario de |Asuntos Multilaterales|", "el
Cabo de |Infantería|", "los |Servidores Públicos|", "the FBI El Paso |Field Office|". Alone such words name nothing."""

from __future__ import annotations

from functools import cache

from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Mention


@cache
def _matters() -> tuple[frozenset[str], frozenset[str]]:
    """Folded whole runs, and folded words that open such a run whatever follows ("Asuntos+")."""
    words = [str(w) for w in read_data("names.yaml")["office_matters"]]
    return (frozenset(fold(w) for w in words if not w.endswith("+")),
            frozenset(fold(w[:-1]) for w in words if w.endswith("+")))


def opens_a_matter(word: str) -> bool:
    """``word`` opens an office's or a court's matter whatever follows ("Materia Penal", "Asuntos Internos")."""
    return fold(word) in _matters()[1]


def office_matter(mention: Mention) -> bool:
    """A model place, organization or person that is an office's matter or a unit's generic name, and no lexicon name."""
    whole, openers = _matters()
    folded = fold(mention.name)
    if mention.source != "model" or not folded or (folded not in whole and folded.split()[0] not in openers):
        return False
    lexicon = load_lexicon()
    return not (lexicon.place_key(mention.name) or lexicon.org_key(mention.name))


def without_office_matters(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the office matters and generic unit names the model read as names."""
    return [m for m in mentions if not office_matter(m)]
