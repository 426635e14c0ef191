"""Words of a Title Case headline that read as names: a participle after a title ("Agent| Accused of Helping ...",
"Officer| Charged ...") and a gerund opening the line ("Smuggling Fentanyl Pills Lands Laredo Teen in Prison").
Neither names a person."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from spacy.tokens import Doc

from pesquisa.extract.entities._names import is_given_name
from pesquisa.extract.nlp import doc_text
from pesquisa.lexicon import read_data
from pesquisa.records import Mention, Span

_PARTICIPLE = re.compile(r"[A-Z][a-z]+ed[ \xa0]+(?:of|in|on|for|with|after|over|by|to)[ \xa0]")


def verb_named(doc: Doc, mention: Mention) -> bool:
    """A one-word name the parse reads as a verb, or an English participle before a lower-case preposition
    ("Agent| Accused of ...", "Deputy| Charged in ..."): no one's name."""
    if " " in mention.name or is_given_name(mention.name):
        return False
    token = next((t for t in doc if t.idx == mention.span.start), None)
    return (token is not None and token.pos_ in {"VERB", "AUX"}) or \
        (doc.lang_ == "en" and _PARTICIPLE.match(doc_text(doc), mention.span.start) is not None)


def gerund_headline(doc: Doc, start: int, words: list[str]) -> bool:
    """A run of three capitalized words or more opening a line with an English gerund ("Smuggling Fentanyl
    Pills ..."): a headline's clause, no person."""
    first = words[0] if words else ""
    opens_line = start == 0 or doc_text(doc)[:start].rstrip(" \xa0").endswith("\n")
    return doc.lang_ == "en" and opens_line and len(words) >= 3 and len(first) >= 6 and first.endswith("ing") and \
        first[:1].isupper() and not is_given_name(first)


@cache
def _headline_words() -> tuple[frozenset[str], frozenset[str]]:
    data = read_data("names.yaml")
    return frozenset(data["headline_verbs_en"]), frozenset(data["headline_function_words"])


@cache
def _modals() -> frozenset[str]:
    return frozenset(read_data("names.yaml")["headline_modals_en"])


def _modal_predicate(words: list[str], verbs: frozenset[str]) -> bool:
    """The words open with a modal and a headline verb's bare form ("Will Face Trial", "Could Get Life"): a
    predicate, no name."""
    return len(words) > 1 and words[0] in _modals() and bool({words[1] + "s", words[1] + "es"} & verbs)


def _participle_cut(words: list[str], following: str, joiners: frozenset[str]) -> int | None:
    """Where a participle before a capitalized function word cuts a name that runs on into a Title Case headline
    ("Rafael Caro Quintero| Charged With ...", "Ex-Mayor| Arrested In ..."): the participle's index, after two
    words of name at least; ``following`` is the word after the name."""
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else following
        if i > 1 and re.fullmatch(r"[A-Z][a-z]+ed", word) and after in joiners and not is_given_name(word):
            return i
    return None


def headline_cut(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """English names after a title in a Title Case headline, without the headline's words: none where the name
    opens with a headline verb ("Boss| Pleads Guilty to ..."), cut before a capitalized function word ("President
    Trump| Before Marine One Departure")."""
    if doc.lang_ != "en":
        return mentions
    verbs, joiners = _headline_words()
    out = []
    for m in mentions:
        words = m.text.split()
        if m.type != "person":
            pass
        elif (len(words) > 1 and words[0] in verbs) or _modal_predicate(words, verbs):
            continue
        # "Ovidio Guzmán| Pleads Guilty": a headline's verb after the full name; "Rafael Caro Quintero| Charged With"
        elif (cut := next((i for i, w in enumerate(words) if i and w in joiners | (verbs if i > 1 else set())),
                          _participle_cut(words, _next_word(doc, m), joiners))) is not None:
            text = " ".join(words[:cut])
            m = dataclasses.replace(m, text=text, name=text, span=Span(m.span.start, m.span.start + len(text)))
        out.append(m)
    return out


def _next_word(doc: Doc, mention: Mention) -> str:
    """The word after ``mention`` on its line, or the empty string."""
    rest = doc_text(doc)[mention.span.end:mention.span.end + 40].split("\n")[0].split()
    return rest[0] if rest else ""
