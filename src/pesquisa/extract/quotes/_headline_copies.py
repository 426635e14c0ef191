"""A headline's quote that the story prints again: "«Nos dejaron solos»: pobladores de Tierra Caliente denuncian ...",
then "«Nos dejaron solos», dice Rosario"; "'Are they terrorists or not?': Senators clash ...", then the senator's
whole question. The story's copy says who spoke; the headline's, speaking for a group or no one, is the same words
said once more, not a second statement.
"""

from __future__ import annotations

from pesquisa.lexicon import fold
from pesquisa.records import Quote

_NAMELESS = {None, "unnamed"}


def headline_copies_dropped(quotes: list[Quote], text: str) -> list[Quote]:
    """The quotes without a direct quote of the first line whose speaker has no id when a later direct quote holds
    its words (the story's copy)."""
    headline = _headline_end(text)
    story = [fold(q.text) for q in quotes if q.direct and q.span.start > headline]
    return [q for q in quotes if not (q.direct and q.span.end <= headline and q.speaker_local_id is None
                                      and len(fold(q.text).split()) >= 2 and any(fold(q.text) in s for s in story))]


def _headline_end(text: str) -> int:
    """Where the headline, the first line with words, ends."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def better_named(first: Quote, later: Quote) -> bool:
    """The later copy of the same words has a speaker called by name ("dice Rosario"), the first none or a nameless
    group."""
    return first.cue in _NAMELESS and later.cue == "name" and later.speaker is not None


def printed_once(quotes: list[Quote]) -> list[Quote]:
    """The quotes with a direct quote printed twice kept once (a photo caption that repeats the body's quote,
    "... "These are people who ...," García Harfuch said. (AP Photo/...)"): the copy whose speaker has an id,
    else one a name speaks (``better_named``), else the first."""
    kept: dict[str, int] = {}
    out: list[Quote | None] = []
    for quote in quotes:
        key = fold(quote.text) if quote.direct else ""
        seen = kept.get(key) if key else None
        if seen is None:
            if key:
                kept[key] = len(out)
            out.append(quote)
            continue
        first = out[seen]
        if first is not None and first.speaker_local_id is None and (quote.speaker_local_id is not None or
                                                                      better_named(first, quote)):
            out[seen], kept[key] = None, len(out)  # text order kept: the later copy stands where it is
            out.append(quote)
    return [q for q in out if q is not None]
