"""A description read past the possessive that opens it ("Mexico's defense minister" -> "defense minister"): the
country or body that owns the office is no part of the title the synonyms in titles.yaml are keyed by."""

from __future__ import annotations


def past_possessive(words: list[str]) -> str:
    """The folded words of a description after its possessive "'s" (read as the word "s"), joined; "" when it has
    none or nothing follows it."""
    marks = [i for i, w in enumerate(words) if w == "s" and i > 0]
    return " ".join(words[marks[-1] + 1:]) if marks else ""


def synonym_titles(table: dict[str, tuple[str, ...]], words: list[str]) -> tuple[str, ...]:
    """The titles ``table`` (titles.yaml ``synonyms``, folded) gives a description: as written, past its possessive,
    else by its first word; () when none."""
    if not words:
        return ()
    return table.get(" ".join(words)) or table.get(past_possessive(words)) or table.get(words[0], ())
