"""An outlet told, right before the name of the one who told it, that the Spanish model runs into that name ("dijo a
la |AFP Lucía Díaz|", "declaró a |Europa Press Juan Pérez|"): the outlet is the one spoken to, the name is a person."""

from __future__ import annotations

from pesquisa.extract.entities._names import is_given_name
from pesquisa.lexicon import load_lexicon


def outlet_before_name(words: list[str]) -> int:
    """How many of the first words are a news outlet the lexicon knows, right before a given name that opens a name of
    two words or more; 0 when none."""
    lex = load_lexicon()
    for n in (2, 1):
        outlet = " ".join(words[:n])
        key = lex.org_key(outlet) if len(words) >= n + 2 and is_given_name(words[n]) else None
        if key is not None and key.startswith("media-"):
            return n
    return 0
