"""Kinship between people (``relative_of``, the kin word as said in ``value``): "X, a son of Y", "X, uno de los hijos de
Y", "Y's brother, X", "la esposa de Y, X". Profiles of capos name their sons, brothers and wives this way, and the
network of a family business is told through them. A possessive pronoun ("his son, X", "su hermano, X") points to the
one person named just before it, in the sentence or, opening a sentence, in the one before ("X was arrested on Monday.
His son, Y, was detained hours later")."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract._relation_base import Sentence, cover, cues, is_official
from pesquisa.lexicon import read_data
from pesquisa.records import LocalEntity, Mention, Relation, Span


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A kin phrase closing the words before a person ("a son of ", "la esposa de "), one after a person's
    possessive ("'s brother", "'s son-in-law"), and a pronoun's kin before a person ("his uncle, ") or after them
    (", su yerno,")."""
    data = read_data("relations.yaml")
    words = sorted(data["kin"], key=len, reverse=True)
    kin = "|".join(re.escape(w) for w in words if w not in {"family", "familia", "relatives"})
    # the relative's title between ("the son-in-law of Gulf Cartel leader X", "a nephew of Zetas founder X", "sobrino
    # del líder del CJNG, X"): they are still whose kin the first one is
    roles = "|".join(re.escape(w) for w in sorted(data["membership"]["leader_of"] + data["membership"]["member_of"],
                                                  key=len, reverse=True) if not w.startswith("re:"))
    titled = (rf"(?:(?:(?:the|a|an)\s+)?(?:(?:reputed|alleged|suspected|jailed|late|former)\s+)?(?:[\w.'’-]+\s+){{1,4}}?"
              rf"(?:{roles})\s+|(?:{roles})\s+(?:de|del|de\s+la|de\s+los)\s+[^,;()]{{1,40}},\s*"
              rf"|(?:the\s+)?[\w-]+['’]s\s+(?:{roles}),\s*)?")  # "the son-in-law of the cartel's leader, X"
    before = re.compile(r"(?:^|[\s,])(?:(?:a|an|the|one of the|one of|uno de los|una de las|el|la|los|las)\s+)?"
                        rf"(?P<kin>{kin}){ALSO}\s+(?:of|de|del)\s+{titled}[“\"«]?\s*$", re.I)  # 'hija de "El Mayo"'
    after = re.compile(rf"^['’]s\s+(?:(?:eldest|youngest|older|younger|late)\s+)?(?P<kin>{kin})(?![\w-])", re.I)
    own = rf"(?:his|her|their|su|sus)\s+(?:(?:eldest|youngest|older|younger|late)\s+)?(?P<kin>{kin})"
    return before, after, re.compile(rf"(?<!\w){own}\s*,?\s*$", re.I), re.compile(rf"^\s*,\s*{own}\s*(?:[,;.]|$)", re.I)


# a second tie to the same person after the kin word ("the brother-in-law |and business partner| of X", "hermano |y socio|
# de X"): up to three words that are no preposition
ALSO = r"(?:\s+(?:and|y|e)\s+(?:(?!(?:of|de|del)\s)[\w-]+\s+){0,2}(?!(?:of|de|del)\s)[\w-]+)?"


def _pronoun_kin(s: Sentence, people: list[tuple[Mention, LocalEntity]], i: int) -> list[Relation]:
    """A relative named with a possessive pronoun whose owner the sentence named just before ("X, 29, and his uncle, Y",
    "X era jefe de plaza, mientras que Y, su yerno, cobraba piso"): Y is X's kin. A pronoun pointing to an earlier
    sentence is ``kin_of_previous``'s ("Su esposo, Y, también fue sancionado")."""
    if i == 0:
        return []
    m = people[i][0]
    found = _patterns()[2].search(s.body, max(s.span.start, m.span.start - 40), m.span.start) or \
        _patterns()[3].match(s.body[m.span.end:s.span.end])
    if found is None:
        return []
    at = found.start("kin") + (0 if found.re is _patterns()[2] else m.span.end)
    cue = Span(at, at + len(found.group("kin")))
    return [_relation(p, people[i - 1], found.group("kin"), cue) for p in _listed_kin(s, people, i, found.group("kin"))]


def _listed_kin(s: Sentence, people: list[tuple[Mention, LocalEntity]], i: int, word: str) -> list[tuple[Mention, LocalEntity]]:
    """The person at ``i`` and, after a plural kin word, those listed right after them ("sus hijos, X y Y", "his
    brothers X, Y and Z")."""
    out = [people[i]]
    while cues().siblings.fullmatch(word) and i + len(out) < len(people) and \
            LISTED.fullmatch(s.body, out[-1][0].span.end, people[i + len(out)][0].span.start):
        out.append(people[i + len(out)])
    return out


LISTED = re.compile(r"\s*(?:,|,?\s*(?:and|y|e))\s*")


def _people(s: Sentence) -> list[tuple[Mention, LocalEntity]]:
    return [(m, e) for m, e in s.mentions if e.type == "person"]


