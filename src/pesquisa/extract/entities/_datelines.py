"""Mexican states abbreviated in datelines: "Culiacán, Sin.", "Mexicali, B.C.", "Monterrey, N.L.".

The abbreviations (``data/dateline_states.yaml``) name the state only right after a place name and a
comma; anywhere else they are other words ("Col." a colonia, "B.C." British Columbia in Canadian news),
so the lexicon does not hold them as aliases."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    states = {form: key for key, forms in read_data("dateline_states.yaml").items() for form in forms}
    forms = "|".join(re.escape(f) for f in sorted(states, key=len, reverse=True))
    place = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*(?:[^\S\n]+(?:de|del|la|las|los|[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*))*"
    return re.compile(rf"\b{place},[^\S\n]+({forms})(?![\w])"), states


def dateline_states(text: str) -> list[Mention]:
    """A place mention of the state for each abbreviation after a place and a comma."""
    pattern, states = _pattern()
    places = load_lexicon().places
    out = []
    for match in pattern.finditer(text):
        key = states[match.group(1)]
        if key in places:
            span = Span(match.start(1), match.end(1))
            out.append(Mention("place", match.group(1), span, places[key].name, key=key, source="rule"))
    return out
