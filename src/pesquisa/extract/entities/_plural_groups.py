"""Criminal groups named with a plural article ("Los Pelones", "Los Ninis", "Los Molina") that the model reads as a
place. Small groups outnumber the cartels any lexicon lists, and their names look like towns' ("Los Mochis"). Where
one of the name's occurrences stands in a sentence that speaks of groups (``criminal_group_cues`` in names.yaml) or
in a list beside a group, and not where a place does (after "en", "in", "near" ...), and no gazetteer knows the name
as a place, it is an organization."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pesquisa.extract.entities._names import is_known_place
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Mention, Span

_ARTICLE = re.compile(r"(?:Los|Las|los|las)[ \xa0]+[A-ZÁÉÍÓÚÑ]")
# a place's preposition right before the name: "en Los Reyes", "near Las Cruces", "de Los Mochis"
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:en|in|de|del|desde|hacia|hasta|a|al|near|nearby|from|to|at|into|outside|"
                           r"municipio|municipality|ciudad|city|town|poblado|colonia|comunidad)[ \xa0]+$", re.I)


@cache
def _cues() -> re.Pattern[str]:
    words = [w for lang in read_data("names.yaml")["criminal_group_cues"].values() for w in lang]
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(fold(w)) for w in words)})", re.I)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around ``start``-``end``: from the last stop before to the next one after."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return text[begin:min(stops) if stops else len(text)]


def group_named_place(text: str, mention: Mention, groups: frozenset[str] = frozenset()) -> bool:
    """``mention`` is a model place that names a criminal group (see the module docstring), or one coordinated with a
    group of ``groups`` ("se alinean Los Cochis y |Los Flores|")."""
    if mention.type != "place" or mention.source != "model" or mention.key or not _ARTICLE.match(mention.text):
        return False
    rest = mention.name.split(None, 1)[-1]
    if is_known_place(mention.name) or is_known_place(rest) or load_lexicon().place_key(mention.name):
        return False
    # any of the name's occurrences may say so: the model may have read only the one with no cue around it
    return any(not _PLACE_BEFORE.search(text, max(0, at.start() - 20), at.start()) and
               (bool(_cues().search(fold(_sentence(text, at.start(), at.end())))) or _coordinated(text, at, groups))
               for at in re.finditer(rf"(?<!\w){re.escape(mention.text)}(?!\w)", text))


_AND = r",?[ \xa0]+(?:y|e|o|and|or)[ \xa0]+|,[ \xa0]+"


def _coordinated(text: str, at: re.Match[str], groups: frozenset[str]) -> bool:
    """The occurrence ``at`` stands in a list beside one of the ``groups`` ("Los Cochis y |Los Flores|")."""
    before = text[max(0, at.start() - 60):at.start()]
    after = text[at.end():at.end() + 60]
    return any(re.search(rf"{re.escape(g)}(?:{_AND})$", before) or
               re.match(rf"(?:{_AND}){re.escape(g)}(?!\w)", after) for g in groups)


def plural_groups(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model place that names a criminal group made an organization (a rule's reading, which
    ``one_type_per_name`` lets decide the name's other mentions)."""
    for _ in range(2):  # a second time, beside the groups the first found ("Los Cochis y Los Flores")
        groups = frozenset(m.text for m in mentions if m.type == "organization" and _ARTICLE.match(m.text))
        mentions = [replace(m, type="organization", source="rule") if group_named_place(text, m, groups) else m
                    for m in mentions]
    return mentions


def article_dropped(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model organization named as a "Los/Las <Name>" organization of the text without its
    article ("the |Metros|, a Gulf Cartel faction" beside "Los Metros") given that organization's name and key."""
    groups = {m.text.split(None, 1)[1]: m for m in mentions
              if m.type == "organization" and _ARTICLE.match(m.text) and " " in m.text}
    return [replace(m, name=groups[m.text].name, key=groups[m.text].key) if m.type == "organization" and
            m.source == "model" and not m.key and m.text in groups else m for m in mentions]


def misc_group(text: str, start: int, end: int, taken: list[Span]) -> Mention | None:
    """The Spanish model's MISC span ``start``-``end`` as a criminal group, where it reads as one by the rule of the
    module docstring ("|Los Talibanes| controlan la venta de droga"); else None."""
    surface = text[start:end]
    span = Span(start, end)
    if " " not in surface or any(span.overlaps(t) for t in taken):
        return None
    place = Mention("place", surface, span, surface, source="model")
    return replace(place, type="organization", source="rule") if group_named_place(text, place) else None
