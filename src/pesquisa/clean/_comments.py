"""Readers' comments under an article: a comment is a full sentence that reads like article text, set
between its author's name, a time ago and a reply button. The section opens with its header ("24
Comments", "Comentarios") below the top of the article body, recognized as such only when a reply or like
button follows it within ``FURNITURE_WINDOW`` lines, so a comment count beside the byline or a link between
paragraphs opens nothing. Everything from the header down is the page's tail."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.clean._page_context import first_anchor
from pesquisa.lexicon import load_lexicon

FURNITURE_WINDOW = 6  # lines after the header a comment's reply button shows up in


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    conf = load_lexicon().boilerplate["comments"]
    return re.compile(conf["header"], re.I), re.compile(conf["furniture"], re.I)


def comment_section(lines: list[str]) -> int | None:
    """Index of the header of the readers' comments, or None when the page shows none."""
    header, furniture = _patterns()
    for i in range(first_anchor(lines) + 1, len(lines)):
        line = lines[i]
        if header.match(line.strip()) and \
                any(furniture.match(lines[j].strip()) for j in range(i + 1, min(i + 1 + FURNITURE_WINDOW, len(lines)))):
            return i
    return None
