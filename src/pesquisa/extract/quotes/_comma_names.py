"""Bodies whose names hold commas ("the Bureau of Alcohol, Tobacco, Firearms and Explosives", "la Oficina de Alcohol,
Tabaco, Armas de Fuego y Explosivos"): a frame's source runs past them, not to their first comma."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import load_lexicon


@cache
def _comma_forms() -> tuple[str, ...]:
    """The lexicon's names and aliases of bodies written with a comma, longest first, lower-cased."""
    forms = {form.lower() for form, _key, context_only in load_lexicon().org_patterns() if "," in form and not context_only}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def past_comma_names(rest: str) -> int:
    """Where the search for the comma that closes a source may start in ``rest`` (the words after "according to",
    "según"): past a body's name with commas that opens before the first comma ("according to a statement from the
    Bureau of Alcohol, Tobacco, Firearms and Explosives, CONTENT"), else at its start."""
    first = re.search(r"[,;)]", rest)
    if first is None:
        return 0
    low = rest.lower()
    for form in _comma_forms():
        at = low.find(form)
        if at != -1 and at < first.start():
            return at + len(form)
    return 0


def first_own_comma(text: str, start: int, end: int) -> int:
    """The first comma of ``text[start:end]`` past a body's name with commas in it, or -1."""
    return text.find(",", start + past_comma_names(text[start:end]), end)
