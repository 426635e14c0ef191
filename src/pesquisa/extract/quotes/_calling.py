"""A verb of calling that names a thing in the speaker's words ("The embassy praised the raid, calling it “another
example of our partnership”", "lo llamó «una traición»"): it attributes the quote that follows its object, though
"call" is no speech verb ("called for calm", "called the police")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from pesquisa.lexicon import load_lexicon

_OPENING = frozenset({"“", '"', "«"})
_OBJECT_POS = frozenset({"PRON", "DET", "NOUN", "PROPN", "ADJ"})


@cache
def _calling_forms() -> frozenset[str]:
    """Forms of the verbs of calling (speech.yaml ``calling``)."""
    return frozenset(w.lower() for w in load_lexicon().speech["calling"])


def calling_verbs(doc: Doc) -> frozenset[int]:
    """Indices of the verbs of calling whose object (up to four words, maybe none) is followed by an opening mark."""
    out = set()
    for tok in doc:
        if tok.lower_ not in _calling_forms() or tok.pos_ not in {"VERB", "AUX"}:
            continue
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 4 and doc[k].pos_ in _OBJECT_POS and doc[k].text not in _OPENING:
            k += 1
        if k < len(doc) and doc[k].text in _OPENING:
            out.add(tok.i)
    return frozenset(out)
