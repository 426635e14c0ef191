"""A quoted sentence that stands alone and ends in "!" or "?": a post's or a speaker's cry ('Trump wrote on Truth
Social. "Stop the drugs NOW!"'), words said however many capitals shout in it, not a title in marks (a title sits
inside a sentence of the writer's)."""

from __future__ import annotations

import re

_MIN_WORDS = 3
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:][”\"»]?\s+)$")


def exclaimed(para: str, i: int, end: int) -> bool:
    """The quote between ``i`` and ``end`` has three words or more, ends in "!" or "?", and opens its sentence (the
    paragraph, or after a full stop or colon) and closes it (the paragraph ends or a sentence follows)."""
    inner = para[i + 1:end].strip()
    after = para[end + 1:end + 3]
    return len(inner.split()) >= _MIN_WORDS and inner.endswith(("!", "?")) and \
        bool(_SENTENCE_BEFORE.search(para[:i])) and (not after.strip() or (after[:1].isspace() and after[1:2].isupper()))
