"""How the words of a speech verb's subject describe someone: determiners, indefinites, a title's head.

Read by speaker resolution (``_speakers``): "the foreign minister" is built on "minister",
"el secretario de Marina" on "secretario", "one GOP operative" is someone unnamed.
"""

from __future__ import annotations

from functools import cache

from pesquisa.lexicon import fold, load_lexicon

# "one GOP operative", "un funcionario de la SSPC": someone, not the organization named
# ("another person familiar with the matter", "otro funcionario": someone else, unnamed too)
INDEFINITES = frozenset({"a", "an", "one", "un", "una", "uno", "another", "otro", "otra"})
DETERMINERS = {"the", "a", "an", "el", "la", "los", "las", "un", "una", "this", "that", "este", "esta", "its",
               "his", "her", "their", "su", "sus"}
# words that qualify a Spanish title before its head ("primer ministro", "el entonces secretario")
TITLE_PREMODIFIERS = {"primer", "primera", "alto", "alta", "nuevo", "nueva", "actual", "entonces", "ex"}
# words after which an English title's head is already said ("Secretary of State", "Attorney for the District")
TITLE_COMPLEMENTS = {"of", "for", "at", "in", "on", "to"}


def title_head(title: str, lang: str) -> str | None:
    """The word a title is built on: 'District Judge' -> judge, 'secretario de Marina' -> secretario."""
    words = fold(title).split()
    if lang == "es":
        words = [w for w in words if w not in TITLE_PREMODIFIERS and w not in {"el", "la", "los", "las"}]
        return words[0] if words else None  # ("La diputada del PAN" is built on diputada)
    for i, word in enumerate(words):
        if word in TITLE_COMPLEMENTS:
            words = words[:i]
            break
    return words[-1] if words else None


def description_head(words: list[str], lang: str) -> str | None:
    """The head of a description of a person ('the foreign minister' -> minister, 'el funcionario' -> funcionario)."""
    return title_head(" ".join(w for w in words if w not in DETERMINERS), lang)


_NAME_LINKS = {"of", "in", "for", "on", "de", "del", "en", "para"}


def name_head(name: str) -> list[str]:
    """The folded words of an organization's name before its first preposition ("U.S. Embassy in Mexico" -> u.s.,
    embassy): what "the embassy" may call it, never "of Defense"."""
    words = fold(name).split()
    return words[:next((i for i, w in enumerate(words) if i and w in _NAME_LINKS), len(words))]


@cache
def _level_tails() -> tuple[tuple[str, ...], ...]:
    """The words after a body's common name that make it a state's or a town's own ("estatal", "del estado")."""
    speech = load_lexicon().speech
    return tuple(tuple(fold(w).split()) for w in [*speech["local_levels"], *speech["local_level_tails"]])


def without_level(words: list[str], bodies: frozenset[str]) -> list[str]:
    """A description of a body that ``bodies`` holds without the level of government after it ("la fiscalía
    estatal", "la Fiscalía del estado" -> la fiscalía): the state's or the town's own office, unnamed as the word
    alone is; other words as they are."""
    for tail in _level_tails():
        if len(words) > len(tail) and tuple(words[-len(tail):]) == tail and words[-len(tail) - 1] in bodies:
            return words[:-len(tail)]
    return words
