"""Frames that name whose words or view a sentence gives: "according to X, ..." / "según X, ..." and, at
the head of a sentence, an opinion's holder ("Para el investigador X, ...", "For X, ...", "A juicio de X").

A frame's source may carry an apposition ("Según Rubén Salazar, del Centro de Estudios ..., CLAIM",
"For X, a senior fellow at Brookings, CLAIM"): the words reported start after it, at the claim.
An opinion frame is ambiguous ("Para 2027, ...", "For many families, ...", "Para ello, ..."): the
extractor keeps it only when its source resolves to a person or body the frame itself names
(``extract_quotes``), and here only when its claim holds a finite verb.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from pesquisa.extract.quotes._colon_named import past_colon_name
from pesquisa.extract.quotes._comma_names import past_comma_names
from pesquisa.extract.quotes._cues import cues_in_text, is_speech_verb, speech_cues, text_of
from pesquisa.extract.quotes._marks import inside
from pesquisa.extract.quotes._said_by import named_at_the_end, past_what_was_said
from pesquisa.extract.quotes._subjects import past_the_one_told
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._antecedents import Speaker

MIN_CLAIM_WORDS = 4
# words that open an apposition of the frame's source: an affiliation ("del CIDE", "of the Wilson Center"),
# an indefinite description ("a senior fellow at ...", "una de las autoras"), a relative clause ("quien
# dirige ...", "who leads ...")
_APPOSITION_LEADS = frozenset({"de", "del", "of", "from", "at", "with", "a", "an", "un", "una", "uno",
                               "who", "quien", "quienes", "which", "que", "el", "la", "the"})
_RELATIVE_LEADS = frozenset({"who", "quien", "quienes", "which", "que"})
# a relative clause led by a preposition ("al que tuvo acceso este medio", "de la cual se desprende", "to which ...")
_LED_RELATIVE = re.compile(r"(?:al|del|a|de|en|con|por|para|to|of|in|from|by)[ \t]+(?:(?:el|la|los|las|lo)[ \t]+)?"
                           r"(?:que|cual|cuales|which|whom)\b")
_SURNAME_PARTICLES = frozenset({"de", "del", "la", "los", "las", "y"})  # "Salvador González de los Santos"
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@cache
def _frame_pattern(cue: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[\s,(]))({re.escape(cue)})\s+", re.I)


def is_finite(tok: Token) -> bool:
    """The token is a finite verb ("cambió", "is", "repite"), not an infinitive or a participle."""
    return tok.pos_ in {"VERB", "AUX"} and ("VerbForm=Fin" in str(tok.morph) or tok.tag_ in _FINITE_TAGS)


def _tokens(sent: SpacySpan, start: int, end: int) -> list[Token]:
    return [t for t in sent if start <= t.idx < end]


def _is_apposition(sent: SpacySpan, start: int, end: int, *, titled: bool) -> bool:
    """The words between ``start`` and ``end`` (a stretch between commas after a frame's source) describe the
    source rather than state the claim: an affiliation, a description led by a title or an indefinite, a
    participle ("elaborado por ..."), a relative clause, or a sentence adverb (``frame_asides``)."""
    toks = [t for t in _tokens(sent, start, end) if not t.is_punct]
    if not toks:
        return False
    phrase = fold(text_of(sent.doc)[start:end].strip())
    if phrase in speech_cues().frame_asides:
        return True
    first = toks[0].lower_
    if _LED_RELATIVE.match(phrase):
        return True  # "Según el expediente, al que tuvo acceso este semanario, CLAIM", "to which Reuters had access"
    if first == "a" and sent.doc.lang_ == "es":
        return False  # "a partir de 2026": a preposition, no indefinite
    if first in _RELATIVE_LEADS:
        return True
    if any(is_finite(t) for t in toks) or len(toks) > 20:
        return False
    if titled and toks[0].pos_ == toks[-1].pos_ == "PROPN" and 2 <= len(toks) <= 6 and \
            all(t.pos_ == "PROPN" or t.lower_ in _SURNAME_PARTICLES for t in toks):
        return True  # "A decir del comandante de la Zona Naval, Jorge Ruiz, CLAIM" ("..., Ana de la Torre,"): the title's name
    heads = load_lexicon().title_heads()
    if first in {"el", "la", "the"}:  # "el director de Lantia": a definite description only when led by a title
        return len(toks) > 1 and toks[1].lower_ in heads
    # "Para el analista X, consultor en seguridad, CLAIM": a bare singular noun describing the source
    bare = toks[0].pos_ == "NOUN" and toks[0].text.islower() and "Number=Sing" in str(toks[0].morph) and len(toks) <= 6
    return first in _APPOSITION_LEADS or toks[0].lower_ in heads or "VerbForm=Part" in str(toks[0].morph) or bare


_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def past_apposition(sent: SpacySpan, source: Span) -> int:
    """Where a frame's claim starts, right after its ``source`` and its comma or past up to two appositions of the
    source ("Según X, del CIDE, CLAIM"; a name only after a title: "del comandante ..., Jorge Ruiz, CLAIM"), each
    closed by a comma with a claim of some words left after it."""
    text = text_of(sent.doc)
    start = source.end + 1
    lead = [t for t in _tokens(sent, source.start, source.end) if t.pos_ not in {"DET", "ADP", "PUNCT"}]
    titled = bool(lead) and lead[0].lower_ in load_lexicon().title_heads()
    for _ in range(2):
        found = _CLAUSE_COMMA.search(text, start, sent.end_char)  # not the comma of a figure ("1,700 people")
        comma = found.start() if found else -1
        if comma == -1 or len(text[comma + 1:sent.end_char].split()) < MIN_CLAIM_WORDS or \
                not _is_apposition(sent, start, comma, titled=titled):
            break
        start = comma + 1
    return past_colon_name(sent, start, titled=titled, is_name=_name_words)


def according_frames(sent: SpacySpan, quotes: list[Span]) -> list[tuple[Span, Span | None]]:
    """(content, source) pairs framed by 'according to X' / 'según X' in one sentence, outside quotes; no source for
    a verb alone ("Según explicó, CLAIM": whoever the story is about, as for a verb with no subject)."""
    cues = speech_cues()
    text = text_of(sent.doc)[sent.start_char:sent.end_char]
    out: list[tuple[Span, Span | None]] = []
    for cue in cues_in_text(sent.doc, cues.according):
        for match in _frame_pattern(cue).finditer(text):
            if inside(sent.start_char + match.start(1), quotes):
                continue  # the speaker's own words: "(de acuerdo con el reportaje)" inside a quote
            rest = text[match.end():]
            if match.group(1).lower() == "per" and not re.match(r"(?:the|a|an)\s|[A-Z]", rest):
                continue  # "83 homicides per day": a rate, not "per the ministry"
            src_end = _SOURCE_END.search(rest, past_comma_names(rest))  # "the Bureau of Alcohol, Tobacco, ..."
            if not src_end:
                continue
            source = _past_the_verb(sent, Span(sent.start_char + match.end(), sent.start_char + match.end() + src_end.start()))
            source = past_what_was_said(sent, source)  # "de acuerdo con lo dicho por X": X
            lead = text[:match.start(1)].rstrip()
            relative = _RELATIVE_FRAME.match(rest)
            if relative is not None and lead.endswith(","):  # "una publicación de X, según la cual CLAIM"
                antecedent = _antecedent(sent, sent.start_char + len(lead) - 1)
                if antecedent is not None:
                    out.append((Span(sent.start_char + match.end() + relative.end(), sent.end_char), antecedent))
                continue
            # "que, según X, CONTENT", or a sentence adverb before the frame ("However, according to X, ...");
            # after a clause of its own the frame closes it: "CONTENT, according to X, the third in a row."
            opens = lead.endswith(("que,", "que", "that,", "that")) or (lead.endswith(",") and len(lead.split()) <= 3)
            if match.start(1) < 3 or (opens and rest[src_end.start()] == ","):
                # "According to X, CONTENT" / "que, según X, CONTENT" ("Según X, de la UNAM, CONTENT")
                content = Span(past_apposition(sent, source), sent.end_char)
                if content.start > source.end + 1 and (_is_document(sent, source) or _is_name(sent, source, content)):
                    # "el informe, elaborado por X": X is its author; "del comandante ..., Jorge Ruiz,": the name speaks
                    source = Span(source.start, content.start - 1)
            else:
                # "CONTENT, according to X." ("..., según el comandante de la región, general X.": X)
                content = Span(sent.start_char, sent.start_char + match.start(1))
                source = named_at_the_end(sent, source, _is_name)
            out.append((content, source if source.end > source.start else None))
    return out


def opinion_frames(sent: SpacySpan, quotes: list[Span]) -> list[tuple[Span, Span]]:
    """(claim, holder) of an opinion framed at the head of a sentence ("Para el investigador X, de la UNAM,
    el problema no está en la frontera", "For X, the answer is no"), after a sentence adverb at most: the
    holder closed by a comma, the claim a clause with a finite verb. Whether the holder is someone is for
    speaker resolution to say."""
    text = text_of(sent.doc)[sent.start_char:sent.end_char]
    out = []
    for cue in cues_in_text(sent.doc, speech_cues().opinion_frames):
        match = _frame_pattern(cue).search(text)
        if match is None or inside(sent.start_char + match.start(1), quotes):
            continue
        lead = text[:match.start(1)].strip()
        if lead and not (lead.endswith(",") and len(lead.split()) <= 3):
            continue  # inside a clause ("trabaja para el cártel", "a plan for the region")
        comma = text.find(",", match.end())
        if comma == -1:
            continue
        source = Span(sent.start_char + match.end(), sent.start_char + comma)
        holder = _tokens(sent, source.start, source.end)
        if not any(t.pos_ in {"NOUN", "PROPN"} for t in holder) or holder[0].like_num or _plural_group(holder):
            continue  # "Para ello", "Para 2027", "For the cartels", "Para muchos habitantes de Nogales"
        claim = Span(past_apposition(sent, source), sent.end_char)
        words = _tokens(sent, claim.start, claim.end)
        if words and words[0].lower_ == "i":
            continue  # "For NPR News, I'm Jane Roe in Reynosa.": a broadcast's sign-off, no one's opinion
        if len(text_of(sent.doc)[claim.start:claim.end].split()) >= MIN_CLAIM_WORDS and any(is_finite(t) for t in words):
            out.append((claim, source))
    return out


# the comma, semicolon or parenthesis closing a frame's source, else the sentence's end
_SOURCE_END = re.compile(r"[,;)]|:(?!\d)|\.?\s*$")
# a frame that opens a relative clause: "una publicación de X, según la cual CLAIM", "a report, according to which"
_RELATIVE_FRAME = re.compile(r"(?:(?:el|la|lo|los|las)\s+cual(?:es)?|which)\s+", re.I)
_RELATIVE_AFTER = re.compile(r",\s*(?:según|segun|according\s+to)\s+(?:(?:el|la|lo|los|las)\s+cual(?:es)?|which)\s", re.I)


def relative_source(text: str, source: Span | None) -> bool:
    """``source`` is the antecedent of a relative frame ("una publicación de X, según la cual ..."): a side remark of
    its sentence, whose subject stays whom the story is about (a verb with no subject after it is not the source's)."""
    return source is not None and _RELATIVE_AFTER.match(text, source.end) is not None


def _antecedent(sent: SpacySpan, comma: int) -> Span | None:
    """The noun phrase that ends at ``comma``, the antecedent of a frame's relative ("una publicación de The New York
    Times, según la cual ..."): from the last word before it up to the noun a verb governs, with its modifiers."""
    before = [t for t in sent if t.idx + len(t.text) <= comma and not t.is_punct]
    if not before:
        return None
    tok = before[-1]
    while tok.head.i != tok.i and tok.head.i < before[-1].i + 1 and tok.head.pos_ in {"NOUN", "PROPN", "DET", "ADP"}:
        tok = tok.head
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    return Span(tok.left_edge.idx, comma)


def _is_document(sent: SpacySpan, source: Span) -> bool:
    """The frame's source is a document ("el informe", "a report"), whose apposition may name its author."""
    words = [fold(t.text) for t in _tokens(sent, source.start, source.end) if t.pos_ not in {"DET", "PUNCT"}]
    return bool(words) and words[0] in speech_cues().carriers


def _is_name(sent: SpacySpan, source: Span, claim: Span) -> bool:
    """The apposition between a frame's source and its claim is a name ("..., Jorge Ruiz, CLAIM"), a rank or title
    in lower case before it too ("del comandante de la división, general Federico Mejía, CLAIM")."""
    toks = [t for t in _tokens(sent, source.end + 1, claim.start) if not t.is_punct]
    heads = load_lexicon().title_heads()
    while len(toks) > 1 and toks[0].text.islower() and (toks[0].lower_ in heads or fold(toks[0].text) in heads):
        toks = toks[1:]
    return _name_words(toks)


def _name_words(toks: list[Token]) -> bool:
    """The words are a name: proper nouns, the tagger's other reading of a capitalized word inside it allowed
    ("Aguilar Durán" with "Durán" read as a verb hung flat on the name)."""
    return bool(toks) and toks[0].pos_ == "PROPN" and \
        all(t.pos_ == "PROPN" or (t.dep_ == "flat" and t.text[:1].isupper()) for t in toks)


def _plural_group(holder: list[Token]) -> bool:
    """The frame's holder is a group named by a plural common noun ("the cartels", "muchos habitantes")."""
    heads = [t for t in holder if t.head.i == t.i or not holder[0].i <= t.head.i <= holder[-1].i]
    return bool(heads) and heads[0].pos_ == "NOUN" and "Number=Plur" in str(heads[0].morph)


def _past_the_verb(sent: SpacySpan, source: Span) -> Span:
    """The source of "según dijo a EFE una fuente", "según han informado fuentes" is the source: not the verb (nor
    its auxiliary), nor the one told."""
    first = next((t for t in sent if t.idx >= source.start), None)
    if first is not None and first.pos_ == "AUX" and first.i + 1 < sent.end and is_speech_verb(sent.doc[first.i + 1]):
        first = sent.doc[first.i + 1]  # "según han informado fuentes": past the compound tense's auxiliary
    if first is None or not is_speech_verb(first):
        return source
    at = past_the_one_told(first, framed=True)
    start = sent.doc[at].idx if at < len(sent.doc) else source.end
    if start >= source.end and first.idx + len(first.text) >= source.end:
        return Span(source.end, source.end)  # "Según dijo, CLAIM": the verb alone, no source
    return Span(start, source.end) if start < source.end else source


def possessive_frames(sent: SpacySpan, quotes: list[Span]) -> list[Span]:
    """The claim of each sentence that opens with an opinion frame whose holder is a possessive ("A su juicio, la
    Guardia Nacional ha sido clave ...", "In her view, the law failed"): the clause after its comma, with a finite
    verb. Its holder is whoever the sentences before are about (speaker resolution)."""
    text = text_of(sent.doc)[sent.start_char:sent.end_char]
    lead = fold(text.split(",", 1)[0].strip())
    if "," not in text or lead not in _possessive_frames() or inside(sent.start_char, quotes):
        return []
    claim = Span(sent.start_char + text.index(",") + 1, sent.end_char)
    words = _tokens(sent, claim.start, claim.end)
    enough = len(text_of(sent.doc)[claim.start:claim.end].split()) >= MIN_CLAIM_WORDS
    return [claim] if enough and any(is_finite(t) for t in words) else []


@cache
def _possessive_frames() -> frozenset[str]:
    return frozenset(fold(f) for code in ("en", "es") for f in load_lexicon().speech["possessive_frames"][code])


def holder_named(speaker: Speaker | None, frame: Span | None) -> bool:
    """The speaker an opinion frame resolved to is a person or body the frame itself names ("Para el
    investigador X", "For García Harfuch", "Para la Cancillería"), not an unnamed group, a country or
    whoever spoke before."""
    return speaker is not None and frame is not None and speaker.span is not None and \
        speaker.cue in {"subject", "title", "name"} and frame.start <= speaker.span.start < frame.end
