"""Subjects that name a body by its kind: a town's government ("la alcaldía"), the press ("local media"), a bare
"the government", a force named by its place ("Police in Guayaquil"), and descriptions that name the kind of
the body they stand for ("the department said").

Such a subject names no entity of the story: unless the story names the very body (a mention inside the
subject, or a country speaking just before a bare "the government"), it speaks as someone unnamed, never as
whoever spoke last nor as the place it is named after. A description that names a kind ("the department") fits
only a body whose name holds it; one that follows the reported clause ("X agents seized ..., the agency said")
stands for the body that clause names first.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pesquisa.extract.quotes._descriptions import DETERMINERS
from pesquisa.extract.quotes._person_noun import titled_as_person
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._antecedents import Speaker
    from pesquisa.extract.quotes._speakers import Resolver
    from pesquisa.records import LocalEntity


@cache
def _nameless() -> dict[str, frozenset[str]]:
    """The folded phrases of each kind of nameless body (``nameless_bodies`` in speech.yaml)."""
    spec = read_data("speech.yaml")["nameless_bodies"]
    return {kind: frozenset(fold(w) for w in words) for kind, words in spec.items()}


@cache
def own_outlet() -> re.Pattern[str]:
    """The outlet's own records ("según registros de este semanario"): a source no one is named as."""
    own = read_data("speech.yaml")["own_outlet"]
    return re.compile(rf"\b(?:{'|'.join(own['determiners'])})[ \xa0]+(?:{'|'.join(own['nouns'])})\b", re.I)


@cache
def _kind_words() -> frozenset[str]:
    """Folded descriptions that name the kind of body they stand for (``kind_descriptions``)."""
    return frozenset(fold(w) for w in read_data("speech.yaml")["kind_descriptions"])


def nameless_body(resolver: Resolver, subject: Span, words: list[str]) -> Speaker | None:
    """The speaker of a subject naming a body by its kind alone (module docstring), or None to read it on.

    A town's government or the press with no organization named in the subject, a force named by its place
    ("Police in Guayaquil") and a bare "the government" (unless a country spoke just before) are unnamed.
    """
    if any(subject.start <= m.span.start < subject.end for m, _e in resolver.mentions if _e.type == "person"):
        return None
    content = [w for w in words if w not in DETERMINERS]
    kinds = _nameless()
    names_org = any(subject.start <= m.span.start < subject.end for m, e in resolver.mentions if e.type == "organization")
    root = resolver._head_token(subject)
    head = fold(root.text) if root is not None else ""
    if head in kinds["forces"] and root is not None and _named_by_place(resolver, subject, root):
        return resolver._unnamed(subject)  # "Police in Guayaquil say": a nameless group, not Guayaquil
    if names_org or not content:
        return None
    if any(content[:len(w.split())] == w.split() for w in kinds["local"]) or content[0] in kinds["media"] or \
            (len(content) > 1 and any(w in kinds["press"] for w in content[:2])):
        return resolver._unnamed(subject)  # "La alcaldía informó", "Medios locales reportaron", "The city said"
    if " ".join(content) in kinds["government"]:
        return _government_before(resolver) or resolver._unnamed(subject)
    return None


def _government_before(resolver: Resolver) -> Speaker | None:
    """The speaker before a bare "the government", when it is one: a country ("Mexico said ... The government
    said") or a body named as a government ("El Ayuntamiento de Tijuana informó ... El gobierno informó")."""
    last = resolver.last
    if last is None or last.local_id is None:
        return None
    kinds = _nameless()
    words = fold(last.name or "").split()
    governs = any(words[:len(w.split())] == w.split() for w in kinds["local"] | kinds["government"])
    return last if last.cue == "country" or governs else None


def org_headed(resolver: Resolver, subject: Span) -> bool:
    """The subject's head describes an organization ("The company that owns the truck", "la empresa afectada"),
    no name's word: whoever it stands for, it is never a person."""
    root = resolver._head_token(subject)
    return root is not None and fold(root.text) in resolver.cues.org_descriptions and \
        not any(m.span.start <= root.idx < m.span.end for m, _e in resolver.mentions) and \
        not titled_as_person(resolver, subject)  # ("La secretaria agregó": the woman heading the Secretaría)


def _named_by_place(resolver: Resolver, subject: Span, root) -> bool:
    """The force is named after a place it stands in ("Police in Guayaquil", "la policía de Celaya"), its
    own word no part of a name the story gives an organization ("Chicago Police Department")."""
    if any(m.span.start <= root.idx < m.span.end for m, _e in resolver.mentions):
        return False
    rest = fold(resolver.text[root.idx + len(root.text):subject.end]).split()
    return bool(rest) and rest[0] in {"in", "en", "de", "del", "of"}


