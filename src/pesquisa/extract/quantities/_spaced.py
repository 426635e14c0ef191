"""Figures whose thousands are set apart by a blank: "1 200 kilos", "3 000 kg", "1 200 000 pesos".

Spanish style guides (and SI) group thousands with a space, a no-break or a thin space instead of a dot; the
tokenizer cuts such a figure at every blank, so the number reader would see "1" then "200". A run reads as one
figure when it opens with one to three digits and goes on with groups of exactly three, one blank between them.
Two separate numbers never glue: a group of four digits opens none ("en 2024 1 200 kilos" is 2024 and 1,200),
and a run that a digit group stands right before or after, that a line break closes, or of four groups or more
not ending in "000", is a row of a table ("Enero 120 135 150 160 muertos"), no figure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pesquisa.extract.quantities._numerals import Token

# the blank between two thousands groups: one space, no-break, figure, thin or narrow no-break space
GROUP_GAP = re.compile(r"[ \u00a0\u2007\u2009\u202f]")
# what may follow the figure on its line (a unit, a word, punctuation), not another number nor the line's end
ROW_GOES_ON = re.compile(r"[^\S\n]*(?:\d|\n|\Z)")
# groups after the lead a figure below a billion has; a longer run is a row of figures unless it ends round
MAX_GROUPS = 2


def thousand_groups(groups: list[str]) -> bool:
    """True when ``groups`` read as 1-3 leading digits then groups of exactly three."""
    return 1 <= len(groups[0]) <= 3 and groups[0] != "0" and all(len(g) == 3 for g in groups[1:])


def _plain(tok: Token) -> bool:
    return tok.text.isdigit()


def _joined(scan: str, a: Token, b: Token) -> bool:
    return GROUP_GAP.fullmatch(scan[a.end:b.start]) is not None


def spaced_thousands(toks: list[Token], i: int, scan: str) -> tuple[int, float] | None:
    """(last token, value) of a figure with blank-grouped thousands opening at token ``i``; None when none opens there."""
    if not _plain(toks[i]) or not thousand_groups([toks[i].text]):
        return None
    if i > 0 and _plain(toks[i - 1]) and len(toks[i - 1].text) <= 3 and toks[i - 1].end < toks[i].start and \
            "\n" not in scan[toks[i - 1].end:toks[i].start]:
        return None  # inside a row of small numbers: "120 135 150"
    j = i
    while j + 1 < len(toks) and _plain(toks[j + 1]) and len(toks[j + 1].text) == 3 and _joined(scan, toks[j], toks[j + 1]):
        j += 1
    if j == i or ROW_GOES_ON.match(scan, toks[j].end) or (j - i > MAX_GROUPS and toks[j].text != "000"):
        return None  # "Enero 120 135 150 160 muertos": a row; "1 200 000 000 pesos" ends round
    return j, float("".join(t.text for t in toks[i:j + 1]))
