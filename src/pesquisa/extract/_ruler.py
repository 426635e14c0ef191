"""spaCy's attribute ruler, compiled: the same rules, matched on token arrays instead of by the Matcher.

The models' attribute rulers map tags to parts of speech and morphology (the English one
has 180 rules, one per tag and per exception such as "that"/WDT -> PRON). spaCy runs them
through its general ``Matcher`` and sets every match's attributes one ``Span`` at a time:
a fifth of the English parse, more than the tagger and the parser's tok2vec together.

The rules only compare token attributes (equal, IN, NOT_IN, REGEX) over one or two
consecutive tokens, so each rule's matches are a few comparisons of the document's arrays.
The result is the stock ruler's, rule for rule: every rule is matched on the attributes as
they were before the ruler ran, then the matched tokens get the attributes of their rules
in the rules' order (a later rule wins, as spaCy sorts its matches by rule). A rule the
compiled form does not handle (an operator, an extension attribute) leaves the stock ruler
in charge of the whole pipeline.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from spacy.attrs import IDS
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # what the stock ruler sets attributes with

# token attributes a rule may test: all read from ``Doc.to_array`` as the Matcher reads them
_ATTRS = {"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "IS_SPACE", "IS_PUNCT", "IS_DIGIT", "LENGTH"}

Test = tuple[int, str, Any]  # (attribute id, "eq" | "in" | "not_in" | "regex", value)
Rule = tuple[list[list[list[Test]]], dict, int]  # (patterns: tokens: tests, attributes to set, token index)


def compile_rules(ruler: AttributeRuler) -> list[Rule] | None:
    """The ruler's rules as array tests, in the ruler's order; None when one of them cannot be compiled."""
    strings = ruler.vocab.strings
    rules: list[Rule] = []
    for i, entry in enumerate(ruler.patterns):
        index: int = entry["index"]  # type: ignore[assignment]
        patterns: list[list[list[Test]]] = []
        for pattern in entry["patterns"]:  # type: ignore[union-attr]
            tokens = [_token_tests(spec, strings) for spec in pattern]
            if not -len(pattern) <= index < len(pattern):
                return None
            if any(t is None for t in tokens):
                return None
            patterns.append([t for t in tokens if t is not None])
        rules.append((patterns, ruler.attrs[i], index))
    return rules


def _token_tests(spec: Any, strings: Any) -> list[Test] | None:
    """One pattern token's tests, as the Matcher reads them (``_get_attr_values``, ``_SetPredicate``)."""
    tests: list[Test] = []
    for name, value in spec.items():
        name = "ORTH" if name.upper() == "TEXT" else name.upper()
        if name not in _ATTRS:
            return None  # "OP", "_" and the rest: the stock ruler keeps the job
        attr = IDS[name]
        if isinstance(value, bool):
            tests.append((attr, "eq", int(value)))
        elif isinstance(value, str):
            tests.append((attr, "eq", strings.add(value)))
        elif isinstance(value, dict) and value and set(value) <= {"IN", "NOT_IN", "REGEX"}:
            for op, arg in value.items():
                if op == "REGEX":
                    tests.append((attr, "regex", re.compile(arg)))
                else:
                    tests.append((attr, op.lower(), np.array([get_string_id(v) for v in arg], dtype=np.uint64)))
        else:
            return None
    return tests


class CompiledAttributeRuler:
    """Applies an ``AttributeRuler``'s rules through token arrays (the stock ruler when they do not compile)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.rules = compile_rules(ruler)
        self.attrs: list[int | str] = sorted({t[0] for rule in self.rules or [] for p in rule[0] for tok in p for t in tok})

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            return self.ruler(doc)
        n = len(doc)
        if not n:
            return doc
        table = doc.to_array(self.attrs).reshape(n, -1).astype(np.uint64) if self.attrs else np.zeros((n, 0), np.uint64)
        columns: dict[Any, np.ndarray] = {attr: table[:, k] for k, attr in enumerate(self.attrs)}
        regex_memo: dict[tuple[int, Any], np.ndarray] = {}
        merged: dict[int, dict] = {}  # token -> attributes, later rules overriding earlier ones
        for patterns, attrs, index in self.rules:  # every rule sees the arrays before any was applied
            for tokens in patterns:
                length = len(tokens)
                if length > n:
                    continue
                starts = np.ones(n - length + 1, dtype=bool)
                for k, tests in enumerate(tokens):
                    starts &= _token_mask(tests, columns, doc, regex_memo)[k:n - length + 1 + k]
                offset = index if index >= 0 else length + index
                for start in np.flatnonzero(starts).tolist():
                    merged.setdefault(start + offset, {}).update(attrs)
        for i, attrs in merged.items():
            set_token_attrs(doc[i], attrs)
        return doc


def _token_mask(tests: list[Test], columns: dict[int, np.ndarray], doc: Doc,
                regex_memo: dict[tuple[int, Any], np.ndarray]) -> np.ndarray:
    """Tokens that pass all ``tests``."""
    mask = np.ones(len(doc), dtype=bool)
    for attr, op, value in tests:
        column = columns[attr]
        if op == "eq":
            mask &= column == np.uint64(value)
        elif op == "in":
            mask &= np.isin(column, value)
        elif op == "not_in":
            mask &= ~np.isin(column, value)
        else:  # regex: searched in the attribute's string, once per distinct value
            key = (attr, value)
            if key not in regex_memo:
                strings = doc.vocab.strings
                found: dict[int, bool] = {}
                regex_memo[key] = np.array([found[v] if v in found else found.setdefault(v, bool(value.search(strings[v])))
                                            for v in column.tolist()], dtype=bool)
            mask &= regex_memo[key]
    return mask
