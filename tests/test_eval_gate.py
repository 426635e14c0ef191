"""Quality gate: shared/eval/score.py on the stored export, per language, against the issues' floors.

The floors are the bars of issues 3-5 and 11; lowering one is a deliberate edit of FLOORS.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

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


def _score(shared: Path, export: Path, gold: Path, corpus: Path) -> dict:
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(export), "--gold", str(gold),
                          "--corpus", str(corpus), "--json"], capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    return {"people_f1": result["people"]["f1"], "organizations_recall": result["organizations_recall"],
            "boilerplate_f1": result["boilerplate"]["f1"], "quotes_found": result["quotes_found"],
            "quotes_attributed": result["quotes_attributed"], "quantities_found": result["quantities_found"],
            "quantities_right": result["quantities_right"],
            "xdoc_people_f1": result["cross_document_people"]["f1"], "events_right": result["events_right"],
            "xdoc_events_f1": result["cross_document_events"]["f1"], "misses": result["misses"]}


@pytest.fixture(scope="module")
def scores(shared, export, export_by_source, gold, corpus_dir, tmp_path_factory) -> dict[str, dict]:
    """Scores of the session knowledge base: all gold together, English only, Spanish only."""
    tmp = tmp_path_factory.mktemp("gate")
    path = tmp / "export.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    docs = gold["news"]["documents"] + gold["dev"]["documents"]
    people = {**gold["news"]["people"], **gold["dev"]["people"]}
    orgs = {**gold["news"]["organizations"], **gold["dev"]["organizations"]}
    out = {}
    for lang in ("all", "en", "es"):
        chosen = [d for d in docs if lang == "all" or export_by_source[d["file"]]["lang"] == lang]
        subset = tmp / f"{lang}.json"
        subset.write_text(json.dumps({"people": people, "organizations": orgs, "documents": chosen},
                                     ensure_ascii=False), encoding="utf-8")
        out[lang] = _score(shared, path, subset, corpus_dir)
    return out


@pytest.mark.parametrize("lang", ["all", "en", "es"])
@pytest.mark.parametrize("measure", list(FLOORS))
def test_eval_gate_floor(scores, lang, measure):
    value = scores[lang][measure]
    assert value >= FLOORS[measure], f"{lang} {measure} = {value} < {FLOORS[measure]}; misses: {scores[lang]['misses']}"


def test_eval_gate_both_languages_present(export_by_source):
    langs = {d["lang"] for d in export_by_source.values()}
    assert langs == {"en", "es"}
