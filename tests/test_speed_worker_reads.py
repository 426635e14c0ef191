"""Shortcuts taken for speed (speed25) give the answers of what they replace, on hand-written sentences."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pesquisa.extract.entities._generic_setting import _generic_forms, generic_set_elsewhere
from pesquisa.extract.nlp import doc_text, parse, parse_batch, tagged
from pesquisa.extract.quotes._topic_label import topic_before_quote
from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span

SRC = Path(__file__).resolve().parents[1] / "src"


def test_generic_forms_are_those_each_organization_lists() -> None:
    """The folded generic aliases made once are, for each country, what every call folded from every organization."""
    orgs = load_lexicon().organizations.values()
    made = _generic_forms()
    assert made, "organizations.yaml lists generic aliases"
    for e in orgs:
        for form in e.setting_only:
            if form not in e.context_only and e.country is not None:
                assert fold(form) in made[e.country]
    for country, forms in made.items():
        for key in forms:
            assert any(e.country == country and key in {fold(f) for f in e.setting_only if f not in e.context_only}
                       for e in orgs)


def test_generic_alias_still_reads_the_story_setting() -> None:
    country = next(c for c, forms in _generic_forms().items() if fold("Interior Ministry") in forms)
    text = "MADRID, May 4 (Reuters) - Police seized two tonnes of cocaine in Algeciras, the Interior Ministry said."
    assert generic_set_elsewhere(text, "the Interior Ministry", country) in {None, "es"}
    assert generic_set_elsewhere(text, "the Harbour Board", country) is None


def test_text_kept_for_each_parse_is_spacys_text() -> None:
    """Quote steps read ``doc_text`` where they joined every token again: the same string for every kind of parse."""
    texts = ["El vocero dijo: “No habrá tregua”, y se retiró.\n\nLa Fiscalía abrió una carpeta.",
             "Cartel violence: “We are losing a generation,” says mayor"]
    for doc in [*parse_batch(texts, "es"), parse(texts[1], "en"), tagged(texts[1], "en")]:
        assert doc is not None and doc_text(doc) == doc.text


def test_topic_label_headline_still_found() -> None:
    text = "Cartel violence: “We are losing a generation,” says mayor"
    doc = parse(text, "en")
    verb = next(t for t in doc if t.text == "says")
    quote = Span(text.index("“"), text.index("”") + 1)
    assert topic_before_quote(verb, [quote]) is (doc[verb.i + 1].pos_ in {"NOUN", "PROPN", "DET"} and any(
        c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children))


def test_cli_starts_without_the_network_analysis() -> None:
    """Every command registered, and networkx (about 0.4 s of an ingest's start) not imported until a network runs."""
    code = ("import sys; from pesquisa.cli import get_app; app = get_app(); "
            "print('networkx' in sys.modules, any(m.startswith('pesquisa.analyze') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"})
    assert out.stdout.split() == ["False", "False"]
