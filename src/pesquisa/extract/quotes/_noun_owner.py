"""A direct quote introduced by a colon after a sentence about someone's words, with no verb of speech: "El mensaje
del gobernador X fue claro: «...»", "The governor's warning was blunt: “...”". The sentence's subject is a noun of
speech (``speech_nouns`` in speech.yaml), or its object right before the colon ("the judge read out the testimony of
a protected witness: “...”"); whoever it belongs to ("del gobernador X", "the governor's", "from X") speaks.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pesquisa.extract.nlp import doc_text
from pesquisa.extract.quotes._cues import speech_cues
from pesquisa.extract.quotes._named_after import speech_nouns
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span

_OWNER_DEPS = {"nmod", "poss"}  # "el mensaje del gobernador", "the governor's message"
_OWNER_PREPS = {"of", "from", "by"}  # "the message from Governor X"


def speech_noun_owner(doc: Doc, span: Span, *, verb: Token | None = None) -> Span | None:
    """Whose words the noun of speech names in the sentence that introduces the quote at ``span`` with a colon
    right before it, or None; with ``verb``, the attribution verb found, only for a noun that verb relays."""
    text = doc_text(doc)
    lead_end = len(text[:span.start].rstrip(" \t“\"«'‘"))
    if not text[:lead_end].endswith(":"):
        return None
    colon = doc.char_span(lead_end - 1, lead_end, alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    # (or the object that runs up to the colon: "el juez retoma el testimonio de un testigo protegido: «...»")
    # (a document relayed so too: "citó el reporte de un mando en la zona: «...»")
    relayed = speech_nouns() | speech_cues().carriers
    subjects = [t for t in doc[sent.start:colon[0].i] if t.pos_ == "NOUN" and fold(t.text) in relayed and
                ((verb is None and t.dep_ in {"nsubj", "nsubj:pass"} and fold(t.text) in speech_nouns()) or
                 (_relayed(t, colon[0]) and (verb is None or t.head.i == verb.i)))]
    for noun in subjects:
        owner = _owner(noun)
        if owner is not None:  # (its own words: not the "del" / "'s" that mark it an owner)
            words = [t for t in owner.subtree if not (t.dep_ == "case" and t.head.i == owner.i)]
            end = next((t.idx for t in words if t.text == "," and t.i > owner.i), None)
            stop = words[-1].idx + len(words[-1].text)
            return Span(words[0].idx, end if end is not None else stop)
    return None


def _relayed(noun: Token, colon: Token) -> bool:
    """The noun of speech is the object, right before the colon, of a verb that brings back another's words
    (``relaying_verbs``, ``reading_verbs``: "retoma el testimonio de un testigo:")."""
    verbs = {fold(v) for key in ("relaying_verbs", "reading_verbs") for v in load_lexicon().speech[key]}
    return noun.dep_ in {"obj", "dobj"} and noun.right_edge.i == colon.i - 1 and fold(noun.head.text) in verbs


def _owner(noun: Token) -> Token | None:
    """The one a noun of speech belongs to: its genitive ("del gobernador X", "the governor's") or "from X"."""
    for child in noun.children:
        if child.dep_ in _OWNER_DEPS and (child.pos_ in {"NOUN", "PROPN"} or
                                          (child.pos_ == "PRON" and any(c.dep_ == "nmod" for c in child.children))):
            return child  # (or "uno de los choferes": a pronoun with its group)
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None
