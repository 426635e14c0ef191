"""A short quote closed by its speech verb: «Estamos rebasados», admitió un comandante; "Never," she said; and, in
English, with the speaker's title and name before the verb ('"These defendants," U.S. Attorney Jane Roe said,
"..."'), the opening piece of a quote the attribution splits."""

from __future__ import annotations

import re

from pesquisa.lexicon import load_lexicon, speech_forms

_AFTER = re.compile(r"\W{0,2}?\s*([,—–-]+)?\s*(\w+)(?:\s+(\w+))?")
_MAX_NAME_WORDS = 6


def said_after(after: str, inner: str) -> bool:
    """The text ``after`` a quote's closing mark opens with a comma or a dash (or the quote ``inner`` ends with one)
    and a speech verb within two words, or a speech verb after the speaker's title and name (capitalized words,
    abbreviations such as "U.S." or "Sen.", lower-case title words: "Border Patrol agent Jane Roe said", and the
    place a lawmaker is from: "Rep. Jane Roe of Ohio said")."""
    found = _AFTER.match(after)
    if found is None or not (found.group(1) or inner.endswith((",", "—"))):
        return False
    forms = speech_forms("en") | speech_forms("es")
    if any(w is not None and w.lower() in forms for w in found.groups()[1:]):
        return True
    words = after[found.start(2):].split()[:_MAX_NAME_WORDS + 1]
    heads = load_lexicon().title_heads("en")
    for k, word in enumerate(words):
        if word.rstrip(".,;:").lower() in forms:
            return k >= 2 and words[k - 1][:1].isupper()
        of_place = word == "of" and k + 1 < len(words) and words[k + 1][:1].isupper()  # "Rep. Jane Roe of Texas said"
        if not (word[:1].isupper() or word in heads or of_place) or word.endswith((",", ";", ":")):
            return False
    return False