def kind_fits(resolver: Resolver, subject: Span, body: Speaker) -> bool:
    """A description naming a kind ("the department", ``kind_descriptions``) fits a body whose name or a
    mention of it holds that word; any other description fits."""
    own = {w for w in fold(resolver.text[subject.start:subject.end]).split() if w in _kind_words()}
    if not own or body.local_id is None:
        return True
    names = {fold(body.name or "")} | {fold(m.text) for m, e in resolver.mentions if e.local_id == body.local_id}
    return any(w in name.replace("'s", " ").split() for w in own for name in names)


# the dash that closes a dateline ("CASA GRANDE, Ariz. (KTVK) - ", "CULIACÁN, Sin.- "): the story starts after it
_DATELINE_DASH = re.compile(r"(?:\s[-\u2013\u2014]{1,2}|\.-)\s")


def clause_body(resolver: Resolver, subject: Span) -> tuple | None:
    """The (mention, entity) of the organization that opens the reported clause when its description follows it
    ("Arizona Department of Public Safety troopers found ..., the agency said"), else None."""
    span = resolver.doc.char_span(subject.start, subject.end, alignment_mode="expand")
    if span is None or span.sent.start_char >= subject.start:
        return None
    start = span.sent.start_char
    dashes = list(_DATELINE_DASH.finditer(resolver.text, start, subject.start))
    start = dashes[-1].end() if dashes and dashes[-1].start() - start < 80 else start  # (after a dateline)
    named = [(m, e) for m, e in resolver.mentions if start <= m.span.start < subject.start]
    if not named or named[0][1].type != "organization":
        return None
    mention, entity = named[0]
    lead = fold(resolver.text[start:mention.span.start]).split()
    return (mention, entity) if all(w in DETERMINERS for w in lead) else None


def cut_names(resolver: Resolver, subject: Span) -> list:
    """The (mention, entity) of an organization whose name the parse cut the subject short inside ("La Secretaría|
    de Marina informó que ...", the Spanish parse hanging "de Marina" on the verb): whole words of it in the subject."""
    return [(m, e) for m, e in resolver.mentions if e.type == "organization" and
            subject.start <= m.span.start < subject.end < m.span.end and
            resolver.text[subject.end:subject.end + 1] in {" ", "\xa0"}]


def head_mention(resolver: Resolver, subject: Span, within: list) -> tuple[LocalEntity, Span]:
    """(entity, span) of the body a subject names among several: the one holding the subject's head ("The Financial
    Intelligence Unit (UIF) of Mexico's Ministry of Finance said": the unit, not the ministry it belongs to), else
    the last ("Mexico's foreign ministry")."""
    root = resolver._head_token(subject)
    mention, entity = next(((m, e) for m, e in within if root is not None and m.span.start <= root.idx < m.span.end),
                           within[-1])
    return entity, mention.span


@cache
def _group_nouns() -> frozenset[str]:
    """Folded nouns a story uses for an organization it named (``org_group_nouns`` in speech.yaml)."""
    return frozenset(fold(w) for w in read_data("speech.yaml")["org_group_nouns"])


def named_group(resolver: Resolver, subject: Span, head: str | None, at: int) -> Speaker | None:
    """A subject that is only "the group", "la organización" (its determiner, maybe a modifier: "the press freedom
    group") stands for the organization named last before ``at``, not an outlet told ("told AFP"), nor a person
    quoted before; with no organization named, someone unnamed. None for any other subject."""
    if head not in _group_nouns() or any(subject.start <= m.span.start < subject.end for m, _e in resolver.mentions):
        return None
    if resolver.text[subject.start:subject.end].count(" ") > 3:
        return None  # "the group that searches for the missing in Sinaloa": a description of its own
    named = [(m, e) for m, e in resolver.mentions if e.type == "organization" and m.span.end <= at and
             not _outlet(e)]
    if not named:
        return Speaker(resolver.text[subject.start:subject.end], None, subject, "unnamed")
    return resolver._entity_speaker(named[-1][1], subject, "description")


def _outlet(entity: LocalEntity) -> bool:
    """The organization is a news outlet (the lexicon's kind ``media``)."""
    org = load_lexicon().organizations.get(entity.key) if entity.key else None
    return org is not None and org.kind == "media"
