"""Whose statement a spokesperson, a deputy or a lawyer reads: the one on whose behalf it is read.

"Deputy Administrator Robert Murphy read a statement on his behalf. “...,” the statement said": the words are
the administrator's, named before the reader, not the reader's; "read a statement on behalf of X", "leyó un
mensaje a nombre de X", "en nombre de X": X's.
"""

from __future__ import annotations

import re

from pesquisa.extract.quotes._antecedents import Antecedents, Speaker

# "on his behalf", "on behalf of", "a nombre de", "en nombre del", "en su nombre"
_BEHALF = re.compile(r"\b(?:on[ \t]+(?:his|her|their)[ \t]+behalf|on[ \t]+behalf[ \t]+of|(?:a|en)[ \t]+nombre[ \t]+del?"
                     r"|en[ \t]+su[ \t]+nombre)\b", re.I)


def behalf_owner(known: Antecedents, at: int) -> Speaker | None:
    """The person or body on whose behalf the statement quoted at ``at`` was read, as this paragraph or the one before
    says, else None: the one named after "on behalf of" / "a nombre de"; for "on his behalf", the person named
    before the reader (the last person named before the phrase)."""
    text = known.text
    start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at)))
    start = 0 if start == -1 else start
    found = list(_BEHALF.finditer(text, start, at))
    match = found[-1] if found else None
    if match is None:
        return None
    if not re.search(r"(?:his|her|their|su)[ \t]", match.group(0), re.I):
        after = [(m, e) for m, e in known.mentions if match.end() <= m.span.start < match.end() + 40]
        return known._entity_speaker(after[0][1], after[0][0].span, "subject") if after else None
    people = [(m, e) for m, e in known.mentions if e.type == "person" and start <= m.span.start < match.start()]
    if len(people) < 2:
        return None
    reader = people[-1][1].local_id
    owner = next(((m, e) for m, e in reversed(people) if e.local_id != reader), None)
    return known._entity_speaker(owner[1], owner[0].span, "subject") if owner else None
