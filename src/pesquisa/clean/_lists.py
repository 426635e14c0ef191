"""The defendants' list of a prosecutor's release: one person a line, with an alias, an age and a home town
("Jesús Alberto Treviño Salinas, aka "El Comandante Beto," 44, of Reynosa, Tamaulipas;", "- Ling Chen, 45,
of Flushing, New York"), or a government's numbered list of the people it sent or arrested ("1. Abigael
González Valencia, a) “El Cuini”", "2. María del Rosario Quintero de la Cruz"). Short lines without a verb,
the model reads them as a block of teasers; the names are the article's (its people), so the list and the
sentence introducing it stay."""

from __future__ import annotations

import re

# a name (maybe after a bullet; no digit in it: "Página 1 de 2" is a page number), maybe an alias, then
# ", <age>, of <Town>" or the age ending the line ("..., 38;")
_DEFENDANT = re.compile(r"^(?:[-•*·]\s*)?[A-ZÁÉÍÓÚÑ][^\n,;:\d]{2,70},?(?:\s+(?:aka|a\.k\.a\.|a/k/a|also known as|alias)\s+"
                        r"[“\"«][^”\"»]{1,30}[”\"»],?)?\s+\d{1,2}(?:,\s+(?:of|from)\s+[A-ZÁÉÍÓÚ]|[;.]?$)")
# a numbered line that is only a name (capitalized words and name particles), maybe with an alias
_NUMBERED_NAME = re.compile(r"^\d{1,3}[.)]\s+[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:(?:de|del|de la|de los|de las|y)\s+)?"
                            r"[A-ZÁÉÍÓÚÑ][\w'’.-]*){1,6},?(?:\s+(?:a\)|aka|alias|also known as)\s+[“\"«][^”\"»]{1,30}[”\"»])?"
                            r"[.;,]?$")
MIN_ITEMS = 2  # one line alone with an age may be a caption


def defendant_lines(lines: list[str]) -> set[int]:
    """Indexes of a page's defendant lines (``MIN_ITEMS`` at least) and of the line ending in a colon that
    introduces them."""
    items = {i for i, line in enumerate(lines) if len(line) < 200 and (_DEFENDANT.match(line.strip()) or
                                                                    _NUMBERED_NAME.match(line.strip()))}
    if len(items) < MIN_ITEMS:
        return set()
    first = min(items)
    intro = next((i for i in range(first - 1, -1, -1) if lines[i].strip()), None)
    if intro is not None and lines[intro].rstrip().endswith(":") and len(lines[intro].split()) >= 4:
        items.add(intro)
    return items