def kinship(s: Sentence) -> list[Relation]:
    """``relative_of`` for each pair of people a kin phrase of the sentence ties (subject: the one the kin word
    describes; object: the one they are kin of)."""
    before = _patterns()[0]
    people = _people(s)
    out = []
    for i, (m, e) in enumerate(people):
        head = s.body[max(s.span.start, m.span.start - 90):m.span.start]
        kin = before.search(head)
        if kin:  # "X, a son of <m>" or "la esposa de <m>, X"
            edge = m.span.start - len(head) + kin.start("kin")
            prev = [t for t in people[:i] if t[0].span.end <= edge]
            nxt = people[i + 1] if i + 1 < len(people) else None
            if prev and s.gap_is_filler(prev[-1][0].span.end, edge):
                out.append(_relation(prev[-1], (m, e), kin.group("kin"), Span(edge, m.span.end)))
            elif nxt and not prev and re.fullmatch(r"\s*,\s*", s.body[m.span.end:nxt[0].span.start]):
                out.append(_relation(nxt, (m, e), kin.group("kin"), Span(edge, m.span.end)))
        out += _possessed(s, people, i) + _pronoun_kin(s, people, i)
        if i + 1 < len(people) and (whose := _whose().fullmatch(s.body[m.span.end:people[i + 1][0].span.start])):
            cue = Span(m.span.end + whose.start("kin"), m.span.end + whose.end("kin"))  # "X, whose son, Y, ..."
            out.append(_relation(people[i + 1], (m, e), whose.group("kin"), cue))
        if i + 1 < len(people) and (wed := _married().fullmatch(s.body[m.span.end:people[i + 1][0].span.start])):
            cue = Span(m.span.end + wed.start("cue"), m.span.end + wed.end("cue"))
            out.append(_relation((m, e), people[i + 1], "married", cue))
    return out


@cache
def _whose() -> re.Pattern[str]:
    """The words between a person and their relative named in a relative clause ("X, whose son, Y,", "X, cuyo hijo Y")."""
    kin = "|".join(re.escape(w) for w in sorted(read_data("relations.yaml")["kin"], key=len, reverse=True))
    return re.compile(rf"\s*[”\"»]?\s*,\s*(?:whose|cuyo|cuya|cuyos|cuyas)\s+(?:(?:eldest|youngest|older|younger|late|"
                      rf"mayor|menor)\s+)?(?P<kin>{kin})(?:\s+(?:mayor|menor))?\s*,?\s*", re.I)


@cache
def _married() -> re.Pattern[str]:
    """The words between two people one of whom is married to the other ("X is married to Y", "X está casada con Y")."""
    words = "|".join(re.escape(w) for w in sorted(read_data("relations.yaml")["married"], key=len, reverse=True))
    return re.compile(rf",?\s+(?:(?:is|was|has\s+been|had\s+been|está|estaba|estuvo|fue|es)\s+)?(?:also\s+|también\s+)?"
                      rf"(?P<cue>{words})\s+", re.I)


def _possessed(s: Sentence, people: list[tuple[Mention, LocalEntity]], i: int) -> list[Relation]:
    """The relative a person's possessive names: after it ("<m>'s brother, X") or before it, in apposition ("X, <m>'s
    brother-in-law, manages ...")."""
    m, e = people[i]
    own = _patterns()[1].match(s.body[m.span.end:m.span.end + 40])
    if own is None:
        return []
    cue = Span(m.span.end + own.start("kin"), m.span.end + own.start("kin") + len(own.group("kin")))
    nxt = people[i + 1] if i + 1 < len(people) else None
    if nxt and re.fullmatch(r"\s*,?\s*", s.body[cue.end:nxt[0].span.start]):
        return [_relation(nxt, (m, e), own.group("kin"), cue)]
    prev = people[i - 1] if i > 0 else None
    # "X, one of Y's sons", "Its administrator, X, is Y's sister"
    if prev and re.fullmatch(r"\s*,\s*(?:(?:is|was|es|era)\s+)?(?:one\s+of\s+)?", s.body[prev[0].span.end:m.span.start], re.I):
        return [_relation(prev, (m, e), own.group("kin"), cue)]
    return []


def _relation(relative: tuple[Mention, LocalEntity], of: tuple[Mention, LocalEntity], word: str, cue: Span) -> Relation:
    return Relation("relative_of", relative[1].local_id, cover(relative[0].span, cue, of[0].span), object=of[1].local_id,
                    value=word.lower(), cue=word)


def kin_of_previous(prev: Sentence | None, s: Sentence) -> list[Relation]:
    """A relative the sentence opens with a possessive pronoun ("His son, Y, was detained", "Also arrested was his
    brother, Y", "Y, su hermano, fue sancionado") when no one is named before them in it: kin of the one person (not an
    official) the sentence before names; none when it names several or none."""
    people = _people(s)
    if prev is None or not people:
        return []
    m = people[0][0]
    found = _patterns()[2].search(s.body, s.span.start, m.span.start) or _patterns()[3].match(s.body[m.span.end:s.span.end])
    if found is None:
        return []
    earlier = {e.local_id: (mm, e) for mm, e in _people(prev) if not is_official(e) and e.local_id != people[0][1].local_id}
    if len(earlier) != 1:
        return []
    (owner,) = earlier.values()
    at = found.start("kin") + (0 if found.re is _patterns()[2] else m.span.end)
    return [_relation(people[0], owner, found.group("kin"), Span(at, at + len(found.group("kin"))))]
