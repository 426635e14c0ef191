"""The speech lexicon (``data/speech.yaml``) as typed tables, and what counts as a speech verb."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from pesquisa.lexicon import load_lexicon


@dataclass(frozen=True, slots=True)
class SpeechCues:
    """The speech lexicon (``data/speech.yaml``), lower-cased, in the shapes the extractor reads."""

    verbs: frozenset[str]  # English lemmas
    es_forms: frozenset[str]  # Spanish inflected forms
    phrases: tuple[str, ...]
    according: tuple[str, ...]
    slips: frozenset[str]
    unnamed: frozenset[str]
    carriers: frozenset[str]
    singular: frozenset[str]
    plural: frozenset[str]
    joint: tuple[str, ...]


@cache
def speech_cues() -> SpeechCues:
    sp = load_lexicon().speech
    both = ("en", "es")
    return SpeechCues(
        verbs=frozenset(v.lower() for v in sp["verbs"]["en"]),
        es_forms=frozenset(v.lower() for v in sp["verbs"]["es"]),
        phrases=tuple(p.lower() for code in both for p in sp["phrases"][code]),
        according=tuple(a.lower() for code in both for a in sp["according"][code]),
        slips=frozenset(s["wrong"] for code in sp["slips"] for s in sp["slips"][code]),
        unnamed=frozenset(u.lower() for code in both for u in sp["unnamed"][code]),
        carriers=frozenset(c.lower() for c in sp["carriers"]),
        singular=frozenset(p.lower() for p in sp["pronouns"]["singular"]),
        plural=frozenset(p.lower() for p in sp["pronouns"]["plural"]),
        joint=tuple(j.lower() for code in both for j in sp["joint"][code]),
    )


def is_speech_verb(token: Token) -> bool:
    """The token is a verb (or participle) that introduces speech."""
    cues = speech_cues()
    if token.text.lower() in cues.es_forms:
        return True
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in cues.verbs
