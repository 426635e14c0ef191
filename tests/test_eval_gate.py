"""Quality gate: shared/eval/score.py on the stored export, per language, against the issues' floors.

The floors are the bars of issues 3-5 and 11; lowering one is a deliberate edit of FLOORS. Subsets and
the scorer run come from ``pesquisa.report.evaluate`` (the same code as ``pesquisa eval`` and
``bench/eval_by_language.py``).
"""

from __future__ import annotations

import json

import pytest

from pesquisa.report.evaluate import gold_subsets, score_json

FLOORS = {
    "people_f1": 0.95,
    "organizations_recall": 0.90,
    "boilerplate_f1": 0.95,
    "quotes_found": 0.95,
    "quotes_attributed": 0.90,
    "quantities_found": 0.95,
    "quantities_right": 0.93,
    "xdoc_people_f1": 0.95,
    "events_right": 0.90,  # issue 11
    "xdoc_events_f1": 0.85,  # issue 11
}


MEASURES = {  # gate name -> where score.py's JSON keeps it
    "people_f1": ("people", "f1"), "organizations_recall": ("organizations_recall",),
    "boilerplate_f1": ("boilerplate", "f1"), "quotes_found": ("quotes_found",),
    "quotes_attributed": ("quotes_attributed",), "quantities_found": ("quantities_found",),
    "quantities_right": ("quantities_right",), "xdoc_people_f1": ("cross_document_people", "f1"),
    "events_right": ("events_right",), "xdoc_events_f1": ("cross_document_events", "f1"),
}


def measure(result: dict, name: str) -> float:
    """The gate measure ``name`` of one score.py result."""
    value = result
    for key in MEASURES[name]:
        value = value[key]
    return value


@pytest.fixture(scope="module")
def scores(shared, export, export_by_source, gold, corpus_dir, tmp_path_factory) -> dict[str, dict]:
    """score.py's results on the session knowledge base: all gold together, English only, Spanish only."""
    tmp = tmp_path_factory.mktemp("gate")
    path = tmp / "export.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    langs = {source: doc["lang"] for source, doc in export_by_source.items()}
    out = {}
    for name, subset in gold_subsets(gold, langs).items():
        gold_path = tmp / f"{name}.json"
        gold_path.write_text(json.dumps(subset, ensure_ascii=False), encoding="utf-8")
        out[name] = score_json(shared / "eval" / "score.py", path, gold_path, corpus=corpus_dir)
    return out


@pytest.mark.parametrize("lang", ["all", "en", "es"])
@pytest.mark.parametrize("name", list(FLOORS))
def test_eval_gate_floor(scores, lang, name):
    value = measure(scores[lang], name)
    assert value >= FLOORS[name], f"{lang} {name} = {value} < {FLOORS[name]}; misses: {scores[lang]['misses']}"


def test_eval_gate_both_languages_present(export_by_source):
    langs = {d["lang"] for d in export_by_source.values()}
    assert langs == {"en", "es"}
