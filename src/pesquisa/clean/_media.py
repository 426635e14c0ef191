"""A video's or gallery's title set atop the page under its label ("Video" / <title> / <description>), over the story's
own headline and byline further down: read by the headline's choice (``title_index``) and by the captions
(``media_items_on_top``)."""

from __future__ import annotations

from pesquisa.clean._signals import heads_a_byline, matches_cue


def video_title(lines: list[str], i: int, anchor: int) -> bool:
    """Line ``i`` is the title of a video or gallery under its label (``media_label``): it heads no byline itself, and
    a line between it and the body's first anchor does."""
    return i > 0 and matches_cue("media_label", lines[i - 1]) and not heads_a_byline(lines, i) and \
        any(heads_a_byline(lines, j) for j in range(i + 1, anchor))
