"""An attribution set off by commas inside the sentence it attributes ('Cartels, he argued, can replace foot soldiers
in days', 'Los cárteles, dijo el fiscal, se han fragmentado'): the whole sentence is what was said.

The press of Spain writes the aside in the compound tense, its speaker after the verb, and the parse then gives the
verb the sentence's own subject before the aside and makes the one who speaks its object or a second subject ("La
investigación, ha precisado la Policía en una nota, se inició ...", "Los detenidos, informó la Fiscalía, fueron ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.quotes._cues import sentence_of, text_of
from pesquisa.extract.quotes._inverted_aside import inverted_in_aside
from pesquisa.extract.quotes._subjects import verb_group_start
from pesquisa.records import Span

RELATIVES = {"who", "whom", "which", "that", "whose", "que", "quien", "quienes", "cual", "cuales"}


def parenthetical(verb: Token, quotes: list[Span]) -> Span | None:
    """'Cartels, he argued, can replace foot soldiers in days', 'Los cárteles, dijo el fiscal, se han fragmentado':
    an attribution set off by commas inside the sentence it attributes (a few words between the commas, the
    verb among them, some words before and a clause after); the whole sentence is what was said."""
    sent = sentence_of(verb)
    text = text_of(verb.doc)
    before = text.rfind(",", sent.start_char, verb.idx)
    after = text.find(",", verb.idx, sent.end_char)
    if before == -1 or after == -1 or "," in text[sent.start_char:before] or \
            any(q.overlaps(Span(sent.start_char, sent.end_char)) for q in quotes):
        return None  # '"...," Hardin said, standing ...', 'Bondi responded, “...”': the quote is what it attributes
    aside, tail = text[before + 1:after].split(), text[after + 1:sent.end_char]
    # (longer when its speaker follows the verb: "La investigación, ha precisado la Policía en un comunicado, ...")
    longest = 9 if any(inverted_in_aside(verb, c) for c in verb.children) else 6
    words = len(aside) - (verb.i - verb_group_start(verb).i)  # (not its auxiliaries: "ha precisado")
    if not 2 <= words <= longest or not text[sent.start_char:before].strip() or len(tail.split()) < 3 or \
            aside[0].lower() in RELATIVES:
        return None  # "The seizure, which officials said was the largest, ...": a relative clause, no aside
    if any((t.dep_ in {"ccomp", "xcomp", "obj", "dobj"} and before < t.idx < after and not inverted_in_aside(verb, t)) or
           (t.dep_ == "ccomp" and (t.idx < before or before < t.left_edge.idx < after)) for t in verb.children):
        return None  # "..., said X, a researcher at ...": the clause before is what it closes; "said the driver, a ...,"
    subjects = [t for t in verb.children if t.dep_.startswith("nsubj")]
    if any(t.right_edge.idx > after for t in subjects):
        return None  # the words after the comma describe the speaker ("said Bryce Pardo, a researcher at ...")
    if aside[0] == verb.text and verb.nbor(1).pos_ == "ADP" and verb.nbor(1).lower_ not in {"a", "al", "ante", "to"} \
            and not any(before < t.idx < after for t in subjects):
        return None  # "X, asked about the remarks, said ...": a participle clause of the one asked, no one's aside
    return Span(sent.start_char, sent.end_char)
