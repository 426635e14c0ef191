"""Where the full-name rule (``_rules.full_names``) looks for a name the model left untagged: a run of capitalized words
that opens with no given name is tried again from its next words ("la extradición a Estados Unidos de |Wilmer Josué
Padilla Cárcamo|"), but not inside a longer name ("Jovany de |Jesús Lugo Reyes|")."""

from __future__ import annotations

import re

from pesquisa.records import Span

# a capitalized word and a particle right before a name ("Jovany de |Jesús Lugo Reyes|", "Estados Unidos de |Wilmer")
_PARTICLE_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w-]*(?P<particle>[ \xa0]+(?:de|del|de la|de los|de las)[ \xa0]+)$")


def full_name_runs(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Runs of ``pattern`` (its group 1 the name), each also tried from its next words: "a Estados Unidos de |Wilmer
    Josué Padilla Cárcamo|" (the run from "Estados" names a country, the name starts inside it)."""
    out, pos = [], 0
    while (match := pattern.search(text, pos)) is not None:
        out.append(match)
        pos = text.find(" ", match.start(1)) + 1 or match.end()
    return out


def inside_particle_name(text: str, start: int, taken: list[Span]) -> bool:
    """The name starts after a capitalized word and a particle that no place or body of ``taken`` closes: the words
    are the end of a longer name ("Jovany de Jesús Lugo Reyes", whose first given name the data lacks)."""
    before = _PARTICLE_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not any(t.end == before.start("particle") for t in taken)
