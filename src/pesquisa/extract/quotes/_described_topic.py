"""A description as the topic of the sentence right before a quote that names no speaker ("La mandataria abrió la
conferencia. «...», dijo"; "Back in his office, the friar closed his notebook. “...,” he said"), or a given name
alone that a feature calls someone by ("Uno de ellos lo maneja Ramiro. “...”, cuenta").

The description stands for the person who holds it as a title (the synonym read: "la mandataria" is the
"presidenta"), else for the person it stood for the last time it opened such a sentence (a feature's "the friar",
"la mujer", a word no one holds as a title): remembered on the resolver when that quote went to someone. Never
whoever spoke just before, when the narration has turned to someone else in between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.extract.quotes._given_names import lone_given_name
from pesquisa.extract.quotes._marks import inside
from pesquisa.extract.quotes._passive import acted_upon
from pesquisa.extract.quotes._state_official import state_official
from pesquisa.extract.quotes._titled import _synonyms
from pesquisa.lexicon import fold
from pesquisa.records import LocalEntity, Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._speakers import Resolver

_DEFINITE = {"the", "el", "la", "this", "that", "este", "esta", "ese", "esa", "aquel", "aquella"}


def described_topic(resolver: Resolver, at: int, fallback: Speaker | None) -> Speaker | None:
    """The person the description opening the sentence before ``at`` stands for (see the module docstring), else
    None; with none known, the description is remembered as ``fallback``, the person the caller gives the quote."""
    head = _topic_description(resolver, at)
    if head is None:
        return None
    if head.pos_ == "PROPN":  # "Uno de ellos lo maneja Ramiro, de 52 años. “...”, cuenta": a person named so alone
        named = Speaker(head.text, None, _span_of(head), "name", person=True)
        for noun in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
            resolver.described_as[fold(noun.text)] = named  # "Lupita, la maestra de tercer grado": "la maestra" later
        return named
    word = fold(head.text)
    state = state_official(resolver, [word, *(fold(c.text) for c in head.children if c.dep_ == "amod")], head.idx)
    if state is not None:  # "La mandataria chihuahuense recorrió ...": the governor named beside Chihuahua
        return Speaker(state.name, state.local_id, _span_of(head), "title", person=True)
    title = resolver._as_title([word])  # ("la mandataria": the "presidenta")
    if word in resolver.heads or title != [word]:
        hit = _holder(resolver, head, word)
        if hit is not None:
            return Speaker(hit.name, hit.local_id, _span_of(head), "title", person=True)
    known = resolver.described_as.get(word)
    if known is not None:
        return Speaker(known.name, known.local_id, _span_of(head), known.cue, person=known.person)
    if fallback is not None and fallback.person:
        resolver.described_as[word] = fallback
    return None


def _holder(resolver: Resolver, head: Token, word: str) -> LocalEntity | None:
    """The person holding the title the description at ``head`` stands for, named before it: its adjective read with
    it ("el mandatario estatal": the gobernador), and of the titles a word stands for ("el mandatario": presidente or
    gobernador) the holder named last; never someone the description's own sentence names after it ("El mandatario
    criticó al presidente Trump")."""
    table = _synonyms(resolver.lang)
    phrase = " ".join([word, *(fold(c.text) for c in head.children if c.dep_ == "amod")])
    options = [t.split() for t in table.get(phrase) or table.get(word) or ()] or [resolver._as_title([word])]
    hits = [hit for hit in (resolver._described(t, head.idx) for t in options) if hit is not None]
    return max(hits, key=lambda e: max((m.span.start for m in e.mentions if m.span.start < head.idx), default=-1),
               default=None)


def _topic_description(resolver: Resolver, at: int) -> Token | None:
    """The head of a definite description of a person that is the active subject of the main verb of the sentence
    right before ``at``, in its paragraph and outside quotes, naming no one; else None."""
    sents = [s for s in resolver.doc.sents if s.end_char <= at and not inside(s.root.idx, resolver.quotes)
             and not s.root.is_space]
    if not sents:
        return None
    before = sents[-1].start_char < resolver.text.rfind("\n\n", 0, at)  # the paragraph before: a given name only
    root = sents[-1].root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if not subjects or acted_upon(root):
        return None
    places = {fold(e.name) for e in resolver.entities if e.type == "place"}  # ("León, Gto.- ...": a dateline's city)
    given = [c for c in subjects if c.pos_ == "PROPN" and lone_given_name(c.text) and fold(c.text) not in places and
             not any(m.span.start <= c.idx < m.span.end for m, _e in resolver.mentions)]
    if given:  # (the parse may give the verb a second subject: "Uno de ellos lo maneja Ramiro")
        return given[0]
    subject = subjects[0]
    if "Number=Plur" in str(subject.morph):
        return None
    if before or subject.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children):
        return None
    whole = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))
    if any(whole[0] <= m.span.start < whole[1] for m, _e in resolver.mentions):
        return None  # a name in it: the sentence topic of the names (``_sentence_topic``)
    word = fold(subject.text)
    cues = resolver.cues
    return None if word in cues.org_descriptions or word in cues.carriers or word in cues.unnamed else subject


def _span_of(token: Token) -> Span:
    """The span of one token."""
    return Span(token.idx, token.idx + len(token.text))
