"""A person an article names by a nickname ("Omar Treviño Morales, alias “Z-42”", "Joaquín Guzmán, El Chapo"): in
this field that marks a role of the drug trade even where the article gives no title, so a namesake titled with an
office in another article ("Police Commissioner Omar Treviño") is someone else (``entities.sides_apart``)."""

from __future__ import annotations

from collections.abc import Iterable

from pesquisa.lexicon import fold
from pesquisa.resolve.names import Parts

_ARTICLES = frozenset({"el", "la", "los", "las", "the"})


def goes_by_nickname(parts: Iterable[str], forms: Iterable[str]) -> bool:
    """True when one of ``forms`` (a person's mentions in one article) shares no word with the name's folded
    ``parts``: a nickname ("Z-42", "El Chapo"), not a surname, a given name or an acronym of the name ("AMLO")."""
    return bool(nicknames(parts, forms))


def nicknames(parts: Iterable[str], forms: Iterable[str]) -> frozenset[str]:
    """The nicknames among ``forms`` (see ``goes_by_nickname``), folded, without a leading article ("chapo")."""
    own = set(parts)
    found = set()
    for form in forms:
        words = [w for w in fold(form).split() if w not in _ARTICLES]
        letters = form.replace(".", "").replace(" ", "")
        if words and not own & set(words) and not (letters.isalpha() and letters.isupper()):
            found.add(" ".join(words))
    return frozenset(found)


def nicknames_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two names each go by a nickname and by none of the other's: "Agustín Flores, «El Güero»", a grocer,
    and "Agustín Flores Ramírez, alias «El Barbón»", or a capo and the son named after him who goes by his own."""
    return bool(a and b) and not a & b


def sharing_nickname(hits: set[Parts], mine: frozenset[str], nicks: dict[Parts, frozenset[str]]) -> set[Parts]:
    """The one of ``hits`` (longer names a short one fits) that goes by one of ``mine``, when only one does, else all of
    them: "Ramón Félix, alias «El Moncho»" is the son "Ramón Félix López, alias «El Moncho»", not his father "Ramón Félix
    Gastélum" whom the same articles name; "Joaquín Guzmán, El Chapo" is not Joaquín Guzmán López."""
    sharing = {f for f in hits if mine & nicks.get(f, frozenset())}
    return sharing if len(hits) > 1 and len(sharing) == 1 else hits


def article_opened(name: str) -> bool:
    """True when ``name`` opens with an article ("El Mencho", "La Tuta"): a nickname's shape, which names a person only
    where the article gives no name of theirs ("Nemesio Oseguera" beside "El Mencho" twice names him)."""
    words = fold(name).split()
    return len(words) >= 2 and words[0] in _ARTICLES
