"""A spokesperson named again, and the body a person speaks for.

"A spokesman for the Financial Intelligence Unit said ... “...,” the spokesman said": the one who spoke as the
spokesman before (here the unit); "el vocero de la Semar, capitán X, explicó ... El portavoz añadió": X. A body
written before the noun ("a Treasury spokesperson") is the body the article names so. With no spokesperson
before, "the spokesman" stays someone unnamed (``unnamed`` in speech.yaml).

"El vocero de la Semar, capitán X, explicó ... La institución precisó": the body the person who spoke last was
introduced with speaks, not an office their words named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pesquisa.extract.quotes._antecedents import Antecedents, Speaker
from pesquisa.extract.quotes._credited import headline_credited
from pesquisa.extract.quotes._descriptions import DETERMINERS, INDEFINITES
from pesquisa.extract.quotes._short_title import short_title_holder
from pesquisa.lexicon import CRIMINAL_KINDS, fold, load_lexicon
from pesquisa.records import LocalEntity, Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._titled import Titles



def spokesperson_speaker(known: Antecedents, subject: Span, words: list[str], at: int) -> Speaker | None:
    """Who a subject built on a spokesperson noun speaks for: the body a word before the noun names ("a Treasury
    spokesperson"), or for a definite one alone ("the spokesman", "el portavoz") whoever spoke as a spokesperson
    before; None when neither is found."""
    content = [w for w in words if w not in DETERMINERS]
    if not content or content[-1] not in known.cues.spokespeople or len(content) > 3:
        return None
    if content[:-1]:
        body = _body_named(known, " ".join(content[:-1]))
        return known._entity_speaker(body, subject, "subject") if body is not None else \
            _described_owner(known, subject, words, at)
    if words and words[0] in INDEFINITES:  # "a spokesman said": someone unnamed, unless a body has just spoken
        return _body_just_heard(known, subject)
    if not words or words[0] not in DETERMINERS:
        return None
    heard: dict[tuple[int, int], Speaker | None] = getattr(known, "heard", {})
    for (start, end), speaker in reversed(list(heard.items())):
        said_as = set(fold(known.text[start:end]).replace(",", " ").split())
        if start < at and speaker is not None and said_as & known.cues.spokespeople:
            return speaker
    return None


def _body_just_heard(known: Antecedents, subject: Span) -> Speaker | None:
    """The organization that spoke in the sentence right before a bare "a spokesperson said" ("The Home Office said
    ... . A spokesperson said: ..."): the body that spokesperson speaks for; None after a person, an unnamed source,
    or further back (a sentence between; the next paragraph opening with it is close enough)."""
    last = known.last
    if last is None or last.person or last.local_id is None or last.cue in {"country", "unnamed"} or last.span is None \
            or last.span.end > subject.start:
        return None
    between = known.text[last.span.end:subject.start]
    if len(re.findall(r"[.!?][\"\u201d\u00bb]?\s", between)) > 1:
        return None
    return Speaker(last.name, last.local_id, subject, "subject")


def _described_owner(known: Antecedents, subject: Span, words: list[str], at: int) -> Speaker | None:
    """For "the agency's spokesperson" (folded: the, agency, s, spokesperson): the body "the agency" stands for, when
    a body spoke before (not one only named: "... ordered by Los Lobos gang leaders. The ministry's spokesman said");
    None for any other owner."""
    if len(words) != 4 or words[0] != "the" or words[2] != "s" or words[1] not in known.cues.org_descriptions or \
            known.last_org is None:
        return None
    mark = next((i for i, ch in enumerate(known.text[subject.start:subject.end]) if ch in "'\u2019"), -1)
    return known._described_body(Span(subject.start, subject.start + mark), at, known.last_org) if mark > 0 else None


def _body_named(known: Antecedents, phrase: str) -> LocalEntity | None:
    """The organization of the article a phrase names: one of its mentions, its name or a lexicon alias (a form
    the lexicon reads only in context too: "Treasury" where the Treasury Department is named)."""
    for mention, entity in known.mentions:
        if entity.type != "organization":
            continue
        entry = load_lexicon().organizations.get(entity.key) if entity.key else None
        forms = {fold(mention.text), fold(entity.name)} | \
            ({fold(a) for a in (*entry.aliases, *entry.context_only)} if entry is not None else set())
        if phrase in forms:
            return entity
    return None


def speaking_body(known: Antecedents, subject: Span, at: int) -> Speaker | None:
    """The organization named in the subject of the person who spoke last ("el vocero de la Semar, capitán X"), when
    that person spoke after any organization did and the description fits it (``generic_bodies``); else None."""
    head = known._head_token(subject)
    generic = {fold(w) for w in load_lexicon().speech.get("generic_bodies", [])}
    last = known.last
    last_at: int | None = getattr(known, "last_at", None)
    if last is None or not last.person or last_at is None or last_at >= at or \
            (known.last_org_at is not None and known.last_org_at > last_at):
        return None
    heard: dict[tuple[int, int], Speaker | None] = getattr(known, "heard", {})
    for (start, end), speaker in reversed(list(heard.items())):  # ("El portavoz añadió": named with the body before)
        if speaker is None or speaker.local_id != last.local_id:
            continue
        for mention, entity in known.mentions:
            entry = load_lexicon().organizations.get(entity.key) if entity.key else None
            if entity.type == "organization" and start <= mention.span.start < end and \
                    (entry is None or entry.kind not in CRIMINAL_KINDS) and head is not None and \
                    (fold(head.text) in generic or fold(head.text) in fold(entity.name).split()):
                return known._entity_speaker(entity, mention.span, "description")
    return None


def member_speaking(known: Titles, subject: Span, bodies: list, at: int) -> Speaker | None:
    """For a title of a body that no person of the article holds ("el titular de la Defensa", "the DEA
    administrator"): the last person who spoke with that body named in their own subject ("El secretario de la
    Defensa Nacional, general X, afirmó"), else the person the headline credits (``headline_credited``); None when
    neither, or the title's head names people unnamed."""
    head = known._head_token(subject)
    if head is None or fold(head.text) in known.cues.unnamed:
        return None
    ids = {e.local_id for _m, e in bodies if e.type == "organization"}
    heard: dict[tuple[int, int], Speaker | None] = getattr(known, "heard", {})
    for (start, end), speaker in reversed(list(heard.items())):
        if start < at and speaker is not None and speaker.person and speaker.local_id is not None and \
                any(e.local_id in ids and start <= m.span.start < end for m, e in known.mentions):
            return speaker
    return headline_credited(known, subject)


def office_holder(known: Titles, own: list[str], at: int) -> LocalEntity | None:
    """For "el titular de la Defensa" (the subject's folded words, determiners aside): the person holding the title of
    that office's head ("secretario de la Defensa Nacional", ``office_holders`` in titles.yaml), else the last person
    who spoke when their title holds that head ("el general secretario X"); None for any other subject. The
    office's holder speaks, never the office itself."""
    title = known._office_title(" ".join(own)) if own[:1] == ["titular"] else None
    if title is None:
        return None
    hit = known._described(fold(title).split(), at) or known._described(_feminine(fold(title)).split(), at) or \
        _introduced_as(known, fold(title), at) or short_title_holder(known, title, at)
    last = known.last
    if hit is not None or last is None or not last.person or last.local_id is None:
        return hit
    person = next((e for e in known.entities if e.local_id == last.local_id), None)
    head = fold(title).split()[0]
    return person if person is not None and any(head in fold(t).split() for t in known._titles(person)) else None


def _introduced_as(known: Titles, title: str, at: int) -> LocalEntity | None:
    """The person last introduced before ``at`` right after the folded ``title`` written out ("El secretario de la
    Defensa Nacional, general X, ..."), whatever rank the apposition adds; else None."""
    found = None
    for mention, entity in known.mentions:
        if entity.type == "person" and mention.span.start < at and \
                title in fold(known.text[max(0, mention.span.start - len(title) - 30):mention.span.start]):
            found = entity
    return found


def _feminine(title: str) -> str:
    """A Spanish office title with its head word in the feminine ("secretario de gobernacion" -> "secretaria de
    gobernacion", "procurador" -> "procuradora"; "fiscal" stays): a woman holds the office as well."""
    head, _, rest = title.partition(" ")
    head = head[:-1] + "a" if head.endswith("o") else head + "a" if head.endswith("or") else head
    return f"{head} {rest}".strip()


def body_titled(known: Titles, subject: Span, bodies: list) -> LocalEntity | None:
    """For "the head of the Drug Enforcement Administration" (``body_heads`` in speech.yaml, neither former nor
    indefinite) with no one holding that title: the one person whose title names that body ("DEA Administrator X"),
    whatever the title; None when no one or several do."""
    words = fold(known.text[subject.start:subject.end]).split()
    head = known._head_token(subject)
    heads = {fold(w) for w in load_lexicon().speech["body_heads"]}
    if head is None or fold(head.text) not in heads or not words or words[0] in INDEFINITES or \
            {"former", "exjefe", "exjefa", "extitular", "exlider"} & set(words):
        return None
    names = {n for _m, e in bodies if e.type == "organization"
             for n in ({fold(e.name)} | known._aliases(e) | {fold(m.text) for m, o in known.mentions if o is e})}
    fits = [e for e in known.entities if e.type == "person" and any(
        f" {n} " in f" {fold(t)} " for t in known._titles(e) for n in names if n)]
    return fits[0] if len(fits) == 1 else None
