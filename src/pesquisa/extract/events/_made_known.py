"""The day news came out, told as later than the deed: "La detención se dio a conocer hasta este lunes".

"hasta este lunes" after a verb of making known (calendar.yaml ``made_known``: "se dio a conocer",
"fue dada a conocer", "made public", "disclosed") says the news was held back until that day: it is
the day of the telling, later than the arrest or seizure told, as "said on Monday" is. Without "hasta",
"until" the day may be the event's own ("la OFAC dio a conocer este martes sanciones"), so it stays. So is the day
of a statement's release ("the Navy said in a statement released Friday": calendar.yaml ``release_nouns``,
``release_participles``).
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.calendar import alternation
from pesquisa.lexicon import read_data
from pesquisa.records import Span

_WINDOW = 80


@cache
def _made_known_until() -> re.Pattern[str]:
    words = alternation([str(w) for w in read_data("calendar.yaml")["made_known"]])
    # the verb, a few words (who made it known, "públicamente", "not ... until"), then "hasta"/"until" and an article
    return re.compile(rf"\b(?:{words})\b(?:\s+[\w.]+){{0,6}}?\s+(?:sino\s+)?(?:hasta|until)\s+"
                      r"(?:el\s+|este\s+|esta\s+|la\s+|on\s+|this\s+|last\s+)?$", re.I)


@cache
def _released() -> re.Pattern[str]:
    data = read_data("calendar.yaml")
    nouns, participles = (alternation([str(w) for w in data[key]]) for key in ("release_nouns", "release_participles"))
    return re.compile(rf"\b(?:{nouns})\s+(?:{participles})\s+(?:on\s+|this\s+|late\s+|early\s+|el\s+|este\s+|esta\s+|la\s+)?$",
                      re.I)


def made_known_until(body: str, span: Span) -> bool:
    """True when the date at ``span`` follows a verb of making known and "hasta"/"until" in the words right before it,
    or the release of a statement ("said in a statement released Friday", "en un comunicado emitido el viernes")."""
    before = body[max(0, span.start - _WINDOW):span.start]
    return bool(_made_known_until().search(before) or _released().search(before))
