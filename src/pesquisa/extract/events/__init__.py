"""Events: meetings, calls, visits, seizures, arrests, extraditions, agreements, commitments, sanctions, attacks.

A sentence states an event when it holds a trigger of ``data/events.yaml`` that no
negation, hypothesis or attribution phrase takes back ("it was not a meeting", "could
sign an agreement", "de acuerdo con reportes"). Each event carries who took part (the
teller, the dateline's outlet and the press conference where it was told left out),
who was acted on, where (never the dateline), when (the sentence's date, else its
paragraph's; relative dates resolved against publication; future tense kept as
planned) and the quantities it concerns. Reports of one event in several sentences and
documents are merged later, in ``resolve``.

``extract_events`` is ``pesquisa.events.v2``; ``extract_events_v1`` keeps the first version
(one event per sentence, people of the sentence) for configurations that name it.
"""

from pesquisa.extract.events._date_line_lead import filed_day
from pesquisa.extract.events._extract import extract_events
from pesquisa.extract.events._v1 import extract_events_v1

__all__ = ["extract_events", "extract_events_v1", "filed_day"]
