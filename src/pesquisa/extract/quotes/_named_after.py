"""A direct quote that stands as a sentence of its own, with no verb, and the sentence after it that says whose words
they were: "“Nobody checks southbound. Nobody.” The words came from X, an ATF agent", "«Nadie revisa hacia el sur».
La frase es de X". The person the next sentence names after a noun of speech (``speech_nouns`` in speech.yaml)
speaks, not whoever spoke before.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.quotes._antecedents import Antecedents, Speaker
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.text import split_sentences

# what may stand between a quote's words and the next sentence: its closing mark, a full stop, blanks
_CLOSE = re.compile(r"[ \t]*[”»\"’]?[ \t]*[.!?…]?[ \t]*[”»\"’]?\s+")  # (the next paragraph too)
_OWN_QUOTE = re.compile(r":\s*[«“\"‘]")  # a colon that opens a quote
_LEAD_WORDS = 6  # the noun of speech opens the next sentence ("Those were the words of", "La frase es de")


@cache
def speech_nouns() -> frozenset[str]:
    """Folded nouns that name what someone said ("words", "warning", "palabras", "frase")."""
    table = load_lexicon().speech["speech_nouns"]
    return frozenset(fold(n) for code in ("en", "es") for n in table[code])


def named_after(known: Antecedents, at: int) -> Speaker | None:
    """The person the sentence right after the verbless direct quote opening at ``at`` names as its speaker, else None."""
    quote = next((q for q in known.quotes if abs(q.start - at) <= 2), None)
    text = known.text
    if quote is None or not re.search(r"[.!?…][”»\"’]?\s*$", text[quote.start:quote.end + 2]):
        return None  # "“...”, añadió": a quote its own sentence attributes
    gap = _CLOSE.match(text, quote.end)
    start = gap.end() if gap is not None else quote.end
    line_end = next(i for i in (text.find("\n", start), len(text)) if i != -1)
    first = split_sentences(text[start:line_end])  # (not cut at "Gov.": "the words of Sinaloa Gov. X")
    end = start + first[0].end if first else line_end
    lead = fold(text[start:end]).split()[:_LEAD_WORDS]
    if not any(w.strip(",;:") in speech_nouns() for w in lead) or _OWN_QUOTE.search(text, start, end):
        return None  # (nor one that opens words of its own: "La advertencia de X fue directa: «...»")
    people = [(m, e) for m, e in known.mentions if start <= m.span.start < end and e.type == "person"]
    return known._entity_speaker(people[0][1], people[0][0].span, "subject") if people else None
