"""A verb of calling that names a thing in the speaker's words ("The embassy praised the raid, calling it “another
example of our partnership”", "lo llamó «una traición»"): it attributes the quote that follows its object, though
"call" is no speech verb ("called for calm", "called the police"). So does a request of someone whose words asked for
follow the one asked ("exhortó a las autoridades a «no dejar impune» el ataque", "urged residents to "stay
indoors"", speech.yaml ``listener_requests``)."""

from __future__ import annotations

from functools import cache

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from pesquisa.lexicon import load_lexicon

_OPENING = frozenset({"“", '"', "«"})
_OBJECT_POS = frozenset({"PRON", "DET", "NOUN", "PROPN", "ADJ"})
_LISTENER_POS = _OBJECT_POS | {"ADP", "PART", "SCONJ", "NUM"}  # "a las autoridades a", "residents to"
_LISTENER_REACH = 7


@cache
def _calling_forms() -> frozenset[str]:
    """Forms of the verbs of calling (speech.yaml ``calling``)."""
    return frozenset(w.lower() for w in load_lexicon().speech["calling"])


@cache
def _calling_ids() -> frozenset[int]:
    """The ids of the forms of ``_calling_forms`` (a token's ``lower`` is one of them where its ``lower_`` is the form)."""
    return frozenset(get_string_id(w) for w in _calling_forms())


@cache
def _request_ids() -> frozenset[int]:
    return frozenset(get_string_id(w.lower()) for w in load_lexicon().speech["listener_requests"])


def calling_verbs(doc: Doc) -> frozenset[int]:
    """Indices of the verbs of calling whose object (up to four words, maybe none) is followed by an opening mark."""
    out = set()
    ids = _calling_ids()
    for i in [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in ids]:  # no Token for the rest
        tok = doc[i]
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 4 and doc[k].pos_ in _OBJECT_POS and doc[k].text not in _OPENING:
            k += 1
        if k < len(doc) and doc[k].text in _OPENING:
            out.add(tok.i)
    return frozenset(out) | requests_of_someone(doc)


def requests_of_someone(doc: Doc) -> frozenset[int]:
    """Indices of the request verbs whose one asked (and its "a"/"to") runs up to an opening mark: they attribute the
    quote, and report no clause of their own (the quote is the words asked for), found once per document."""
    found = doc.user_data.get(_REQUESTS_KEY)
    if found is None:
        found = doc.user_data[_REQUESTS_KEY] = _requests_in(doc)
    return found


_REQUESTS_KEY = "pesquisa.requests_of_someone"


def _requests_in(doc: Doc) -> frozenset[int]:
    out = set()
    ids = _request_ids()
    for i in [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in ids]:
        if doc[i].pos_ not in {"VERB", "AUX"}:
            continue
        k = i + 1
        while k < len(doc) and k - i <= _LISTENER_REACH and doc[k].pos_ in _LISTENER_POS and doc[k].text not in _OPENING:
            k += 1
        if i + 1 < k < len(doc) and doc[k].text in _OPENING:
            out.add(i)
    return frozenset(out)
