"""Someone of a person's: a subject whose head is a common noun that the person named after it only completes
("The lawyer for a former aide to X said", "la esposa de X dijo", "the mother of X told"). Such a subject is not
that person but someone unnamed, unless a name is set beside it after a comma ("el abogado de X, Y": Y speaks).
A possessive before the noun says the same ("his lawyer", "his client's wife": ``Titles._someones_relation``)."""

from __future__ import annotations

from pesquisa.extract.quotes._antecedents import Antecedents
from pesquisa.lexicon import fold
from pesquisa.records import Span

# the words that hang a person on the noun of someone of theirs
_LINKS = frozenset({"for", "of", "to", "de", "del", "para"})


def someone_of_theirs(known: Antecedents, subject: Span, people: list) -> bool:
    """True when every person ``subject`` names completes its head noun after a preposition, and that noun is
    no office that stands for them ("a spokesman for X", "the government of X", "la oficina de X" stay X's)."""
    root = known._head_token(subject)
    cues = known.cues
    stands_for = cues.generic_heads | cues.spokespeople | cues.org_descriptions | cues.governments | cues.carriers
    if root is None or root.pos_ != "NOUN" or not root.text.islower() or fold(root.text) in stands_for or \
            any(m.span.start <= root.idx < m.span.end for m, _e in known.mentions):
        return False
    for mention, _entity in people:
        between = known.text[root.idx + len(root.text):mention.span.start]
        words = fold(between).split()
        if mention.span.start < root.idx or not words or words[0] not in _LINKS or "," in between:
            return False
    return True
