"""A teaser set in capitals between two paragraphs of the story ("CARTEL MEMBERS CHARGED IN TEXAS FENTANYL PIPELINE
CASE"): some sites print their links to other stories as headlines in capitals inside the article. It reads as a
subhead to the model, but a subhead is a few words naming a part of the story, and a page set in capitals (a wire sent
in capitals, a transcript's speakers, a factbox's heads) is left to the steps that know it (``_unwrap``,
``pesquisa.transcripts``, ``_sections``)."""

from __future__ import annotations

from pesquisa.clean._signals import is_terminal

TEASER_WORDS = 6  # a headline in capitals is this long at least; a subhead ("WHAT WE KNOW") is shorter
HEADLINE_WORDS = 20  # ... and this long at most
MIXED_SHARE = 2  # the story's other kept lines outnumber its lines in capitals this many times at least


def teasers_in_capitals(lines: list[str], reasons: list[str | None]) -> None:
    """A kept line in capitals of ``TEASER_WORDS`` to ``HEADLINE_WORDS`` words that ends no sentence, between two kept
    sentences in mixed case, on a page whose kept lines are mostly in mixed case, is a link to another story."""
    kept = [i for i, reason in enumerate(reasons) if reason is None and lines[i].strip()]
    capitals = [i for i in kept if lines[i].strip().isupper()]
    if not capitals or len(kept) < MIXED_SHARE * len(capitals) + len(capitals):
        return
    for i in capitals:
        line = lines[i].strip()
        if not TEASER_WORDS <= len(line.split()) <= HEADLINE_WORDS or is_terminal(line) or line.endswith(":"):
            continue
        if 0 < i < len(lines) - 1 and all(reasons[k] is None and is_terminal(lines[k]) and not lines[k].strip().isupper()
                                          for k in (i - 1, i + 1)):
            reasons[i] = "teaser"
