"""An arrest or extradition told again in a later article, without saying whom it took: "Jhon Fredy Ávila, sobrino de
Jobanis de Jesús Ávila, extraditado a Estados Unidos a inicios de mes". The sentence names the man sent, but not as
the one acted on (the reading found no target), and gives the event only its month; it names the people of the
article's own news too (the nephew captured). When such a report names the man another report of an arrest or
extradition says it acted on, and nothing else tells them apart (the day, the place), they are one event: the follow-up
names the man sent by the role the news gave him. A report naming someone acted on is read by its targets alone
(``events.merge_evidence``); an attack's or a sanction's people are too many (victims, officials, companies) to stand
for whom it acted on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport

FOLLOWED_UP = frozenset({"arrest", "extradition"})


def people_of(ids: list[str]) -> set[str]:
    """The person ids among ``ids``."""
    return {p for p in ids if p.startswith("per-")}


def unnamed_acted_on(r: EventReport) -> set[str]:
    """The people an arrest or extradition report naming no one acted on names, else nothing."""
    if r.type not in FOLLOWED_UP or people_of(r.target_ids):
        return set()
    return people_of(r.participant_ids)


def acted_on_unnamed(a: EventReport, b: EventReport) -> bool:
    """True when one report names no one acted on and a person it names is one the other says it acted on."""
    return bool(unnamed_acted_on(a) & people_of(b.target_ids) or unnamed_acted_on(b) & people_of(a.target_ids))


def unnamed_target_keys(r: EventReport) -> set[str]:
    """Blocking keys of ``acted_on_unnamed``: the target keys (``events.blocking_keys``) of the people it names."""
    return {f"{r.type}|target|{p}" for p in unnamed_acted_on(r)}
