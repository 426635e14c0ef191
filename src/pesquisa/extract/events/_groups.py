"""The people of a gathering told by a group ("the two leaders", "ambos mandatarios") that the sentence before named.

"The two met for three hours" names no one: the group is the people of the sentence before. So is "Sheinbaum told
reporters that the two leaders agreed to speak again": the teller is one of the two, and the other is named before.
A sentence that names someone outside the group ("Sheinbaum said the two sides and Governor X would meet") keeps
its own people.
"""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._readings import group_acts
from pesquisa.extract.events._sequels import GATHERINGS
from pesquisa.records import LocalEntity, Span

GROUPED = GATHERINGS | {"agreement", "commitment"}  # what a group of people does together


def acting_group(ctx: DocumentContext, sentence: Span, token: Token | None, kind: str,
                 people: list[LocalEntity]) -> list[str]:
    """The people a group opening ``sentence`` stands for, when that group does what the trigger tells and the people
    the sentence names are all of it; else none."""
    if kind not in GROUPED or not group_acts(ctx, sentence, token):
        return []
    group = ctx.group_antecedents(sentence)
    return group if {e.local_id for e in people} <= set(group) else []
