"""An unnamed speaker whose noun tells a gender ("his sister", "la madre de la víctima"): a pronoun of that gender
right after them ("“...,” she said") is theirs, not the last named person of the other gender the story is about."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pesquisa.lexicon import fold, read_data
from pesquisa.records import Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._antecedents import Speaker
    from pesquisa.extract.quotes._titled import Titles


@cache
def _gendered() -> dict[str, frozenset[str]]:
    """Folded nouns of each gender (``gendered_nouns`` in speech.yaml)."""
    return {g: frozenset(fold(w) for w in words) for g, words in read_data("speech.yaml")["gendered_nouns"].items()}


def gendered_noun(folded: str) -> bool:
    """The folded word is a noun of a person of some gender ("mother", "la viuda")."""
    return any(folded in nouns for nouns in _gendered().values())


def noun_gender(resolver: Titles, speaker: Speaker) -> str | None:
    """The gender an unnamed speaker's head noun tells ("Her son", "la madre de la víctima"), "group" for a group
    spoken of as one ("el colectivo que fundó"), else None."""
    head = resolver._head_token(speaker.span) if speaker.local_id is None and speaker.span is not None else None
    if head is not None and fold(head.text) in _groups():
        return "group"
    return next((g for g, nouns in _gendered().items() if head is not None and fold(head.text) in nouns), None)


@cache
def _groups() -> frozenset[str]:
    """Folded nouns of a group spoken of as one (``group_nouns`` in speech.yaml)."""
    return frozenset(fold(w) for w in read_data("speech.yaml")["group_nouns"])


def unnamed_of_gender(resolver: Titles, wanted: str) -> Speaker | None:
    """The last speaker when no one is named for them and their head noun is of the ``wanted`` gender, else None."""
    last = resolver.last
    if last is None or last.cue != "unnamed" or last.span is None:
        return None
    head = resolver._head_token(last.span)
    return last if head is not None and fold(head.text) in _gendered().get(wanted, frozenset()) else None


def last_unless_a_body(resolver: Titles, subject: Span, at: int) -> Speaker | None:
    """The last speaker, unless the subject's head is a noun of a person of some gender ("relató la mujer", "the man
    said") or of a job ("indicó el mando militar", not a spokesperson, who speaks for the body) and the last speaker is
    none or no person (a place, a body): the person acting as a subject since, else someone unnamed in the subject's
    words."""
    from pesquisa.extract.quotes._antecedents import Speaker

    last = resolver.last
    head = resolver._head_token(subject)
    jobs = resolver.cues.generic_heads - resolver.cues.spokespeople
    if (last is not None and last.person) or head is None or \
            not (fold(head.text) in jobs or any(fold(head.text) in nouns for nouns in _gendered().values())):
        return last
    said = [resolver._head_token(Span(*key)) for key, heard in resolver.heard.items() if heard is last]  # its subject
    if any(t is not None and fold(t.text) in resolver.heads - resolver.cues.spokespeople for t in said[-1:]) and \
            fold(head.text) in jobs:
        return last  # "explicó el comandante de la Región Naval ... puntualizó el mando naval": the same officer
    acted = resolver._last_subject(at)  # "Rosa lleva dos años buscando ... relató la madre": a person acting since
    if acted is not None and acted.person and (last is None or last.span is None or
                                                (acted.span is not None and acted.span.start > last.span.start)):
        return acted
    return Speaker(resolver.text[subject.start:subject.end], None, subject, "unnamed")


def gendered_actor(resolver: Titles, wanted: str, at: int) -> Speaker | None:
    """Someone of the ``wanted`` gender the sentence before ``at`` (or the one before it) makes its subject by a noun
    ("Chilton's wife, Sue, has photographed the camps. “...,” she said"): unnamed, in the subject's words; None when
    those sentences have no such subject."""
    from pesquisa.extract.quotes._antecedents import Speaker

    here = resolver.doc.char_span(at, at + 1, alignment_mode="expand")
    if here is None:
        return None
    sentences = list(resolver.doc.sents)
    k = next((i for i, s in enumerate(sentences) if s.start <= here.start < s.end), 0)
    for sent in reversed(sentences[max(0, k - 2):k]):
        for tok in sent:
            if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.head.dep_ in {"ROOT", "conj"} and \
                    fold(tok.text) in _gendered().get(wanted, frozenset()):
                end = next((t.idx for t in tok.subtree if t.text == "," and t.i > tok.i), None)
                right = tok.right_edge
                span = Span(tok.left_edge.idx, end if end is not None else right.idx + len(right.text))
                return Speaker(resolver.text[span.start:span.end], None, span, "unnamed")
    return None
