"""Dialogue told with en dashes: some Mexican papers open a turn with "–" where others use "—".

"–Son vuelos que se hacen a petición nuestra –respondió." is a turn of dialogue like its em-dash twin; an en dash
is also a range ("2019–2020") and a bullet ("– Read more"), so a paragraph reads as dialogue only when it opens
with the dash and a capital, and its narrator's aside opens with a speech verb ("–respondió", "–dijo la
mandataria") or it asks or answers beside a question turn ("–¿Habrá más?" / "–Sí."). Such a paragraph is rewritten
with em dashes, one character for one, so every offset stays the document's.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.quotes._cues import speech_cues
from pesquisa.lexicon import speech_forms

_TURN = re.compile(r"[ \t]*–[ \t]?[¿¡A-ZÁÉÍÓÚÑ]")
_ASIDE = re.compile(r"(?<=\s)–[ \t]?([a-záéíóúñ]+)")


@cache
def aside_verbs() -> frozenset[str]:
    """Forms a narrator's aside may open with: the speech verbs' listed and regular forms, and the present of each
    Spanish lemma ("relatar" -> relata), as the story's present tense has it ("–relata", "–cuenta")."""
    cues = speech_cues()
    lemmas = cues.es_lemmas | {v for v in cues.clause_only if v.endswith(("ar", "er", "ir"))}
    present = {lemma[:-2] + ("a" if lemma.endswith("ar") else "e") for lemma in lemmas}
    return frozenset(cues.es_forms | cues.clause_only | present | speech_forms("es") | speech_forms("en"))


def _has_spoken_aside(para: str) -> bool:
    """The paragraph sets off a narrator's aside that opens with a speech verb ("–respondió", "–relata")."""
    return any(m.group(1) in aside_verbs() for m in _ASIDE.finditer(para))


def _is_turn(paras: list[str], k: int) -> bool:
    """Paragraph ``k`` is a turn of dialogue opened with an en dash."""
    if not _TURN.match(paras[k]):
        return False
    if _has_spoken_aside(paras[k]):
        return True
    near = [paras[j] for j in (k - 1, k, k + 1) if 0 <= j < len(paras) and _TURN.match(paras[j])]
    return len(near) >= 2 and any("¿" in p for p in near)


def em_dash_dialogue(paras: list[str]) -> list[str]:
    """The paragraphs with each en-dash dialogue turn's dashes (those beside a space) made em dashes, same length."""
    out = []
    for k, para in enumerate(paras):
        if _is_turn(paras, k):
            para = re.sub(r"(?:(?<=\s)|^)–|–(?=\s)", "—", para)
        out.append(para)
    return out
