"""A figure told again in an apposition opened by "una"/"un": "33 mil 241 homicidios, una tasa de 25 por cada 100 mil",
"300 homicidios, una cifra récord", "un aumento de 12 %". The noun restates the figure before it; its article counts
nothing."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._lexicon import load_quantity_lexicon

NEXT_WORD = re.compile(r"\s+([a-z]+)")


def restates_figure(scan: str, end: int, lang: str) -> bool:
    """True when the word after the article ending at ``end`` is a noun that restates a figure (``restating_nouns``)."""
    m = NEXT_WORD.match(scan, end)
    return m is not None and m.group(1) in load_quantity_lexicon().words["restating_nouns"][lang]
