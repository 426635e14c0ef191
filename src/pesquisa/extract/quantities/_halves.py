"""Halves and the words around a fraction that make it a share of a whole or the size of a change.

"Nearly half of the guns", "la mitad de los detenidos" are a 50% share of what follows; "dropped by roughly
half", "se redujeron a la mitad", "cut in half" a fall of 50%. A half of a time ("the second half of 2025",
"la mitad del año"), of a unit ("half a ton") or one of two halves ("the other half") is none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pesquisa.extract.quantities._lexicon import load_quantity_lexicon, words_pattern

if TYPE_CHECKING:
    from pesquisa.extract.quantities._numerals import Token

# A fraction giving the size or an end of a change: "fell by nearly a third", "down from two-thirds a decade ago"
BY_FRACTION = re.compile(r"(?<![a-z])(?:by|from|down|up)\s+(?:[a-z]+\s+){0,2}\Z")
# What a share is of, after "of"/"de": "half of the guns", "la mitad de los detenidos", "un tercio de la cocaína"
WHOLE_OF = re.compile(r"\s+(?:of|de|del)\s+(?:(?:the|its|their|this|that|el|la|los|las|este|esta|su|sus)\s+)?([a-z0-9]+)")
# No share: "the second half of", "the other half", "la primera mitad", "se redujo a la mitad" (Spanish needs "la")
NOT_HALF_SHARE = {"en": re.compile(r"(?<![a-z])(?:first|second|other|latter|former|the|a|an|in)\s+\Z"),
                  "es": re.compile(r"(?<![a-z])(?:a|en|hasta|por|otra|primera|segunda)\s+(?:la\s+)?\Z|(?<!la)\s\Z")}
# What joins a fall to the half it falls to: "se redujeron a la mitad", "bajaron prácticamente a la mitad", "cut in half"
FALL_TO_HALF = {"en": r"(?<![a-z])WORDS\s+(?:[a-z]+\s+){0,2}?in\s+\Z", "es": r"(?<![a-z])WORDS\s+(?:[a-z]+\s+){0,2}?a\s+la\s+\Z"}


def half_share(toks: list[Token], i: int, scan: str, lang: str) -> tuple[int, float] | None:
    """(token, 50) for half of a whole: "nearly half of the guns", "la mitad de los robos", a change "by half"; (token,
    -50) for a fall to half ("se redujeron a la mitad", "cut in half"); None for half of a time ("half of 2025", "la
    mitad del año"), of a unit ("half of a ton") or one of two halves."""
    words, t = load_quantity_lexicon().words, toks[i]
    of = WHOLE_OF.match(scan, t.end)
    whole = of.group(1) if of else None
    if whole is None and words_pattern(FALL_TO_HALF[lang], "fall_words", lang).search(scan, max(0, t.start - 50), t.start):
        return i, -50.0
    times = words["time_nouns"][lang] | words["months"][lang]
    if NOT_HALF_SHARE[lang].search(scan, max(0, t.start - 25), t.start) or (whole is not None and (
            whole[0].isdigit() or whole in ("a", "an", "un", "una") or whole in times)):
        return None
    # English needs "of" or a change "by half": not "half a million"
    return (i, 50.0) if lang == "es" or whole is not None or BY_FRACTION.search(scan, max(0, t.start - 25), t.start) else None
