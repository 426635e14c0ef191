"""An attribution set off by dialogue dashes inside a quotation: «No vamos a ceder —agregó el mandatario—. El estado
...». The quote reads as two stretches of words around it, and the aside is the writer's. A columnist's aside may
open with the pronoun of the one told ("—me dijo un comerciante—", "—nos contó una vecina—") and the press of Spain
writes it in the compound tense ("—ha añadido el portavoz—", "—nos ha dicho—"): both stand before the speech verb.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.quotes._cues import speech_cues
from pesquisa.extract.quotes._endash import aside_verbs
from pesquisa.lexicon import load_lexicon

_ASIDE = re.compile(r"\s*[—―]\s?([^—―\n]{3,80}?)\s?[—―]\s*[.,;]?\s*")
_TOLD = frozenset({"me", "nos", "le", "les", "te"})  # the one told, before the verb
_AUXILIARIES = frozenset({"ha", "han", "había", "habían", "habría"})


@cache
def _participles() -> frozenset[str]:
    """Past participles of the Spanish speech verbs ("añadir" -> añadido; "ha dicho" as listed -> dicho)."""
    regular = {lemma[:-2] + ("ado" if lemma.endswith("ar") else "ido") for lemma in speech_cues().es_lemmas
               if lemma.endswith(("ar", "er", "ir"))}
    listed = {v.split()[-1].lower() for v in load_lexicon().speech["verbs"]["es"] if v.split()[0] in _AUXILIARIES}
    return frozenset(regular | listed)


def _opens_with_speech(words: list[str]) -> bool:
    """The aside's words open with a speech verb, past the pronoun of the one told and a compound tense's auxiliary."""
    words = [w.lower() for w in words]
    if words and words[0] in _TOLD:
        words = words[1:]
    if len(words) > 1 and words[0] in _AUXILIARIES:
        return words[1] in _participles()
    return bool(words) and words[0] in aside_verbs()


def around_aside(para: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quote between ``start`` and ``end`` as one or two stretches of words: split around an attribution between
    dashes that opens with a speech verb ("—agregó el mandatario—"), which is the writer's."""
    aside = _ASIDE.search(para, start, end)
    if aside is None or not _opens_with_speech(aside.group(1).split()) or \
            not para[start:aside.start()].strip() or not para[aside.end():end].strip():
        return [(start, end)]
    return [(start, aside.start()), (aside.end(), end)]
