"""spaCy's greedy dependency parser and entity recognizer, their transition loop run while holding the GIL.

The installed spaCy runs a batch's transitions in C with the GIL released (``Parser.greedy_parse``), but each
validity test of each action calls state methods (``StateC.B_``, ``safe_get``) that take the GIL back and release it
again (Cython's exception checks): about 200 lock and unlock pairs per step of the English recognizer (74 actions),
which were two thirds of its CPU. ``TransitionsHeld`` takes the same steps from Python: the same precomputed
features summed by spaCy's own code (``precompute_hiddens``), the same output layer (thinc's ``gemm``, then its bias),
the same validity tests and best action (``Parser.transition_states``, which runs them holding the GIL, so taking it
is a counter). Each ``Doc`` gets the same heads, labels, sentence starts and entities as with spaCy's loop (checked
on bench/scale.py's texts, both languages, both components).

The documents of a batch are stepped together (spaCy steps them two at a time), in groups of at most
``STEP_TOKENS`` tokens: each step costs one call per group, and a group's precomputed features (4 KB a token for
the parser) stay within what spaCy's pairs of long chunks hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import DEP, ENT_TYPE
from spacy.tokens import Doc
from spacy.util import minibatch

STEP_TOKENS = 8_000  # tokens stepped together at most


class TransitionsHeld:
    """A pipeline component: ``parser`` (spaCy's ``DependencyParser`` or ``EntityRecognizer``), stepped from Python."""

    def __init__(self, parser: Any, blank: Doc) -> None:
        self.parser = parser
        # what the component's labels need: a doc carrying this annotation may bring a new label (spaCy checks every
        # token of every doc); the labels every doc brings (the parser's built-in ones) are checked once, here
        self.annotation = ENT_TYPE if parser.moves.__class__.__name__ == "BiluoPushDown" else DEP
        parser._ensure_labels_are_added([blank])

    def __call__(self, doc: Doc) -> Doc:
        self.parser.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            self.parser.set_annotations(batch, self.predict(batch))
            yield from batch

    def predict(self, docs: list[Doc]) -> list[Any]:
        """The final states of ``docs``' parses, in order (what ``Parser.predict`` returns)."""
        parser = self.parser
        if parser.cfg["beam_width"] != 1 or not any(len(doc) for doc in docs):
            return parser.predict(docs)
        annotated = [doc for doc in docs if len(doc) and doc.to_array(self.annotation).any()]
        if annotated:
            parser._ensure_labels_are_added(annotated)
        states: list[Any] = []
        for group in _groups(sorted(docs, key=len)):
            states.extend(zip(group, _step(parser, group), strict=True))
        by_doc = {id(doc): state for doc, state in states}
        return [by_doc[id(doc)] for doc in docs]


def _groups(docs: list[Doc]) -> Iterator[list[Doc]]:
    """``docs`` in runs of at most ``STEP_TOKENS`` tokens (a longer doc alone)."""
    group: list[Doc] = []
    tokens = 0
    for doc in docs:
        if group and tokens + len(doc) > STEP_TOKENS:
            yield group
            group, tokens = [], 0
        group.append(doc)
        tokens += len(doc)
    if group:
        yield group


def _step(parser: Any, docs: list[Doc]) -> list[Any]:
    """``docs`` parsed greedily together: spaCy's ``greedy_parse`` step by step, the GIL held."""
    batch = parser.moves.init_batch(docs)
    model = parser.model.predict(docs)  # the docs' features precomputed (spaCy's ParserStepModel)
    if model.vec2scores is None:
        model.clear_memory()
        return parser.predict(docs)
    weights, bias = model.vec2scores.get_param("W"), model.vec2scores.get_param("b")
    ops = model.vec2scores.ops
    unseen = model._class_mask == 0
    masked = bool(unseen.any())
    states = [state for state in batch if not state.is_final()]
    while states:
        vector = model.state2vec.predict(model.get_token_ids(states))
        scores = ops.gemm(vector, weights, trans2=True)
        scores += bias
        if masked:  # an unseen class scores the least, as in spaCy's loop
            scores[:, unseen] = np.nanmin(scores)
        states = parser.transition_states(states, scores)
    model.clear_memory()
    return batch
