"""The language of a text read with py3langid's walk done for all positions at once is py3langid's own."""

import random

import numpy as np
import py3langid
from py3langid import langid

from pesquisa.clean import detect_language
from pesquisa.clean._langid import WINDOW, _identifier, _WindowWalk, classify

TEXTS = [
    "Federal prosecutors in San Diego charged three men with smuggling fentanyl through the Otay Mesa port of entry.",
    "La Fiscalía General de la República informó que los detenidos fueron puestos a disposición de un juez federal.",
    "O Ministério Público Federal denunciou os suspeitos por tráfico internacional de drogas.",
    "LA SECRETARÍA DE MARINA ASEGURÓ 1.2 TONELADAS DE COCAÍNA FRENTE A LAS COSTAS DE OAXACA",
    "", " ", "a", "ab", "¿Qué?", "東京都", "İstanbul", "x" * 7, "Ñ" * 3, "\u00a0\u202f",
]


def test_the_automaton_forgets_its_state_after_a_window_of_bytes():
    """For every state s and every string w of ``WINDOW`` bytes, the walk from s over w ends where the walk from the
    start does: pairs (from s, from the start) walked byte by byte, all 256 bytes at each step, are all equal after
    ``WINDOW`` steps (a transition reads only the state's row, so pairs of rows stand for pairs of states)."""
    base = langid._get_identifier()
    nextmove = np.frombuffer(base.tk_nextmove, dtype=np.dtype(base.tk_nextmove.typecode)).astype(np.int64)
    row = np.asarray(base.tk_row, dtype=np.int64)
    n_rows = len(nextmove) // 256
    rows = nextmove.reshape(n_rows, 256)
    pairs = np.unique(row * n_rows + row[0])
    for _step in range(WINDOW):
        a, b = rows[pairs // n_rows].ravel(), rows[pairs % n_rows].ravel()
        apart = a != b
        pairs = np.unique(row[a[apart]] * n_rows + row[b[apart]])
    assert len(pairs) == 0


def test_the_language_and_its_score_are_py3langids_own():
    assert isinstance(_identifier(), _WindowWalk)
    rnd = random.Random(15)
    samples = [*TEXTS, *(t.upper() for t in TEXTS), " ".join(TEXTS)]
    for text in TEXTS[:4]:
        samples += [text[a:a + rnd.randrange(1, 40)] for a in rnd.sample(range(len(text)), 10)]
    samples += ["".join(chr(rnd.randrange(32, 0x3000)) for _ in range(rnd.randrange(1, 40))) for _ in range(300)]
    for text in samples:
        assert classify(text) == py3langid.classify(text), text
    assert detect_language(TEXTS[0]) == "en" and detect_language(TEXTS[1]) == "es"
