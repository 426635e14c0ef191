"""English bodies the model cut before their "of" complement: "the |Sonora Secretariat| of |Public Security|" comes as
two organizations, "the |Tamaulipas Secretariat| of Public Security" as one cut short. A body ending on an organization
word ("Secretariat", "Office", "Ministry") and the capitalized words after "of (the)" are one name."""

from __future__ import annotations

import re
from collections.abc import Callable

from pesquisa.extract.entities._against_bodies import against_bodies
from pesquisa.extract.entities._mention_keys import mention_key, mention_keys
from pesquisa.extract.entities._names import is_given_name, is_known_place, names_data
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention, Span

_OF_TAIL = re.compile(r"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?[A-Z][\w'’-]+(?:[ \xa0]+(?:and[ \xa0]+)?[A-Z][\w'’-]+){0,3}")
_ARTICLE = re.compile(r"(?:The|the)[ \xa0]+")


def _tail(text: str, m: Mention) -> re.Match[str] | None:
    """The "of" complement right after ``m``, a model organization ending on an organization word."""
    words = m.name.split()
    if m.type != "organization" or m.source != "model" or len(words) < 2 or words[-1].lower() not in names_data().org_words:
        return None
    tail = _OF_TAIL.match(text, m.span.end)
    words = [w for w in tail.group(0).split() if w not in {"of", "the", "and"}] if tail else []
    if tail is None or is_given_name(words[0]) or is_given_name(words[-1]) or is_known_place(" ".join(words)) or \
            load_lexicon().place_key(" ".join(words)):
        return None  # "the Office of John Smith": a person's office; "... Co Ltd of Nanjing": its seat
    return tail


def of_complemented_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each body cut before its "of" complement whole (see the module docstring); the model's names
    inside the complement go, not where a person or a lexicon organization is inside. Spanish bodies cut at their
    "contra" are joined too (``against_bodies``)."""
    out = list(mentions)
    kept = mention_keys(out)
    for m in mentions:
        tail = _tail(text, m) if mention_key(m) in kept else None
        found = grown(out, m, tail.end(), lambda o: o.type == "person" or (o.source == "lexicon" and
                                                                         o.type == "organization")) if tail else None
        if found is None:
            continue
        span, inside = found
        article = _ARTICLE.match(text, span.start)
        start = article.end() if article else span.start
        surface = text[start:span.end]
        out = [o for o in out if o is not m and o not in inside] + [
            Mention("organization", surface, Span(start, span.end), surface, source=m.source)]
        kept = mention_keys(out)
    return against_bodies(text, out)


def grown(out: list[Mention], m: Mention, end: int, blocks: Callable[[Mention], bool]) -> tuple[Span, list[Mention]] | None:
    """``m``'s span grown to ``end`` and the other mentions of ``out`` inside it, or None where one of them
    stops the growth (``blocks``) or runs past ``end``: the step a body takes over its complement or its area."""
    span = Span(m.span.start, end)
    inside = [o for o in out if o is not m and o.span.overlaps(span)]
    if any(blocks(o) or o.span.end > end for o in inside):
        return None
    return span, inside

