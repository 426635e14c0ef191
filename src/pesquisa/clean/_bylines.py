"""An author's name repeated on a line of its own: the author card under the article ("Julia Ainsley" above
"Julia Ainsley is the homeland security correspondent ...") or above the byline. The byline names the
authors ("By Julia Ainsley and Didi Martinez", "Por Ana Ruiz y Luis Pérez"); a line that is only one of
those names says nothing of the story."""

from __future__ import annotations

import re

from pesquisa.clean._signals import byline_pattern

# the names of a byline: split at commas and at "and" / "y" / "&"
_JOINS = re.compile(r",\s*|\s+(?:and|y|&)\s+")
_LEAD = re.compile(r"^(?:by|por)\s+", re.I)


def author_name_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that are only the name of an author of one of the page's bylines."""
    byline = byline_pattern()
    names = {name.strip().casefold() for line in lines if byline.match(line.strip())
             for name in _JOINS.split(_LEAD.sub("", line.strip())) if len(name.split()) >= 2}
    if not names:
        return set()
    return {i for i, line in enumerate(lines) if line.strip().casefold() in names and not byline.match(line.strip())}
