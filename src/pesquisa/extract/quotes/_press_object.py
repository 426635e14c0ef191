"""What the press, unnamed, reported as a verb's noun object ("Medios locales reportaron nuevos enfrentamientos en la
sierra", "Local media reported two more arrests in Reynosa"): the object and the rest of its sentence are the press's
report, a statement of theirs as a clause after "que"/"that" would be (``press_reports`` in speech.yaml)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pesquisa.extract.nlp import lemma_of
from pesquisa.extract.quotes._cues import sentence_of, spanish_forms
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span


@cache
def _press() -> tuple[frozenset[str], frozenset[str]]:
    """(the nouns of the press as a subject, the forms of the verbs of reporting)."""
    data = load_lexicon().speech["press_reports"]
    verbs = {fold(v) for v in data["verbs"]["en"]} | {fold(f) for v in data["verbs"]["es"] for f in spanish_forms(v)}
    return frozenset(fold(w) for w in data["subjects"]), frozenset(verbs)


def press_object(verb: Token) -> Span | None:
    """The noun object right after a verb of reporting whose subject is the press, to its sentence's end; else None."""
    subjects, verbs = _press()
    if fold(verb.text) not in verbs and fold(lemma_of(verb)) not in verbs:
        return None
    if not any(c.dep_.startswith("nsubj") and fold(c.text) in subjects for c in verb.children):
        return None
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < sentence_of(verb).end else None
    if nxt is None or nxt.pos_ not in {"NOUN", "NUM", "ADJ", "DET"}:
        return None
    obj = next((c for c in verb.children if c.dep_ in {"obj", "dobj"} and c.left_edge.i == verb.i + 1), None)
    return Span(nxt.idx, sentence_of(verb).end_char) if obj is not None else None
