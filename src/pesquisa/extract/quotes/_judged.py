"""A short quote that names what a verb of judging or calling judged ("called the attack “cowardly”", "calificó el
hecho de «inaceptable»", "described the arrests as "significant""): however short, it is the subject's word, where a
word or two in marks is otherwise a scare quote. The verb stands a few words before the mark, its object between
them (for a verb of calling, an object there must be: "a drug called "tusi"" names the drug); a verb after an
auxiliary or after a comma that opens an aside ("was described as", "the drug, described as "pink"") is a participle,
no one's words (after an apposition's second comma, "The minister, Jim Byrne, called ...", it is the verb)."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import load_lexicon

_MAX_GAP = 6
_MAX_WORDS = 8
_PASSIVE = frozenset({"is", "was", "were", "are", "been", "being", "be", "es", "fue", "son", "fueron", "ser", "sido",
                      "será", "sería", "era", "eran"})
_HABER = frozenset({"ha", "han", "había", "habían", "habría", "he", "hemos", "haber", "habiendo"})
_NOT_OBJECT = frozenset({"for", "on", "upon", "off", "in", "up", "out", "back", "it", "them"})  # "called for "calm""


@cache
def _characterizing() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon().speech["characterizing"])


@cache
def _participles() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon().speech["characterizing_participles"])


@cache
def _calling() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon().speech["calling"])


def judged_fragment(para: str, i: int, end: int) -> bool:
    """The quote between ``i`` and ``end`` (a phrase in lower case, no sentence of its own) is what a verb of
    judging or calling a few words before it in its sentence (or its participle after "haber") called its object
    (the caller rules out a name in marks)."""
    inner = para[i + 1:end].strip().rstrip(".,")
    if not inner or not inner[:1].islower() or len(inner.split()) > _MAX_WORDS or re.search(r"[.!?;:]", inner) or \
            re.search(r"://|www\.|@", inner):
        return False
    sentence = re.split(r"(?:[.!?;:]|[”\"»])\s", para[:i])[-1]
    words = re.findall(r"[\w'’-]+|[,()]", sentence.lower())
    for k in range(len(words) - 1, max(-1, len(words) - _MAX_GAP - 2), -1):
        gap = words[k + 1:]
        if any(w in {",", "(", ")"} for w in gap):
            return False
        verb = words[k]
        calling = verb in _calling() and bool(gap) and gap[0] not in _NOT_OBJECT
        perfect = verb in _participles() and k > 0 and words[k - 1] in _HABER  # "ha calificado la operación de"
        if calling or perfect or verb in _characterizing():
            return not (k and (words[k - 1] in _PASSIVE or (words[k - 1] == "," and verb.endswith("ed") and
                                   words[:k].count(",") % 2)))
    return False
