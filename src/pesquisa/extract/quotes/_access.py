"""Who only saw or received a document: "A U.S. intelligence memo seen by Reuters says ...", "a memo prepared for
senior officials at DHS", "un informe obtenido por este diario". The outlet that obtained it and the office it was
written for are named inside the document's subject, but the words it carries are its author's, never theirs."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import fold, load_lexicon

# a recipient: "prepared for", "sent to", "dirigido a", "elaborado para" right before the name
_RECIPIENT = re.compile(r"\b(?:\w+ed|\w+[ai]d[oa]s?)[ \t]+(?:for|to|a|al|para)"
                        r"(?:[ \t]+(?:the|el|la|los|las))?(?:[ \t]+\w+){0,3}$")


@cache
def _access_words() -> frozenset[str]:
    """Folded participles of coming to hold a document (``document_access`` in speech.yaml)."""
    return frozenset(fold(w) for w in load_lexicon().speech["document_access"])


def only_holds(lead: str) -> bool:
    """The words of a document's subject before a name (``lead``) end by saying the name only saw or received it
    ("... memo seen by", "... prepared for senior officials at"), so the name is no author."""
    folded = fold(lead)
    seen = re.search(r"\b(\w+)[ \t]+(?:by|por)(?:[ \t]+(?:the|el|la|este|esta))?$", folded)  # (fold trims the end)
    return (seen is not None and seen.group(1) in _access_words()) or _RECIPIENT.search(folded) is not None
