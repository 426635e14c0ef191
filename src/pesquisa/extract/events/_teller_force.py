"""A communiqué's own personnel: the operations and the attack its prose tells with no body named are the teller's.

"La Defensa informó que personal militar fue agredido ... De acuerdo con el comunicado, los
militares repelieron la agresión ... En el lugar fueron detenidas cuatro personas y se aseguraron seis armas largas":
the attack on "personal militar" and the arrest and seizure told in the passive name no body, since the troops are
the teller's own and no other force acts on the page. Where no arrest or seizure names a force (``_lone_force`` reads
a page whose operations name one), each operation, and each attack, that names no one, in a paragraph whose words
name a body's people (``personnel``: militares, personal, agentes ...), is of the one state body that tells the page
(``_arresters._document_teller``), when that body is a force.
"""

from __future__ import annotations

import re

from pesquisa.extract.events._arresters import _document_teller
from pesquisa.extract.events._charged import told_as_charge
from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._roles import is_force
from pesquisa.records import Event

OWN_DEEDS = frozenset({"arrest", "seizure", "attack"})  # what a force's communiqué tells its own people did or suffered


def _names_personnel(ctx: DocumentContext, event: Event) -> bool:
    """True when the paragraph of ``event`` names a body's people with a word for personnel; for an attack, its own
    sentence: the attacked are told in it ("Soldiers were ambushed near Badiraguato, the army said"), and a police
    officer shot dead beside them in the paragraph was none of the teller's."""
    paragraph = ctx.paragraph_of(event.span.start) if event.type != "attack" else event.span
    words = re.findall(r"\w+", ctx.body[paragraph.start:paragraph.end].casefold())
    return any(w in ctx.cues.personnel for w in words)


def join_teller_force(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """Give each operation and attack of ``events`` that names no one, no organizer, told beside a word for personnel,
    the force that tells the page. Changes the events of ``events``, and returns it."""
    for event in events:
        if event.type not in OWN_DEEDS or event.participants or event.organizer or event.planned or \
                not _names_personnel(ctx, event) or (event.type == "attack" and event.trigger_span is not None
                                                     and told_as_charge(ctx, event.trigger_span)):
            continue  # "cumplimentaron una orden ... por su probable participación en el secuestro": no attack of theirs
        teller = _document_teller(ctx, event.span.start)
        if teller and is_force(teller[0][1], ctx.cues):
            event.participants = [teller[0][1].local_id]
    return events
