"""Someone of a person's: a subject whose head is a relation noun (``relations`` in speech.yaml) that the person
named after it only completes ("The lawyer for a former aide to X said", "la esposa de X dijo", "the mother of X
told"). Such a subject is not that person but someone unnamed, unless a name is set beside it after a comma ("el
abogado de X, Y": Y speaks).
A possessive before the noun says the same ("his lawyer", "his client's wife": ``Titles._someones_relation``)."""

from __future__ import annotations

from pesquisa.extract.nlp import tokens_from
from pesquisa.extract.quotes._antecedents import Antecedents
from pesquisa.lexicon import fold
from pesquisa.records import Span

# the words that hang a person on the noun of someone of theirs
_LINKS = frozenset({"for", "of", "to", "de", "del", "para"})


def someone_of_theirs(known: Antecedents, subject: Span, people: list) -> bool:
    """True when every person ``subject`` names completes its head, a relation noun, after a preposition ("a
    spokesman for X", "the government of X", "la oficina de X" are no relations: they stay X's)."""
    root = known._head_token(subject)
    if root is None or root.pos_ != "NOUN" or not root.text.islower() or fold(root.text) not in known.cues.relations or \
            any(m.span.start <= root.idx < m.span.end for m, _e in known.mentions):
        return False
    for mention, _entity in people:
        if _possessor_of(known.text, mention.span.end, root.idx):
            continue  # "Lozano's cousin, Mario, said": the cousin speaks, not Lozano
        between = known.text[root.idx + len(root.text):mention.span.start]
        words = fold(between).split()
        if mention.span.start < root.idx or not words or words[0] not in _LINKS or "," in between or \
                any(w[:1].isupper() for w in between.split()):
            return False  # (not "el abogado de Morena X": X is the lawyer)
    return True


def _possessor_of(text: str, end: int, noun: int) -> bool:
    """The name ending at ``end`` owns the noun at ``noun`` ("Lozano's cousin", "the victim’s older brother"): an
    's and nothing but lower-case words between."""
    between = text[end:noun]
    return between[:2] in {"'s", "’s"} and all(w.islower() for w in between[2:].split())


def of_someone(known: Antecedents, words: list[str]) -> bool:
    """The subject's words are a relation noun and a preposition after a determiner ("la madre del exgobernador",
    "the wife of the accused"): someone of another's, unnamed."""
    return len(words) >= 3 and words[0] in {"the", "el", "la", "los", "las"} and words[1] in known.cues.relations and \
        words[2] in _LINKS


def counted_members(known: Antecedents, within: list) -> bool:
    """True when every body ``within`` the subject only describes a counted plural of its members ("A letter signed
    by 12 House Democrats", "una carta firmada por 20 senadores de Morena"): the members speak, unnamed, not the body."""
    if not within:
        return False
    for mention, _entity in within:
        tokens = [known.doc[i] for i in tokens_from(known.doc, mention.span.start, mention.span.end)]
        heads = [t.head for t in tokens if not mention.span.start <= t.head.idx < mention.span.end]
        if not tokens or len(heads) != 1 or heads[0].pos_ not in {"NOUN", "PROPN"} or \
                "Number=Plur" not in str(heads[0].morph) or not any(c.dep_ == "nummod" for c in heads[0].children):
            return False
    return True
