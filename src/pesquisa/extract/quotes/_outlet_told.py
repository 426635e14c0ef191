"""The outlet told, run by the parse into the name of the one who told it ("dijo a la AFP Lucía Díaz", "declaró a
Europa Press Juan Pérez"), or standing between a closing "told" and its speaker in wire English translated from Spanish
("..., told Reuters a spokeswoman for the ministry, X"): the words of the outlet the lexicon knows are the one spoken
to, the name or phrase after them is the speaker, though the parse hangs it on the outlet or makes it the object."""

from __future__ import annotations

from spacy.tokens import Doc

from pesquisa.lexicon import load_lexicon


def outlet_then_name(doc: Doc, start: int, end: int) -> int:
    """Where a name (or a determiner's phrase) starts inside ``doc[start:end]`` when those words open with a news outlet
    the lexicon knows and go on with a name of their own; ``start`` when they do not."""
    lex = load_lexicon()
    for n in range(min(3, end - start - 1), 0, -1):
        key = lex.org_key(doc[start:start + n].text)
        if key is not None and key.startswith("media-") and (doc[start + n].text[:1].isupper() or doc[start + n].pos_ == "DET"):
            return start + n
    return start
