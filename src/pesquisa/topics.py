"""Topics an analyst asks about (``data/topics.yaml``): which topics a text is about, and search synonyms.

Shared by briefings (``brief --topic``), positions over time (quotes grouped by topic) and
search (a query word expands to its synonyms in both languages and to the aliases analysts
type, "AMLO" for López Obrador). Matching is on folded text (``pesquisa.text.fold_chars``):
whole words, case- and accent-insensitive; a term ending in ``*`` is a word prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.text import fold_chars, fold_form

__all__ = ["Topic", "aliases_of", "synonyms_of", "topic", "topics", "topics_of"]


@dataclass(frozen=True, slots=True)
class Topic:
    """One topic: its key, its name in English and Spanish, its synonym groups and the regex of all its terms."""

    key: str
    name: dict[str, str]
    synonyms: tuple[tuple[str, ...], ...]
    pattern: re.Pattern[str]

    def label(self, lang: str = "en") -> str:
        return self.name.get(lang) or self.name["en"]

    def matches(self, text: str) -> bool:
        """True when ``text`` holds one of the topic's terms."""
        return bool(self.pattern.search(fold_chars(text)))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the topic's terms occur in ``text`` (offsets into ``text`` as written)."""
        return [m.span() for m in self.pattern.finditer(fold_chars(text))]


def _term_regex(terms: list[str]) -> re.Pattern[str]:
    parts = []
    for term in sorted({fold_form(t) for t in terms}, key=len, reverse=True):
        if term.endswith("*"):
            parts.append(re.escape(term[:-1]) + r"\w*")
        else:
            parts.append(re.escape(term))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


@cache
def topics() -> dict[str, Topic]:
    """Every topic of ``data/topics.yaml`` by key, in file order."""
    out = {}
    for key, entry in read_data("topics.yaml")["topics"].items():
        groups = tuple(tuple(str(w) for w in group) for group in entry.get("synonyms", []))
        terms = [w for group in groups for w in group] + [str(t) for t in entry.get("terms", [])]
        out[key] = Topic(key, dict(entry["name"]), groups, _term_regex(terms))
    return out


def topic(key: str) -> Topic:
    """The topic ``key``; raises ``KeyError`` naming the known topics."""
    known = topics()
    if key not in known:
        raise KeyError(f"{key}: no such topic (known: {', '.join(known)})")
    return known[key]


def topics_of(text: str) -> list[str]:
    """Keys of the topics ``text`` is about, in file order."""
    folded = fold_chars(text)
    return [key for key, t in topics().items() if t.pattern.search(folded)]


@cache
def _synonym_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, set[str]] = {}
    for t in topics().values():
        for group in t.synonyms:
            folded = {fold_form(w) for w in group}
            for word in folded:
                index.setdefault(word, set()).update(folded)
    return {word: tuple(sorted(words)) for word, words in index.items()}


def synonyms_of(word: str) -> tuple[str, ...]:
    """The folded word or phrase and its synonyms in both languages (itself alone when it has none)."""
    key = fold_form(word)
    return _synonym_index().get(key, (key,))


@cache
def _alias_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for group in read_data("topics.yaml").get("aliases", []):
        names = tuple(str(n) for n in group)
        for name in names:
            index[fold_form(name)] = names
    return index


def aliases_of(name: str) -> tuple[str, ...]:
    """The names an analyst may type for the same person or body ("AMLO" -> López Obrador); empty when none."""
    return _alias_index().get(fold_form(name), ())
