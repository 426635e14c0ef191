"""A public figure's surname the model tags as nothing, where it names someone who acts or is acted with.

"Sheinbaum said she held a phone call with Trump", "The State Department said Rubio will meet ...": the small English
model leaves a surname alone untagged when the document never gives the full name. Such a surname of
``public_figures`` (names.yaml) is the person where the parse makes it an argument: a subject, an object, or the one
after a preposition other than "of"/"de" ("with Trump", "con Rubio"). A surname that only qualifies a noun ("the Trump
administration", "el gobierno de Trump", "la administración Trump") names what the leader leads, and stays out.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from pesquisa.extract.entities._figures import public_figure_surnames
from pesquisa.extract.nlp import doc_text
from pesquisa.records import Mention, Span

# the dependencies of a surname that stands for the person: subject, object, an argument after a preposition
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "iobj", "pobj", "obl", "obl:arg", "agent"})
_POSSESSIVE_CASES = frozenset({"of", "de", "del"})
_NAME_PARTS = frozenset({"compound", "flat", "flat:name"})
# the tags a surname alone gets: a proper noun, or, at a sentence's start, a noun or an adjective ("Bessent met with")
_NAME_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "X"})


def _argument(token: Token) -> bool:
    """The surname stands as an argument of its clause, not as a qualifier of a noun."""
    if token.dep_ in {"pobj"}:
        return token.head.lower_ not in _POSSESSIVE_CASES
    if token.dep_ in {"obl", "nmod"}:
        cases = [c for c in token.children if c.dep_ == "case"]
        return bool(cases) and not any(c.lower_ in _POSSESSIVE_CASES for c in cases)
    return token.dep_ in _ARGUMENTS


def bare_figures(doc: Doc, taken: list[Span]) -> list[Mention]:
    """People named by a public figure's surname alone that no mention holds and the parse makes an argument."""
    wanted = _figure_ids()
    out = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # the token array: most documents name no figure
        token = doc[i] if orth in wanted else None
        if token is None or token.pos_ not in _NAME_TAGS or not _argument(token):
            continue
        # with the name words the parse joins before it ("For García Harfuch": the whole name as written)
        first = token
        while first.i > 0 and doc[first.i - 1].dep_ in _NAME_PARTS and doc[first.i - 1].head == token and \
                doc[first.i - 1].is_title:
            first = doc[first.i - 1]
        span = Span(first.idx, token.idx + len(token.text))
        if any(span.overlaps(t) for t in taken):
            continue
        text = doc_text(doc)[span.start:span.end]
        out.append(Mention("person", text, span, text, source="rule"))
    return out


@cache
def _figure_ids() -> frozenset[int]:
    """The string ids (``ORTH``) of the public figures' surnames as written."""
    return frozenset(get_string_id(word) for word in public_figure_surnames())


def figures_read(doc: Doc, model: list[Mention], named: list[Mention], taken: list[Span],
                 bare: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The model's mentions less the named people, and those people with each figure's surname alone that is an
    argument ("held a phone call with Trump", "said Rubio will meet"); ``bare``: the model's one-word people, which a
    figure may take over."""
    model = [m for m in model if m not in named]
    figures = bare_figures(doc, taken + [m.span for m in model + named if m not in bare])
    return [m for m in model if not any(m.span == f.span for f in figures)], named + figures
