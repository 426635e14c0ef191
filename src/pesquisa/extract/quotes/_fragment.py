"""A quoted fragment of two to four words as a speech verb's object: "prometió «cifras confiables»", "promised "full
transparency"". Shorter than a sentence, it is still the speaker's words, as the verb right before it says (no term
the writer borrows, "sold “luxury replica watches” to tourists", though words go on after it); a name in marks
("presentó «Sembrando Vida»") starts with a capital and stays a name."""

from __future__ import annotations

import re

from pesquisa.lexicon import load_lexicon, speech_forms

_VERB_BEFORE = re.compile(r"(?:^|\s)(\w+)\s+$")


def fragment_said(para: str, i: int, end: int) -> bool:
    """The quote between ``i`` and ``end`` is two to four words in lower case right after a speech verb's form or a
    request's ("pidió «paciencia y prudencia»")."""
    inner = para[i + 1:end].strip()
    before = _VERB_BEFORE.search(para[max(0, i - 30):i])
    return 2 <= len(inner.split()) <= 4 and inner[:1].islower() and before is not None and \
        before.group(1).lower() in speech_forms("en") | speech_forms("es") | set(load_lexicon().speech["quoted_requests"])
