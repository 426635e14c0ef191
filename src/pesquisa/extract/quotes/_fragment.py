"""A quoted fragment of two to four words as a speech verb's object: "prometió «cifras confiables»", "promised "full
transparency"". Shorter than a sentence, it is still the speaker's words, as the verb right before it says (no term
the writer borrows, "sold “luxury replica watches” to tourists", though words go on after it); a name in marks
("presentó «Sembrando Vida»") starts with a capital and stays a name. So is a fragment of what a request asked of
someone, the one asked between ("exhortó a las autoridades a «no dejar impune» el ataque", "urged residents to "stay
indoors""): it opens with the infinitive the request takes."""

from __future__ import annotations

import re

from pesquisa.lexicon import load_lexicon, speech_forms

_VERB_BEFORE = re.compile(r"(?:^|\s)(\w+)\s+$")


def fragment_said(para: str, i: int, end: int) -> bool:
    """The quote between ``i`` and ``end`` is two to four words in lower case right after a speech verb's form or a
    request's ("pidió «paciencia y prudencia»")."""
    inner = para[i + 1:end].strip()
    if _asked_of_someone(para, i, inner):
        return True
    before = _VERB_BEFORE.search(para[max(0, i - 30):i])
    return 2 <= len(inner.split()) <= 4 and inner[:1].islower() and before is not None and \
        before.group(1).lower() in speech_forms("en") | speech_forms("es") | set(load_lexicon().speech["quoted_requests"])


_MAX_GAP = 6
_INFINITIVE_ES = re.compile(r"(?:ar|er|ir|ír)(?:se|la|lo|las|los|le|les)?$")


def _asked_of_someone(para: str, i: int, inner: str) -> bool:
    """Two to eight words in lower case, no sentence of their own, opening with an infinitive ("no" aside): after
    "to"/"a" that closes a request of someone, or in Spanish right after the one asked; the request's form a few words
    back with no comma between."""
    words = inner.rstrip(".,").split()
    if not 2 <= len(words) <= 8 or not inner[:1].islower() or re.search(r"[.!?;:]", inner.rstrip(".")):
        return False
    sentence = re.split(r"[.!?;:]\s", para[:i])[-1].lower().split()
    gap = sentence[-_MAX_GAP - 1:]
    requests = set(load_lexicon().speech["listener_requests"])
    at = next((k for k in range(len(gap) - 2, -1, -1) if gap[k] in requests), None)
    if at is None or any("," in w for w in gap[at:]):
        return False
    first = words[1] if words[0] in {"no", "not"} and len(words) > 2 else words[0]
    if gap[-1] == "to":
        return True  # "urged residents to "stay indoors""
    return _INFINITIVE_ES.search(first) is not None and (gap[-1] == "a" or gap[at + 1] in {"a", "al"})
